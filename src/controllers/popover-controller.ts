import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { addPrivateController } from './add-private-controller.js';
import { loadChunk } from '../core/load-chunk.js';

type FloatingUi = typeof import('@floating-ui/dom');

// Floating UI is only needed once a visitor opens a popover: load it then, as its own chunk. A failed load is
// forgotten, so that the next popover tries again.
let floatingUi: Promise<FloatingUi> | undefined;
const loadFloatingUi = () =>
  (floatingUi ??= loadChunk(import('@floating-ui/dom'), 'Floating UI').catch((error: unknown) => {
    floatingUi = undefined;
    throw error;
  }));

const VIEWPORT_MARGIN = 8;

/**
 * Without Floating UI (its chunk could not be loaded): under the anchor, or above it when there is no room, kept
 * inside the viewport. Not kept there on scroll; an outside click closes the popover anyway.
 */
function placeWithoutFloatingUi(anchor: HTMLElement, panel: HTMLElement): void {
  const width = document.documentElement.clientWidth;
  const height = document.documentElement.clientHeight;
  panel.style.maxInlineSize = `${Math.max(200, width - 2 * VIEWPORT_MARGIN)}px`;
  panel.style.maxBlockSize = `${Math.max(120, height - 2 * VIEWPORT_MARGIN)}px`;
  const box = anchor.getBoundingClientRect();
  const size = panel.getBoundingClientRect();
  const start = getComputedStyle(anchor).direction === 'rtl' ? box.right - size.width : box.left;
  const left = Math.max(VIEWPORT_MARGIN, Math.min(start, width - VIEWPORT_MARGIN - size.width));
  const below = box.bottom + 4;
  const top =
    below + size.height <= height - VIEWPORT_MARGIN ? below : Math.max(VIEWPORT_MARGIN, box.top - 4 - size.height);
  panel.style.left = `${left}px`;
  panel.style.top = `${top}px`;
  panel.dataset['positioned'] = '';
}

/**
 * One popover at a time for its host (the language menu, a purpose's recipients, a glossary term): positions it
 * next to its anchor with Floating UI (flipping and shifting inside small viewports), closes it on Escape and
 * outside clicks, returns focus to the anchor, and stops Floating UI's `autoUpdate` when it closes or the host
 * disconnects.
 */
export class PopoverController implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private anchor: HTMLElement | null = null;
  private panel: HTMLElement | null = null;
  private stopAutoUpdate: (() => void) | null = null;
  private openedAt = 0;

  /** The id of the open popover, or `null`. */
  openId: string | null = null;

  /** Told when Floating UI could not be loaded (the popover is then placed without it). */
  private readonly onLoadFailed: (error: unknown) => void;

  constructor(host: ReactiveControllerHost & HTMLElement, onLoadFailed: (error: unknown) => void = () => undefined) {
    this.host = host;
    this.onLoadFailed = onLoadFailed;
    addPrivateController(host, this);
  }

  hostDisconnected(): void {
    this.close(false);
  }

  /** Opens the popover `id` under `anchor`; `panel` must be rendered already (hidden until positioned). */
  async open(id: string, anchor: HTMLElement, panel: HTMLElement): Promise<void> {
    this.close(false);
    const opened = ++this.openedAt;
    this.openId = id;
    this.anchor = anchor;
    this.panel = panel;
    this.host.requestUpdate();
    document.addEventListener('pointerdown', this.onOutsidePointer, true);
    document.addEventListener('keydown', this.onKeydown, true);
    let floating: FloatingUi;
    try {
      floating = await loadFloatingUi();
    } catch (error) {
      if (opened !== this.openedAt || this.panel !== panel) return;
      // The popover still opens where the visitor can use it; the host hears why it is placed more simply.
      placeWithoutFloatingUi(anchor, panel);
      this.onLoadFailed(error);
      return;
    }
    if (opened !== this.openedAt || this.panel !== panel) return;
    const { computePosition, autoUpdate, flip, shift, offset, size } = floating;
    const place = async () => {
      const { x, y } = await computePosition(anchor, panel, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [
          offset(4),
          flip(),
          shift({ padding: 8 }),
          size({
            padding: 8,
            apply({ availableHeight, availableWidth }) {
              panel.style.maxBlockSize = `${Math.max(120, availableHeight)}px`;
              panel.style.maxInlineSize = `${Math.max(200, availableWidth)}px`;
            },
          }),
        ],
      });
      // CSSOM writes, not style attributes in markup: allowed under a strict style-src.
      panel.style.left = `${x}px`;
      panel.style.top = `${y}px`;
      panel.dataset['positioned'] = '';
    };
    // Place once before resolving, so callers can move focus into a visible panel.
    await place();
    if (opened !== this.openedAt || this.panel !== panel) return;
    this.stopAutoUpdate = autoUpdate(anchor, panel, () => void place());
  }

  /** Closes the open popover; returns focus to its anchor unless told not to. */
  close(returnFocus = true): void {
    if (!this.openId) return;
    this.stopAutoUpdate?.();
    this.stopAutoUpdate = null;
    document.removeEventListener('pointerdown', this.onOutsidePointer, true);
    document.removeEventListener('keydown', this.onKeydown, true);
    const anchor = this.anchor;
    if (this.panel) delete this.panel.dataset['positioned'];
    this.openId = null;
    this.anchor = null;
    this.panel = null;
    this.host.requestUpdate();
    if (returnFocus && anchor?.isConnected) anchor.focus();
  }

  /**
   * Tab moves on from a popover as from what opened it. The panel's markup comes last in the host, though it is drawn
   * beside its opener: left to the browser, Tab from its last control would skip every control after the opener
   * (leaving the prompt, past "Reject all") and leave the panel open over what gets focus. Tab off the panel's end
   * closes it and moves on from the opener; Shift+Tab off its start goes back to the opener. Tab from elsewhere (the
   * opener itself) closes it, so it does not cover what comes next.
   */
  private onTab(event: KeyboardEvent): void {
    const panel = this.panel;
    const active = this.host.shadowRoot?.activeElement ?? null;
    if (!panel || !active || !panel.contains(active)) {
      this.close(false);
      return;
    }
    const controls = [
      ...panel.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]'),
    ].filter((control) => control.tabIndex >= 0 && control.getClientRects().length > 0);
    const leaving =
      controls.length === 0 ||
      (event.shiftKey ? active === panel || active === controls[0] : active === controls[controls.length - 1]);
    if (!leaving) return;
    // Shift+Tab lands on the opener; an unprevented Tab then moves on from it, as the browser (or the modal dialog's
    // own Tab handling, which runs next) does from any control.
    if (event.shiftKey) event.preventDefault();
    this.close(true);
  }

  private readonly onOutsidePointer = (event: PointerEvent): void => {
    const path = event.composedPath();
    if ((this.panel && path.includes(this.panel)) || (this.anchor && path.includes(this.anchor))) return;
    this.close(false);
  };

  private readonly onKeydown = (event: KeyboardEvent): void => {
    if (!this.openId) return;
    if (event.key === 'Tab' && !event.altKey && !event.ctrlKey && !event.metaKey) {
      this.onTab(event);
      return;
    }
    if (event.key !== 'Escape') return;
    // Escape closes the popover only, not the dialog or banner around it.
    event.preventDefault();
    event.stopPropagation();
    this.close(true);
  };
}

/**
 * The Lit directive that notes which control each element of a prompt is, for `controlReached` in trusted-input.ts.
 *
 * @module
 */
import { noChange } from 'lit';
import { Directive, directive, type ElementPart } from 'lit/directive.js';
import type { ControlMarks } from './trusted-input.js';

class MarkControl extends Directive {
  render(_marks: ControlMarks, _role: string): unknown {
    return noChange;
  }

  override update(part: ElementPart, [marks, role]: [ControlMarks, string]): unknown {
    marks.set(part.element, role);
    return noChange;
  }
}

/**
 * An element binding that notes, as it renders, which control the element is: `<button ${markControl(marks,
 * 'action:save')}>`. Kept out of the DOM, where a page script could change it.
 */
export const markControl = directive(MarkControl);

// The floor that lit and i18next set: the page-load benchmark's banner (heading, intro, one necessary and three
// optional purposes with their clauses, three equal actions) as a bare Lit element whose words come from one
// i18next instance, reading the same inline JSON config. Nothing else: no validation, storage, receipts, language
// resolution, rendered checks or gating. The page-load suite bundles it (esbuild, minified) and measures it beside
// unticked and the peers, so that "close to the floor" is a figure from the same run, not a guess.
import { LitElement, css, html, nothing } from 'lit';
import i18next from 'i18next';

const words = {
  heading: 'Your choices about your data',
  necessary: 'Always on',
  allow: 'Allow',
  actions: { rejectAll: 'Reject all', save: 'Save my choices', acceptAll: 'Accept all' },
};

class FloorPrompt extends LitElement {
  static properties = { toggles: { state: true } };

  static styles = css`
    :host {
      position: fixed;
      inset: auto 0 0 0;
      font-family: system-ui, sans-serif;
    }
    .prompt {
      max-block-size: 80vh;
      overflow: auto;
      padding: 1rem 1.5rem;
      background: #fff;
      color: #1b1b1b;
      box-shadow: 0 -2px 12px rgb(0 0 0 / 0.2);
    }
    ul {
      list-style: none;
      padding: 0;
      display: grid;
      gap: 0.75rem;
    }
    .head {
      display: flex;
      justify-content: space-between;
      gap: 1rem;
    }
    h3 {
      margin: 0;
      font-size: 1.05em;
    }
    .actions {
      display: grid;
      grid-template-columns: repeat(3, 1fr);
      gap: 0.5rem;
    }
    button {
      font: inherit;
      font-weight: 600;
      padding: 0.6rem 1rem;
      border: 2px solid #1b1b1b;
      background: #fff;
      color: #1b1b1b;
    }
  `;

  constructor() {
    super();
    this.toggles = {};
    this.i18n = i18next.createInstance();
    this.i18n.init({ lng: 'en', resources: { en: { translation: words } }, initAsync: false });
  }

  connectedCallback() {
    super.connectedCallback();
    this.config = JSON.parse(this.querySelector('script[type="application/json"]')?.textContent ?? '{}');
  }

  render() {
    const { config } = this;
    const t = (key) => this.i18n.t(key);
    return html`<section class="prompt" part="prompt" aria-labelledby="heading">
      <h2 id="heading">${t('heading')}</h2>
      <p>${config.intro}</p>
      <ul>
        ${config.purposes.map(
          (purpose) =>
            html`<li>
              <div class="head">
                <h3>${purpose.title.en}</h3>
                ${
                  purpose.necessary
                    ? html`<span>${t('necessary')}</span>`
                    : html`<label>
                        <input
                          type="checkbox"
                          data-purpose=${purpose.id}
                          .checked=${this.toggles[purpose.id] === true}
                          @change=${(event) => (this.toggles = { ...this.toggles, [purpose.id]: event.target.checked })}
                        />
                        ${t('allow')}
                      </label>`
                }
              </div>
              <p>${purpose.clause.en}</p>
            </li>`,
        )}
      </ul>
      <div class="actions">
        ${['rejectAll', 'save', 'acceptAll'].map((action) => html`<button type="button">${t(`actions.${action}`)}</button>`)}
      </div>
      ${nothing}
    </section>`;
  }
}

customElements.define('floor-prompt', FloorPrompt);

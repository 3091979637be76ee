import { CUSTOM_ELEMENTS_SCHEMA, Component, signal } from '@angular/core';
import type { ConsentConfig, ConsentDecisionEvent, ConsentReadyEvent } from 'unticked';
import annualReport from '../../../test/fixtures/annual-report.json';

@Component({
  selector: 'app-root',
  // Lets the template use elements Angular does not know (custom elements); bindings on them go to the DOM.
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <h1>Your annual spending report</h1>
      <p id="status">offers granted: {{ offersGranted() ? 'yes' : 'no' }}</p>
    </main>
    <consent-prompt
      layout="banner"
      [config]="config"
      (consent-ready)="follow($event)"
      (consent-decision)="follow($event)"
    ></consent-prompt>
    <footer>
      <consent-preferences></consent-preferences>
    </footer>
  `,
})
export class AppComponent {
  protected readonly config: ConsentConfig = annualReport;
  protected readonly offersGranted = signal(false);

  /** A remembered decision arrives with consent-ready; a new one (or a withdrawal) with consent-decision. */
  protected follow(event: ConsentReadyEvent | ConsentDecisionEvent): void {
    this.offersGranted.set(event.detail.decisions['offers'] === true);
  }
}

import { useState } from 'react';
import type { ConsentConfig, ConsentDecisionEvent, ConsentReadyEvent } from 'unticked';
import annualReport from '../../../test/fixtures/annual-report.json';

// Module scope: one object for the app's lifetime. A new object with the same content on every render works too
// (the prompt takes it as no new config), but is validated and compared each time.
const config: ConsentConfig = annualReport;

export function App() {
  const [offersGranted, setOffersGranted] = useState(false);
  // A remembered decision arrives with consent-ready; a new one (or a withdrawal) with consent-decision.
  const follow = (event: ConsentReadyEvent | ConsentDecisionEvent) =>
    setOffersGranted(event.detail.decisions['offers'] === true);

  return (
    <>
      <main>
        <h1>Your annual spending report</h1>
        <p id="status">offers granted: {offersGranted ? 'yes' : 'no'}</p>
      </main>
      <consent-prompt layout="banner" config={config} onconsent-ready={follow} onconsent-decision={follow} />
      <footer>
        <consent-preferences />
      </footer>
    </>
  );
}

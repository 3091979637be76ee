// npm with a bundler, no framework: `import 'unticked/define'` registers the elements, and the DOM's own types
// know them (document.createElement('consent-prompt') is a ConsentPrompt, its events are typed).
import 'unticked/define';
import type { ConsentConfig, ConsentDecisionEvent, ConsentReadyEvent } from 'unticked';
import annualReport from '../../../test/fixtures/annual-report.json';

const config: ConsentConfig = annualReport;
const status = document.querySelector<HTMLParagraphElement>('#status')!;

// A remembered decision arrives with consent-ready; a new one (or a withdrawal) with consent-decision.
function follow(event: ConsentReadyEvent | ConsentDecisionEvent): void {
  status.textContent = `offers granted: ${event.detail.decisions['offers'] === true ? 'yes' : 'no'}`;
}

const prompt = document.createElement('consent-prompt');
prompt.layout = 'banner';
prompt.addEventListener('consent-ready', follow);
prompt.addEventListener('consent-decision', follow);
prompt.config = config;
document.querySelector('main')!.after(prompt);

// @ts-check
// The page's own script, loaded before unticked.min.js: it follows the visitor's decision. Listening works before
// the element is defined, so nothing the prompt fires is missed.
const prompt = document.querySelector('consent-prompt');
const status = document.querySelector('#status');

/** @param {import('unticked').ConsentReadyEvent | import('unticked').ConsentDecisionEvent} event */
function follow(event) {
  if (status) status.textContent = `offers granted: ${event.detail.decisions['offers'] === true ? 'yes' : 'no'}`;
}

prompt?.addEventListener('consent-ready', follow);
prompt?.addEventListener('consent-decision', follow);

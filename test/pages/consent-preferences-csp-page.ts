// Registers the elements on the strict-CSP page for <consent-preferences> and counts the prompts that became ready.
import '../../src/define.js';

const state = window as unknown as { __ready: string[]; __errors: unknown[] };
state.__ready = [];
state.__errors = [];
document.addEventListener('consent-ready', (event) => state.__ready.push((event.target as HTMLElement).id));
document.addEventListener('consent-error', (event) => state.__errors.push(event.detail));

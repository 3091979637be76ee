// What the script-tag entry exports, for the test to inspect.
import * as unticked from '/dist/unticked.min.js';

window.__unticked = unticked;

// Every suite `npm run bench` knows. A suite is a module whose default export is
//   { name, title, async run(ctx) → { notes?, tables?, data?, environment? } }
// (see bench/run.mjs for ctx). To add one (peer comparison with other consent managers, page-load metrics, …),
// write bench/suites/<name>.mjs and list it here; `--only <name>` then selects it.
import receipts from './receipts.mjs';
import bytes from './bytes.mjs';
import pageload from './pageload.mjs';
import scale from './scale.mjs';

export const SUITES = [receipts, bytes, pageload, scale];

// A rollup plugin: the CSS of the elements' `css` templates (src/**/*.styles.ts), minified by esbuild at build
// time. Their comments and indentation are for whoever edits the styles; every page that loads the prompt would
// otherwise download them and parse them before the prompt can show (about 0.9 KB brotli of the first visit).
import { transform } from 'esbuild';
import MagicString from 'magic-string';

// A `css` template without interpolations or escapes: the whole text is CSS, nothing to keep apart.
const CSS_TEMPLATE = /\bcss\s*`([^`$\\]*)`/g;

/** @returns {import('rollup').Plugin} */
export function minifyLitCss() {
  return {
    name: 'minify-lit-css',
    async transform(code, id) {
      // After TypeScript (which compiles from the files, not from earlier plugins' output): the code is JavaScript.
      if (!id.endsWith('.styles.ts')) return null;
      const templates = [...code.matchAll(CSS_TEMPLATE)];
      // A template this plugin cannot read (one with `${}` or an escape) would ship as written: say so instead.
      const tagged = code.match(/\bcss\s*`/g)?.length ?? 0;
      if (tagged !== templates.length) {
        this.error(
          `${id}: ${tagged - templates.length} css\`\` template(s) with \${} or escapes; minify-lit-css reads only plain ones.`,
        );
      }
      if (templates.length === 0) return null;
      const output = new MagicString(code);
      for (const match of templates) {
        const start = (match.index ?? 0) + match[0].indexOf('`') + 1;
        const minified = await transform(match[1], { loader: 'css', minify: true, sourcefile: id });
        for (const warning of minified.warnings) this.warn(`${id}: ${warning.text}`);
        output.overwrite(start, start + match[1].length, minified.code.trim());
      }
      return { code: output.toString(), map: output.generateMap({ hires: true }) };
    },
  };
}

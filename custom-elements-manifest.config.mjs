// The custom elements manifest is read from the JSDoc tags on each element class.
export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
};

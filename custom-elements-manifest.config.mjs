// The custom elements manifest is read from the JSDoc tags on each element class.

/**
 * Keeps the manifest to the public API (private and protected members are implementation, not reference), in a
 * stable order.
 */
function publicMembersOnly() {
  return {
    name: 'unticked-public-members-only',
    packageLinkPhase({ customElementsManifest }) {
      // Globs list files in directory order, which differs between machines: sort, so CI can compare.
      customElementsManifest.modules?.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      for (const module of customElementsManifest.modules ?? []) {
        for (const declaration of module.declarations ?? []) {
          // An event the analyser found dispatched but could not name (`dispatchEvent(new ConsentErrorEvent(...))`)
          // is already listed by name from the @fires tags; a nameless entry is not valid in the schema.
          if (Array.isArray(declaration.events)) declaration.events = declaration.events.filter((event) => event.name);
          if (!Array.isArray(declaration.members)) continue;
          declaration.members = declaration.members.filter(
            (member) => member.privacy !== 'private' && member.privacy !== 'protected' && !member.name.startsWith('#'),
          );
        }
      }
    },
  };
}

export default {
  // The element modules only; helpers beside them (views, checks) are not part of the elements' API.
  globs: ['src/elements/*/consent-*.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  plugins: [publicMembersOnly()],
};

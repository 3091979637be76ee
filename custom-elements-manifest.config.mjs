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
          // A getter and its setter are one member: the analyser lists a static pair twice, the second bare.
          const seen = new Map();
          declaration.members = declaration.members.filter((member) => {
            const key = `${member.static ? 'static ' : ''}${member.kind} ${member.name}`;
            const first = seen.get(key);
            if (!first) {
              seen.set(key, member);
              return true;
            }
            for (const [field, value] of Object.entries(member)) if (!(field in first)) first[field] = value;
            return false;
          });
        }
      }
    },
  };
}

/** Where a source module ships: `src/elements/x/x.ts` is `dist/elements/x/x.js` in the package. */
const shipped = (path) => path.replace(/^\/?src\//, 'dist/').replace(/\.ts$/, '.js');

/** Every `module` or `path` that names a source file, named as shipped instead. */
function pointAtShippedFiles(value) {
  if (Array.isArray(value)) value.forEach(pointAtShippedFiles);
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if ((key === 'module' || key === 'path') && typeof item === 'string' && /^\/?src\//.test(item)) {
        value[key] = shipped(item);
      } else pointAtShippedFiles(item);
    }
  }
}

/**
 * The manifest describes the published package: src/ is not shipped, so its modules are named by their files in
 * dist/, and dist/define.js, which registers the elements (through defineElement, which the analyser does not
 * follow), lists each tag as a custom-element-definition.
 */
function describeThePackage() {
  return {
    name: 'unticked-describe-the-package',
    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules ?? [];
      pointAtShippedFiles(modules);
      const definitions = modules.flatMap((module) =>
        (module.declarations ?? [])
          .filter((declaration) => declaration.customElement && declaration.tagName)
          .map((declaration) => ({
            kind: 'custom-element-definition',
            name: declaration.tagName,
            declaration: { name: declaration.name, module: module.path },
          })),
      );
      modules.push({ kind: 'javascript-module', path: 'dist/define.js', declarations: [], exports: definitions });
    },
  };
}

export default {
  // The element modules only; helpers beside them (views, checks) are not part of the elements' API.
  globs: ['src/elements/*/consent-*.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  plugins: [publicMembersOnly(), describeThePackage()],
};

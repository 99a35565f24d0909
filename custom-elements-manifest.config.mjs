// `npm run analyze` writes custom-elements.json from the elements' JSDoc and decorators.
// Elements register through a guarded define() (see src/core/define.ts), which the analyzer cannot
// follow, so the tag comes from the class's `@tag` JSDoc and this plugin adds the definition export.
function definitions() {
  return {
    name: 'occ-definitions',
    packageLinkPhase({ customElementsManifest }) {
      // The analyzer lists modules in the order the file system returns the glob's matches, which
      // differs between machines; sorting by path keeps the committed manifest the same everywhere.
      customElementsManifest.modules.sort((a, b) =>
        a.path < b.path ? -1 : a.path > b.path ? 1 : 0,
      );
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          // ECMAScript #private members are not API.
          declaration.members = declaration.members?.filter(
            (member) => !member.name.startsWith('#'),
          );
          if (!declaration.tagName) continue;
          mod.exports ??= [];
          mod.exports.push({
            kind: 'custom-element-definition',
            name: declaration.tagName,
            declaration: { name: declaration.name, module: mod.path },
          });
        }
      }
    },
  };
}

export default {
  globs: [
    'src/elements/*/*.ts',
    'src/core/occ-element.ts',
    'src/core/occ-data-element.ts',
    'src/charts/chart-element.ts',
  ],
  exclude: [
    'src/**/*.styles.ts',
    'src/**/*.layout.ts',
    'src/**/*.rows.ts',
    'src/**/*.sort.ts',
    'src/**/*.tabs.ts',
    'src/**/*.filter.ts',
    'src/**/*.state.ts',
  ],
  outdir: '.',
  litelement: true,
  dependencies: false,
  plugins: [definitions()],
};

// @ts-check
// A rollup plugin for dist/occ-elements.js, which defines every element when it loads: the
// profile's `import()` of a tab's element (for bundler users, who get it later) is already done
// there, so it becomes `Promise.resolve()`. Rollup would otherwise build a namespace object per
// element for it. The build fails if such a module is not in the bundle after all.

/** @returns {import('rollup').Plugin} */
export function bundledImports() {
  /** @type {Set<string>} */
  const replaced = new Set();
  return {
    name: 'bundled-imports',
    buildStart() {
      replaced.clear();
    },
    async transform(code, id) {
      if (!/[/\\]src[/\\].*\.ts$/.test(id)) return null;
      const found = [...code.matchAll(/\bimport\(\s*(['"])(\.[^'"]+)\1\s*\)/g)];
      let result = code;
      for (const [call, , specifier] of found) {
        const target = await this.resolve(specifier, id);
        if (!target || !/[/\\]src[/\\]elements[/\\]/.test(target.id)) continue;
        replaced.add(target.id);
        result = result.replace(call, 'Promise.resolve()');
      }
      return result === code ? null : { code: result, map: null };
    },
    buildEnd(error) {
      if (error) return;
      const bundled = new Set(this.getModuleIds());
      for (const id of replaced) {
        if (!bundled.has(id)) this.error(`${id} is imported lazily but not bundled statically`);
      }
    },
  };
}

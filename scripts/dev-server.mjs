// What `npm start` and `npm test` share about serving the repository.

/** `/` opens the demo gallery (the URL `npm start` prints). */
export function toGallery(ctx, next) {
  if (ctx.path === '/' || ctx.path === '/index.html') {
    ctx.redirect('/demo/');
    return undefined;
  }
  return next();
}

/** Built files: dist/ and the examples' bundles (examples/react/dist/). */
export const isBuilt = (path) => /(^|\/)dist\//.test(path);

/**
 * The esbuild plugin, except on built files: those are served as built (minified, as a site
 * serves them), not re-transformed, so that what is measured under the server is the real file.
 */
export function asBuilt(plugin) {
  const transform = plugin.transform.bind(plugin);
  plugin.transform = (context) => (isBuilt(context.path) ? undefined : transform(context));
  return plugin;
}

// `npm start`: serves the demo gallery with the TypeScript sources compiled on the fly, and the
// built files (dist/, examples/*/dist/) byte for byte, as a site would serve them.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { asBuilt, toGallery } from './scripts/dev-server.mjs';

export default {
  rootDir: '.',
  nodeResolve: true,
  appIndex: 'demo/index.html',
  open: false,
  port: Number(process.env.PORT ?? 8000),
  watch: !process.env.CI,
  middleware: [toGallery],
  plugins: [asBuilt(esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }))],
};

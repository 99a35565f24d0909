// `npm start`: serves the demo gallery with the TypeScript sources compiled on the fly.
import { esbuildPlugin } from '@web/dev-server-esbuild';

export default {
  rootDir: '.',
  nodeResolve: true,
  appIndex: 'demo/index.html',
  open: false,
  port: Number(process.env.PORT ?? 8000),
  watch: !process.env.CI,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
};

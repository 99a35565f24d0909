// @ts-check
// `npm start`: the URL it prints opens the gallery, and the built bundle is served as built.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startDevServer } from '@web/dev-server';
import { repoRoot } from './helpers.mjs';

const bundle = join(repoRoot, 'dist/occ-elements.js');

/** A port nothing listens on now. */
const freePort = () =>
  new Promise((resolve) => {
    const probe = createServer().listen(0, () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (probe.address());
      probe.close(() => resolve(port));
    });
  });

describe(
  'npm start (web-dev-server.config.mjs)',
  { skip: !existsSync(bundle) && 'run `npm run build` first: dist/occ-elements.js is missing' },
  () => {
    /** @type {import('@web/dev-server-core').DevServer} */
    let server;
    let origin = '';
    before(async () => {
      const port = await freePort();
      process.env.PORT = String(port); // read by the config file
      const cwd = process.cwd();
      process.chdir(repoRoot);
      try {
        server = await startDevServer({
          config: { watch: false },
          readCliArgs: false,
          autoExitProcess: false,
          logStartMessage: false,
        });
      } finally {
        process.chdir(cwd);
      }
      origin = `http://localhost:${port}`;
    });
    after(() => server?.stop());

    it('opens the demo gallery at the root URL it prints', async () => {
      const response = await fetch(`${origin}/`);
      assert.equal(response.status, 200);
      assert.equal(new URL(response.url).pathname, '/demo/');
      assert.match(await response.text(), /<h1>occ-elements<\/h1>/);
    });

    it('serves dist/occ-elements.js byte for byte as built (minified, not re-transformed)', async () => {
      const response = await fetch(`${origin}/dist/occ-elements.js`);
      assert.equal(response.status, 200);
      assert.equal(await response.text(), readFileSync(bundle, 'utf8'));
    });

    it('still compiles the TypeScript sources the gallery loads', async () => {
      const response = await fetch(`${origin}/src/index.ts`);
      assert.equal(response.status, 200);
      assert.doesNotMatch(await response.text(), /^import type /m);
    });
  },
);

// @ts-check
// `npm start`: the URL it prints opens the gallery, and the built bundle is served as built.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
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

/** Resolves with the first `Local:` URL the server prints; rejects if it exits first. */
const printedUrl = (/** @type {import('node:child_process').ChildProcess} */ child) =>
  new Promise((resolve, reject) => {
    let printed = '';
    child.stdout?.on('data', (chunk) => {
      printed += chunk;
      const url = /Local:\s+(http:\/\/\S+)/.exec(printed)?.[1];
      if (url) resolve(url);
    });
    child.once('exit', (code) => reject(new Error(`the dev server exited (${code}): ${printed}`)));
  });

describe(
  'npm start (web-dev-server.config.mjs)',
  { skip: !existsSync(bundle) && 'run `npm run build` first: dist/occ-elements.js is missing' },
  () => {
    // The server runs as `npm start` runs it, in a process of its own: run inside the test's
    // process, its file watcher (chokidar 3) could be closed while adding a served file and leave
    // an fs.watch handle open, which kept the test's process alive after every test had passed.
    /** @type {import('node:child_process').ChildProcess} */
    let server;
    let origin = '';
    before(async () => {
      server = spawn(
        process.execPath,
        [
          join(repoRoot, 'node_modules/@web/dev-server/dist/bin.js'),
          '--config',
          'web-dev-server.config.mjs',
        ],
        {
          cwd: repoRoot,
          env: { ...process.env, PORT: String(await freePort()) }, // read by the config file
          stdio: ['ignore', 'pipe', 'inherit'],
        },
      );
      origin = new URL(await printedUrl(server)).origin;
    });
    after(async () => {
      if (server.exitCode !== null) return;
      server.kill();
      await once(server, 'exit');
    });

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

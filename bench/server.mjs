// @ts-check
// A tiny static HTTP server for the benchmark pages: serves the repository root on 127.0.0.1
// (a free port), never lets the browser cache a response (so a second request is really a second
// request), delays JSON responses by `?delay=ms`, serves a few generated files from memory, and
// logs every request.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../', import.meta.url));

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.map': 'application/json; charset=utf-8',
};

/**
 * @typedef {{ method: string, path: string, search: string, time: number }} LoggedRequest
 * @typedef {{
 *   origin: string,
 *   log: LoggedRequest[],
 *   mount: (path: string, body: string) => void,
 *   close: () => Promise<void>,
 * }} BenchServer
 */

/** @returns {Promise<BenchServer>} */
export async function startServer(root = repoRoot) {
  /** @type {LoggedRequest[]} */
  const log = [];
  /** @type {Map<string, string>} Generated files, by URL path. */
  const mounted = new Map();

  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    log.push({
      method: request.method ?? 'GET',
      path: url.pathname,
      search: url.search,
      time: Date.now(),
    });
    const headers = { 'cache-control': 'no-store' };
    const send = (/** @type {number} */ status, /** @type {string | Buffer} */ body, type = '') =>
      response
        .writeHead(status, { ...headers, ...(type ? { 'content-type': type } : {}) })
        .end(body);

    let pathname;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return send(400, 'Bad request');
    }
    if (pathname === '/favicon.ico') return send(204, '');
    if (pathname.endsWith('/')) pathname += 'index.html';
    const type = types[/** @type {keyof typeof types} */ (extname(pathname))] ?? '';

    const delay = Number(url.searchParams.get('delay') ?? 0);
    if (type.startsWith('application/json') && delay > 0) {
      await new Promise((resolve) => setTimeout(resolve, delay));
    }

    const generated = mounted.get(pathname);
    if (generated !== undefined) return send(200, generated, type);

    const file = normalize(join(root, pathname));
    if (!file.startsWith(normalize(root + sep))) return send(403, 'Forbidden');
    try {
      return send(200, await readFile(file), type || 'application/octet-stream');
    } catch {
      return send(404, `Not found: ${pathname}`, 'text/plain');
    }
  });

  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('The bench server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    log,
    mount: (path, body) => mounted.set(path, body),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

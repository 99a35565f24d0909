// A worker thread of readOohPages: reads the pages it is sent, one at a time, and posts back
// each page's result.
import { parentPort, workerData } from 'node:worker_threads';
import { readPageFile } from './read-ooh-pages.js';
import type { ReadOptions } from './ooh/read-page.js';

const options = workerData as ReadOptions;
parentPort?.on('message', async (file: string) => {
  parentPort?.postMessage(await readPageFile(file, options));
});

#!/usr/bin/env node
// @ts-check
// The CLI is TypeScript, compiled by `npm run build` (tsc -p tsconfig.tools.json) to dist/tools/.
import { main } from '../dist/tools/occ-data/cli.js';

// Ctrl-C stops the build cleanly: the staging directory is removed and the output directory is
// left as it was. A second Ctrl-C is not caught.
const controller = new AbortController();
process.once('SIGINT', () => controller.abort());
process.once('SIGTERM', () => controller.abort());

process.exitCode = await main(process.argv.slice(2), process, controller.signal);

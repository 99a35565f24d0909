// Takes PNG screenshots of demo pages in headless Chromium (used for the README pictures).
// Usage: node scripts/screenshot.mjs <url> <out.png> [width] [height] [dark]
import { spawnSync } from 'node:child_process';
import { chromeArgs, findChrome } from './chrome.mjs';

const [url, out, width = '1280', height = '2000', scheme] = process.argv.slice(2);
const args = [
  ...chromeArgs,
  `--window-size=${width},${height}`,
  '--hide-scrollbars',
  '--virtual-time-budget=5000',
  `--screenshot=${out}`,
  ...(scheme === 'dark' ? ['--force-dark-mode', '--blink-settings=preferredColorScheme=0'] : []),
  url,
];
const result = spawnSync(findChrome(), args, { stdio: 'inherit' });
process.exit(result.status ?? 1);

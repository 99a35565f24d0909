// `npm run check:package`: `npm pack` on a clean checkout (the tracked files, no dist/) ships the
// built bundle, because `prepack` builds it. Exits non-zero, naming what is missing, otherwise.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const checkout = mkdtempSync(join(tmpdir(), 'occ-pack-'));
const expected = [
  'dist/occ-elements.js',
  'dist/occ-elements-es.js',
  'dist/index.js',
  'dist/index.d.ts',
];

try {
  const tracked = execFileSync(
    'git',
    ['ls-files', '-z', '--cached', '--others', '--exclude-standard'],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  for (const file of tracked.split('\0').filter(Boolean)) {
    mkdirSync(dirname(join(checkout, file)), { recursive: true });
    try {
      cpSync(join(root, file), join(checkout, file));
    } catch {
      // listed but deleted in the working tree
    }
  }
  symlinkSync(join(root, 'node_modules'), join(checkout, 'node_modules'), 'dir');
  const output = execFileSync('npm', ['pack', '--dry-run', '--json'], {
    cwd: checkout,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  // The build's own output (prepack) comes first on stdout; the report is the JSON after it.
  const [report] = JSON.parse(output.slice(output.search(/^\[/m)));
  const files = new Set(report.files.map((file) => file.path));
  const missing = expected.filter((file) => !files.has(file));
  if (missing.length) {
    console.error(`npm pack on a clean checkout misses ${missing.join(', ')}`);
    process.exitCode = 1;
  } else {
    console.log(`npm pack on a clean checkout: ${report.entryCount} files, dist/ built by prepack`);
  }
} finally {
  rmSync(checkout, { recursive: true, force: true });
}

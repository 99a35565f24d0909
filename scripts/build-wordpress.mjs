// `npm run build:wordpress`: builds the elements, copies the whole dist/ and data/ into the
// WordPress plugin (integrations/wordpress/occ-elements/, where they are git-ignored) and zips the
// plugin as an installable integrations/wordpress/dist/occ-elements.zip (Plugins → Add New → Upload).
// `--no-build` uses the dist/ already built (the WordPress test setup, right after `npm run build`).
import { spawnSync } from 'node:child_process';
import { cpSync, createWriteStream, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import yazl from 'yazl';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const plugin = join(root, 'integrations/wordpress/occ-elements');
const zipFile = join(root, 'integrations/wordpress/dist/occ-elements.zip');

if (!process.argv.includes('--no-build')) {
  const { status } = spawnSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: 'inherit' });
  if (status) process.exit(status ?? 1);
}
if (!existsSync(join(root, 'dist/occ-elements.js')) || !existsSync(join(root, 'data/index.json'))) {
  console.error('dist/occ-elements.js or data/index.json is missing: run npm run build first.');
  process.exit(1);
}

// Whatever the build and the dataset hold today (a loader and its chunks, a stylesheet, slug and
// SOC files): the plugin reads the index and enqueues the loader, and the loader finds the rest.
for (const dir of ['dist', 'data']) {
  rmSync(join(plugin, dir), { recursive: true, force: true });
  cpSync(join(root, dir), join(plugin, dir), { recursive: true });
}

const files = (dir) =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();

mkdirSync(dirname(zipFile), { recursive: true });
const zip = new yazl.ZipFile();
const all = files(plugin);
for (const file of all) zip.addFile(file, join('occ-elements', relative(plugin, file)));
zip.end();
await new Promise((done, fail) =>
  zip.outputStream.pipe(createWriteStream(zipFile)).on('close', done).on('error', fail),
);
console.log(`${relative(root, zipFile)}: ${all.length} files`);

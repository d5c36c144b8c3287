// Compile src/ to lib/, the JavaScript the package ships: tsc emits the
// modules and their .d.ts; the Astro components, pages and styles are
// copied beside them with their relative `.ts` imports pointed at the
// emitted `.js`, as Vite resolves them in a host site.
import { spawnSync } from 'node:child_process';
import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const lib = path.join(root, 'lib');
const TS_SPECIFIER = /((?:from|import)\s*\(?\s*)(['"])(\.{1,2}\/[^'"]+)\.ts\2/g;

await rm(lib, { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const compiled = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], {
  cwd: root,
  stdio: 'inherit',
});
if (compiled.status !== 0) process.exit(compiled.status ?? 1);

const site = path.join(root, 'src', 'site');
for (const entry of await readdir(site, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !/\.(astro|css)$/.test(entry.name)) continue;
  const from = path.join(entry.parentPath, entry.name);
  const to = path.join(lib, 'site', path.relative(site, from));
  await cp(from, to);
  if (entry.name.endsWith('.astro')) await rewriteSpecifiers(to);
}
for (const entry of await readdir(lib, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith('.d.ts')) continue;
  const file = path.join(entry.parentPath, entry.name);
  // Astro would take `feed.xml.d.ts` under pages/ for one more endpoint.
  if (path.relative(lib, file).startsWith(path.join('site', 'pages'))) await rm(file);
  else await rewriteSpecifiers(file);
}

/** Point relative `./x.ts` imports at the emitted `./x.js`. */
async function rewriteSpecifiers(file) {
  const text = await readFile(file, 'utf8');
  const rewritten = text.replace(TS_SPECIFIER, '$1$2$3.js$2');
  if (rewritten !== text) await writeFile(file, rewritten);
}

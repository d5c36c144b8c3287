#!/usr/bin/env node
// The git reader alone, for `npm run bench`: `readHistory` (one probe, one
// `git log` pass, one `cat-file --batch`, the working tree hashed as
// "latest") over a repository, from the package the bench installed (or
// the copy of the sources it took), with the default config (tags `v*` are
// versions).
//
//   node bench/git-reader.mjs <code-dir> <repo> <out.json>
//
// `/usr/bin/time` around this process gives wall, CPU and peak RSS; the JSON
// adds the time inside `readHistory` alone (without Node's start and module
// loading) and what was read, so the table can show what the time grew with.
import { existsSync, writeFileSync } from 'node:fs';
import module from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [code, repo, out] = process.argv.slice(2);
if (!code || !repo || !out) {
  process.stderr.write('usage: node bench/git-reader.mjs <code-dir> <repo> <out.json>\n');
  process.exit(2);
}
// As `bin/statusdocs.mjs` does: keep compiled code, stripped TypeScript included, between runs.
module.enableCompileCache?.();
// The installed package's compiled lib/, or a checkout's sources (`--source`).
const compiled = existsSync(path.join(code, 'lib'));
const load = (file) =>
  import(
    pathToFileURL(
      compiled ? path.join(code, 'lib', `${file}.js`) : path.join(code, 'src', `${file}.ts`),
    ).href
  );
const { configSchema } = await load('core/config/config-schema');
const { readHistory } = await load('core/history/index');

const started = performance.now();
const history = await readHistory(repo, configSchema.parse({}));
const readMs = performance.now() - started;
await history.close();
const result = {
  readMs,
  commits: history.commits.length,
  docs: history.docs.length,
  revisions: history.docs.reduce((sum, line) => sum + line.revisions.length, 0),
  versions: history.versions.length,
  versionDocs: history.versions.reduce((sum, version) => sum + version.docs.length, 0),
  gitProcesses: history.gitProcesses,
  parsed: history.store.stats.parsed,
  notes: history.notes,
};
writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);

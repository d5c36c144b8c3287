#!/usr/bin/env node
// Entry point. The package runs the JavaScript compiled into lib/; a
// checkout of the repository (src/ present, not under node_modules) runs
// the TypeScript sources directly: Node >= 22.18 strips types itself,
// Node 22.12–22.17 needs the flag, so it re-runs under it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import module from 'node:module';
import { fileURLToPath } from 'node:url';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  process.stderr.write(
    `statusdocs: Node ${process.versions.node} is too old; statusdocs needs Node >= 22.12. ` +
      'Install Node 22.12 or later (https://nodejs.org), or run it once with a newer Node: ' +
      '`npx -p node@24 statusdocs <command>`.\n',
  );
  process.exit(2);
}
const sources = new URL('../src/cli/main.ts', import.meta.url);
const fromSources =
  existsSync(sources) && !fileURLToPath(sources).split(/[\\/]/).includes('node_modules');
if (
  fromSources &&
  major === 22 &&
  minor < 18 &&
  !process.execArgv.includes('--experimental-strip-types')
) {
  const child = spawnSync(
    process.execPath,
    ['--experimental-strip-types', '--no-warnings=ExperimentalWarning', ...process.argv.slice(1)],
    { stdio: 'inherit' },
  );
  process.exit(child.status ?? 1);
}
// Keep V8's compiled code between runs (in the OS temp dir): it saves
// about 0.35 s of CPU on every start.
module.enableCompileCache?.();
// Output piped into a reader that stops early (`| head`) closes the pipe:
// end quietly, as other command-line tools do, instead of an EPIPE stack.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}
/** @type {typeof import('../src/cli/main.ts')} */
const { main } = await import(fromSources ? sources.href : '../lib/cli/main.js');
process.exitCode = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTTY: process.stdout.isTTY === true,
  ...(process.stdout.isTTY ? { columns: process.stdout.columns } : {}),
});

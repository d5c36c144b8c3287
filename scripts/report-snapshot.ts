// The JSON report of folders of docs, as `statusdocs check --format json`
// prints it from inside each folder, to prove a refactor changes no
// finding: `node scripts/report-snapshot.ts write <out> <dir>...` records
// one report per folder, `... compare <out> <dir>...` checks them again.
// Each folder is checked three times (no cache, a cold cache, a warm one);
// the three reports must be the same bytes.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkProject } from '../src/core/check/check-project.ts';
import { loadConfig } from '../src/core/config/load-config.ts';
import { formatJson } from '../src/core/report/format-json.ts';

/** The day every snapshot is checked on, so date rules do not move. */
export const SNAPSHOT_TODAY = '2026-12-01';

/**
 * The JSON report of the docs in `dir`, checked as the CLI checks them when
 * run in `dir`: its config, its content root. Throws when the cached runs
 * disagree with the uncached one.
 */
export async function reportSnapshot(dir: string): Promise<string> {
  const { config } = await loadConfig(dir);
  const root = path.resolve(dir, config.content);
  const cacheDir = await mkdtemp(path.join(os.tmpdir(), 'statusdocs-snapshot-'));
  try {
    const reports: string[] = [];
    for (const options of [{}, { cacheDir }, { cacheDir }]) {
      const { result } = await checkProject(root, config, SNAPSHOT_TODAY, options);
      reports.push(formatJson(result));
    }
    const [plain, cold, warm] = reports;
    if (plain === undefined || plain !== cold || plain !== warm) {
      throw new Error(`The cached reports of \`${dir}\` differ from the uncached one`);
    }
    return plain;
  } finally {
    await rm(cacheDir, { recursive: true, force: true });
  }
}

/** The snapshot file of one folder: its path with `/` turned into `__`. */
export function snapshotName(dir: string): string {
  return `${path.relative(process.cwd(), path.resolve(dir)).replaceAll(/[\\/]/g, '__')}.json`;
}

async function main(argv: string[]): Promise<number> {
  const [mode, out, ...dirs] = argv;
  if ((mode !== 'write' && mode !== 'compare') || out === undefined || dirs.length === 0) {
    process.stderr.write('Usage: node scripts/report-snapshot.ts write|compare <out> <dir>...\n');
    return 2;
  }
  await mkdir(out, { recursive: true });
  let differ = 0;
  for (const dir of dirs) {
    const file = path.join(out, snapshotName(dir));
    const report = await reportSnapshot(dir);
    if (mode === 'write') {
      await writeFile(file, report);
      continue;
    }
    const before = await readFile(file, 'utf8').catch(() => undefined);
    if (before !== report) {
      differ += 1;
      process.stderr.write(`differs: ${dir} (${file})\n`);
    }
  }
  process.stdout.write(`${mode === 'write' ? 'wrote' : 'compared'} ${dirs.length} reports\n`);
  return differ === 0 ? 0 : 1;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}

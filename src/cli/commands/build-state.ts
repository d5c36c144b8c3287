import type { Stats } from 'node:fs';
import { mkdir, readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { siteFingerprint } from '../../core/cache/engine-fingerprint.ts';
import { gitText } from '../../core/io/git-process.ts';
import { listFiles } from '../../core/io/list-files.ts';
import { writeAtomic } from '../../core/io/write-atomic.ts';
import { sha1, stableStringify } from '../../core/cache/hash.ts';
import type { ResolvedConfig } from '../../core/config/config-schema.ts';
import type { Artifact } from '../../core/evidence/artifact.ts';

/** What a site build depends on besides the files' contents. */
export interface BuildInputs {
  /** Absolute content root. */
  dir: string;
  /** Every file under the content root, relative (from the check's facts). */
  files: Iterable<string>;
  config: ResolvedConfig;
  today: string;
  base: string | undefined;
  /** The CI artifacts read, as data: a new test run rebuilds the metric cards. */
  evidence?: readonly Artifact[];
}

/** The last successful build into one output folder. */
interface BuildState {
  /** Hash of every input of the build. */
  inputs: string;
  /** Absolute output folder. */
  out: string;
  /** Hash of the output's file names, sizes and times, so an edited output is rebuilt. */
  output: string;
}

/**
 * One hash of everything a site build reads: each file under the content
 * root (path and {@link fileStamp}), the
 * config, today's date (the `stale` rule), `--base`, the code of statusdocs
 * and the Astro version, and git's HEAD and refs (history, versions and the
 * changelog come from them), and the CI artifacts read.
 */
export async function hashBuildInputs(inputs: BuildInputs): Promise<string> {
  const files = [...new Set(inputs.files)].sort();
  const stats = await Promise.all(
    files.map(async (file) => {
      const info = await stat(path.join(inputs.dir, file)).catch(() => undefined);
      return info ? `${file}\0${fileStamp(info)}` : `${file}\0-`;
    }),
  );
  return sha1(
    stableStringify({
      files: sha1(stats.join('\n')),
      config: inputs.config,
      today: inputs.today,
      base: inputs.base ?? null,
      code: await siteFingerprint(),
      astro: astroVersion(),
      git: await gitState(inputs.dir),
      evidence: (inputs.evidence ?? []).map((artifact) => ({
        ...artifact,
        coverage: artifact.coverage && {
          totals: artifact.coverage.totals,
          files: [...artifact.coverage.files],
        },
      })),
    }),
  );
}

/** Whether `out` still holds the build of exactly these inputs. */
export async function isUpToDate(stateFile: string, inputs: string, out: string): Promise<boolean> {
  const state = await readFile(stateFile, 'utf8')
    .then((text) => JSON.parse(text) as Partial<BuildState>)
    .catch(() => undefined);
  if (state?.inputs !== inputs || state.out !== out) return false;
  return state.output === (await hashOutput(out));
}

/** Record a successful build; a failure to write costs the next build its shortcut, nothing else. */
export async function recordBuild(stateFile: string, inputs: string, out: string): Promise<void> {
  const state: BuildState = { inputs, out, output: await hashOutput(out) };
  try {
    await mkdir(path.dirname(stateFile), { recursive: true });
    await writeAtomic(stateFile, JSON.stringify(state));
  } catch {
    // The next build cannot skip; it still builds.
  }
}

async function hashOutput(out: string): Promise<string> {
  const files = await listFiles(out);
  const stats = await Promise.all(
    files.map(async (file) => {
      const info = await stat(file);
      return `${path.relative(out, file)}\0${fileStamp(info)}`;
    }),
  );
  return files.length === 0 ? 'empty' : sha1(stats.join('\n'));
}

/**
 * What changes whenever a file's bytes may have: size, modification time,
 * and the status-change time and inode, which `cp -p`, `rsync -a` or `tar`
 * cannot set back (they preserve only the modification time).
 */
function fileStamp(info: Stats): string {
  return `${info.size}\0${info.mtimeMs}\0${info.ctimeMs}\0${info.ino}`;
}

function astroVersion(): string {
  try {
    const file = createRequire(import.meta.url).resolve('astro/package.json');
    return (createRequire(import.meta.url)(file) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

/** HEAD and every ref, or '' outside a repository. */
async function gitState(dir: string): Promise<string> {
  const [head, refs] = await Promise.all([
    gitText(dir, ['rev-parse', 'HEAD']),
    gitText(dir, ['for-each-ref', '--format=%(objectname) %(refname)']),
  ]);
  return head === undefined || refs === undefined ? '' : sha1(`${head}\n${refs}`);
}

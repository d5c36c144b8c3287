import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { glob } from 'tinyglobby';
import type { Artifact, ArtifactProblem, Evidence } from './artifact.ts';
import { readArtifactText } from './read-artifact-text.ts';

/** Where CI artifacts usually are, searched when neither `--evidence` nor config names any. */
export const DEFAULT_EVIDENCE = [
  'junit*.xml',
  'test-results/**/*.xml',
  'coverage/lcov.info',
  'coverage/coverage-summary.json',
  'coverage.xml',
  'coverage.json',
] as const;

/** Largest artifact read, in bytes; a bigger one is reported and skipped. */
export const MAX_ARTIFACT_SIZE = 64 * 1024 * 1024;

/** Which artifacts to read. */
export interface EvidenceSources {
  /** Folder that relative paths and globs start from (the project root). */
  cwd: string;
  /** Files named one by one (`--evidence FILE`): each must exist. */
  files?: readonly string[];
  /** Globs (config `evidence`); none matching is not a problem. */
  globs?: readonly string[];
}

/**
 * Read the CI artifacts: the files named, the config's globs, or when
 * neither is given the common locations ({@link DEFAULT_EVIDENCE}). An
 * artifact that is missing, too large or unreadable becomes a problem with
 * a place and a reason, never an exception; the others are still read.
 */
export async function readEvidence(sources: EvidenceSources): Promise<Evidence> {
  const named = sources.files ?? [];
  const globs = sources.globs ?? [];
  const patterns = named.length === 0 && globs.length === 0 ? [...DEFAULT_EVIDENCE] : globs;
  const found = patterns.length
    ? await glob(patterns, {
        cwd: sources.cwd,
        ignore: ['**/node_modules/**', '**/.git/**'],
        onlyFiles: true,
        followSymbolicLinks: false,
        expandDirectories: false,
      })
    : [];
  const paths = [...new Set([...named.map((file) => toSlash(file)), ...found.sort()])];
  const evidence: Evidence = { artifacts: [], problems: [] };
  for (const file of paths) {
    const outcome = await readArtifact(sources.cwd, file, named.includes(file));
    if (outcome && 'reason' in outcome) evidence.problems.push(outcome);
    else if (outcome) evidence.artifacts.push(outcome);
  }
  return evidence;
}

async function readArtifact(
  cwd: string,
  file: string,
  named: boolean,
): Promise<Artifact | ArtifactProblem | undefined> {
  const absolute = path.resolve(cwd, file);
  const problem = (reason: string, line = 1, column = 1): ArtifactProblem => ({
    path: file,
    line,
    column,
    reason,
  });
  const stats = await stat(absolute).catch(() => undefined);
  if (!stats?.isFile()) {
    return named ? problem(`Cannot find evidence file \`${file}\`; check the path`) : undefined;
  }
  if (stats.size > MAX_ARTIFACT_SIZE) {
    const size = (stats.size / 1024 / 1024).toFixed(0);
    return problem(
      `Evidence file \`${file}\` is ${size} MB, more than the ${MAX_ARTIFACT_SIZE / 1024 / 1024} MB statusdocs reads; it was skipped`,
    );
  }
  let text: string;
  try {
    text = (await readFile(absolute, 'utf8')).replace(/^\uFEFF/, '');
  } catch (error) {
    return problem(`Cannot read evidence file \`${file}\` (${(error as Error).message})`);
  }
  const read = readArtifactText(file, text);
  if (!read.ok) {
    return problem(
      `Evidence file \`${file}\` is ${read.reason}; it was skipped`,
      read.line,
      read.column,
    );
  }
  const { timestamp, ...body } = read.value;
  const date = timestamp ? new Date(timestamp) : stats.mtime;
  return {
    path: file,
    ...body,
    date: date.toISOString().slice(0, 10),
    dated: timestamp !== undefined,
  };
}

function toSlash(file: string): string {
  return file.split(path.sep).join('/');
}

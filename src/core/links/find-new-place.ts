import { posix } from 'node:path';
import type { Rename } from './parse-git-renames.ts';
import type { FileIndex } from './file-index.ts';
import { isGenericName } from './generic-names.ts';
import { readingsOf, type ResolvedTarget } from './resolve-reference.ts';
import { prepareCandidates, suggestPath, type Candidates } from './suggest-path.ts';

/** Where a missing target probably is now, most certain first. */
export type NewPlace =
  /** Git history renamed the path; the new path still exists. Certain. */
  | { kind: 'renamed'; path: string; anchor: string; commit: string; date: string }
  /** A link read relative to its doc names a path that exists from a folder above it. Certain. */
  | { kind: 'from-root'; path: string }
  /** Git history moved the path more than once (re-created in between); never certain. */
  | { kind: 'renamed-several'; paths: string[] }
  /** Files with the same name elsewhere; certain only for one non-generic name of the same case. */
  | { kind: 'same-name'; paths: string[]; certain: boolean }
  /** Did-you-mean by path structure. Never certain. */
  | { kind: 'similar'; paths: string[] }
  | { kind: 'none' };

/**
 * Find where a missing target went: a git rename of any reading of the path
 * (from `facts.renames`, following later renames to the latest path), then,
 * for a link, the path read from a folder above the doc, then files with the
 * same name anywhere in the repository, then did-you-mean (remembered in
 * `facts.similar`). Generic names (`README.md`) get no same-name or
 * did-you-mean guess.
 */
export function findNewPlace(
  target: ResolvedTarget,
  from: string,
  index: FileIndex,
  facts: {
    renames?: ReadonlyMap<string, Rename>;
    /** Did-you-mean answers by missing path (see `SetFacts.similar`). */
    similar?: Map<string, readonly string[]>;
  },
  /**
   * Did-you-mean candidates by lower-cased extension, filled as they are
   * first needed: a caller that asks for many missing paths (`missing-file`)
   * keeps one map for its whole check, so each extension's files are
   * prepared once.
   */
  candidates: Map<string, Candidates> = new Map(),
): NewPlace {
  const readings = readingsOf(target.written, from, index, true);
  for (const reading of readings) {
    const rename = facts.renames?.get(reading.path);
    if (rename?.others) {
      const paths = [rename.to, ...rename.others].filter((path) => index.files.has(path));
      if (paths.length > 0) return { kind: 'renamed-several', paths };
    }
    if (rename && index.files.has(rename.to)) {
      return { kind: 'renamed', path: rename.to, anchor: reading.anchor, ...pick(rename) };
    }
  }
  const stripped = target.written.replace(/^(?:\.\.?\/)+/, '');
  if (target.via === 'file' && stripped.includes('/')) {
    const above = readings.slice(1).find((reading) => index.files.has(reading.path));
    if (above) return { kind: 'from-root', path: above.path };
  }
  const basename = posix.basename(target.written);
  const sameName = index.byBasename.get(basename.toLowerCase()) ?? [];
  // Which of many READMEs was meant, no name can tell.
  if (isGenericName(basename)) return { kind: 'none' };
  if (sameName.length > 0) {
    const [only] = sameName;
    const certain =
      sameName.length === 1 && only !== undefined && posix.basename(only) === basename;
    return { kind: 'same-name', paths: [...sameName], certain };
  }
  let similar = facts.similar?.get(target.path);
  if (!similar) {
    const extension = posix.extname(basename).toLowerCase();
    let prepared = candidates.get(extension);
    if (!prepared) {
      prepared = prepareCandidates(index.byExtension.get(extension) ?? []);
      candidates.set(extension, prepared);
    }
    similar = suggestPath(target.path, prepared);
    facts.similar?.set(target.path, similar);
  }
  // A doc never links to itself by another name.
  const paths = similar.filter((path) => path !== from);
  return paths.length > 0 ? { kind: 'similar', paths } : { kind: 'none' };
}

function pick(rename: { commit: string; date: string }): { commit: string; date: string } {
  return { commit: rename.commit, date: rename.date };
}

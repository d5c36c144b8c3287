import picomatch from 'picomatch';
import type { ResolvedConfig } from '../config/config-schema.ts';
import { collectChangeLog, type ChangeLogEntry } from '../history/collect-change-log.ts';
import { parseSourceDoc } from '../load/parse-source-doc.ts';
import { buildDoc } from '../metrics/build-doc.ts';
import { indexDoc } from '../metrics/doc-index.ts';
import type { Doc } from '../model/doc.ts';

/** One task list item, as of one revision. */
export interface TaskState {
  text: string;
  checked: boolean;
}

/**
 * What history keeps of one doc at one blob: the model, its task items and
 * its own change-log entries. The parsed tree is dropped, so many versions
 * fit in memory; the site renders from `blob` with its own cache.
 */
export interface DocSnapshot {
  /** Git blob id of the bytes (computed for working-tree files). */
  blob: string;
  doc: Doc;
  tasks: TaskState[];
  changeLog: ChangeLogEntry[];
  /** Whether the doc's frontmatter gives its `id` (identity beyond paths). */
  hasOwnId: boolean;
}

const matchers = new Map<string, (path: string) => boolean>();

/** Compiled once per glob: snapshots are built by the thousand. */
function matcher(glob: string): (path: string) => boolean {
  let matches = matchers.get(glob);
  if (!matches) {
    matches = picomatch(glob, { dot: true });
    matchers.set(glob, matches);
  }
  return matches;
}

/** What {@link buildSnapshot} needs of the config. */
export type SnapshotConfig = Pick<ResolvedConfig, 'statuses' | 'kinds' | 'limits'>;

/**
 * Parse one doc's bytes with the same core as `check` (`parseSourceDoc`,
 * `buildDoc`, config kinds) and keep what history needs. Pure.
 */
export function buildSnapshot(
  path: string,
  blob: string,
  bytes: Uint8Array,
  root: string,
  config: SnapshotConfig,
): DocSnapshot {
  const source = parseSourceDoc(path, bytes, root, config.limits);
  const index = indexDoc(source);
  const doc = buildDoc(source, { statuses: config.statuses }, index);
  for (const [glob, kind] of Object.entries(config.kinds)) {
    // Same precedence as `check`: a configured kind wins over inference.
    if (matcher(glob)(path)) {
      doc.kind = kind;
      doc.sources.kind = { from: 'config' };
    }
  }
  const tasks = index.tasks.map((item) => ({
    text: item.text,
    checked: item.checked,
  }));
  return {
    blob,
    doc,
    tasks,
    changeLog: collectChangeLog(source.tree, doc.updated ?? doc.date),
    hasOwnId: doc.sources.id?.from === 'frontmatter',
  };
}

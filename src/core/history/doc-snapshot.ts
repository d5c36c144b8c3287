import type { ResolvedConfig } from '../config/config-schema.ts';
import { collectChangeLog, type ChangeLogEntry } from '../history/collect-change-log.ts';
import { parseSourceDoc } from '../load/parse-source-doc.ts';
import { buildDoc } from '../metrics/build-doc.ts';
import { indexDoc } from '../metrics/doc-index.ts';
import type { Doc } from '../model/doc.ts';
import { applyKindOverrides, type KindOverrides } from '../model/kind-overrides.ts';

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

/** What {@link buildSnapshot} needs of the config. */
export type SnapshotConfig = Pick<ResolvedConfig, 'statuses' | 'kinds' | 'limits'>;

/** {@link SnapshotConfig} with its `kinds` compiled once (`compileKindOverrides`): snapshots are built by the thousand. */
export type SnapshotOptions = Omit<SnapshotConfig, 'kinds'> & {
  kinds: KindOverrides;
  /** Where `root` sits in its git repository (`repoPrefix`), looked up once. */
  prefix: string;
};

/**
 * Parse one doc's bytes with the same core as `check` (`parseSourceDoc`,
 * `buildDoc`, config kinds) and keep what history needs. Pure.
 */
export function buildSnapshot(
  path: string,
  blob: string,
  bytes: Uint8Array,
  root: string,
  config: SnapshotOptions,
): DocSnapshot {
  const source = parseSourceDoc(path, bytes, root, config.limits);
  const index = indexDoc(source, config.prefix);
  const doc = buildDoc(source, { statuses: config.statuses }, index);
  // Same precedence as `check`: a configured kind wins over inference.
  applyKindOverrides(doc, config.kinds);
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

import type { DocSnapshot } from './doc-snapshot.ts';
import type { SnapshotStore } from './snapshot-store.ts';
import type { VersionSource } from './select-versions.ts';

/** A commit as history shows it. */
export interface Commit {
  /** Full id. */
  id: string;
  /** 7-character id, for display. */
  short: string;
  /** Committer date, ISO 8601 with offset: when the change landed. */
  date: string;
  /** Author date, ISO 8601 with offset. */
  authorDate: string;
  author: string;
  email: string;
}

/** How a doc changed in a revision. `boundary`: already there where a shallow clone's history starts. */
export type RevisionChange =
  'added' | 'modified' | 'renamed' | 'deleted' | 'boundary' | 'uncommitted';

/** A doc as of one commit (or the working tree, `commit: null`). */
export interface Revision {
  commit: Commit | null;
  change: RevisionChange;
  path: string;
  /** Previous path, for a rename. */
  from?: string;
  /** Blob id; null for a deletion. */
  blob: string | null;
}

/** One doc through history. */
export interface DocLine {
  /**
   * Stable key across versions: the doc's latest path (for a doc deleted
   * since, its last path, `@commit` when another doc took that path).
   */
  key: string;
  /** Every path the doc had, oldest first: redirects and aliases. */
  paths: string[];
  /** Oldest first; the last may be the uncommitted working-tree state. */
  revisions: Revision[];
  /** Date the doc was created (`YYYY-MM-DD`); null when it predates a shallow clone. */
  created: string | null;
}

/** A doc in a version. */
export interface VersionDoc {
  key: string;
  path: string;
  blob: string;
}

/** The doc set as of one ref, or the working tree ("latest"). */
export interface Version {
  name: string;
  source: VersionSource;
  /** Null for the working tree. */
  commit: Commit | null;
  /** `YYYY-MM-DD` of the commit; null for the working tree. */
  date: string | null;
  /** Sorted by path. */
  docs: VersionDoc[];
}

/** A doc of a version with its parsed snapshot. */
export interface LoadedVersionDoc extends VersionDoc {
  snapshot: DocSnapshot;
}

/** Everything read from git for a content root, with snapshots loaded on demand. */
export interface History {
  /** Absolute content root. */
  root: string;
  /** First-parent commits, oldest first. */
  commits: Commit[];
  /** Every doc ever seen, by key, sorted. */
  docs: DocLine[];
  /** Versions in history order, "latest" (the working tree) last. */
  versions: Version[];
  /**
   * Plain sentences about what history could not see (no git, shallow or
   * damaged clone, …). Read it after loading: past versions git cannot give
   * are counted as they are asked for.
   */
  notes: string[];
  /** When history starts late (a shallow clone, or older commits unreadable), the date it starts at. */
  shallowSince: string | null;
  /** Parsed snapshots, cached by blob. */
  store: SnapshotStore;
  /** Git processes started, for tests and benchmarks. */
  gitProcesses: number;
  /** End the `cat-file` process. Call when done. */
  close: () => Promise<void>;
}

/** How a path changed in one commit. */
export type ChangeKind = 'added' | 'modified' | 'deleted' | 'renamed' | 'copied' | 'type-changed';

/** One changed path in a commit, from `git log --raw`. */
export interface LogChange {
  kind: ChangeKind;
  /** Path relative to the directory git ran in (the content root). */
  path: string;
  /** The old path of a rename or copy. */
  from?: string;
  /** Blob id after the change; all zeros for a deletion. */
  blob: string;
  /** Blob id before the change; all zeros for an addition. */
  previousBlob: string;
}

/** One commit of the log. */
export interface LogCommit {
  /** Full commit id. */
  commit: string;
  /** Parent ids; empty for a root commit or the boundary of a shallow clone. */
  parents: string[];
  /** Author date, ISO 8601 with offset. */
  authorDate: string;
  /** Committer date, ISO 8601 with offset: when the change landed. */
  date: string;
  author: string;
  email: string;
  /** Tag names pointing at this commit (from `%D`). */
  tags: string[];
  changes: LogChange[];
}

/** The header of each record: id, parents, dates, author, email, tag decorations. */
export const LOG_FORMAT = '--format=%x1e%H%x1f%P%x1f%aI%x1f%cI%x1f%an%x1f%ae%x1f%D%x1f';

/**
 * The diff options of every `git log` that {@link parseGitLog} reads: paths
 * relative to where git runs, raw changes with full blob ids, renames found,
 * NUL-separated, no colour.
 */
export const RAW_CHANGE_ARGS = [
  '--relative',
  '--raw',
  '--no-abbrev',
  '-M',
  '-z',
  '--no-color',
] as const;

/**
 * The arguments of the one `git log` pass. Run in the content root:
 * `--relative` makes paths relative to it and drops changes outside it,
 * without pathspec, so every commit of the first-parent chain is listed
 * (tags and periodic snapshots may sit on commits that touch no doc).
 * `--first-parent -m` diffs merges against their first parent, so replaying
 * the changes in order rebuilds the tree of every commit on that chain.
 * Newest first, not `--reverse`: git then streams commits as it reads them,
 * so a damaged clone still yields everything before the damage (with
 * `--reverse`, git prints nothing when any commit is unreadable).
 */
export const GIT_LOG_ARGS = [
  'log',
  '--first-parent',
  '-m',
  ...RAW_CHANGE_ARGS,
  '--decorate-refs=refs/tags/',
  LOG_FORMAT,
] as const;

const KINDS: Record<string, ChangeKind> = {
  A: 'added',
  M: 'modified',
  D: 'deleted',
  R: 'renamed',
  C: 'copied',
  T: 'type-changed',
};

/**
 * Parse the output of {@link GIT_LOG_ARGS}. Records start with `\x1e`,
 * header fields are split by `\x1f`, and the raw diff that follows is
 * NUL-separated (`:mode mode old new R100`, path, [new path]), so any byte
 * a path may hold, newlines included, is read correctly. Commits come in
 * the order git printed them. Pure.
 */
export function parseGitLog(output: string): LogCommit[] {
  const commits: LogCommit[] = [];
  for (const record of output.split('\u001e')) {
    if (record === '') continue;
    const headerEnd = nthIndexOf(record, '\u001f', HEADER_FIELDS);
    if (headerEnd < 0) continue;
    const header = record.slice(0, headerEnd).split('\u001f');
    const [commit = '', parents = '', authorDate = '', date = '', author = '', email = ''] = header;
    const decorations = header[6] ?? '';
    if (!/^[0-9a-f]{40,64}$/.test(commit)) continue;
    commits.push({
      commit,
      parents: parents === '' ? [] : parents.split(' '),
      authorDate,
      date,
      author,
      email,
      tags: parseTags(decorations),
      changes: parseChanges(record.slice(headerEnd + 1)),
    });
  }
  return commits;
}

/** Fields in the `--format` header, each closed by `\x1f`. */
const HEADER_FIELDS = 7;

/** Index of the `n`th (1-based) occurrence of `char`; paths after the header may hold it too. */
function nthIndexOf(text: string, char: string, n: number): number {
  let index = -1;
  for (let seen = 0; seen < n; seen++) {
    index = text.indexOf(char, index + 1);
    if (index < 0) return -1;
  }
  return index;
}

/** `tag: v1, tag: v1.1` → `['v1', 'v1.1']`. */
function parseTags(decorations: string): string[] {
  return decorations
    .split(', ')
    .filter((part) => part.startsWith('tag: '))
    .map((part) => part.slice('tag: '.length));
}

function parseChanges(raw: string): LogChange[] {
  const fields = raw.split('\u0000');
  const changes: LogChange[] = [];
  for (let at = 0; at < fields.length;) {
    const meta = (fields[at] ?? '').replace(/^\n+/, '');
    at++;
    if (!meta.startsWith(':')) continue;
    // `:100644 100644 <old> <new> R100`
    const [, , previousBlob = '', blob = '', status = ''] = meta.slice(1).split(' ');
    const kind = KINDS[status.charAt(0)];
    if (kind === 'renamed' || kind === 'copied') {
      const from = fields[at] ?? '';
      const path = fields[at + 1] ?? '';
      at += 2;
      changes.push({ kind, path, from, blob, previousBlob });
    } else {
      const path = fields[at] ?? '';
      at++;
      if (kind) changes.push({ kind, path, blob, previousBlob });
    }
  }
  return changes;
}

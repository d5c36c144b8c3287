/** One rename from git history: where a path went, and in which commit. */
export interface Rename {
  /** The latest path, after following later renames. */
  to: string;
  /** Abbreviated commit hash of the rename. */
  commit: string;
  /** Date of that commit, `YYYY-MM-DD`. */
  date: string;
  /**
   * Latest paths of earlier moves of the same old path, when it was
   * re-created and moved again (`.planning/STATE.md` archived once per
   * milestone): the move is then ambiguous, never a certain fix.
   */
  others?: string[];
}

/** The `git log` arguments whose output {@link parseGitRenames} reads. */
export const GIT_RENAMES_ARGS = [
  '-c',
  'core.quotePath=false',
  'log',
  '--relative',
  '--diff-filter=R',
  '-M',
  '--name-status',
  '-z',
  '--format=%x1e%h%x1f%as',
] as const;

/**
 * Read renames from `git log --relative --diff-filter=R -M --name-status -z`
 * (newest commit first; see {@link GIT_RENAMES_ARGS}), paths relative to the
 * directory git ran in. Each old path maps to its latest path: `a → b`
 * then later `b → c` gives `a → c`, with the commit that first moved `a`
 * (the one that broke links to it). Pure.
 */
export function parseGitRenames(output: string): Map<string, Rename> {
  const renames = new Map<string, Rename>();
  for (const record of output.split('\u001e')) {
    const [header = '', ...rest] = record.split('\u0000');
    const [commit = '', date = ''] = header.split('\u001f');
    if (commit === '') continue;
    const fields = rest.map((field) => field.replace(/^\n/, ''));
    for (let at = 0; at < fields.length;) {
      const status = fields[at] ?? '';
      if (/^[RC]\d*$/.test(status)) {
        const from = fields[at + 1] ?? '';
        const to = fields[at + 2] ?? '';
        // Newer commits come first, so a later move of `to` is already known.
        if (status.startsWith('R') && from !== '' && to !== '') {
          const latest = renames.get(to)?.to ?? to;
          const known = renames.get(from);
          if (!known) renames.set(from, { to: latest, commit, date });
          else if (known.to !== latest && !known.others?.includes(latest)) {
            known.others = [...(known.others ?? []), latest];
          }
        }
        at += 3;
      } else {
        at += status === '' ? 1 : 2;
      }
    }
  }
  return renames;
}

import { posix } from 'node:path';
import type { ResolvedReference } from './build-link-graph.ts';
import type { Reference } from './collect-references.ts';
import type { PathMention } from './collect-path-mentions.ts';
import type { FileIndex } from './file-index.ts';
import type { Rename } from './parse-git-renames.ts';
import { isDocPath } from './looks-like-path.ts';
import { readingsOf } from './resolve-reference.ts';

/**
 * Lines that name other projects' files make a doc a survey of other code:
 * at this many lines, naming this many first folders the repository does
 * not have, its prose paths into folders this repository does not have are
 * read as that code's paths too. One or two missing top folders are more
 * often this repository's own, moved or left out of a checkout.
 */
const SURVEY_LINES = 3;
const SURVEY_PROJECTS = 4;

/**
 * Whether a prose path starts with a folder the repository has nowhere
 * (`openclaw/docs/x.md`, `other-repo/src/y.md`): it names another
 * project's file. Only known with git (`index.repo`); without it every
 * path is checked.
 */
export function namesAnotherProject(written: string, index: FileIndex): boolean {
  if (!index.repo || /^\.{0,2}\//.test(written)) return false;
  const lead = written.split('/')[0] ?? '';
  if (written.indexOf('/') === -1 || lead === '') return false;
  return !index.folderNames.has(lead.toLowerCase());
}

/**
 * Drop the prose paths that talk about other projects. A line that names
 * another project's file (`core/src/x.rs`, `` `jean/src/a.tsx:249` ``,
 * `../other-repo/README.md`: a first folder the repository has nowhere)
 * talks about that project: its other unresolved prose paths are not
 * checked. A doc with several lines that name several other projects' docs (or
 * code, in a repository that holds code) surveys other code: its prose
 * paths into folders the repository does not have (`docs/features/x.md`
 * where there is no `docs/features/`, no rename and no file of that name)
 * are that code's too. In a docs-only
 * repository, `src/x.ts` may be this project's code kept elsewhere, so it
 * makes no survey.
 */
export function dropOtherProjects(
  references: ResolvedReference[],
  mentions: readonly PathMention[],
  where: { from: string; index: FileIndex; renames: ReadonlyMap<string, Rename> | undefined },
): void {
  const { index } = where;
  const foreign = new Set<number>();
  const surveyed = new Set<number>();
  const projects = new Set<string>();
  const note = (line: number, path: string, isDoc: boolean) => {
    if (!namesAnotherProject(stripClimbs(path), index)) return;
    foreign.add(line);
    if (isDoc || index.holdsCode) {
      surveyed.add(line);
      projects.add(stripClimbs(path).split('/')[0]?.toLowerCase() ?? '');
    }
  };
  for (const { reference, target } of references) {
    if (!isProse(reference.kind) || target.status === 'found') continue;
    note(reference.position.start.line, target.written, isDocPath(target.written));
  }
  // A mention cut before its second folder (`pi/.../x.ts`) still names its first.
  for (const { line, path } of mentions) note(line, `${path}/`, isDocPath(path));
  const survey = surveyed.size >= SURVEY_LINES && projects.size >= SURVEY_PROJECTS;
  for (const resolved of references) {
    const { reference, target } = resolved;
    if (!isProse(reference.kind) || target.status === 'found') continue;
    if (
      foreign.has(reference.position.start.line) ||
      (survey && !isOwnPath(target.written, where))
    ) {
      resolved.reportable = false;
    }
  }
}

/** Whether a reference is a path written in prose (backticked or bare), read like one. */
export function isProse(kind: Reference['kind']): boolean {
  return kind === 'code' || kind === 'bare';
}

function stripClimbs(path: string): string {
  return path.replace(/^(?:\.\.?\/)+/, '');
}

/**
 * Whether a prose path is this repository's: a reading of it lands in a
 * folder that exists or was renamed, or a file of its name exists.
 */
function isOwnPath(
  written: string,
  {
    from,
    index,
    renames,
  }: { from: string; index: FileIndex; renames?: ReadonlyMap<string, Rename> },
): boolean {
  if (index.byBasename.has(posix.basename(written).toLowerCase())) return true;
  return readingsOf(written, from, index, true).some(({ path }) => {
    const folder = posix.dirname(path);
    return folder === '.' || index.folders.has(folder) || renames?.has(path) === true;
  });
}

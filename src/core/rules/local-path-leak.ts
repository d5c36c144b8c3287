import { report } from './report.ts';
import type { DocRule } from './rule.ts';

/**
 * The start of a path inside someone's home folder: `C:\Users\name`,
 * `c:/users/name`, `C:\\Users\\name` (escaped), `C:\Documents and
 * Settings\name` (any case, like Windows), and `/home/name`, `/Users/name`,
 * `/mnt/c/Users/name` (WSL), `file:///Users/name` (case-sensitive, like
 * Unix). Not inside a URL or a longer path (`https://x.org/Users/1`).
 */
const HOMES = [
  /(?<![\w\\/.~-])[a-z]:(?:\\{1,2}|\/)(?:users|documents and settings)(?:\\{1,2}|\/)/giu,
  /(?:(?<=file:\/\/)|(?<![\w\\/.~:-]))(?:\/mnt\/[a-z])?\/(?:home|Users)\//gu,
];

/** A Unix user name; `/home/123` or `/Users/{id}` is a route, not a person. */
const UNIX_NAME = /^[a-z_][\w.-]*$/iu;

/** Where a path ends in prose: whitespace, quotes, brackets, table pipes. */
const PATH_END = /[\s`'"<>|()[\]{}]/u;

/**
 * Names that are placeholders, example people (`alice`, `bob`, `victim`),
 * shared or service accounts (CI runners, cloud images' default users,
 * containers), not a person.
 */
const NOT_A_PERSON =
  /^(?:user|username|user[-_]name|name|your[-_]?name|your[-_]?user(?:name)?|you|me|someone|example|runner|public|default|all users|shared|root|admin|ubuntu|ec2-user|debian|centos|fedora|opc|pi|vagrant|deploy(?:er)?|www-data|node|app|git|docker|jenkins|circleci|travis|vscode|codespace|gitpod|coder|dev|developer|ci|build|service|alice|bob|carol|dave|eve|mallory|victim|attacker|foo|bar|test|testuser|demo|guest|other)$|[$%<>{}*…]|\.\.\./iu;

/** The end of the path that starts at `start`: the whole code span, or up to a delimiter. */
function pathEnd(
  text: string,
  from: number,
  inline: readonly [number, number] | undefined,
  windows: boolean,
): number {
  // In inline code a Windows path may hold spaces (`C:\Users\Ana Lee\…`); a
  // Unix path ends at a space, where the rest of a command begins.
  if (inline && windows) {
    let end = inline[1];
    while (end > from && (text[end - 1] === '`' || text[end - 1] === ' ')) end--;
    return end;
  }
  let end = from;
  while (end < text.length && !PATH_END.test(text[end] ?? ' ')) end++;
  while (end > from && /[.,;:!?*_]/u.test(text[end - 1] ?? '')) end--;
  return end;
}

/**
 * A repository path for the leaked one, when the doc's own top folder
 * appears in it (`C:\Users\ana\work\app\docs\plan.md` → `docs/plan.md`).
 */
function suggest(segments: readonly string[], docPath: string): string | undefined {
  const top = docPath.includes('/') ? docPath.split('/')[0] : undefined;
  const at = top ? segments.lastIndexOf(top) : -1;
  return at > 0 && at < segments.length - 1 ? segments.slice(at).join('/') : undefined;
}

/**
 * `local-path-leak`: a path inside someone's home folder in a published doc.
 * It names a person and a machine and means nothing to readers. Code blocks
 * are skipped, like every rule (a transcript of a terminal session is
 * allowed to show where it ran), but inline code is checked, because a
 * backticked path in a sentence is a reference the reader is meant to follow.
 * Placeholders (`/home/user`, `C:\Users\<name>`) are not leaks.
 */
export const localPathLeak: DocRule = {
  id: 'local-path-leak',
  description:
    'A path inside a personal home folder, such as `C:\\Users\\name\\…` or `/home/name/…`.',
  check({ source, index }) {
    const { text, file } = source;
    // Code blocks are skipped; inline code is checked: a backticked path in prose is how most leaks happen.
    const { blocks, inline } = index.code;
    const matches = HOMES.flatMap((pattern) => [...text.matchAll(pattern)]).sort(
      (a, b) => a.index - b.index,
    );
    const leaks = new Map<string, { path: string; start: number; end: number; count: number }>();
    for (const match of matches) {
      const start = match.index;
      if (blocks.some(([from, to]) => start >= from && start < to)) continue;
      const span = inline.find(([from, to]) => start >= from && start < to);
      const end = pathEnd(text, start + match[0].length, span, /^[a-z]:/iu.test(match[0]));
      const path = text.slice(start, end);
      const name = text.slice(start + match[0].length, end).split(/[\\/]/u)[0] ?? '';
      if (name.trim() === '' || NOT_A_PERSON.test(name)) continue;
      if (match[0].startsWith('/') && !UNIX_NAME.test(name)) continue;
      const person = name.toLowerCase();
      const known = leaks.get(person);
      if (known) known.count += 1;
      else leaks.set(person, { path, start, end, count: 1 });
    }
    for (const { path, start, end, count } of leaks.values()) {
      const repoPath = suggest(path.split(/[\\/]+/u), source.path);
      const fix = repoPath
        ? `use the repository path \`${repoPath}\` instead`
        : 'use a path relative to the repository instead';
      const more = count > 1 ? ` (and ${count - 1} more under the same home folder)` : '';
      report(
        file,
        'local-path-leak',
        `Local path \`${path}\`${more} leaks a personal folder; ${fix}`,
        { offset: start, endOffset: end },
        { actual: path, expected: repoPath ? [repoPath] : undefined },
      );
    }
  },
};

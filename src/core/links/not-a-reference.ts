/**
 * Code spans and prose paths that look like paths but name no file a
 * reader could open: placeholders, extensions alone, paths on someone's
 * machine. Pure string tests on the path as written (no `#fragment`).
 */

// A placeholder token: `XX`, `0XX`, `NNN`, `YYYY`, `MM`, `DD` (`2026-01-XX_notes.md`).
const PLACEHOLDER_TOKEN = /^(?:\d*[Xx]{2,}\d*|N{3,}|n{3,}|Y{2,4}|y{4}|MM|DD|HHMM|hhmm)$/;
// Template and elision marks: `<name>.md`, `{slug}.md`, `…_completed.md`, `a/*/b.md`.
const PLACEHOLDER_MARK = /[<>{}…*]|\.\.\.|\[[^\]]*\]/;
// Top folders of file systems and home folders, never a repository's own paths.
const MACHINE_ROOTS = new Set([
  'home',
  'users',
  'tmp',
  'var',
  'etc',
  'opt',
  'mnt',
  'usr',
  'private',
  'root',
  'srv',
  'volumes',
  'library',
  'proc',
  'dev',
  'media',
  'run',
  'nix',
  'workspace',
  'workspaces',
  'mount',
]);

/** Whether the path is a placeholder or a pattern, not a file. */
export function isPlaceholderPath(written: string): boolean {
  if (PLACEHOLDER_MARK.test(written)) return true;
  return written.split(/[^A-Za-z0-9]+/).some((token) => PLACEHOLDER_TOKEN.test(token));
}

/**
 * Whether the path is a file extension or a name suffix alone (`.md`,
 * `.en.md`, `_completed.md`), or a design token (`borderRadius.md`): the
 * text talks about a kind of file, or about no file.
 */
export function isNameFragment(written: string): boolean {
  if (written.includes('/')) return false;
  if (/^(?:\.[A-Za-z0-9]{1,10})+$/.test(written) || /^[_-]/.test(written)) return true;
  // A camelCase property with a size key (`borderRadius.md`, `spacing.sm`) is a design token.
  return /^[a-z]+[A-Z][A-Za-z]*\.md$/.test(written);
}

/**
 * Whether the path is absolute on some machine (`/home/x/…`, `/tmp/a.md`,
 * `~/notes.md`, `C:\Users\…`): `local-path-leak` reports those, and the
 * repository cannot hold them. `isFolder` says whether the content root
 * or repository has a top folder of that name, which then wins.
 */
export function isMachinePath(written: string, isFolder: (name: string) => boolean): boolean {
  if (/^~|^[A-Za-z]:[\\/]|^\\\\/.test(written)) return true;
  const match = /^\/+([^/]+)\//.exec(written);
  const first = match?.[1];
  return first !== undefined && MACHINE_ROOTS.has(first.toLowerCase()) && !isFolder(first);
}

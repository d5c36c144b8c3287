/**
 * `.gitignore` text with `lines` appended that it does not ignore yet, or
 * `undefined` when it has them all. A line counts as present when an
 * existing one names the same path, with or without its leading or
 * trailing slash (`.statusdocs`, `/.statusdocs/`); nothing else in the file
 * is touched.
 */
export function addGitignoreLines(text: string, lines: readonly string[]): string | undefined {
  const present = new Set(text.split(/\r?\n/).map(normalize));
  const missing = lines.filter((line) => !present.has(normalize(line)));
  if (missing.length === 0) return undefined;
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  const separator = text === '' || text.endsWith('\n') ? '' : newline;
  const heading = `# statusdocs: the check cache and a local site build${newline}`;
  return `${text}${separator}${text === '' ? '' : newline}${heading}${missing.join(newline)}${newline}`;
}

function normalize(line: string): string {
  return line.trim().replace(/^\//, '').replace(/\/$/, '');
}

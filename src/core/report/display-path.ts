/**
 * The path to show for a file: `displayRoot` joined to the path relative to
 * the content root, with `/` separators (GitHub and SARIF require them, and
 * terminals accept them on every platform).
 */
export function displayPath(path: string, displayRoot = ''): string {
  const root = displayRoot
    .replaceAll('\\', '/')
    .replace(/^(?:\.\/)+/, '')
    .replace(/\/+$/, '');
  return root === '' || root === '.' ? path : `${root}/${path}`;
}

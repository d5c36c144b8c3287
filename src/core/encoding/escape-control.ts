/** C0 controls but tab and line feed, DEL and C1 controls: what a terminal acts on. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/**
 * Show control characters as `\x1B`, so text from docs and git (a title, an
 * author, a path) cannot move the cursor, recolor or rewrite a terminal or a
 * CI log. Tabs and line feeds stay. For text output only: JSON keeps every
 * value exact, escaped by `JSON.stringify`.
 */
export function escapeControl(text: string): string {
  return text.replace(
    CONTROL,
    (char) => `\\x${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}

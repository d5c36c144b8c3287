import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff';

/**
 * A unified diff of one file, as `git diff` prints it (`--- a/x`, `+++ b/x`,
 * three lines of context), or '' when nothing changed. Line endings are kept
 * in the lines, so a CRLF file shows `\r` as git shows it.
 */
export function formatDiff(path: string, before: string, after: string): string {
  if (before === after) return '';
  return createTwoFilesPatch(`a/${path}`, `b/${path}`, before, after, undefined, undefined, {
    context: 3,
    headerOptions: FILE_HEADERS_ONLY,
  });
}

/** One commit that touched a file. */
export interface FileVersion {
  commit: string;
  /** Commit time, seconds since 1970. */
  time: number;
  /** Commit date, `YYYY-MM-DD` (UTC). */
  date: string;
  /** Added, modified or deleted in this commit (renames count as delete + add). */
  status: 'A' | 'M' | 'D';
  /** Lines of the file after the commit; null when deleted, binary-large or not read. */
  lines: number | null;
}

/** What git knows of some files, for the evidence rules (`facts.fileHistory`). */
export interface FileHistory {
  /** Repository-relative path → the commits that touched it, newest first. */
  versions: ReadonlyMap<string, readonly FileVersion[]>;
}

/** Lines of a text: newline count, plus one for a last line without a newline. */
export function countLines(content: Buffer | string): number {
  const text = typeof content === 'string' ? content : content.toString('utf8');
  if (text === '') return 0;
  let lines = 0;
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) {
    lines++;
  }
  return text.endsWith('\n') ? lines : lines + 1;
}

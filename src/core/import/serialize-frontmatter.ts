import { Document } from 'yaml';

/** A key with its value, written as YAML. */
export interface FrontmatterEntry {
  key: string;
  value: unknown;
}

/** A value `import` is not sure of: written as a comment for a person to confirm. */
export interface FrontmatterGuess extends FrontmatterEntry {
  /** Why it is a guess: `guessed from the title`. */
  why: string;
}

/**
 * One top-level `key: value` as YAML lines, ending with a newline. The
 * `yaml` package chooses the quoting (a title with `: ` is quoted, a date
 * is not), so what is written always reads back as the same value; lines
 * are never folded, so the output does not depend on a width.
 */
export function serializeEntry(entry: FrontmatterEntry): string {
  return new Document({ [entry.key]: entry.value }).toString({ lineWidth: 0 });
}

/**
 * A guess as comment lines: `# kind: status # guessed from the title; …`.
 * Deleting the leading `# ` turns it into a value, keeping the note as a
 * YAML comment.
 */
export function serializeGuess(guess: FrontmatterGuess): string {
  const lines = serializeEntry(guess).replace(/\n$/, '').split('\n');
  const last = lines.length - 1;
  return lines
    .map((line, index) =>
      index === last ? `# ${line} # ${guess.why}; uncomment to confirm\n` : `# ${line}\n`,
    )
    .join('');
}

/**
 * Entries and guesses as YAML lines in the given order, with the file's
 * line ending.
 */
export function serializeEntries(
  items: readonly (FrontmatterEntry | FrontmatterGuess)[],
  newline: '\n' | '\r\n' = '\n',
): string {
  const yaml = items
    .map((item) => ('why' in item ? serializeGuess(item) : serializeEntry(item)))
    .join('');
  return newline === '\n' ? yaml : yaml.replace(/\n/g, '\r\n');
}

/** A whole frontmatter block, fences included, for a doc that has none. */
export function serializeFrontmatter(
  items: readonly (FrontmatterEntry | FrontmatterGuess)[],
  newline: '\n' | '\r\n' = '\n',
): string {
  return `---${newline}${serializeEntries(items, newline)}---${newline}`;
}

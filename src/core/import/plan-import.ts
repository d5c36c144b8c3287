import { isMap } from 'yaml';
import { checkDocs } from '../check/check-docs.ts';
import type { ResolvedConfig } from '../config/config-schema.ts';
import { applyFixes } from '../fix/apply-fixes.ts';
import { collectFixes } from '../fix/collect-fixes.ts';
import { encodeText, newlineOf } from '../fix/encode-text.ts';
import type { Fix, Note } from '../fix/fix.ts';
import type { FileIndex } from '../links/file-index.ts';
import { parseSourceDoc } from '../load/parse-source-doc.ts';
import { parseFrontmatter } from '../load/parse-frontmatter.ts';
import type { LoadedDoc, SourceDoc } from '../load/source-doc.ts';
import type { Doc } from '../model/doc.ts';
import type { Diagnostic } from '../diagnostics/report.ts';
import { findClosingFence } from './find-closing-fence.ts';
import { liftFields } from './lift-fields.ts';
import { metadataChanges } from './same-metadata.ts';
import { serializeEntries, serializeFrontmatter } from './serialize-frontmatter.ts';

/** The repairs `import` makes to bodies: encoding and links to moved docs. */
export const IMPORT_RULES: readonly string[] = ['mojibake', 'missing-file', 'case-mismatch'];

/** What {@link planImport} needs besides the doc. */
export interface ImportContext {
  /** Absolute content root. */
  root: string;
  config: ResolvedConfig;
  today: string;
  /** Every file under the content root, to write relation targets relative to the doc. */
  index: FileIndex;
}

/** What `import` would do to one doc. */
export interface ImportPlan {
  /** Repairs, then the frontmatter (its `ruleId` is `frontmatter`). */
  fixes: Fix[];
  /** Keys written as values. */
  lifted: string[];
  /** Keys written as comments to confirm. */
  guesses: string[];
  /** Left for a person: ambiguous repairs, guesses, values that cannot be lifted. */
  notes: Note[];
}

/**
 * Plan the import of one legacy doc. Pure. The body repairs come from the
 * doc's `check` findings (`messages`); the frontmatter is lifted from what
 * statusdocs reads in the repaired doc, so a repaired link is lifted as
 * repaired. Existing frontmatter is never rewritten: missing keys are added
 * before its closing fence, so its comments, quoting and order stay
 * byte-for-byte. The plan is checked before it is returned: if the doc
 * with its new frontmatter would not read as the same metadata, the
 * frontmatter is dropped and the reason left for a person.
 */
export function planImport(
  source: LoadedDoc,
  messages: readonly Diagnostic[],
  context: ImportContext,
): ImportPlan {
  const { fixes: repairs, notes } = collectFixes({ messages }, IMPORT_RULES);
  const repaired = applyFixes(source.text, repairs).text;
  const before = readDoc(source.path, repaired, context);
  const plan: ImportPlan = { fixes: repairs, lifted: [], guesses: [], notes };
  const frontmatter =
    source.text === '' ? undefined : parseFrontmatter(source.text, context.config.limits);
  if (frontmatter && (frontmatter.problems.length > 0 || !isBlockMap(frontmatter))) {
    notes.push({
      ruleId: 'frontmatter',
      line: 1,
      column: 1,
      text: 'The frontmatter is not a valid YAML mapping; fix it, then run `statusdocs import` again',
    });
    return plan;
  }
  const fence = frontmatter ? findClosingFence(source.text, frontmatter) : 0;
  if (fence === undefined) return plan;
  const yaml = frontmatter ? source.text.slice(frontmatter.yamlOffset, fence) : '';
  const present = new Set(keysOf(frontmatter?.data));
  const commented = new Set(
    [...yaml.matchAll(/^#[ \t]*([a-z_]+):/gm)].map((match) => match[1] ?? ''),
  );
  const { items, notes: fieldNotes } = liftFields(before.doc, present, commented, context.index);
  for (const { source: where, text } of fieldNotes) {
    notes.push({ ruleId: 'frontmatter', line: where.line ?? 1, column: where.column ?? 1, text });
  }
  // A new block needs a value; guesses alone would make a frontmatter of comments.
  if (items.length === 0 || (!frontmatter && items.every((item) => 'why' in item))) return plan;
  const newline = newlineOf(source.text);
  const text = frontmatter
    ? serializeEntries(items, newline)
    : serializeFrontmatter(items, newline);
  const block: Fix = {
    ruleId: 'frontmatter',
    line: 1,
    column: 1,
    reason: 'Add frontmatter lifted from what the doc says',
    edits: [{ start: fence, end: fence, text }],
  };
  const after = readDoc(source.path, applyFixes(source.text, [...repairs, block]).text, context);
  const changes = metadataChanges(before.doc, after.doc, context.index);
  if (changes.length > 0 || after.source.frontmatter?.problems.length) {
    notes.push({
      ruleId: 'frontmatter',
      line: 1,
      column: 1,
      text: `Frontmatter was not added: it would change how \`${changes.join('`, `') || 'the YAML'}\` read; please report this`,
    });
    return plan;
  }
  for (const item of items) {
    if ('why' in item) {
      plan.guesses.push(item.key);
      notes.push({
        ruleId: 'frontmatter',
        line: 1,
        column: 1,
        text: `\`${item.key}: ${String(item.value)}\` is a guess (${item.why}); it was written as a comment to confirm`,
      });
    } else plan.lifted.push(item.key);
  }
  plan.fixes = [...repairs, block];
  return plan;
}

function readDoc(
  path: string,
  text: string,
  context: ImportContext,
): { source: SourceDoc; doc: Doc } {
  const source = parseSourceDoc(path, encodeText(text, false), context.root, context.config.limits);
  const options = { root: context.root, config: context.config, today: context.today };
  const [file] = checkDocs([source], { ...options, rules: [], setRules: [] }).files;
  if (!file) throw new Error('checkDocs returned no file');
  return { source, doc: file.doc };
}

function isBlockMap(frontmatter: NonNullable<SourceDoc['frontmatter']>): boolean {
  const contents = frontmatter.document.contents;
  return contents === null || (isMap(contents) && !contents.flow);
}

function keysOf(data: unknown): string[] {
  return typeof data === 'object' && data !== null ? Object.keys(data) : [];
}

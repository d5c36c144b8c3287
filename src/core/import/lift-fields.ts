import { posix } from 'node:path';
import type { FileIndex } from '../links/file-index.ts';
import { resolveReference } from '../links/resolve-reference.ts';
import type { Doc, Relation, ValueSource } from '../model/doc.ts';
import { DOC_STATUSES, type RelationType } from '../model/vocabulary.ts';
import { FRONTMATTER_ORDER } from './frontmatter-order.ts';
import type { FrontmatterEntry, FrontmatterGuess } from './serialize-frontmatter.ts';

/** What a doc's inferred metadata gives its frontmatter. */
export interface LiftedFields {
  /** Values to write, in {@link FRONTMATTER_ORDER}. */
  items: (FrontmatterEntry | FrontmatterGuess)[];
  /** Inferred values that cannot be lifted, for a person: `[line, column, text]`. */
  notes: { source: ValueSource; text: string }[];
}

const LIST_RELATIONS: readonly RelationType[] = ['supersedes', 'related', 'aliases'];
// Written where the doc says it; the folder and the defaults describe where it lies now.
const CERTAIN: readonly ValueSource['from'][] = ['header', 'filename', 'heading'];

/**
 * Lift a doc's inferred metadata into frontmatter entries, skipping keys
 * the frontmatter already has (`present`) and guesses already written as
 * comments (`commented`). Values read from what the doc says (header
 * lines, the first heading, the file name) are lifted; values that are
 * guesses (a kind from title words, a status from the folder, a status
 * picked out of a sentence) become comments for a person to confirm.
 * Values computed from the body (summary, metrics from claims and task
 * lists) stay live: frozen in frontmatter they would contradict the body
 * at its next edit. Relation targets are written relative to the doc.
 */
export function liftFields(
  doc: Doc,
  present: ReadonlySet<string>,
  commented: ReadonlySet<string>,
  index: FileIndex,
): LiftedFields {
  const items: LiftedFields['items'] = [];
  const notes: LiftedFields['notes'] = [];
  const { sources } = doc;
  const from = (field: keyof Doc['sources']) => sources[field]?.from;
  const lifted = (field: keyof Doc['sources']) => CERTAIN.includes(from(field) ?? 'default');
  const guess = (key: string, value: unknown, why: string) => {
    if (!commented.has(key)) items.push({ key, value, why });
  };
  for (const key of FRONTMATTER_ORDER) {
    if (present.has(key)) continue;
    switch (key) {
      case 'title':
        // A title made from the file name is a stand-in, not what the doc says.
        if (doc.title !== null && lifted('title') && from('title') !== 'filename') {
          items.push({ key, value: doc.title });
        }
        break;
      case 'date':
      case 'updated':
      case 'owner':
      case 'summary':
        if (doc[key] !== null && lifted(key)) items.push({ key, value: doc[key] });
        break;
      case 'tags':
        if (doc.tags.length > 0 && lifted('tags')) items.push({ key, value: doc.tags });
        break;
      case 'kind':
        if (from('kind') === 'filename') items.push({ key, value: doc.kind });
        else if (from('kind') !== 'frontmatter' && from('kind') !== 'config') {
          guess(key, doc.kind, KIND_WHY[from('kind') ?? 'default'] ?? 'guessed');
        }
        break;
      case 'status':
        liftStatus(doc, items, notes, guess);
        break;
      case 'metrics':
        if (doc.metrics.completion !== undefined && from('metrics.completion') === 'header') {
          items.push({ key, value: { completion: doc.metrics.completion } });
        }
        break;
      case 'id':
        break;
      default:
        liftRelations(doc, key, index, items, notes);
    }
  }
  return { items, notes };
}

const KIND_WHY: Partial<Record<ValueSource['from'], string>> = {
  heading: 'guessed from the title',
  folder: 'guessed from the folder',
  default: 'the default: nothing in the doc says',
};

function liftStatus(
  doc: Doc,
  items: LiftedFields['items'],
  notes: LiftedFields['notes'],
  guess: (key: string, value: unknown, why: string) => void,
): void {
  const source = doc.sources.status;
  if (!source || source.from === 'frontmatter') return;
  if (doc.status === null) {
    notes.push({
      source,
      text: `Status \`${doc.statusText ?? ''}\` is no known status word; add \`status:\` with one of ${DOC_STATUSES.join(', ')}`,
    });
    return;
  }
  if (source.from === 'folder' || source.from === 'heading') {
    guess(
      'status',
      doc.status,
      `guessed from the ${source.from === 'folder' ? 'folder' : 'title'}`,
    );
    return;
  }
  // `✅ Complete` names a status; a sentence that happens to contain "blockers" only hints at one.
  const words = (doc.statusText ?? '').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (source.from === 'header' && words.length > 3) {
    guess('status', doc.status, `read from \`${doc.statusText ?? ''}\``);
    return;
  }
  items.push({ key: 'status', value: doc.status });
}

function liftRelations(
  doc: Doc,
  type: RelationType,
  index: FileIndex,
  items: LiftedFields['items'],
  notes: LiftedFields['notes'],
): void {
  // A broken target stays where it is written: frozen in frontmatter it would be reported twice.
  const relations = doc.relations.filter(
    (relation) =>
      relation.type === type &&
      relation.source.from !== 'frontmatter' &&
      resolveReference(relation.target, doc.path, index, 'file-then-root').status === 'found',
  );
  if (relations.length === 0) return;
  const targets = relations.map((relation) => relativeToDoc(doc.path, relation, index));
  if (!LIST_RELATIONS.includes(type)) {
    items.push({ key: type, value: targets[0] });
    return;
  }
  // A rewritten list entry would not match the header's and count twice.
  const changed = relations.find((relation, at) => targets[at] !== relation.target);
  if (changed) {
    notes.push({
      source: changed.source,
      text: `\`${type}\` target \`${changed.target}\` is written from the content root; add \`${type}:\` by hand with paths relative to this doc`,
    });
    return;
  }
  items.push({ key: type, value: targets });
}

/** A relation target as a path from the doc's folder when it was read from the content root; as written otherwise. */
export function relativeToDoc(from: string, relation: Relation, index: FileIndex): string {
  const resolved = resolveReference(relation.target, from, index, 'file-then-root');
  if (resolved.status !== 'found' || resolved.via !== 'root') return relation.target;
  const hash = relation.target.indexOf('#');
  const fragment = hash === -1 ? '' : relation.target.slice(hash);
  return posix.relative(posix.dirname(from), resolved.path) + fragment;
}

import { collectTextRelations } from './collect-text-relations.ts';
import type { Relation } from './doc.ts';
import { findHeaderFields, HEADER_KEYS } from './header-keys.ts';
import type { HeaderField } from './parse-header-fields.ts';
import { sourceAt } from './locate.ts';
import type { ModelInput } from './read-model-input.ts';
import { DOC_RELATION_TYPES, RELATION_TYPES, type RelationType } from './vocabulary.ts';

// One target each; `supersedes`, `related` and `aliases` may list several.
const SINGLE: readonly RelationType[] = ['plan', 'superseded_by', 'previous', 'next'];
const FRONTMATTER_KEYS = RELATION_TYPES;
// Header lines never give aliases.
const HEADER_TYPES = DOC_RELATION_TYPES;

// A Markdown link's target, a backticked path, or a bare `*.md` file name.
const TARGET =
  /\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)|`([^`\s]+)`|(?<![\w/.-])([\w./-]+\.(?:md|markdown|mdx)(?:#[\w-]+)?)(?![\w/-])/g;

/**
 * Typed relations from frontmatter (`plan`, `supersedes`, …, `aliases`) and
 * from header lines (`**Related Plan**: \`plans/x.md\` (Phases 1, 2)`,
 * `**Superseded by**: [v2](v2.md)`). Frontmatter wins for the single-target
 * types; lists are merged without duplicates. A header value counts only
 * when it holds a path, so `**Next**: write the tests` is no relation.
 * Relations written in prose come last (see `collectTextRelations`):
 * "Supersedes `old.md`", "Superseded by [v2](v2.md)", handoff sections,
 * "See: `x.md`"; they fill single types only when nothing above did.
 */
export function collectRelations(input: ModelInput): Relation[] {
  const { data, sourceOf } = input.frontmatter;
  const relations: Relation[] = [];
  for (const type of FRONTMATTER_KEYS) {
    const value = data[type];
    if (typeof value === 'string')
      relations.push({ type, target: value, source: sourceOf([type]) });
    if (Array.isArray(value)) {
      value.forEach((target, index) => {
        relations.push({ type, target, source: sourceOf([type, index]) });
      });
    }
  }
  for (const type of HEADER_TYPES) {
    if (SINGLE.includes(type) && relations.some((relation) => relation.type === type)) continue;
    for (const header of findHeaderFields(input.headers, HEADER_KEYS[type])) {
      const targets = targetsOf(header, input);
      for (const relation of SINGLE.includes(type) ? targets.slice(0, 1) : targets) {
        const duplicate = relations.some((r) => r.type === type && r.target === relation.target);
        if (!duplicate) relations.push({ type, ...relation });
      }
      if (SINGLE.includes(type) && targets.length > 0) break;
    }
  }
  for (const relation of collectTextRelations(input.source, input.nodes, input.locate)) {
    const { type, target } = relation;
    const taken = relations.some(
      (r) => r.type === type && (SINGLE.includes(type) || r.target === target),
    );
    if (!taken) relations.push(relation);
  }
  return relations;
}

/** Paths in a header value, each with its own position. */
function targetsOf(header: HeaderField, input: ModelInput): Omit<Relation, 'type'>[] {
  return [...header.value.matchAll(TARGET)].flatMap((match) => {
    const target = match[1] ?? match[2] ?? match[3] ?? '';
    // Backticked text is a path only when it looks like one (`npm test` is not).
    if (match[2] !== undefined && !/[/\\]|\.(?:md|markdown|mdx)(?:#|$)/i.test(target)) return [];
    if (target === '' || /^[a-z][a-z0-9+.-]*:/i.test(target)) return [];
    const offset = header.offset + match.index + match[0].indexOf(target);
    return [{ target, source: sourceAt('header', input.locate, offset) }];
  });
}

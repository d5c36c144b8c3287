import { posix } from 'node:path';
import { addFrontmatterLine } from '../links/add-frontmatter-line.ts';
import { linkGraphOf } from '../links/build-link-graph.ts';
import { relationPlace } from '../links/relation-place.ts';
import type { RelationType } from '../model/vocabulary.ts';
import { report } from './report.ts';
import type { SetRule } from './rule.ts';

/** Each relation that implies one back, and whether the reciprocal holds a single target. */
const RECIPROCAL: Partial<Record<RelationType, { type: RelationType; single: boolean }>> = {
  supersedes: { type: 'superseded_by', single: true },
  superseded_by: { type: 'supersedes', single: false },
  next: { type: 'previous', single: true },
  previous: { type: 'next', single: true },
};

/**
 * `relation-asymmetric`: `a.md` says it supersedes `b.md`, but `b.md` has
 * no `superseded_by` pointing back (likewise `superseded_by` → `supersedes`,
 * `next` → `previous`, `previous` → `next`). Reported on the doc missing the
 * reciprocal, where the fix goes: a new frontmatter line, offered only when
 * that doc has frontmatter without the key. A reciprocal that names another
 * doc is a disagreement to settle by hand, so it gets no fix.
 */
export const relationAsymmetric: SetRule = {
  id: 'relation-asymmetric',
  description: 'A typed relation is not declared back by its target.',
  check(context) {
    const graph = linkGraphOf(context);
    const seen = new Set<string>();
    for (const { entry, relations } of graph.docs.values()) {
      const from = entry.source.path;
      for (const { relation, target } of relations) {
        const back = RECIPROCAL[relation.type];
        const other = target.status === 'found' ? graph.docs.get(target.path) : undefined;
        if (!back || !other || target.path === from) continue;
        const key = `${target.path}\u0000${back.type}\u0000${from}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const pointsHere = (type: RelationType) =>
          other.relations.some(
            ({ relation: r, target: t }) =>
              r.type === type && t.status === 'found' && t.path === from,
          );
        // The same type both ways (`a` supersedes `b` supersedes `a`) is a `relation-cycle`.
        if (pointsHere(back.type) || pointsHere(relation.type)) continue;
        const backs = other.relations.filter(({ relation: r }) => r.type === back.type);
        const value = posix.relative(posix.dirname(target.path), from);
        const says = `\`${from}\` has \`${relation.type}: ${relation.target}\``;
        const conflicting = back.single ? backs[0] : undefined;
        if (conflicting) {
          report(
            other.entry.source.file,
            'relation-asymmetric',
            `${says}, but this doc's \`${back.type}\` is \`${conflicting.relation.target}\`; make the two docs agree`,
            relationPlace(conflicting.relation),
          );
          continue;
        }
        report(
          other.entry.source.file,
          'relation-asymmetric',
          `${says}, but this doc has no \`${back.type}\` pointing back; add \`${back.type}: ${value}\``,
          { line: 1, column: 1 },
          {
            expected: [`${back.type}: ${value}`],
            fix: addFrontmatterLine(other.entry.analysis.slot, back.type, value),
          },
        );
      }
    }
  },
};

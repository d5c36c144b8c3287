import { linkGraphOf, type ResolvedRelation } from '../links/build-link-graph.ts';
import { findCycles, type Edge } from '../links/find-cycles.ts';
import { relationPlace } from '../links/relation-place.ts';
import type { RelationType } from '../model/vocabulary.ts';
import { report } from './report.ts';
import type { CheckedDoc, SetRule } from './rule.ts';

interface Family {
  label: string;
  /** `A forward B` is the edge A → B. */
  forward: RelationType;
  /** `A backward B` is the edge B → A. */
  backward?: RelationType;
}

// Each family is one direction in time or hierarchy, so a loop is a contradiction.
const FAMILIES: readonly Family[] = [
  { label: '`supersedes`/`superseded_by`', forward: 'supersedes', backward: 'superseded_by' },
  { label: '`plan`', forward: 'plan' },
  { label: 'handoff `previous`/`next`', forward: 'previous', backward: 'next' },
];

type Owned = { entry: CheckedDoc; relation: ResolvedRelation['relation'] };

/**
 * `relation-cycle`: a doc that supersedes (or is the plan, or the previous
 * handoff, of) itself, directly or through a chain: `a.md` supersedes
 * `b.md`, which supersedes `a.md`. Each cycle is reported once, at the
 * relation of its first doc by path.
 */
export const relationCycle: SetRule = {
  id: 'relation-cycle',
  description: 'Typed relations form a loop, or a doc relates to itself.',
  check(context) {
    const graph = linkGraphOf(context);
    const edges = new Map<Family, Edge<Owned>[]>(FAMILIES.map((family) => [family, []]));
    for (const { entry, relations } of graph.docs.values()) {
      const { path } = entry.source;
      for (const { relation, target } of relations) {
        if (target.status !== 'found' || !graph.docs.has(target.path)) continue;
        if (target.path === path) {
          report(
            entry.source.file,
            'relation-cycle',
            `This doc names itself as its \`${relation.type}\` target \`${relation.target}\`; point it at another doc or remove it`,
            relationPlace(relation),
          );
          continue;
        }
        for (const family of FAMILIES) {
          const data = { entry, relation };
          if (relation.type === family.forward)
            edges.get(family)?.push({ from: path, to: target.path, data });
          if (relation.type === family.backward)
            edges.get(family)?.push({ from: target.path, to: path, data });
        }
      }
    }
    for (const family of FAMILIES) {
      for (const { path, edge } of findCycles(edges.get(family) ?? [])) {
        const chain = path.map((doc) => `\`${doc}\``).join(' → ');
        report(
          edge.data.entry.source.file,
          'relation-cycle',
          `${family.label} relations form a cycle: ${chain}; remove the relation that points back`,
          relationPlace(edge.data.relation),
        );
      }
    }
  },
};

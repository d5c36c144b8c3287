import type { LinkGraph } from '../../core/links/build-link-graph.ts';

/**
 * The docs each doc links to in its body (Markdown links, HTML, backticked
 * paths), from the core's link graph: found targets that are docs, not the
 * doc itself, sorted. The reverse of this is a doc's "linked from" list.
 */
export function buildLinkTargets(graph: LinkGraph): Map<string, string[]> {
  const targets = new Map<string, string[]>();
  for (const [path, links] of graph.docs) {
    const found = new Set<string>();
    for (const { target } of links.references) {
      if (target.status === 'found' && target.path !== path && graph.docs.has(target.path)) {
        found.add(target.path);
      }
    }
    targets.set(path, [...found].sort());
  }
  return targets;
}

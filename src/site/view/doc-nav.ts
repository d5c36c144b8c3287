import type { DocView } from '../model/doc-view.ts';

/** A doc to go to, by title and page. */
export interface NavTarget {
  title: string;
  url: string;
}

/**
 * The handoff chain around a doc: its own `previous`/`next` relations, else
 * the docs that name it as their `next`/`previous` (a chain written on one
 * side only still reads both ways).
 */
export function handoffNeighbors(doc: DocView): {
  previous: NavTarget | undefined;
  next: NavTarget | undefined;
} {
  return {
    previous: own(doc, 'previous') ?? backlink(doc, 'next'),
    next: own(doc, 'next') ?? backlink(doc, 'previous'),
  };
}

function own(doc: DocView, type: 'previous' | 'next'): NavTarget | undefined {
  const relation = doc.relations.find((candidate) => candidate.type === type && candidate.url);
  return relation?.url
    ? { title: relation.title ?? relation.target, url: relation.url }
    : undefined;
}

function backlink(doc: DocView, type: 'previous' | 'next'): NavTarget | undefined {
  const link = doc.backlinks.find((candidate) => candidate.type === type);
  return link ? { title: link.title, url: link.url } : undefined;
}

/**
 * What replaces a doc: its own `superseded_by` relations, then the docs that
 * say they supersede it (backlinks), each once. A `superseded_by` target
 * that is not a doc of the set has no URL.
 */
export function supersededBy(doc: DocView): { title: string; url: string | null }[] {
  const seen = new Set<string>();
  const result: { title: string; url: string | null }[] = [];
  for (const relation of doc.relations) {
    if (relation.type !== 'superseded_by') continue;
    const key = relation.url ?? relation.target;
    if (seen.has(key)) continue;
    seen.add(key);
    result.push({ title: relation.title ?? relation.target, url: relation.url });
  }
  for (const link of doc.backlinks) {
    if (link.type !== 'supersedes' || seen.has(link.url)) continue;
    seen.add(link.url);
    result.push({ title: link.title, url: link.url });
  }
  return result;
}

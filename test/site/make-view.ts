import type { DocView } from '../../src/site/model/doc-view.ts';

/** A doc view for unit tests: a dated, ownerless report at `path`, with `overrides`. */
export function makeView(path: string, overrides: Partial<DocView> = {}): DocView {
  const slug = path.replace(/\.md$/, '').toLowerCase();
  return {
    path,
    id: path,
    slug,
    url: `/docs/${slug}/`,
    title: null,
    label: slug,
    kind: 'report',
    status: 'done',
    statusText: null,
    statusFromPath: false,
    date: null,
    updated: null,
    owner: null,
    tags: [],
    summary: null,
    metrics: {},
    evidence: [],
    relations: [],
    backlinks: [],
    linkedFrom: [],
    formerPaths: [],
    sources: [],
    diagnostics: [],
    counts: { error: 0, warning: 0, info: 0 },
    ...overrides,
  };
}

/** A resolved relation of `type` to the doc at `path`, for unit tests. */
export function makeRelation(
  type: DocView['relations'][number]['type'],
  path: string,
): DocView['relations'][number] {
  return {
    type,
    target: path,
    path,
    url: `/docs/${path.replace(/\.md$/, '')}/`,
    title: path,
    line: 1,
  };
}

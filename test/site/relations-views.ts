import path from 'node:path';
import { checkProject } from '../../src/core/check/check-project.ts';
import { configSchema } from '../../src/core/config/config-schema.ts';
import { buildDocViews, buildViewContext } from '../../src/site/model/build-doc-views.ts';
import type { DocView } from '../../src/site/model/doc-view.ts';
import { buildLinkTargets } from '../../src/site/model/link-targets.ts';

/** Content root of the `site-relations` fixture: a plan, reports, a handoff chain, an archive. */
export const RELATIONS_CONTENT = path.join(
  import.meta.dirname,
  '../fixtures/site-relations/content',
);

/**
 * The view models of the `site-relations` fixture, checked on a fixed day,
 * with a git rename `reports/sprint-two.md → reports/sprint-2.md` given as a fact.
 */
export async function relationsViews(base = '/'): Promise<DocView[]> {
  const { result, graph } = await checkProject(
    RELATIONS_CONTENT,
    configSchema.parse({}),
    '2026-03-21',
  );
  return buildDocViews(result, buildViewContext(result, base), {
    linkTargets: buildLinkTargets(graph),
    renames: new Map([
      [
        'reports/sprint-two.md',
        { to: 'reports/sprint-2.md', commit: 'abc1234', date: '2026-03-02' },
      ],
      ['reports/gone.md', { to: 'reports/also-gone.md', commit: 'abc1235', date: '2026-03-03' }],
    ]),
  });
}

/** The view of the doc at `docPath`. */
export function viewAt(views: readonly DocView[], docPath: string): DocView {
  const view = views.find((candidate) => candidate.path === docPath);
  if (!view) throw new Error(`no view for ${docPath}`);
  return view;
}

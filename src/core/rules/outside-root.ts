import { linkGraphOf } from '../links/build-link-graph.ts';
import { relationPlace } from '../links/relation-place.ts';
import { report } from './report.ts';
import type { SetRule } from './rule.ts';

/**
 * `outside-root`: a relative path that climbs out of the repository
 * (`../../../secrets.md`), or out of the content root when there is no git
 * repository to check it against. Paths into the repository outside the
 * content root are checked like any other (`missing-file`).
 */
export const outsideRoot: SetRule = {
  id: 'outside-root',
  description: 'A reference leads outside the repository (the content root without git).',
  check(context) {
    const graph = linkGraphOf(context);
    for (const { entry, references, relations } of graph.docs.values()) {
      const { source } = entry;
      const places = [
        ...references
          .filter(({ reportable, target }) => reportable && target.status === 'outside-root')
          .map(({ reference, target }) => ({ written: target.written, place: reference.position })),
        ...relations
          .filter(({ target }) => target.status === 'outside-root')
          .map(({ relation, target }) => ({
            written: target.written,
            place: relationPlace(relation),
          })),
      ];
      const where = graph.index.repo ? 'the repository' : 'the content root';
      for (const { written, place } of places) {
        report(
          source.file,
          'outside-root',
          `Path \`${written}\` leads outside ${where}, which statusdocs does not read; move the target inside or link it by URL`,
          place,
        );
      }
    }
  },
};

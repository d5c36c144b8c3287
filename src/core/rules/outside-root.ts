import { linkGraphOf } from '../links/build-link-graph.ts';
import { relationPlace } from '../links/relation-place.ts';
import { report } from './report.ts';
import type { SetRule } from './rule.ts';

/**
 * `outside-root`: a relative path that climbs out of the content root
 * (`../../../secrets.md`). statusdocs never reads outside the root, and the
 * site cannot serve it, so the target is unchecked and the link breaks.
 */
export const outsideRoot: SetRule = {
  id: 'outside-root',
  description: 'A reference leads outside the content root.',
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
      for (const { written, place } of places) {
        report(
          source.file,
          'outside-root',
          `Path \`${written}\` leads outside the content root, which statusdocs does not read; move the target inside the root or link it by URL`,
          place,
        );
      }
    }
  },
};

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSourceDoc } from '../../src/core/load/parse-source-doc.ts';
import { buildDoc } from '../../src/core/metrics/build-doc.ts';
import { DOC_KINDS, DOC_STATUSES } from '../../src/core/model/vocabulary.ts';
import { docPath, fuzzRuns, fuzzTimeout, markdownish } from './fuzz-input.ts';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

describe('fuzz: metadata inference', () => {
  it(
    'infers a well-formed Doc from any text, never a throw, with sources inside the file',
    () => {
      fc.assert(
        fc.property(docPath, markdownish, (path, text) => {
          const source = parseSourceDoc(path, new TextEncoder().encode(text), '/project');
          const doc = buildDoc(source, { statuses: { 'in review': 'active' } });
          expect(DOC_KINDS).toContain(doc.kind);
          if (doc.status !== null) expect(DOC_STATUSES).toContain(doc.status);
          for (const date of [doc.date, doc.updated]) if (date !== null) expect(date).toMatch(DATE);
          for (const field of [
            doc.id,
            doc.path,
            doc.title,
            doc.owner,
            doc.summary,
            doc.statusText,
          ]) {
            if (field !== null) expect(typeof field).toBe('string');
          }
          expect(doc.tags.every((tag) => typeof tag === 'string')).toBe(true);
          expect(doc.relations.every((relation) => typeof relation.type === 'string')).toBe(true);
          const lines = source.text.split(/\r\n|\r|\n/).length;
          for (const place of Object.values(doc.sources)) {
            if (place.line !== undefined) {
              expect(place.line).toBeGreaterThanOrEqual(1);
              expect(place.line).toBeLessThanOrEqual(lines);
            }
          }
          // What the JSON report and the site store must survive a round trip.
          expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
        }),
        fuzzRuns(1500),
      );
    },
    fuzzTimeout(30_000),
  );
});

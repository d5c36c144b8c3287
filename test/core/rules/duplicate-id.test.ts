import { describe, expect, it } from 'vitest';
import { duplicateId } from '../../../src/core/rules/duplicate-id.ts';
import { checkFixtureSet, linesOf } from '../links/check-fixture-set.ts';

describe('duplicate-id', () => {
  it('reports a group sharing an id once, on its first doc, at its id', async () => {
    const result = await checkFixtureSet('duplicate-id', [duplicateId]);
    expect(linesOf(result)).toEqual([
      'a.md:2:1 duplicate-id Id `auth` is also used by `b.md`; give each doc its own id',
    ]);
  });

  it('names copies of one doc left in two folders as the cause', async () => {
    const result = await checkFixtureSet('duplicate-id-copies', [duplicateId]);
    expect(linesOf(result)).toEqual([
      'backlog/TASK-7-export-csv.md:2:1 duplicate-id Id `TASK-7` is also used by `in_review/TASK-7-export-csv.md`, a copy of this doc; keep one and delete the others',
    ]);
  });
});

import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reportSnapshot } from '../scripts/report-snapshot.ts';

// Every fixture's JSON report (and content/'s) is pinned byte for byte, and
// the same with a cold and a warm cache: a change to how the engine is put
// together must leave every finding as it was. A change meant to alter
// findings updates these files with `npx vitest run test/report-snapshot.test.ts -u`
// and shows the difference in its diff.
const fixtures = readdirSync(new URL('fixtures/', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
  .map((entry) => entry.name)
  .sort();

describe('JSON report snapshots', () => {
  it.each(fixtures)('fixture %s', async (name) => {
    const report = await reportSnapshot(`test/fixtures/${name}`);
    await expect(report).toMatchFileSnapshot(`report-snapshots/${name}.json`);
  });

  it('content/', async () => {
    const report = await reportSnapshot('content');
    await expect(report).toMatchFileSnapshot('report-snapshots/content.json');
  });
});

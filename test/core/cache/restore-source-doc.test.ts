import { describe, expect, it } from 'vitest';
import { toCachedMessage } from '../../../src/core/cache/cached-message.ts';
import { restoreSourceDoc } from '../../../src/core/cache/restore-source-doc.ts';
import { parseSourceDoc } from '../../../src/core/load/parse-source-doc.ts';
import { toLoadedDoc } from '../../../src/core/load/source-doc.ts';
import { report, type Diagnostic } from '../../../src/core/diagnostics/report.ts';

const TEXT = '---\ntitle: A\nbad: [\n---\n# Heading\n\nSee [b](b.md#x) and `plans/p.md`.\n';
const bytes = new TextEncoder().encode(TEXT);

describe('restoreSourceDoc', () => {
  it('restores the loaded doc parseSourceDoc made, without parsing', () => {
    const eager = parseSourceDoc('a.md', bytes, '/root');
    const restored = restoreSourceDoc('a.md', bytes, '/root', [], eager.bodyOffset);
    expect(restored).toEqual({ ...toLoadedDoc(eager), file: restored.file });
    expect(restored.file.value).toBe(eager.file.value);
    expect('tree' in restored || 'frontmatter' in restored).toBe(false);
    // Load messages come from the cache, not from parsing again.
    expect(eager.file.messages.map((message) => message.ruleId)).toEqual(['yaml-syntax']);
    expect(restored.file.messages).toEqual([]);
  });

  it('puts cached messages back with their place, rule, url, details and fix', () => {
    const eager = parseSourceDoc('a.md', bytes, '/root');
    report(
      eager.file,
      'missing-file',
      'Cannot find `b.md`',
      { offset: 60, endOffset: 67 },
      {
        expected: ['c.md'],
        note: 'A note',
        fix: [{ start: 61, end: 65, text: 'c.md' }],
      },
    );
    const cached = eager.file.messages.map(toCachedMessage);
    const restored = restoreSourceDoc('a.md', bytes, '/root', cached, 0);
    const fields = (list: Diagnostic[]): unknown[] =>
      list.map((message) => {
        const { reason, place, ruleId, source, fatal, url, expected, actual, note, fix } = message;
        return { reason, place, ruleId, source, fatal, url, expected, actual, note, fix };
      });
    expect(fields(restored.file.messages)).toEqual(fields(eager.file.messages));
    expect(restored.file.messages[1]).toMatchObject({
      line: 7,
      column: 26,
      ruleId: 'missing-file',
      expected: ['c.md'],
      fix: [{ start: 61, end: 65, text: 'c.md' }],
    });
  });
});

import { VFileMessage } from 'vfile-message';
import { describe, expect, it } from 'vitest';
import {
  repairMojibakeBody,
  repairMojibakeText,
} from '../../../src/core/fix/repair-mojibake-text.ts';
import type { Diagnostic } from '../../../src/core/diagnostics/report.ts';

describe('repairMojibakeText', () => {
  it('repairs certain runs in a status as written (seed 004, Mac Roman)', () => {
    expect(repairMojibakeText('‚ö†Ô∏è 50% PASSING - ARCHITECTURAL BLOCKERS IDENTIFIED')).toBe(
      '⚠️ 50% PASSING - ARCHITECTURAL BLOCKERS IDENTIFIED',
    );
    expect(repairMojibakeText('âœ… Complete')).toBe('✅ Complete');
  });

  it('leaves ambiguous runs, code spans and clean text as written', () => {
    expect(repairMojibakeText('Auth done ðŸ”')).toBe('Auth done ðŸ”');
    expect(repairMojibakeText('Fix `âœ…` in the parser âœ…')).toBe('Fix `âœ…` in the parser ✅');
    expect(repairMojibakeText('Padrão: São Paulo, Straße, İstanbul ✅')).toBe(
      'Padrão: São Paulo, Straße, İstanbul ✅',
    );
  });
});

describe('repairMojibakeBody', () => {
  function finding(ruleId: string, start: number, end: number, text: string): Diagnostic {
    const message: Diagnostic = new VFileMessage('A finding', { ruleId });
    message.fix = [{ start, end, text }];
    return message;
  }
  const fix = (start: number, end: number, text: string): Diagnostic =>
    finding('mojibake', start, end, text);

  it('applies mojibake fixes inside the body, shifted by the body offset', () => {
    const text = '---\na: âœ…\n---\nDone âœ… now\n';
    const bodyOffset = text.indexOf('Done');
    const inBody = text.indexOf('âœ…', bodyOffset);
    const inFrontmatter = text.indexOf('âœ…');
    const other = finding('missing-file', 0, 1, 'X');
    expect(
      repairMojibakeBody(text, bodyOffset, [
        fix(inFrontmatter, inFrontmatter + 3, '✅'),
        fix(inBody, inBody + 3, '✅'),
        other,
      ]),
    ).toBe('Done ✅ now\n');
  });

  it('returns the body as written without fixes', () => {
    expect(repairMojibakeBody('ab âœ…', 3, [])).toBe('âœ…');
  });
});

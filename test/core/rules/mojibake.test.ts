import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../src/core/diagnostics/report.ts';
import { mojibake } from '../../../src/core/rules/mojibake.ts';
import type { RuleContext } from '../../../src/core/rules/rule.ts';
import { contextFromFixture, contextFromText } from '../../helpers/rule-context.ts';

function run(context: RuleContext): RuleContext {
  mojibake.check(context);
  return context;
}

const diagnostics = (context: RuleContext): Diagnostic[] => context.source.file.messages;

/** The places of a file's one mojibake finding, as `line:column mojibake message`, sorted. */
function messagesOf(context: RuleContext): string[] {
  const messages = diagnostics(context);
  expect(messages.length).toBeLessThanOrEqual(1);
  return (messages[0]?.places ?? [])
    .map((place) => `${place.line}:${place.column} mojibake ${place.message}`)
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

/** How many places of the finding have a certain repair. */
const repairable = (context: RuleContext): number =>
  (diagnostics(context)[0]?.places ?? []).filter((place) => place.repair !== null).length;

/** Apply every fix of a context to its text, last edit first. */
function applyFixes(context: RuleContext): string {
  const edits = diagnostics(context)
    .flatMap((message) => message.fix ?? [])
    .sort((a, b) => b.start - a.start);
  let text = context.source.text;
  for (const edit of edits) text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
  return text;
}

const WIN1252 = '(UTF-8 read as Windows-1252)';

describe('mojibake', () => {
  it('repairs Windows-1252 mojibake, lost bytes included, code too when the damage is file-wide', () => {
    const context = run(contextFromFixture('mojibake-windows-1252/doc.md'));
    expect(messagesOf(context)).toEqual([
      `2:9 mojibake Mojibake \`ðŸ“Š\` ${WIN1252}; replace with \`📊\``,
      `3:15 mojibake Mojibake \`Ã©\` ${WIN1252}; replace with \`é\``,
      `6:3 mojibake Mojibake \`âœ…\` ${WIN1252}; replace with \`✅\``,
      `8:10 mojibake Mojibake \`âœ…\` ${WIN1252}; replace with \`✅\``,
      `8:35 mojibake Mojibake \`Â°\` ${WIN1252}; replace with \`°\``,
      `8:44 mojibake Mojibake \`Ã£\` ${WIN1252}; replace with \`ã\``,
      '10:3 mojibake Mojibake `âš\u00a0ï¸` (UTF-8 read as Windows-1252, a byte lost); replace with `⚠️`',
      '11:9 mojibake Ambiguous mojibake `ðŸ”` (UTF-8 read as Windows-1252, a byte lost); replace with one of `🍔`, `🏔`, `🐔`, `🔁`, `🔍`, `🔏`, …; `statusdocs fix --write` writes `\uFFFD`',
      `12:10 mojibake Mojibake \`â†’â†’\` ${WIN1252}; replace with \`→→\``,
      // Box drawing must join up: between `╔` and `╗` only `═` does.
      '14:1 mojibake Mojibake `â•”â•â•â•â•â•—` (UTF-8 read as Windows-1252, 4 bytes lost); replace with `╔════╗`',
      '16:15 mojibake Mojibake remnant `â` (UTF-8 read as Windows-1252, the rest of the character lost); restore the original character; `statusdocs fix --write` writes `\uFFFD`',
      `18:15 mojibake Mojibake \`âœ…\` ${WIN1252}; replace with \`✅\``,
      `21:1 mojibake Mojibake \`âœ…\` ${WIN1252}; replace with \`✅\``,
      // Nothing certain joins it, but the doc draws `═` elsewhere: the repair writes that.
      '21:5 mojibake Ambiguous mojibake `â•â•â•` (UTF-8 read as Windows-1252, 3 bytes lost); replace with `???`, each `?` one of `❕`, `⁕`, `⍕`, `⏕`, `␕`, `╁`, …; `statusdocs fix --write` writes `═══`',
    ]);
    expect(diagnostics(context).map((message) => message.reason)).toEqual([
      'UTF-8 read as Windows-1252: 14 places, 3 in code, 3 with lost bytes (`ðŸ“Š` → `📊`, …); run `statusdocs fix --write` and check those 3',
    ]);
  });

  it('leaves code as written when the damage is not file-wide', () => {
    const text = [
      '# Status ✅',
      '',
      'Build âœ… green, deploy âœ… done, docs âœ… ready.',
      '',
      '```text',
      'sample: âœ…',
      '```',
      '',
    ].join('\n');
    const context = run(contextFromText(text));
    expect(messagesOf(context)).toEqual([
      `3:7 mojibake Mojibake \`âœ…\` ${WIN1252}; replace with \`✅\``,
      `3:25 mojibake Mojibake \`âœ…\` ${WIN1252}; replace with \`✅\``,
      `3:40 mojibake Mojibake \`âœ…\` ${WIN1252}; replace with \`✅\``,
    ]);
    expect(applyFixes(context)).toContain('sample: âœ…');
  });

  it('gives a single place its own message', () => {
    const context = run(contextFromText('Done âœ… today.\n'));
    expect(diagnostics(context).map((message) => message.reason)).toEqual([
      `Mojibake \`âœ…\` ${WIN1252}; replace with \`✅\``,
    ]);
    expect(diagnostics(context)[0]?.expected).toEqual(['✅']);
  });

  it('offers certain repairs, and when the damage is file-wide marks each lost character `�`', () => {
    const context = run(contextFromFixture('mojibake-windows-1252/doc.md'));
    const [finding] = diagnostics(context);
    const start = context.source.text.indexOf('ðŸ“Š');
    expect(finding?.fix?.[0]).toEqual({ start, end: start + 4, text: '📊' });
    expect(finding?.fix).toHaveLength(14);
    const ambiguous = (finding?.places ?? []).filter((place) =>
      place.message.startsWith('Ambiguous'),
    );
    expect(ambiguous.map((place) => place.repair)).toEqual([null, null]);
    expect(ambiguous[0]?.expected).toContain('🔐');
    expect(applyFixes(context)).toContain('# ✅ Sprint status');
    expect(applyFixes(context)).toContain('- Login \uFFFD hardened');
  });

  it('reads Windows-1254 (Turkish) mojibake', () => {
    const context = run(contextFromFixture('mojibake-windows-1254/doc.md'));
    expect(messagesOf(context)).toEqual([
      '1:3 mojibake Ambiguous mojibake `ğŸ¯` (UTF-8 read as Windows-1254, a byte lost); replace with one of `🍯`, `🎯`, `🏯`, `🐯`, `🁯`, `🝯`, …; `statusdocs fix --write` writes `\uFFFD`',
      '3:3 mojibake Mojibake `ğŸ“Š` (UTF-8 read as Windows-1254); replace with `📊`',
      '3:16 mojibake Mojibake `ÅŸ` (UTF-8 read as Windows-1254); replace with `ş`',
      '3:20 mojibake Mojibake `Ä±` (UTF-8 read as Windows-1254); replace with `ı`',
      '3:23 mojibake Mojibake `Ä±` (UTF-8 read as Windows-1254); replace with `ı`',
      // Windows-1252 reads `âœ…` the same; the doc's main code page is named.
      '4:3 mojibake Mojibake `âœ…` (UTF-8 read as Windows-1254); replace with `✅`',
    ]);
  });

  it('reads Mac Roman mojibake', () => {
    const context = run(contextFromFixture('mojibake-mac-roman/doc.md'));
    const mac = '(UTF-8 read as Mac Roman)';
    expect(messagesOf(context)).toEqual([
      `1:3 mojibake Mojibake \`\uF8FFüéØ\` ${mac}; replace with \`🎯\``,
      `3:3 mojibake Mojibake \`‚úÖ\` ${mac}; replace with \`✅\``,
      `3:11 mojibake Mojibake \`√£\` ${mac}; replace with \`ã\``,
      `4:12 mojibake Mojibake \`‚â•\` ${mac}; replace with \`≥\``,
      `4:22 mojibake Mojibake \`¬∞\` ${mac}; replace with \`°\``,
      `5:3 mojibake Mojibake \`‚ö†Ô∏è\` ${mac}; replace with \`⚠️\``,
    ]);
  });

  it('leaves real Portuguese, Turkish, German, French, symbols, emoji and box drawing alone', () => {
    expect(messagesOf(run(contextFromFixture('mojibake-legit-text/doc.md')))).toEqual([]);
  });

  it('needs company for a lone Cyrillic or CJK reading, and a symbol lead for lost bytes', () => {
    const context = run(contextFromText('Paris—à Lyon, «école», café», “Économie”, CAFÉ’s.\n'));
    expect(messagesOf(context)).toEqual([]);
    const cyrillic = run(contextFromText('ÐŸÑ€Ð¸Ð²ÐµÑ‚\n'));
    expect(messagesOf(cyrillic)).toEqual([
      '1:1 mojibake Mojibake `ÐŸÑ€Ð¸Ð²ÐµÑ‚` (UTF-8 read as Windows-1252); replace with `Привет`',
    ]);
  });

  it('deletes a byte order mark read as Windows-1252', () => {
    const context = run(contextFromText('ï»¿# Title\n'));
    expect(messagesOf(context)).toEqual([
      '1:1 mojibake Mojibake `ï»¿` (a UTF-8 byte order mark read as Windows-1252); delete it',
    ]);
    expect(diagnostics(context)[0]?.fix).toEqual([{ start: 0, end: 3, text: '' }]);
  });

  it('does not report a lone `â` in a doc without other mojibake', () => {
    expect(messagesOf(run(contextFromText('A lone â here.\n')))).toEqual([]);
  });

  describe('seeds', () => {
    it('000 (Windows-1252): 126 places (39 in code), 118 with a repair', () => {
      const context = run(contextFromFixture('seeds/000_833aac18af8bc3d3.md'));
      const messages = messagesOf(context);
      expect(messages).toHaveLength(126);
      expect(repairable(context)).toBe(118);
      expect(messages).toContain(`9:4 mojibake Mojibake \`ðŸ“Š\` ${WIN1252}; replace with \`📊\``);
      expect(messages).toContain(`11:5 mojibake Mojibake \`âœ…\` ${WIN1252}; replace with \`✅\``);
      expect(messages).toContain(`100:45 mojibake Mojibake \`â†’\` ${WIN1252}; replace with \`→\``);
      expect(messages).toContain(
        `214:64 mojibake Mojibake \`ðŸŽ¯\` ${WIN1252}; replace with \`🎯\``,
      );
      expect(messages).toContain(
        '274:3 mojibake Mojibake `âš\u00a0ï¸` (UTF-8 read as Windows-1252, a byte lost); replace with `⚠️`',
      );
      expect(messages).toContain(
        '273:3 mojibake Ambiguous mojibake `âŒ` (UTF-8 read as Windows-1252, a byte lost); replace with one of `❌`, `⁌`, `⌁`, `⌍`, `⌏`, `⌐`, …; `statusdocs fix --write` writes `❌`',
      );
      expect(
        messages.filter((message) => message.includes('Ambiguous mojibake `ðŸ”`')),
      ).toHaveLength(3);
      expect(messages.filter((message) => message.includes('remnant'))).toEqual([
        '210:78 mojibake Mojibake remnant `â` (UTF-8 read as Windows-1252, the rest of the character lost); restore the original character; `statusdocs fix --write` writes `\uFFFD`',
        '211:55 mojibake Mojibake remnant `â` (UTF-8 read as Windows-1252, the rest of the character lost); restore the original character; `statusdocs fix --write` writes `\uFFFD`',
        '371:50 mojibake Mojibake remnant `â` (UTF-8 read as Windows-1252, the rest of the character lost); restore the original character; `statusdocs fix --write` writes `\uFFFD`',
        '428:67 mojibake Mojibake remnant `â` (UTF-8 read as Windows-1252, the rest of the character lost); restore the original character; `statusdocs fix --write` writes `\uFFFD`',
      ]);
    });

    it('000: applying the fixes leaves no mojibake, code included; lost characters are `�`', () => {
      const fixed = applyFixes(run(contextFromFixture('seeds/000_833aac18af8bc3d3.md')));
      expect(fixed).toContain('## 📊 Recent Major Accomplishments');
      expect(fixed).toContain('### ✅ Core Module Refactoring');
      expect(fixed.split('\n')[272]).toMatch(/^- ❌ /);
      expect(messagesOf(run(contextFromText(fixed)))).toEqual([]);
      expect(fixed.match(/\uFFFD/g)).toHaveLength(7);
    });

    it('001 and 003 (clean UTF-8): nothing', () => {
      expect(messagesOf(run(contextFromFixture('seeds/001_2f4d7447909a069d.md')))).toEqual([]);
      expect(messagesOf(run(contextFromFixture('seeds/003_bda831af887fcddd.md')))).toEqual([]);
    });

    it('002 (Windows-1254): 116 places, 102 with a repair; emoji that lost a byte are ambiguous', () => {
      const context = run(contextFromFixture('seeds/002_d0f6005d88313b34.md'));
      const messages = messagesOf(context);
      expect(messages).toHaveLength(116);
      // The box's last line starts at a corner, so it ends at one: `╚═…═╝`.
      expect(repairable(context)).toBe(102);
      expect(messagesOf(run(contextFromText(applyFixes(context))))).toEqual([]);
      expect(messages).toContain(
        '1:3 mojibake Ambiguous mojibake `ğŸ¯` (UTF-8 read as Windows-1254, a byte lost); replace with one of `🍯`, `🎯`, `🏯`, `🐯`, `🁯`, `🝯`, …; `statusdocs fix --write` writes `\uFFFD`',
      );
      expect(messages).toContain(
        '10:4 mojibake Mojibake `ğŸ“Š` (UTF-8 read as Windows-1254); replace with `📊`',
      );
      expect(messages).toContain(
        '6:40 mojibake Mojibake `â†’` (UTF-8 read as Windows-1254); replace with `→`',
      );
      expect(messages).toContain(
        '16:42 mojibake Mojibake `âœ…` (UTF-8 read as Windows-1254); replace with `✅`',
      );
    });

    it('004 (Mac Roman): 109 places, all with a repair', () => {
      const context = run(contextFromFixture('seeds/004_7fac2de8baaf4b66.md'));
      const messages = messagesOf(context);
      expect(messages).toHaveLength(109);
      expect(repairable(context)).toBe(109);
      expect(diagnostics(context)[0]?.reason).toBe(
        'UTF-8 read as Mac Roman: 109 places, 32 in code, all repairable (`√£` → `ã`, …); run `statusdocs fix --write`',
      );
      const mac = '(UTF-8 read as Mac Roman)';
      expect(messages).toContain(`5:7 mojibake Mojibake \`√£\` ${mac}; replace with \`ã\``);
      expect(messages).toContain(`9:4 mojibake Mojibake \`\uF8FFüéØ\` ${mac}; replace with \`🎯\``);
      expect(messages).toContain(`18:35 mojibake Mojibake \`‚ùå\` ${mac}; replace with \`❌\``);
      expect(messages).toContain(`566:50 mojibake Mojibake \`√É\` ${mac}; replace with \`Ã\``);
    });
  });
});

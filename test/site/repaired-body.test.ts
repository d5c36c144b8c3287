import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkProject } from '../../src/core/check/check-project.ts';
import { configSchema } from '../../src/core/config/config-schema.ts';
import { findMojibake } from '../../src/core/encoding/find-mojibake.ts';
import { repairMojibakeBody } from '../../src/core/fix/repair-mojibake-text.ts';
import { buildDocViews, buildViewContext } from '../../src/site/model/build-doc-views.ts';
import { renderBody } from '../../src/site/render/render-body.ts';

const seeds = path.join(import.meta.dirname, '../fixtures/seeds');

/** The seeds checked once: each doc's rendered, repaired body and its view. */
const checked = checkProject(seeds, configSchema.parse({}), '2026-02-15');

async function seed(
  name: string,
): Promise<{ html: string; statusText: string | null; title: string | null }> {
  const { result } = await checked;
  const file = result.files.find((candidate) => candidate.path === name);
  const source = result.files.find((candidate) => candidate.path === name)?.source;
  if (!file || !source) throw new Error(`no seed ${name}`);
  const body = repairMojibakeBody(source.text, source.bodyOffset, file.messages);
  const view = buildDocViews(result, buildViewContext(result, '/')).find((v) => v.path === name);
  return {
    html: renderBody(body).html,
    statusText: view?.statusText ?? null,
    title: view?.title ?? null,
  };
}

/** The HTML without code blocks and code spans, which the repairs leave alone. */
function outsideCode(html: string): string {
  return html.replace(/<pre[^>]*>[\s\S]*?<\/pre>|<code>[^<]*<\/code>/g, '');
}

describe('repaired rendering', () => {
  it('seed 004 (Mac Roman) shows ✅ and ⚠️, not the mojibake', async () => {
    const { html, statusText, title } = await seed('004_7fac2de8baaf4b66.md');
    expect(html).toContain('<td>✅ RESOLVED</td>');
    expect(html).toContain('⚠️ <strong>50% PASSING');
    expect(outsideCode(html)).not.toContain('‚úÖ');
    expect(outsideCode(html)).not.toContain('‚ö†Ô∏è');
    // The whole file was read as Mac Roman: code blocks and boxes are repaired too.
    expect(html).toContain('✅ 31 PASSED  (50%)');
    expect(html).toContain('│ Tests Failing:        11/62  (18%)  ❌             │');
    expect(html).not.toContain('‚úÖ');
    expect(statusText).toBe('⚠️ 50% PASSING - ARCHITECTURAL BLOCKERS IDENTIFIED');
    expect(title).toBe('HITL Backend - HONEST Production Test Status Report');
  });

  it('seed 000 (Windows-1252, file-wide) shows no mojibake: a lost character is `�`', async () => {
    const { html } = await seed('000_833aac18af8bc3d3.md');
    expect(html).not.toContain('âœ…');
    expect(html).not.toContain('ðŸ”');
    expect(html).toContain('✅ <strong>DONE</strong> \uFFFD');
    expect(html).toContain('Authentication API Testing Complete \uFFFD');
  });

  it.each(['000_833aac18af8bc3d3.md', '002_d0f6005d88313b34.md', '004_7fac2de8baaf4b66.md'])(
    'seed %s shows no mojibake anywhere, code included',
    async (name) => {
      const { html } = await seed(name);
      const text = html
        .replace(/<[^>]+>/g, '')
        .replace(/&#x([\da-f]+);/gi, (_, hex: string) =>
          String.fromCodePoint(Number.parseInt(hex, 16)),
        );
      const found = findMojibake(text);
      expect([...found.findings, ...found.remnants].map((place) => place.actual)).toEqual([]);
    },
  );
});

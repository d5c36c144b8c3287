import { describe, expect, it } from 'vitest';
import { parseFrontmatter } from '../../../src/core/load/parse-frontmatter.ts';
import { frontmatterSchema } from '../../../src/core/model/frontmatter-schema.ts';
import { TEMPLATE_KINDS } from '../../../src/core/templates/doc-templates.ts';
import { renderDocTemplate } from '../../../src/core/templates/render-doc-template.ts';

describe('renderDocTemplate', () => {
  it.each(TEMPLATE_KINDS)('writes a %s whose frontmatter passes the schema', (kind) => {
    const doc = renderDocTemplate(kind, 'Sprint 14: "API" #1', '2025-12-14');
    const frontmatter = parseFrontmatter(doc?.text ?? '', { maxAliasCount: 10 });
    expect(frontmatter?.problems).toEqual([]);
    const data = frontmatterSchema.parse(frontmatter?.data);
    expect(data).toMatchObject({ title: 'Sprint 14: "API" #1', kind, date: '2025-12-14' });
  });

  it('names reports and handoffs after the date, other kinds after the title alone', () => {
    expect(renderDocTemplate('handoff', 'Über Café — Week 3', '2025-12-14')?.fileName).toBe(
      '2025-12-14-uber-cafe-week-3.md',
    );
    expect(renderDocTemplate('plan', 'Q1 Roadmap', '2025-12-14')?.fileName).toBe('q1-roadmap.md');
    expect(renderDocTemplate('plan', '✅ !!', '2025-12-14')).toBeUndefined();
  });

  it('escapes Markdown in the heading', () => {
    expect(renderDocTemplate('decision', 'Use *Postgres*', '2025-12-14')?.text).toContain(
      '\n# Use \\*Postgres\\*\n',
    );
  });
});

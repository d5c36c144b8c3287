import { describe, expect, it } from 'vitest';
import { localPathLeak } from '../../../src/core/rules/local-path-leak.ts';
import type { RuleContext } from '../../../src/core/rules/rule.ts';
import { contextFromFixture, contextFromText, messagesOf } from '../../helpers/rule-context.ts';

function run(context: RuleContext): RuleContext {
  localPathLeak.check(context);
  return context;
}

const leak = (place: string, path: string, more = 0): string =>
  `${place} local-path-leak Local path \`${path}\`${more ? ` (and ${more} more under the same home folder)` : ''} leaks a personal folder; use a path relative to the repository instead`;

describe('local-path-leak', () => {
  it('reports Windows, Linux, macOS and WSL home folders, not placeholders or routes', () => {
    expect(messagesOf(run(contextFromFixture('local-path-leak/doc.md')))).toEqual([
      leak('3:10', 'c:\\Users\\Allen Leon\\.cursor\\plans\\complete.plan.md'),
      leak('4:10', 'C:\\Users\\jdoe\\AppData\\Local\\app\\log.txt', 2),
      leak('7:14', '/home/maria/work/statusdocs/notes.md', 4),
    ]);
  });

  it('stays quiet on service accounts and ends a Unix path at the rest of a command', () => {
    expect(messagesOf(run(contextFromFixture('local-path-leak-quiet/doc.md')))).toEqual([
      leak('7:9', '/home/kim/app'),
    ]);
  });

  it('skips code blocks but checks inline code', () => {
    expect(messagesOf(run(contextFromFixture('local-path-leak-in-code-block/doc.md')))).toEqual([
      leak('3:15', '/home/ci-bob/build/out.log'),
    ]);
  });

  it('suggests a repository path when the doc folder appears in the leaked path', () => {
    const context = run(
      contextFromText('See C:\\Users\\ana\\work\\app\\docs\\plan.md.\n', {
        path: 'docs/status.md',
      }),
    );
    expect(messagesOf(context)).toEqual([
      '1:5 local-path-leak Local path `C:\\Users\\ana\\work\\app\\docs\\plan.md` leaks a personal folder; use the repository path `docs/plan.md` instead',
    ]);
    expect(context.source.file.messages[0]?.expected).toEqual(['docs/plan.md']);
  });

  it('checks frontmatter', () => {
    const context = run(contextFromText('---\nsource: /home/kim/notes.md\n---\n# T\n'));
    expect(messagesOf(context)).toEqual([leak('2:9', '/home/kim/notes.md')]);
  });

  it('seed 001 leaks a Cursor plan path in inline code', () => {
    expect(messagesOf(run(contextFromFixture('seeds/001_2f4d7447909a069d.md')))).toEqual([
      leak(
        '493:25',
        'c:\\Users\\Allen Leon\\.cursor\\plans\\complete_undone_platform_components_c2bd1b5b.plan.md',
      ),
    ]);
  });

  it('finds nothing in the other seeds', () => {
    for (const seed of [
      '000_833aac18af8bc3d3',
      '002_d0f6005d88313b34',
      '003_bda831af887fcddd',
      '004_7fac2de8baaf4b66',
    ]) {
      expect(messagesOf(run(contextFromFixture(`seeds/${seed}.md`)))).toEqual([]);
    }
  });
});

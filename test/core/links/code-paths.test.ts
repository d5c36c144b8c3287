import { glob } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { checkDocs } from '../../../src/core/check/check-docs.ts';
import { configSchema } from '../../../src/core/config/config-schema.ts';
import { isCheckableFile } from '../../../src/core/links/code-paths.ts';
import { collectPathMentions, literalPart } from '../../../src/core/links/collect-path-mentions.ts';
import { buildFileIndex } from '../../../src/core/links/file-index.ts';
import { readDocs } from '../../../src/core/load/read-docs.ts';
import { parseMarkdown } from '../../../src/core/load/parse-markdown.ts';
import { missingFile } from '../../../src/core/rules/missing-file.ts';
import type { SetFacts } from '../../../src/core/rules/rule.ts';
import { fixtureRoot, linesOf } from './check-fixture-set.ts';

/** `links-real-repo/docs` checked with the repository files `keep` lets through, or without git. */
async function checkDocsFolder(keep?: (path: string) => boolean): Promise<string[]> {
  const top = fixtureRoot('links-real-repo');
  const root = `${top}/docs`;
  const config = configSchema.parse({});
  const sources = await readDocs(root, {
    include: config.include,
    exclude: config.exclude,
    limits: config.limits,
  });
  const all = await glob(['**/*'], { cwd: top, dot: true, onlyFiles: true });
  const files = new Set(
    all.filter((path) => path.startsWith('docs/')).map((path) => path.slice(5)),
  );
  const facts: SetFacts = { files };
  if (keep) facts.repoFiles = { files: new Set(all.filter(keep)), contentDir: 'docs' };
  const result = checkDocs(sources, {
    root,
    config,
    today: '2026-11-21',
    rules: [],
    setRules: [missingFile],
    facts,
  });
  return linesOf(result).filter((line) => /^(?:code-paths|research)/.test(line));
}

describe('code paths', () => {
  it('are checked against a repository that holds code of that kind', async () => {
    expect(await checkDocsFolder(() => true)).toEqual([
      'code-paths.md:3:25 missing-file Cannot find `src/auth/login.py`; fix the path or remove the reference',
      'research/survey.md:8:26 missing-file Cannot find `docs/plans/PR-099-survey.md`; fix the path or remove the reference',
    ]);
  });

  it('are not checked in a repository of Markdown files only, nor without git', async () => {
    // Code paths there make no survey either: three other projects' docs are too few.
    expect(await checkDocsFolder((path) => path.endsWith('.md'))).toEqual([
      'research/survey.md:7:17 missing-file Cannot find `docs/features/session-limits.md`; fix the path or remove the reference',
      'research/survey.md:8:26 missing-file Cannot find `docs/plans/PR-099-survey.md`; fix the path or remove the reference',
    ]);
    const withoutGit = await checkDocsFolder();
    expect(withoutGit.filter((line) => line.startsWith('code-paths'))).toEqual([]);
  });

  it('with a line number, braces or an elision still name their first folder', () => {
    expect(literalPart('core/src/agents.rs:155,89')).toBe('core/src/agents.rs');
    expect(literalPart('ui/src/{a,b}.ts')).toBe('ui/src');
    expect(literalPart('pi/.../theme.ts')).toBe('pi');
    expect(literalPart('session.ts:237')).toBeUndefined();
    expect(literalPart('a b/c')).toBeUndefined();
    const tree = parseMarkdown('See `x/y.ts:3`, `z/{a,b}.md` and `plain`.\n');
    expect(collectPathMentions(tree)).toEqual([
      { line: 1, path: 'x/y.ts' },
      { line: 1, path: 'z' },
    ]);
  });

  it('in prose, are judged only as a file with a folder and an extension', () => {
    const files = new Set(['docs/status.md', 'src/app.py', 'Makefile', 'api/routes.ts']);
    const index = buildFileIndex(['status.md'], ['status.md'], { files, contentDir: 'docs' });
    expect(isCheckableFile('src/missing.py', index, true)).toBe(true);
    // A route, a machine's folder, a folder alone, a bare name, a file with no extension.
    expect(isCheckableFile('/auth/login', index, true)).toBe(false);
    expect(isCheckableFile('/srv/app.py', index, true)).toBe(false);
    expect(isCheckableFile('core/helpers/', index, true)).toBe(false);
    expect(isCheckableFile('missing.py', index, true)).toBe(false);
    expect(isCheckableFile('tools/Rakefile', index, true)).toBe(false);
    // A link is a reference whatever it names: a folder link is judged.
    expect(isCheckableFile('core/helpers/', index, false)).toBe(true);
  });
});

import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBrokenLinks } from '../site/crawl-site.ts';
import { runCli, type CliRun } from './run-cli.ts';

// Names that broke the build or gave pages no URL reached (issue 20, item 4).
const NAMES = ['..md', 'Q1%20report.md', 'back\\slash.md', 'x#y.md', 'what?.md', 'plain.md'];
const ALIASES = ['..md', '%2e%2e', '\\\\x', 'a%23b.md'];

let work: string;
let out: string;
let run: CliRun;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'statusdocs-names-'));
  const content = path.join(work, 'content');
  await mkdir(content);
  for (const name of NAMES) {
    await writeFile(path.join(content, name), `# Doc ${name}\n\n**Date**: 2026-01-05\n`);
  }
  const aliases = ALIASES.map((alias) => JSON.stringify(alias)).join(', ');
  await writeFile(
    path.join(content, 'aliased.md'),
    `---\ntitle: Aliased\ndate: 2026-01-05\naliases: [${aliases}]\n---\n# Aliased\n`,
  );
  out = path.join(work, 'out');
  run = runCli(['build', 'content', '--out', out, '--fail-on', 'never', '--no-cache'], {
    cwd: work,
    timeout: 240_000,
  });
}, 300_000);

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('file names and aliases a URL cannot carry as they are', () => {
  it('build, and every doc page is reached by the links to it, as a server decodes them', async () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Built the site of ${NAMES.length + 1} docs into`);
    expect(await findBrokenLinks(out)).toEqual([]);
    // `..md` is `-`; `#`, `?`, `%` and `\` become `-`: folders named as their decoded URLs.
    for (const slug of ['-', 'q1-20report', 'back-slash', 'x-y', 'what-', 'plain', 'aliased']) {
      expect(existsSync(path.join(out, 'docs', slug, 'index.html'))).toBe(true);
    }
    // Aliases become redirects the same way; `..md` is the live doc's, so it is not redirected.
    for (const slug of ['-2e-2e', '--x', 'a-23b']) {
      expect(existsSync(path.join(out, 'docs', slug, 'index.html'))).toBe(true);
    }
  });
});

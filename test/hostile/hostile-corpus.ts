import { cp, mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The committed part of the hostile corpus. */
export const HOSTILE_FIXTURE = fileURLToPath(new URL('../fixtures/hostile/', import.meta.url));

/** A secret outside the content root that nothing may read. */
export const SECRET = 'SECRET-OUTSIDE-THE-ROOT-7f3a';

/** A copy of the corpus, completed with the files too big or too odd to commit. */
export interface HostileCorpus {
  /** Temp folder holding `content/` (the root checked) and `outside/`. */
  work: string;
  /** The content root. */
  root: string;
  /** Whether the file system kept `Report.md` and `report.md` apart. */
  caseSensitive: boolean;
  remove(): Promise<void>;
}

/** Sizes of the generated files, in the units their names give. */
export const GENERATED = {
  hugeBytes: 20 * 1024 * 1024,
  tableRows: 10_000,
  nestedLevels: 5_000,
  emphasisRun: 600_000,
};

/**
 * Copy `test/fixtures/hostile/` into a temp folder and add what is generated:
 * a 20 MB doc, a 10,000-row table, 5,000-level nested list and block quote,
 * a run of `*` deep enough to crash the Markdown parser, case-only
 * collisions, a symbolic link loop and links pointing outside the root.
 */
export async function makeHostileCorpus(): Promise<HostileCorpus> {
  const work = await mkdtemp(path.join(tmpdir(), 'statusdocs-hostile-'));
  const root = path.join(work, 'content');
  const outside = path.join(work, 'outside');
  await cp(HOSTILE_FIXTURE, root, { recursive: true });
  await mkdir(outside);
  await writeFile(path.join(outside, 'secret.md'), `# Secret\n\n${SECRET}\n`);

  const line = 'All work on the parser is on track; nothing to report today. ';
  await writeFile(
    path.join(root, 'huge-20mb.md'),
    `# Huge\n\n${line.repeat(Math.ceil(GENERATED.hugeBytes / line.length))}\n`,
  );
  const rows = Array.from({ length: GENERATED.tableRows }, (_, row) => `| Suite ${row} | 1 | 0 |`);
  await writeFile(
    path.join(root, 'table-10000-rows.md'),
    `# Big table\n\n**Date**: 2026-01-05\n\n| Suite | Passed | Failed |\n| --- | --- | --- |\n${rows.join('\n')}\n| **TOTAL** | 9999 | 0 |\n`,
  );
  await writeFile(
    path.join(root, 'nested-list-5000-levels.md'),
    `# Nested list\n\n**Date**: 2026-01-05\n\n${'- '.repeat(GENERATED.nestedLevels)}deep\n`,
  );
  await writeFile(
    path.join(root, 'nested-blockquote-5000-levels.md'),
    `# Nested quote\n\n**Date**: 2026-01-05\n\n${'>'.repeat(GENERATED.nestedLevels)} deep\n`,
  );
  const run = '*'.repeat(GENERATED.emphasisRun);
  await writeFile(
    path.join(root, 'emphasis-bomb.md'),
    `# Emphasis bomb\n\n**Date**: 2026-01-05\n\n${run}deep${run}\n`,
  );

  await mkdir(path.join(root, 'case'));
  await writeFile(path.join(root, 'case/Report.md'), '# Upper\n\n**Date**: 2026-01-05\n');
  await writeFile(path.join(root, 'case/report.md'), '# Lower\n\n**Date**: 2026-01-05\n');
  const caseSensitive = (await readdir(path.join(root, 'case'))).length === 2;

  await symlink('.', path.join(root, 'symlink-loop'));
  await symlink('loop-b.md', path.join(root, 'loop-a.md'));
  await symlink('loop-a.md', path.join(root, 'loop-b.md'));
  await symlink(path.join(outside, 'secret.md'), path.join(root, 'symlink-outside.md'));
  await symlink(outside, path.join(root, 'symlink-outside-dir'));
  return {
    work,
    root,
    caseSensitive,
    remove: () => rm(work, { recursive: true, force: true }),
  };
}

// Builds a git repository from a corpus for the history benchmark, with
// `git fast-import` (one process, seconds for thousands of commits): one
// commit adding every doc, then commits that each edit about 1% of the docs,
// and ten tags `v1`…`v10` spread evenly. Dates are fixed, so the repository
// is the same on every run.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

function listDocs(root, prefix = '') {
  return readdirSync(path.join(root, prefix), { withFileTypes: true }).flatMap((entry) => {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return listDocs(root, relative);
    return entry.name.endsWith('.md') ? [relative] : [];
  });
}

/** Create `dir` as a git repository holding `corpus` with `commits` commits. */
export function buildHistoryRepo(corpus, dir, commits) {
  mkdirSync(dir, { recursive: true });
  const git = (args, input) => {
    const result = spawnSync('git', args, { cwd: dir, input, maxBuffer: 1 << 30 });
    if (result.status !== 0) throw new Error(`git ${args[0]} failed: ${result.stderr}`);
  };
  git(['init', '--quiet', '--initial-branch', 'main']);
  const docs = listDocs(corpus).sort();
  const texts = new Map(docs.map((doc) => [doc, readFileSync(path.join(corpus, doc), 'utf8')]));
  const chunks = [];
  const data = (text) => `data ${Buffer.byteLength(text)}\n${text}\n`;
  const tagEvery = Math.max(1, Math.floor(commits / 10));
  const start = Date.UTC(2025, 0, 1) / 1000;
  for (let commit = 0; commit < commits; commit++) {
    const when = `${start + commit * 3600} +0000`;
    chunks.push(`commit refs/heads/main\nmark :${commit + 1}\n`);
    chunks.push(
      `author Bench <bench@example.com> ${when}\ncommitter Bench <bench@example.com> ${when}\n`,
    );
    chunks.push(data(commit === 0 ? 'Add the docs' : `Update docs (${commit})`));
    if (commit > 0) chunks.push(`from :${commit}\n`);
    const changed =
      commit === 0
        ? docs
        : Array.from(
            { length: Math.max(1, Math.round(docs.length / 100)) },
            (_, index) => docs[(commit * 7919 + index * 104729) % docs.length],
          );
    for (const doc of changed) {
      if (commit > 0) texts.set(doc, `${texts.get(doc)}\n- [x] Update ${commit}\n`);
      chunks.push(`M 100644 inline ${doc}\n${data(texts.get(doc))}`);
    }
    if (commit > 0 && commit % tagEvery === 0 && commit / tagEvery <= 10) {
      chunks.push(`reset refs/tags/v${commit / tagEvery}\nfrom :${commit + 1}\n`);
    }
  }
  git(['fast-import', '--quiet'], chunks.join(''));
  git(['checkout', '--quiet', '--force', 'main']);
}

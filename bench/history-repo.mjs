// Builds a git repository from a corpus for the history benchmark, with
// `git fast-import` (one process; about a second for 2,000 commits over
// 1,000 docs): one commit adding every doc, then commits that each edit
// `perCommit` docs, and `tags` tags `v1`…`vN` spread evenly, the last on
// the newest commit. Between two tags the edits stay within one window of
// `churn` × the docs (10% by default), as a release cycle touches some docs
// and leaves the rest alone; successive windows move through the corpus.
// Dates are fixed, so the repository is the same on every run.
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

/**
 * Create `dir` as a git repository holding `corpus` with `commits` commits.
 * Returns what was generated, for the bench's table.
 *
 * @param {string} corpus
 * @param {string} dir
 * @param {{ commits: number, tags?: number, churn?: number, perCommit?: number }} options
 *   `perCommit` defaults to 1% of the docs (at least one).
 */
export function buildHistoryRepo(corpus, dir, options) {
  const { commits, tags = 10, churn = 0.1 } = options;
  mkdirSync(dir, { recursive: true });
  const git = (args, input) => {
    const result = spawnSync('git', args, { cwd: dir, input, maxBuffer: 1 << 30 });
    if (result.status !== 0) throw new Error(`git ${args[0]} failed: ${result.stderr}`);
  };
  git(['init', '--quiet', '--initial-branch', 'main']);
  const docs = listDocs(corpus).sort();
  const perCommit = options.perCommit ?? Math.max(1, Math.round(docs.length / 100));
  // A fixed shuffle (multiplying by a prime coprime with the count), so a
  // window spreads over the corpus's folders instead of one of them.
  const stride = [7919, 104729, 1299709].find((prime) => docs.length % prime !== 0) ?? 1;
  const shuffled = docs.map((_, index) => docs[(index * stride) % docs.length]);
  const window = Math.max(1, Math.round(docs.length * churn));
  const texts = new Map(docs.map((doc) => [doc, readFileSync(path.join(corpus, doc), 'utf8')]));
  const chunks = [];
  const data = (text) => `data ${Buffer.byteLength(text)}\n${text}\n`;
  // Tag k (1-based) is on commit ⌈k × commits / tags⌉ - 1, so the last is HEAD.
  const tagAt = new Map(
    Array.from({ length: Math.min(tags, commits) }, (_, index) => [
      Math.ceil(((index + 1) * commits) / Math.min(tags, commits)) - 1,
      index + 1,
    ]),
  );
  const changedBetweenTags = [];
  let cycle = 0;
  let touched = new Set();
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
            { length: Math.min(perCommit, window) },
            (_, index) =>
              shuffled[(cycle * window + ((commit * perCommit + index) % window)) % docs.length],
          );
    for (const doc of changed) {
      if (commit > 0) {
        texts.set(doc, `${texts.get(doc)}\n- [x] Update ${commit}\n`);
        touched.add(doc);
      }
      chunks.push(`M 100644 inline ${doc}\n${data(texts.get(doc))}`);
    }
    const tag = tagAt.get(commit);
    if (tag !== undefined) {
      chunks.push(`reset refs/tags/v${tag}\nfrom :${commit + 1}\n`);
      if (tag > 1) changedBetweenTags.push(touched.size);
      touched = new Set();
      cycle++;
    }
  }
  git(['fast-import', '--quiet'], chunks.join(''));
  git(['checkout', '--quiet', '--force', 'main']);
  return { docs: docs.length, commits, tags: tagAt.size, perCommit, changedBetweenTags };
}

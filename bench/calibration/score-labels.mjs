// Score statusdocs' inference against hand labels, run as a user would: from
// each corpus's repository root, with no config, one `show <file> --format
// json` per labelled doc. With --lifecycle, also run `check . --format json`
// on each corpus and count docs in lifecycle folders shown as active,
// planned or blocked. Writes its section of RESULTS.md (between the
// labels:start/end markers) and prints the same table.
//
// Usage: npm run score:labels -- <folder holding the corpora> [--lifecycle] [--verbose]
//        [--labels labels-holdout.tsv] [--section labels-holdout]
// --labels scores another label file (default labels.tsv); its section of
// RESULTS.md is named after the file unless --section names another.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../..');
const cli = join(repo, 'bin/statusdocs.mjs');
const args = process.argv.slice(2);
/** Remove `--name value` from args and return the value. */
const option = (name, fallback) => {
  const index = args.indexOf(name);
  return index === -1 ? fallback : args.splice(index, 2)[1];
};
const labelFile = option('--labels', 'labels.tsv');
const sectionName = option('--section', labelFile.replace(/^.*\//, '').replace(/\.tsv$/, ''));
const flags = new Set(args.filter((arg) => arg.startsWith('--')));
const corpora = resolve(args.find((arg) => !arg.startsWith('--')) ?? '/tmp/corpora');
const FIELDS = ['title', 'kind', 'status', 'date', 'updated'];
const LIFECYCLE =
  /(?:^|\/)(?:[_.]?archived?s?(?:[-_][^/]*)?|completed|[^/]*_completed|superseded|closed|done|paused|abandoned|cancelled|resolved)\//i;

const [header, ...lines] = readFileSync(resolve(here, labelFile), 'utf8').trim().split('\n');
const columns = header.split('\t');
const labels = lines.map((line) =>
  Object.fromEntries(line.split('\t').map((v, i) => [columns[i], v])),
);

/** Lower case, NFC, runs of spaces, `-` and `_` as one space: how a reader compares titles. */
const normalizeTitle = (text) =>
  text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ')
    .trim();
const actualOf = (field, value) => {
  if (value === null || value === undefined) return 'none';
  return field === 'title' ? normalizeTitle(value) : String(value);
};
const expectedOf = (field, label) =>
  label.split('|').map((value) => (field === 'title' ? normalizeTitle(value) : value));

const tally = Object.fromEntries(
  FIELDS.map((field) => [field, { right: 0, total: 0, misses: [] }]),
);
for (const label of labels) {
  const cwd = join(corpora, label.corpus);
  let doc;
  try {
    const out = execFileSync(process.execPath, [cli, 'show', label.path, '--format', 'json'], {
      cwd,
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    });
    doc = JSON.parse(out);
  } catch (error) {
    console.error(`${label.corpus}/${label.path}: show failed: ${String(error).split('\n')[0]}`);
    doc = {};
  }
  for (const field of FIELDS) {
    if (label[field] === '*') continue;
    const actual = actualOf(field, doc[field]);
    const ok = expectedOf(field, label[field]).includes(actual);
    tally[field].total++;
    if (ok) tally[field].right++;
    else
      tally[field].misses.push(
        `${label.corpus}/${label.path}: ${field} ${actual} ≠ ${label[field]}`,
      );
  }
}

const percent = (right, total) => (total === 0 ? '–' : `${((100 * right) / total).toFixed(1)}%`);
const rows = FIELDS.map(
  (field) =>
    `| ${field} | ${tally[field].right}/${tally[field].total} | ${percent(tally[field].right, tally[field].total)} |`,
);
let lifecycleLine = '';
if (flags.has('--lifecycle')) {
  let shown = 0;
  let total = 0;
  for (const corpus of [...new Set(labels.map((label) => label.corpus))]) {
    const cwd = join(corpora, corpus);
    if (!existsSync(cwd)) continue;
    let report;
    try {
      report = execFileSync(
        process.execPath,
        [cli, 'check', '.', '--format', 'json', '--no-cache'],
        {
          cwd,
          encoding: 'utf8',
          maxBuffer: 1 << 30,
        },
      );
    } catch (error) {
      report = error.stdout; // exit 1 when there are errors; the report is still there
    }
    for (const file of JSON.parse(report).files) {
      if (!LIFECYCLE.test(file.path)) continue;
      total++;
      if (['active', 'planned', 'blocked'].includes(file.doc?.status)) {
        shown++;
        if (flags.has('--verbose'))
          console.log(`lifecycle: ${corpus}/${file.path}: ${file.doc.status}`);
      }
    }
  }
  lifecycleLine = `\nDocs in lifecycle folders (archive*, completed, superseded, closed, done, paused, abandoned, cancelled, resolved) shown as active, planned or blocked, over every doc of these corpora (\`check .\`): **${shown} of ${total}**.\n`;
}

const section = `<!-- ${sectionName}:start -->
## Inference accuracy on hand-labelled docs${sectionName === 'labels' ? '' : ` (\`${sectionName}\`)`}

${labels.length} docs from ${new Set(labels.map((label) => label.corpus)).size} corpora (\`${labelFile.replace(/^.*\//, '')}\`, picked by \`sample-labels.mjs\` with a fixed seed), labelled by hand. Each is read as a user would: \`statusdocs show <file> --format json\` from the repository root, no config. A label \`a|b\` accepts either reading; \`*\` (kind of guides and runbooks) is not scored; \`none\` expects no value. Titles compare case-insensitively, with runs of spaces, \`-\` and \`_\` as one space.

| field | right | accuracy |
|---|---|---|
${rows.join('\n')}
${lifecycleLine}
Regenerate: \`npm run score:labels -- /tmp/corpora --lifecycle${labelFile === 'labels.tsv' ? '' : ` --labels ${labelFile}`}${sectionName === labelFile.replace(/^.*\//, '').replace(/\.tsv$/, '') ? '' : ` --section ${sectionName}`}\`.
<!-- ${sectionName}:end -->`;

const results = join(here, 'RESULTS.md');
const old = existsSync(results) ? readFileSync(results, 'utf8') : '# Calibration results\n';
const marker = new RegExp(`<!-- ${sectionName}:start -->[\\s\\S]*<!-- ${sectionName}:end -->`);
const updated = marker.test(old)
  ? old.replace(marker, () => section)
  : `${old.trimEnd()}\n\n${section}\n`;
writeFileSync(results, updated);
console.log(section);
if (flags.has('--verbose'))
  for (const field of FIELDS) for (const miss of tally[field].misses) console.log(miss);

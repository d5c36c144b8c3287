// Section `links-precision`: link findings' precision per corpus and per rule,
// from the judgments that still match a finding. A bare prose path
// (`missing-file` at `info`) is measured apart, as it is reported apart.

const LINK_RULES = [
  'missing-file',
  'missing-heading',
  'case-mismatch',
  'outside-root',
  'link-to-superseded',
  'relation-asymmetric',
];

export default function linksPrecision({ units }) {
  const judged = units.filter((u) => u.judgment && LINK_RULES.includes(u.rule));
  const bare = (u) => u.rule === 'missing-file' && u.severity === 'info';
  const corpora = [...new Set(judged.map((u) => u.corpus))].sort();
  const lines = [
    '## Link findings per corpus (links helper, generated)',
    '',
    'Judged link findings still raised by the current code (`judgments-links.tsv`), at warning or',
    'error; bare prose paths (`missing-file` at `info`) are counted apart. Precision is',
    'TRUE / (TRUE + FALSE); DEBATABLE (targets in folders a corpus dropped, self-names) is left out.',
    '',
    '| corpus | judged | TRUE | FALSE | DEBATABLE | precision |',
    '| --- | --: | --: | --: | --: | --: |',
  ];
  const row = (name, list) => {
    const [t, f, d] = ['TRUE', 'FALSE', 'DEBATABLE'].map(
      (v) => list.filter((u) => u.judgment.verdict === v).length,
    );
    const precision = t + f === 0 ? '–' : `${((100 * t) / (t + f)).toFixed(1)}%`;
    return `| ${name} | ${list.length} | ${t} | ${f} | ${d} | ${precision} |`;
  };
  const reported = judged.filter((u) => !bare(u));
  for (const corpus of corpora) {
    lines.push(
      row(
        `\`${corpus}\``,
        reported.filter((u) => u.corpus === corpus),
      ),
    );
  }
  lines.push(
    row('**all**', reported),
    '',
    '| rule | judged | TRUE | FALSE | DEBATABLE | precision |',
  );
  lines.push('| --- | --: | --: | --: | --: | --: |');
  for (const rule of LINK_RULES) {
    const list = reported.filter((u) => u.rule === rule);
    if (list.length > 0) lines.push(row(`\`${rule}\``, list));
  }
  lines.push(row('bare prose paths (`missing-file`, info)', judged.filter(bare)));
  return { name: 'links-precision', markdown: lines.join('\n') };
}

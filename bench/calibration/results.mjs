// Renders bench/calibration/RESULTS.md from the current findings and the
// judgments. The file is made of sections between `<!-- section:NAME -->` and
// `<!-- /section:NAME -->`; each run replaces only the sections it renders, so
// sections written by other tools (e.g. `inference`, by a module in
// `sections/`) are kept.

import { DEFAULT_SEVERITY } from '../../src/core/rules/severity.ts';

/** Numbers of one rule: raised findings, the judged sample and the gate. */
export function measureRule(rule, units, stale, { capped = false } = {}) {
  // Findings a rule reports at `info` below its severity (a bare prose path of
  // `missing-file`) are measured apart, at the severity they are shown.
  const raised = units.filter((u) => u.rule === rule && isCapped(u) === capped);
  const judged = raised.filter((u) => u.judgment);
  const count = (verdict) => judged.filter((u) => u.judgment.verdict === verdict).length;
  const t = count('TRUE');
  const f = count('FALSE');
  const d = count('DEBATABLE');
  const corporaRaised = new Set(raised.map((u) => u.corpus)).size;
  const corporaJudged = new Set(judged.map((u) => u.corpus)).size;
  const precision = t + f > 0 ? t / (t + f) : undefined;
  const enough =
    raised.length > 0 &&
    judged.length >= Math.min(30, raised.length) &&
    corporaJudged >= Math.min(4, corporaRaised);
  const gone = capped ? [] : stale.filter((j) => j.rule === rule);
  return {
    rule,
    findings: raised.reduce((sum, u) => sum + u.count, 0),
    units: raised.length,
    judged: judged.length,
    t,
    f,
    d,
    precision,
    corporaRaised,
    corporaJudged,
    enough,
    gate: gateOf(raised.length, enough, precision),
    gone,
  };
}

/** Whether a finding is shown at `info` though its rule's severity is higher. */
function isCapped(unit) {
  const severity = DEFAULT_SEVERITY[unit.rule];
  return unit.severity === 'info' && severity !== 'info' && severity !== 'off';
}

/** The severity the measurement allows: `error`, `warning`, `off`, or `unmeasured`. */
export function gateOf(raised, enough, precision) {
  if (raised === 0) return 'no findings';
  if (!enough || precision === undefined) return 'unmeasured';
  if (precision >= 0.95) return 'error';
  if (precision >= 0.9) return 'warning';
  return 'off';
}

const pct = (value) => (value === undefined ? '–' : `${(value * 100).toFixed(0)}%`);

function verdictCounts(judgments) {
  const counts = { TRUE: 0, FALSE: 0, DEBATABLE: 0 };
  for (const j of judgments) counts[j.verdict] += 1;
  return `${judgments.length}` + (judgments.length ? ` (${counts.TRUE} T, ${counts.FALSE} F)` : '');
}

/** The `rules` section: one row per rule with findings or judgments. */
export function renderRules(runs, units, stale) {
  const docs = runs.reduce((sum, run) => sum + run.docs, 0);
  const rules = Object.keys(DEFAULT_SEVERITY).filter(
    (rule) => units.some((u) => u.rule === rule) || stale.some((j) => j.rule === rule),
  );
  const row = (rule, capped) => {
    const m = measureRule(rule, units, stale, { capped });
    const per100 = ((m.findings / docs) * 100).toFixed(1);
    const severity = capped ? 'info' : DEFAULT_SEVERITY[rule];
    const fits = fitsGate(severity, m.gate) ? '' : ' ⚠';
    return (
      `| ${rule}${capped ? ' (at info)' : ''} | ${severity} | ${m.gate}${fits} | ${pct(m.precision)} | ` +
      `${m.judged} (${m.t} T, ${m.f} F, ${m.d} D) | ${m.corporaJudged}/${m.corporaRaised} | ` +
      `${m.findings} | ${per100} | ${verdictCounts(m.gone)} |`
    );
  };
  const rows = rules.flatMap((rule) =>
    units.some((u) => u.rule === rule && isCapped(u))
      ? [row(rule, false), row(rule, true)]
      : [row(rule, false)],
  );
  return [
    `Findings of every rule (off-by-default rules run at \`warning\`) over ${runs.length} corpora, ${docs} docs.`,
    'Precision is TRUE / (TRUE + FALSE) over judged findings still raised (DEBATABLE left out).',
    '`gate`: the severity the measurement allows (≥ 95% `error`, ≥ 90% `warning`, else `off`), once',
    'at least 30 findings (or all, if fewer) from at least 4 corpora (or all that have findings) are judged;',
    '⚠ where the default severity is higher than the gate allows. A rule’s findings shown at `info`',
    'below its severity (bare prose paths) are a row of their own, `(at info)`.',
    '',
    '| rule | default | gate | precision | judged | corpora judged/raised | findings | per 100 docs | judged, no longer raised |',
    '|---|---|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

function fitsGate(severity, gate) {
  // `info` is advice, measured to decide whether it may become a warning.
  if (severity === 'off' || severity === 'info') return true;
  if (gate === 'unmeasured' || gate === 'no findings') return true;
  if (severity === 'error') return gate === 'error';
  return gate === 'error' || gate === 'warning';
}

/** The `corpora` section: per corpus, findings of default-on rules and the share worth reading. */
export function renderCorpora(runs, units, stale) {
  const precision = new Map();
  for (const rule of Object.keys(DEFAULT_SEVERITY)) {
    precision.set(rule, measureRule(rule, units, stale).precision);
  }
  const rows = runs.map((run) => {
    const on = run.findings.filter((f) => DEFAULT_SEVERITY[f.rule] !== 'off');
    let worth = 0;
    let measured = 0;
    for (const finding of on) {
      const p = precision.get(finding.rule);
      if (p === undefined) continue;
      worth += p;
      measured += 1;
    }
    const share = measured ? pct(worth / measured) : '–';
    return `| ${run.corpus} | ${run.docs} | ${on.length} | ${measured} | ${share} |`;
  });
  return [
    'Findings of default-on rules per corpus; "worth reading" weighs each finding by its rule’s',
    'precision above (findings of rules without judgments are left out of that share).',
    '',
    '| corpus | docs | findings (default-on) | of rules with a precision | worth reading |',
    '|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

/** Replace (or append) the section `name` of a RESULTS.md text. */
export function spliceSection(text, name, body) {
  const open = `<!-- section:${name} -->`;
  const close = `<!-- /section:${name} -->`;
  const block = `${open}\n${body.trim()}\n${close}`;
  const start = text.indexOf(open);
  const end = text.indexOf(close);
  if (start !== -1 && end > start) {
    return text.slice(0, start) + block + text.slice(end + close.length);
  }
  return `${text.trimEnd()}\n\n${block}\n`;
}

import type { DocHistoryData } from '../model/collection-schemas.ts';
import type { DocView } from '../model/doc-view.ts';
import { buildDashboard, type Dashboard } from './dashboard.ts';
import { countEvidence } from './evidence.ts';
import { formatDate, plural } from './format.ts';
import { trackerTrends } from './history-charts.ts';
import { buildTrends } from './trends.ts';
import { versionBanner, type VersionBannerView, type VersionContext } from './version-context.ts';

/** Everything a dashboard shows, on latest or in a version. */
export interface DashboardPage {
  layout: { title: string | undefined; description: string; current: 'dashboard' | undefined };
  banner: VersionBannerView | null;
  eyebrow: string;
  siteTitle: string;
  dashboard: Dashboard;
  /** What the checks found (latest): the headline, its tone, and the evidence counts. */
  health: {
    text: string;
    tone: 'ok' | 'warning' | 'error';
    evidence: { verified: number; contradicted: number; unverifiable: number } | null;
  } | null;
  /** What the version holds (versions): `5 docs as of Mar 5, 2025`, its commit. */
  asOf: { text: string; commit: string | null } | null;
  /** The tracker's metrics: heading, trend sparklines, whether evidence is shown, the note on trends. */
  metrics: {
    heading: string;
    tracker: DocView;
    /** `Tests: line 12 (header line) · Coverage: line 30 (body text)`: where each number was read. */
    origins: string | null;
    /** Why this tracker, when it is no live one. */
    staleNote: string | null;
    /** The other live status trackers. */
    others: DocView[];
    trends: Record<string, string>;
    withEvidence: boolean;
    trendNote: string | null;
  } | null;
  /** Live docs with findings, most severe first, each with why (latest only; versions keep no findings). */
  attention: {
    docs: DocView[];
    reasons: Record<string, string>;
    /** What the list leaves out: the docs past the first few, retired docs; null when nothing. */
    leftOut: string | null;
  } | null;
  /** The link under "Recent activity" to every doc. */
  allDocs: { url: string; text: string };
}

/** The dashboard of `docs`, with the tracker's own history when it has one (latest). */
export function buildDashboardPage(
  docs: readonly DocView[],
  context: VersionContext,
  siteTitle: string,
  trackerHistory?: DocHistoryData,
): DashboardPage {
  const dashboard = buildDashboard(docs);
  const { version, home } = context;
  const { tracker, findings } = dashboard;
  if (version === null) {
    // The tracker's own history, where it has two or more values, beats the cross-doc trend.
    const own =
      tracker && trackerHistory ? trackerTrends(trackerHistory.series, tracker.metrics) : {};
    const trends = tracker ? { ...buildTrends(docs, tracker.metrics), ...own } : {};
    const evidence = countEvidence(docs);
    const compared = evidence.verified + evidence.contradicted + evidence.unverifiable;
    const problems = findings.error + findings.warning;
    return {
      layout: { title: undefined, description: `Status of ${siteTitle}`, current: 'dashboard' },
      banner: null,
      eyebrow: 'Dashboard',
      siteTitle,
      dashboard,
      health: {
        text:
          problems === 0
            ? `All ${plural(dashboard.total, 'doc')} pass the checks`
            : `${plural(findings.error, 'error')}, ${plural(findings.warning, 'warning')} in ${plural(dashboard.withFindings, 'doc')}`,
        tone: problems === 0 ? 'ok' : findings.error > 0 ? 'error' : 'warning',
        evidence: compared > 0 ? evidence : null,
      },
      asOf: null,
      metrics: tracker
        ? {
            heading: 'Latest metrics',
            tracker,
            ...trackerNotes(dashboard),
            trends,
            withEvidence: true,
            trendNote:
              Object.keys(trends).length === 0
                ? null
                : Object.keys(own).length > 0
                  ? 'Trends from the tracker’s own history in git, else across the status tracker and the reports, by date.'
                  : 'Trends across the status tracker and the reports, by date.',
          }
        : null,
      attention: attentionOf(dashboard),
      allDocs: { url: `${home}docs/`, text: `All ${plural(dashboard.total, 'doc')} →` },
    };
  }
  return {
    layout: {
      title: `${version.name} dashboard`,
      description: `Status of ${siteTitle} as of ${version.name}`,
      current: undefined,
    },
    banner: versionBanner(context, context.base),
    eyebrow: `Dashboard · ${version.name}`,
    siteTitle,
    dashboard,
    health: null,
    asOf: {
      text: `${plural(dashboard.total, 'doc')} as of ${formatDate(version.date)}`,
      commit: version.commit,
    },
    metrics: tracker
      ? {
          heading: `Metrics in ${version.name}`,
          tracker,
          ...trackerNotes(dashboard),
          trends: buildTrends(docs, tracker.metrics),
          withEvidence: false,
          trendNote: null,
        }
      : null,
    attention: null,
    allDocs: {
      url: `${home}docs/`,
      text: `All ${plural(dashboard.total, 'doc')} in ${version.name} →`,
    },
  };
}

/** Where the lead tracker's numbers came from, and why it leads when it is no live tracker. */
function trackerNotes(dashboard: Dashboard): {
  origins: string | null;
  staleNote: string | null;
  others: DocView[];
} {
  const { origins, stale, others } = dashboard.trackers;
  const read = origins.map((origin) =>
    origin.line === null
      ? `${origin.metric}: ${origin.from}`
      : `${origin.metric}: line ${origin.line}, ${origin.from}`,
  );
  return {
    origins: read.length === 0 ? null : `Where the tracker states them: ${read.join(' · ')}.`,
    staleNote: stale ? 'No live status tracker has metrics; these are from a retired one.' : null,
    others,
  };
}

/** How many docs "Needs attention" lists; the docs index lists every finding. */
const ATTENTION_LIMIT = 12;

function attentionOf(dashboard: Dashboard): NonNullable<DashboardPage['attention']> {
  const shown = dashboard.attention.slice(0, ATTENTION_LIMIT);
  const retired = dashboard.retiredWithFindings;
  const notes = [
    ...(shown.length < dashboard.attention.length
      ? [
          `The ${shown.length} most severe of ${dashboard.attention.length} live docs with findings.`,
        ]
      : []),
    ...(retired === 0
      ? []
      : [
          `${plural(retired, 'archived, superseded or done doc')} with findings ${retired === 1 ? 'is' : 'are'} left out.`,
        ]),
  ];
  return {
    docs: shown.map((item) => item.doc),
    reasons: Object.fromEntries(shown.map((item) => [item.doc.path, item.reason])),
    leftOut: notes.length === 0 ? null : notes.join(' '),
  };
}

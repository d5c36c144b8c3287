import { posix } from 'node:path';
import type { CheckResult, FileResult } from '../../core/check/check-result.ts';
import type { MetricVerdict } from '../../core/evidence/verify-metrics.ts';
import type { DocField } from '../../core/model/doc.ts';
import { HEADLINE_FIELDS } from '../../core/model/vocabulary.ts';
import { repairMojibakeText } from '../../core/fix/repair-mojibake-text.ts';
import { describeMessage } from '../../core/report/describe-message.ts';
import type { SetFacts } from '../../core/rules/rule.ts';
import { buildDocIndex, resolveRelationTarget, type DocIndex } from './doc-index.ts';
import { buildSlugs, docUrl } from './doc-slugs.ts';
import type { DocView, EvidenceView } from './doc-view.ts';
import { formerPathsOf } from './former-paths.ts';

/** Fields in the order the "where this value came from" panel lists them. */
const FIELD_ORDER: readonly DocField[] = [
  ...HEADLINE_FIELDS,
  'id',
  'tags',
  'summary',
  'metrics.tests',
  'metrics.coverage',
  'metrics.completion',
  'metrics.tasks',
];

/** Everything the views of a project are built from, besides the check result. */
export interface ViewContext {
  /** Slug per doc path. */
  slugs: ReadonlyMap<string, string>;
  /** Lookup of docs by path and id. */
  index: DocIndex;
  /** URL of a doc's page by its path. */
  urlOf: (path: string) => string;
}

/** The slugs, index and URLs of a checked project, served under `base`. */
export function buildViewContext(result: CheckResult, base: string): ViewContext {
  const slugs = buildSlugs(result.files.map((file) => file.path));
  const index = buildDocIndex(result.files.map((file) => ({ path: file.path, id: file.doc.id })));
  const urlOf = (path: string): string => docUrl(base, slugs.get(path) ?? path);
  return { slugs, index, urlOf };
}

/** What the views use beyond the check result, read by the shell. */
export interface DocViewExtras {
  /** Git renames (old path → latest path), for redirects from old URLs. */
  renames?: SetFacts['renames'];
  /** Docs each doc's body links to, by path (`buildLinkTargets`), for "linked from". */
  linkTargets?: ReadonlyMap<string, readonly string[]>;
  /** Metric claims held against CI artifacts (`verifyMetrics`), for the evidence markers. */
  verdicts?: readonly MetricVerdict[];
}

/**
 * The view model of every doc of a check result: what the core understood,
 * flattened for pages, with relations resolved to pages and backlinks
 * gathered across the set. Pure; the body's HTML is rendered separately.
 */
export function buildDocViews(
  result: CheckResult,
  context: ViewContext,
  extras: DocViewExtras = {},
): DocView[] {
  const labels = new Map(result.files.map((file) => [file.path, labelOf(file)]));
  const views = result.files.map((file) => buildDocView(file, context, labels, extras.renames));
  const byDoc = new Map(views.map((view) => [view.path, view]));
  for (const verdict of extras.verdicts ?? [])
    byDoc.get(verdict.path)?.evidence.push(toEvidenceView(verdict));
  const byPath = new Map(views.map((view) => [view.path, view]));
  for (const [from, targets] of extras.linkTargets ?? []) {
    const source = byPath.get(from);
    if (!source) continue;
    for (const to of targets) {
      byPath.get(to)?.linkedFrom.push({ path: from, url: source.url, title: source.label });
    }
  }
  for (const view of views) {
    for (const relation of view.relations) {
      const target = relation.path === null ? undefined : byPath.get(relation.path);
      if (!target || target === view) continue;
      // A link back that the target already states itself (`next` here,
      // `previous` there) would show the same doc twice.
      const duplicate =
        target.relations.some((own) => own.path === view.path) ||
        target.backlinks.some((link) => link.path === view.path && link.type === relation.type);
      if (duplicate) continue;
      target.backlinks.push({
        type: relation.type,
        path: view.path,
        url: view.url,
        title: view.label,
      });
    }
  }
  return views;
}

function buildDocView(
  file: FileResult,
  context: ViewContext,
  labels: ReadonlyMap<string, string>,
  renames: SetFacts['renames'],
): DocView {
  const { doc } = file;
  const diagnostics = file.messages.map(describeMessage).map((message) => ({
    severity: message.severity,
    ruleId: message.ruleId,
    message: message.message,
    line: message.line,
    column: message.column,
    url: message.url,
    ...(message.places
      ? {
          places: message.places.map(({ line, column, message: text }) => ({
            line,
            column,
            message: text,
          })),
        }
      : {}),
  }));
  const counts = { error: 0, warning: 0, info: 0 };
  for (const diagnostic of diagnostics) counts[diagnostic.severity]++;
  return {
    path: file.path,
    id: doc.id,
    slug: context.slugs.get(file.path) ?? file.path,
    url: context.urlOf(file.path),
    // A title made from the file name is no title found in the doc; the label shows the name.
    title: doc.sources.title?.from === 'filename' ? null : shown(doc.title),
    label: labels.get(file.path) ?? file.path,
    kind: doc.kind,
    status: doc.status,
    statusText: shown(doc.statusText),
    statusFromPath: ['folder', 'filename'].includes(doc.sources.status?.from ?? ''),
    date: doc.date,
    updated: doc.updated,
    owner: doc.owner,
    tags: doc.tags,
    summary: shown(doc.summary),
    metrics: doc.metrics,
    evidence: [],
    relations: doc.relations.map((relation) => {
      const path = resolveRelationTarget(context.index, file.path, relation.target) ?? null;
      return {
        type: relation.type,
        target: relation.target,
        path,
        url: path === null ? null : context.urlOf(path),
        title: path === null ? null : (labels.get(path) ?? path),
        line: relation.source.line ?? null,
      };
    }),
    backlinks: [],
    linkedFrom: [],
    formerPaths: formerPathsOf(file.path, doc.relations, renames),
    sources: FIELD_ORDER.flatMap((field) => {
      const source = doc.sources[field];
      if (!source) return [];
      return [
        {
          field,
          from: source.from,
          inferred: source.from !== 'frontmatter',
          line: source.line ?? null,
          column: source.column ?? null,
        },
      ];
    }),
    diagnostics,
    counts,
  };
}

/** What to call a doc: its title, else its file name without the extension. */
function labelOf(file: FileResult): string {
  const title = file.doc.sources.title?.from === 'filename' ? null : shown(file.doc.title);
  return title ?? posix.basename(file.path).replace(/\.(?:md|markdown)$/i, '');
}

/**
 * A value as pages show it: certain mojibake repaired (`‚úÖ` → `✅`), as the
 * body is; the findings still point at the text as written.
 */
function shown(value: string | null): string | null {
  return value === null ? null : repairMojibakeText(value);
}

function toEvidenceView(verdict: MetricVerdict): EvidenceView {
  return {
    metric: verdict.metric,
    scope: verdict.scope,
    written: verdict.written,
    state: verdict.state,
    artifact: verdict.artifact?.path ?? null,
    date: verdict.artifact?.date ?? null,
    detail: verdict.detail,
    line: verdict.line,
  };
}

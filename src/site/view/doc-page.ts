import type { DocHistoryData, VersionBody } from '../model/collection-schemas.ts';
import type { DocView } from '../model/doc-view.ts';
import type { HistoryIndex } from '../model/history-index.ts';
import { handoffNeighbors, supersededBy, type NavTarget } from './doc-nav.ts';
import { BACKLINK_LABEL, KIND_LABEL, RELATION_LABEL, SOURCE_LABEL } from './format.ts';
import { listingSlug } from './listings.ts';
import {
  latestDocUrl,
  versionBanner,
  type VersionBannerView,
  type VersionContext,
} from './version-context.ts';
import { buildSwitcher, type SwitcherItem } from './version-switcher.ts';

/** One row of the relations panel: a relation of the doc, or one to it. */
export interface RelationRow {
  label: string;
  /** The related doc's page, or null when the target is no doc here. */
  url: string | null;
  /** Its title when it has a page, else the target as written. */
  text: string;
  /** Why there is no page: `(old path)`, `(not a doc here)`; null when there is one. */
  note: string | null;
}

/** One value of "Where these values came from". */
export interface SourceRow {
  field: string;
  from: string;
  /** `12:3`, or null when the value has no place in the file. */
  place: string | null;
  /** The value as shown, or '' for a value with parts (metrics). */
  value: string;
  inferred: boolean;
}

/** Everything the page of one doc shows, on latest or in a version. */
export interface DocPage {
  layout: { title: string; description: string | undefined; current: 'docs' | undefined };
  banner: VersionBannerView | null;
  /** Whether search indexes the page: latest's pages only. */
  searchable: boolean;
  /** The version's dashboard, named before the kind in the eyebrow; null on latest. */
  versionLink: { name: string; url: string } | null;
  doc: DocView;
  kindLabel: string;
  /** The status as written when it differs from the one shown, with what to call it. */
  statusNote: { key: string; text: string } | null;
  /** The owner's page, on latest. */
  ownerUrl: string | null;
  /** Tags with their pages, on latest. */
  tags: { name: string; url: string }[];
  switcher: SwitcherItem[];
  successors: { title: string; url: string | null }[];
  neighbors: { previous: NavTarget | undefined; next: NavTarget | undefined };
  findings: number;
  /** The metrics section, or null when the doc has none. */
  metrics: { heading: string; withEvidence: boolean } | null;
  body: VersionBody;
  /** Headings of depth 2 and 3, for "On this page". */
  outline: VersionBody['headings'];
  relations: RelationRow[];
  sources: SourceRow[];
  /** The doc's revisions, on latest. */
  history: { data: DocHistoryData | undefined; index: HistoryIndex } | null;
}

/** What a doc's page is built from. */
export interface DocPageInput {
  doc: DocView;
  body: VersionBody;
  context: VersionContext;
  /** The doc's stable key across versions, when history knows it. */
  key: string | undefined;
  /** The doc's history (latest only). */
  history?: DocHistoryData | undefined;
}

/** The page of a doc, the same on latest and in a version. Pure. */
export function buildDocPage({ doc, body, context, key, history }: DocPageInput): DocPage {
  const { version, index, base } = context;
  const onLatest = version === null;
  const hasMetrics = Object.keys(doc.metrics).length > 0;
  return {
    layout: {
      title: onLatest ? doc.label : `${doc.label} (${version.name})`,
      description: doc.summary ?? undefined,
      current: onLatest ? 'docs' : undefined,
    },
    banner: versionBanner(context, key === undefined ? base : latestDocUrl(context, key)),
    searchable: onLatest,
    versionLink: onLatest ? null : { name: version.name, url: context.home },
    doc,
    kindLabel: KIND_LABEL[doc.kind].one,
    statusNote:
      doc.statusText && doc.statusText.toLowerCase() !== (doc.status ?? '')
        ? {
            key: doc.statusFromPath ? 'Last written status' : 'Status as written',
            text: doc.statusText,
          }
        : null,
    ownerUrl: onLatest && doc.owner ? `${base}owners/${listingSlug(doc.owner)}/` : null,
    tags: onLatest
      ? doc.tags.map((tag) => ({ name: tag, url: `${base}tags/${listingSlug(tag)}/` }))
      : [],
    switcher:
      key !== undefined && index.versions.length > 0
        ? buildSwitcher(index, key, base, version?.slug ?? null)
        : [],
    successors: supersededBy(doc),
    neighbors: handoffNeighbors(doc),
    findings: doc.counts.error + doc.counts.warning + doc.counts.info,
    metrics: hasMetrics
      ? { heading: onLatest ? 'Metrics' : `Metrics in ${version.name}`, withEvidence: onLatest }
      : null,
    body,
    outline: body.headings.filter((heading) => heading.depth >= 2 && heading.depth <= 3),
    relations: relationRows(doc),
    sources: sourceRows(doc),
    history: onLatest ? { data: history, index } : null,
  };
}

function relationRows(doc: DocView): RelationRow[] {
  const own = doc.relations.map((relation) => ({
    label: RELATION_LABEL[relation.type],
    url: relation.url,
    text: relation.url ? (relation.title ?? relation.target) : relation.target,
    note: relation.url ? null : relation.type === 'aliases' ? '(old path)' : '(not a doc here)',
  }));
  const back = doc.backlinks.map((link) => ({
    label: BACKLINK_LABEL[link.type],
    url: link.url,
    text: link.title,
    note: null,
  }));
  return [...own, ...back];
}

function sourceRows(doc: DocView): SourceRow[] {
  return doc.sources.map((source) => ({
    field: source.field,
    from: SOURCE_LABEL[source.from] ?? source.from,
    place: source.line === null ? null : `${source.line}:${source.column ?? 1}`,
    value: sourceValue(doc, source.field),
    inferred: source.inferred,
  }));
}

/** A field's value as the sources panel shows it: `metrics.tests` has parts, so ''. */
function sourceValue(doc: DocView, field: string): string {
  if (field === 'status') return doc.statusText ?? doc.status ?? '—';
  let value: unknown = doc;
  for (const key of field.split('.')) {
    value = typeof value === 'object' && value !== null ? Reflect.get(value, key) : undefined;
  }
  if (value === null || value === undefined) return '—';
  if (Array.isArray(value)) return value.map(String).join(', ');
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return String(value);
  }
  return '';
}

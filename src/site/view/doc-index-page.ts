import { DOC_KINDS, type DocKind } from '../../core/model/vocabulary.ts';
import type { DocView } from '../model/doc-view.ts';
import { activityOf } from './dashboard.ts';
import { KIND_LABEL, plural } from './format.ts';
import { versionBanner, type VersionBannerView, type VersionContext } from './version-context.ts';

/** The list of every doc, grouped by kind, on latest or in a version. */
export interface DocIndexPage {
  layout: { title: string; current: 'docs' | undefined };
  banner: VersionBannerView | null;
  /** The version's dashboard, after `Index ·` in the eyebrow; null on latest. */
  versionLink: { name: string; url: string } | null;
  heading: string;
  lead: string;
  groups: { kind: DocKind; heading: string; docs: DocView[] }[];
  /** Whether rows show their findings (latest: versions keep none). */
  showFindings: boolean;
}

/** Every doc by kind, newest first within each kind. Pure. */
export function buildDocIndexPage(docs: readonly DocView[], context: VersionContext): DocIndexPage {
  const { version } = context;
  const heading = version ? `All docs in ${version.name}` : 'All docs';
  return {
    layout: { title: heading, current: version ? undefined : 'docs' },
    banner: versionBanner(context, `${context.base}docs/`),
    versionLink: version ? { name: version.name, url: context.home } : null,
    heading,
    lead: `${plural(docs.length, 'doc')}, newest first within each kind.`,
    groups: DOC_KINDS.map((kind) => ({
      kind,
      heading: KIND_LABEL[kind].many,
      docs: docs
        .filter((doc) => doc.kind === kind)
        .sort(
          (a, b) =>
            (activityOf(b) ?? '').localeCompare(activityOf(a) ?? '') ||
            a.path.localeCompare(b.path),
        ),
    })).filter((group) => group.docs.length > 0),
    showFindings: version === null,
  };
}

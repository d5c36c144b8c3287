import { releaseTitle } from '../../core/changelog/changelog-mdast.ts';
import type { ChangedDoc, Release, ReleaseDoc, RetiredDoc } from '../../core/changelog/release.ts';
import { isEmptyRelease } from '../../core/changelog/release.ts';
import { docUrl } from '../model/doc-slugs.ts';
import type { HistoryIndex } from '../model/history-index.ts';
import { versionBase } from '../model/version-views.ts';

/** A run of text in a changelog line; `code` for paths. */
export interface TextPart {
  text: string;
  code?: boolean;
}

/** One line of a release: a doc (linked when its page exists) and what happened to it. */
export interface ReleaseItem {
  title: string;
  path: string;
  url: string | null;
  note: TextPart[];
  /** Tasks completed and the doc's own change-log entries. */
  details: string[];
}

/** A release ready for a page, in the Keep a Changelog layout. */
export interface ReleaseView {
  /** The version name: the section's `id`, which the Atom feed links to. */
  id: string;
  /** `v2 - 2025-03-20`, `Unreleased`. */
  title: string;
  previous: string | null;
  commit: string | null;
  /** The version's pages, or null for latest (the root). */
  home: string;
  empty: boolean;
  groups: { title: string; items: ReleaseItem[] }[];
}

/**
 * A release as a page shows it: each doc linked to its page in the version
 * the release leads to (a removed doc to its page in the version before).
 * Pure.
 */
export function buildReleaseView(release: Release, index: HistoryIndex, base: string): ReleaseView {
  const urlIn = (name: string | null) => {
    if (name === 'latest') {
      return (key: string) =>
        index.latest[key] === undefined ? null : docUrl(base, index.latest[key]);
    }
    const version = index.versions.find((entry) => entry.name === name);
    return (key: string) => {
      const slug = version?.docs[key];
      return version && slug !== undefined ? docUrl(versionBase(base, version.slug), slug) : null;
    };
  };
  const after = urlIn(release.version);
  const before = urlIn(release.previous);
  const item = (
    doc: ReleaseDoc,
    url: string | null,
    note: TextPart[] = [],
    details: string[] = [],
  ) => ({
    title: doc.title ?? doc.path,
    path: doc.path,
    url,
    note,
    details,
  });
  const version = index.versions.find((entry) => entry.name === release.version);
  const groups = [
    { title: 'Added', items: release.added.map((doc) => item(doc, after(doc.key))) },
    {
      title: 'Changed',
      items: [
        ...release.renamed.map((doc) =>
          item(doc, after(doc.key), [{ text: 'renamed from ' }, { text: doc.from, code: true }]),
        ),
        ...release.changed.map((doc) => changedItem(doc, after(doc.key))),
      ],
    },
    {
      title: 'Deprecated',
      items: release.retired.map((doc) => item(doc, after(doc.key), retiredNote(doc))),
    },
    { title: 'Removed', items: release.removed.map((doc) => item(doc, before(doc.key))) },
  ].filter((group) => group.items.length > 0);
  return {
    id: release.version,
    title: releaseTitle(release),
    previous: release.previous,
    commit: release.commit,
    home: version ? versionBase(base, version.slug) : base,
    empty: isEmptyRelease(release),
    groups,
  };
}

function changedItem(doc: ChangedDoc, url: string | null): ReleaseItem {
  const note: TextPart[] = [];
  if (doc.from !== undefined) note.push({ text: 'renamed from ' }, { text: doc.from, code: true });
  const facts = [
    ...(doc.status ? [`status ${doc.status.from ?? 'none'} → ${doc.status.to ?? 'none'}`] : []),
    ...doc.deltas.map((delta) => delta.text),
  ];
  if (facts.length > 0) note.push({ text: `${note.length > 0 ? '; ' : ''}${facts.join('; ')}` });
  return {
    title: doc.title ?? doc.path,
    path: doc.path,
    url,
    note,
    details: [
      ...doc.tasksCompleted.map((task) => `Completed: ${task}`),
      ...doc.entries.map((entry) => `${entry.date}: ${entry.text}`),
    ],
  };
}

function retiredNote(doc: RetiredDoc): TextPart[] {
  const note: TextPart[] = [];
  if (doc.archived) {
    note.push({ text: 'archived' });
    if (doc.from) note.push({ text: ' from ' }, { text: doc.from, code: true });
  }
  if (doc.superseded) {
    note.push({ text: doc.archived ? '; superseded' : 'superseded' });
    if (doc.supersededBy) note.push({ text: ' by ' }, { text: doc.supersededBy, code: true });
  }
  return note;
}

import type { List, ListItem, PhrasingContent, Root, RootContent } from 'mdast';
import type { ChangedDoc, Release, ReleaseDoc, RetiredDoc } from './release.ts';
import { isEmptyRelease } from './release.ts';

const text = (value: string): PhrasingContent => ({ type: 'text', value });
const code = (value: string): PhrasingContent => ({ type: 'inlineCode', value });

/** `Title (`path`)`, or just `` `path` `` for an untitled doc. */
function docName(doc: ReleaseDoc): PhrasingContent[] {
  return doc.title ? [text(`${doc.title} (`), code(doc.path), text(')')] : [code(doc.path)];
}

function item(children: PhrasingContent[], nested: ListItem[] = []): ListItem {
  const list: List = { type: 'list', ordered: false, spread: false, children: nested };
  return {
    type: 'listItem',
    spread: false,
    children: [{ type: 'paragraph', children }, ...(nested.length > 0 ? [list] : [])],
  };
}

function section(title: string, items: ListItem[]): RootContent[] {
  if (items.length === 0) return [];
  return [
    { type: 'heading', depth: 3, children: [text(title)] },
    { type: 'list', ordered: false, spread: false, children: items },
  ];
}

function changedItem(doc: ChangedDoc): ListItem {
  const facts = [
    ...(doc.status ? [`status ${doc.status.from ?? 'none'} → ${doc.status.to ?? 'none'}`] : []),
    ...doc.deltas.map((delta) => delta.text),
  ];
  const nested = [
    ...doc.tasksCompleted.map((task) => item([text(`Completed: ${task}`)])),
    ...doc.entries.map((entry) => item([text(`${entry.date}: ${entry.text}`)])),
  ];
  const summary: PhrasingContent[] = [];
  if (doc.from !== undefined) summary.push(text(': renamed from '), code(doc.from));
  if (facts.length > 0)
    summary.push(text(`${doc.from === undefined ? ':' : ';'} ${facts.join('; ')}`));
  return item([...docName(doc), ...summary], nested);
}

function retiredItem(doc: RetiredDoc): ListItem {
  const parts: PhrasingContent[] = [...docName(doc), text(':')];
  if (doc.archived) {
    parts.push(text(' archived'));
    if (doc.from) parts.push(text(' from '), code(doc.from));
  }
  if (doc.superseded) {
    parts.push(text(doc.archived ? '; superseded' : ' superseded'));
    if (doc.supersededBy) parts.push(text(' by '), code(doc.supersededBy));
  }
  return item(parts);
}

/** The heading of a release: `v2 - 2025-03-20`, or `Unreleased` for the working tree. */
export function releaseTitle(release: Release): string {
  if (release.version === 'latest') return 'Unreleased';
  return release.date ? `${release.version} - ${release.date}` : release.version;
}

/**
 * One release as mdast, in the Keep a Changelog layout: Added, Changed
 * (renames, status, metrics, tasks, the docs' own entries), Deprecated
 * (archived and superseded docs), Removed. Pure.
 */
export function releaseToMdast(release: Release): RootContent[] {
  const heading: RootContent = {
    type: 'heading',
    depth: 2,
    children: [text(releaseTitle(release))],
  };
  if (isEmptyRelease(release)) {
    return [heading, { type: 'paragraph', children: [text('No changes to the docs.')] }];
  }
  return [
    heading,
    ...section(
      'Added',
      release.added.map((doc) => item(docName(doc))),
    ),
    ...section('Changed', [
      ...release.renamed.map((doc) =>
        item([...docName(doc), text(': renamed from '), code(doc.from)]),
      ),
      ...release.changed.map(changedItem),
    ]),
    ...section('Deprecated', release.retired.map(retiredItem)),
    ...section(
      'Removed',
      release.removed.map((doc) => item(docName(doc))),
    ),
  ];
}

/** Releases (newest first) as one mdast tree. */
export function changelogToMdast(releases: readonly Release[]): Root {
  return { type: 'root', children: releases.flatMap(releaseToMdast) };
}

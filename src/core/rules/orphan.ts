import { posix } from 'node:path';
import { linkGraphOf, type LinkGraph } from '../links/build-link-graph.ts';
import { retirementOf } from '../links/find-successor.ts';
import type { Doc } from '../model/doc.ts';
import { report } from './report.ts';
import type { SetRule } from './rule.ts';

// Entry points readers open first; nothing needs to link to them.
const INDEX_NAME = /^(?:readme|index|_index|status|changelog)\.(?:md|markdown|mdx)$/i;

/**
 * `orphan` (info, opt-in): no other doc links to this doc, mentions its
 * path, or relates to it, and it declares no relation to another doc
 * either, so nothing leads a reader to it. Only living docs are read:
 * entry points (README and index files in any folder, top-level status
 * trackers such as `STATUS.md`) are exempt, and so are snapshots, whose
 * folder lists them and which nothing needs to lead to: archived,
 * superseded, done or abandoned docs, reports and handoffs, and docs dated
 * by their file or folder name (`2026-04-07-plan.md`, `sessions/2026-05/`).
 */
export const orphan: SetRule = {
  id: 'orphan',
  description: 'No other doc links to or relates to this doc.',
  check(context) {
    const graph = linkGraphOf(context);
    if (graph.docs.size < 2) return;
    const connected = connectedDocs(graph);
    for (const { entry } of graph.docs.values()) {
      const { path } = entry.source;
      if (connected.has(path) || isEntryPoint(entry.doc) || isSnapshot(entry.doc)) continue;
      report(
        entry.source.file,
        'orphan',
        `No other doc links to \`${path}\`; link it from a status doc or plan, or archive it`,
        { line: 1, column: 1 },
      );
    }
  },
};

/** Docs that another doc links to, and docs with a relation in either direction. */
function connectedDocs(graph: LinkGraph): Set<string> {
  const connected = new Set<string>();
  for (const [path, links] of graph.docs) {
    for (const { target } of links.references) {
      if (target.status === 'found' && target.path !== path) connected.add(target.path);
    }
    for (const { target } of links.relations) {
      if (target.status !== 'found' || target.path === path || !graph.docs.has(target.path)) {
        continue;
      }
      connected.add(target.path);
      connected.add(path);
    }
  }
  return connected;
}

function isEntryPoint(doc: Doc): boolean {
  const name = posix.basename(doc.path);
  if (/^(?:readme|index|_index)\./i.test(name)) return true;
  return !doc.path.includes('/') && (doc.kind === 'status' || INDEX_NAME.test(name));
}

/** Docs that record a moment: unlinked is their normal state. */
function isSnapshot(doc: Doc): boolean {
  if (retirementOf(doc) || doc.status === 'done' || doc.status === 'abandoned') return true;
  // `report` is also the kind of a doc that names none: only a stated one counts.
  const stated = doc.sources.kind?.from !== 'default';
  if (stated && (doc.kind === 'report' || doc.kind === 'handoff')) return true;
  const dated = doc.sources.date?.from;
  return dated === 'filename' || dated === 'folder';
}

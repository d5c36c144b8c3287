import { posix } from 'node:path';
import type { Root } from 'mdast';
import type { SourceDoc } from '../load/source-doc.ts';
import { report } from './report.ts';
import type { DocRule } from './rule.ts';

/** Files their folder names: a folder's README or index, and templates copied to start a doc. */
const NAMED_BY_PATH = /^(?:readme|index|_index)\.|template/i;
/** Frontmatter keys that name a doc for the tool it is written for (agent, planner, tracker). */
const TOOL_NAME_KEYS = ['name', 'id', 'phase', 'plan', 'task', 'key', 'slug'];

/**
 * `missing-title`: a doc written for readers with neither a frontmatter
 * `title` nor a title heading (the file name then stands in as its title).
 * A title heading is a `# Heading`, or a heading of any level that opens the
 * doc with every later heading below it (`## Review report` over `###`
 * sections). Not reported: a folder's README or index (the folder names it),
 * templates, and docs whose frontmatter names them for a tool (`name:` of an
 * agent definition, `phase:`/`plan:` of a generated plan, a tracker's `id:`).
 */
export const missingTitle: DocRule = {
  id: 'missing-title',
  description: 'Every doc needs a title: frontmatter `title` or a `# Heading`.',
  check({ source, doc }) {
    if ((doc.title && doc.sources.title?.from !== 'filename') || source.text.trim() === '') return;
    if (NAMED_BY_PATH.test(posix.basename(source.path)) || namedForTool(source)) return;
    if (titledByTopHeading(source.tree)) return;
    report(
      source.file,
      'missing-title',
      'Doc has no title; add a `# Title` heading or a frontmatter `title`',
      { line: 1, column: 1 },
    );
  },
};

function namedForTool(source: SourceDoc): boolean {
  const data = source.frontmatter?.data;
  if (!data || typeof data !== 'object' || Array.isArray(data)) return false;
  const record = data as Record<string, unknown>;
  return TOOL_NAME_KEYS.some((key) => {
    const value = record[key];
    return (typeof value === 'string' && value.trim() !== '') || typeof value === 'number';
  });
}

/** Whether the doc opens with a heading that every later heading sits below. */
function titledByTopHeading(tree: Root): boolean {
  const body = tree.children.filter((node) => node.type !== 'yaml' && node.type !== 'html');
  const first = body[0];
  if (first?.type !== 'heading') return false;
  return body.every(
    (node) => node === first || node.type !== 'heading' || node.depth > first.depth,
  );
}

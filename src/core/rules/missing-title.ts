import { posix } from 'node:path';
import type { Root } from 'mdast';
import type { SourceDoc } from '../load/source-doc.ts';
import { frontmatterSchema } from '../model/frontmatter-schema.ts';
import { report } from './report.ts';
import type { DocRule } from './rule.ts';

/** Files their folder names: a folder's README or index, and templates copied to start a doc. */
const NAMED_BY_PATH = /^(?:readme|index|_index)\.|template/i;
/** statusdocs' own frontmatter keys: any other key is a tool's. */
const OWN_KEYS = new Set(Object.keys(frontmatterSchema.shape));

/**
 * `missing-title`: a doc written for readers with neither a frontmatter
 * `title` nor a title heading (the file name then stands in as its title).
 * A title heading is a `# Heading`, or a heading of any level that opens the
 * doc with every later heading below it (`## Review report` over `###`
 * sections). Not reported: a folder's README or index (the folder names it),
 * templates, and records of another tool: a doc whose frontmatter holds keys
 * statusdocs does not define (an agent definition's `name:`, a planner's
 * `phase:` or `trigger:`) is named by that tool, its file name and its
 * keys, and its format is the tool's, not the writer's.
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
  return Object.keys(data).some((key) => !OWN_KEYS.has(key));
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

import { repoPrefix } from '../load/repo-prefix.ts';
import type { SourceDoc } from '../load/source-doc.ts';
import { indexNodes, type NodeIndex } from '../load/visit.ts';
import { inferFromPath, type PathInference } from './infer-from-path.ts';
import { inferTitle, type TitleInference } from './infer-title.ts';
import { createLocator, type Locator } from './locate.ts';
import { parseHeaderFields, type HeaderField } from './parse-header-fields.ts';
import { readFrontmatter, type ValidFrontmatter } from './read-frontmatter.ts';

/** Everything the model reads from one doc, gathered once and shared by the inferences. */
export interface ModelInput {
  source: SourceDoc;
  /** The doc's nodes by type. */
  nodes: NodeIndex;
  locate: Locator;
  frontmatter: ValidFrontmatter;
  headers: HeaderField[];
  heading: TitleInference | null;
  path: PathInference;
}

/**
 * Gather the frontmatter, header lines, first heading and path inferences of
 * a doc. Read once per doc by `indexDoc` and shared (the model,
 * `date-invalid` and `unverified-claim` all need it), so treat it as
 * read-only. The node index and locator are the doc's own, built when
 * not given; `prefix` is where the content root (`source.file.cwd`) sits in
 * its repository (`repoPrefix`), looked up when not given.
 */
export function readModelInput(
  source: SourceDoc,
  nodes: NodeIndex = indexNodes(source.tree),
  locate: Locator = createLocator(source.text),
  prefix: string = repoPrefix(source.file.cwd),
): ModelInput {
  return {
    source,
    nodes,
    locate,
    frontmatter: readFrontmatter(source, locate),
    headers: parseHeaderFields(source.tree, source.text, locate),
    heading: inferTitle(source.tree, source.text, locate),
    path: inferFromPath(source.path, prefix),
  };
}

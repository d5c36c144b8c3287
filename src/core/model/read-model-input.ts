import type { SourceDoc } from '../load/source-doc.ts';
import { inferFromPath, type PathInference } from './infer-from-path.ts';
import { inferTitle, type TitleInference } from './infer-title.ts';
import { createLocator, type Locator } from './locate.ts';
import { parseHeaderFields, type HeaderField } from './parse-header-fields.ts';
import { readFrontmatter, type ValidFrontmatter } from './read-frontmatter.ts';

/** Everything the model reads from one doc, gathered once and shared by the inferences. */
export interface ModelInput {
  source: SourceDoc;
  locate: Locator;
  frontmatter: ValidFrontmatter;
  headers: HeaderField[];
  heading: TitleInference | null;
  path: PathInference;
}

/** Gather the frontmatter, header lines, first heading and path inferences of a doc. */
export function readModelInput(source: SourceDoc): ModelInput {
  const locate = createLocator(source.text);
  return {
    source,
    locate,
    frontmatter: readFrontmatter(source, locate),
    headers: parseHeaderFields(source.tree, source.text, locate),
    heading: inferTitle(source.tree, source.text, locate),
    path: inferFromPath(source.path),
  };
}

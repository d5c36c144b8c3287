import { repoPrefix } from '../load/repo-prefix.ts';
import type { SourceDoc } from '../load/source-doc.ts';
import { inferFromPath, type PathInference } from './infer-from-path.ts';
import { inferTitle, type TitleInference } from './infer-title.ts';
import { docLocator, type Locator } from './locate.ts';
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

const inputs = new WeakMap<SourceDoc, ModelInput>();

/**
 * Gather the frontmatter, header lines, first heading and path inferences of
 * a doc. Read once per doc and shared (the model, `date-invalid` and
 * `unverified-claim` all need it), so treat it as read-only.
 */
export function readModelInput(source: SourceDoc): ModelInput {
  let input = inputs.get(source);
  if (!input) {
    const locate = docLocator(source);
    input = {
      source,
      locate,
      frontmatter: readFrontmatter(source, locate),
      headers: parseHeaderFields(source.tree, source.text, locate),
      heading: inferTitle(source.tree, source.text, locate),
      path: inferFromPath(source.path, repoPrefix(source.file.cwd)),
    };
    inputs.set(source, input);
  }
  return input;
}

import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { ParsedFrontmatter } from './parse-frontmatter.ts';

/**
 * One doc as read: its path, text and messages. What outlives the per-doc
 * phase of a check (set rules, reporters, renderers, `fix`); what is
 * derived from its frontmatter and mdast is in its `DocIndex` during the
 * per-doc phase, and what later stages need of that in its `DocAnalysis`.
 */
export interface LoadedDoc {
  /** Path relative to the content root, with `/` separators. */
  path: string;
  /** The file's messages collect here; `file.value` is the decoded text. */
  file: VFile;
  /** Decoded text (no BOM; line endings as written). */
  text: string;
  /** How the bytes were decoded. */
  encoding: 'utf-8' | 'windows-1252';
  /** Whether the file had a UTF-8 byte order mark. */
  bom: boolean;
  /** Where the body starts: after the frontmatter block, 0 without one. Known without parsing the YAML. */
  bodyOffset: number;
}

/**
 * One doc as parsed: its frontmatter and mdast besides the text, parsed once
 * and shared by the analysis, the model and the per-doc rules, then let go.
 */
export interface SourceDoc extends LoadedDoc {
  /** The frontmatter block, when the file has one. */
  frontmatter: ParsedFrontmatter | undefined;
  /** The body as mdast; positions are positions in the whole file. */
  tree: Root;
}

/** The {@link LoadedDoc} part of a parsed doc, without its frontmatter and mdast. */
export function toLoadedDoc(source: LoadedDoc): LoadedDoc {
  const { path, file, text, encoding, bom, bodyOffset } = source;
  return { path, file, text, encoding, bom, bodyOffset };
}

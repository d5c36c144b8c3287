import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { ParsedFrontmatter } from './parse-frontmatter.ts';

/**
 * One doc as loaded: its text, frontmatter and mdast, parsed once and shared
 * by the model, the rules, the link checker and the renderer.
 */
export interface SourceDoc {
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
  /** The frontmatter block, when the file has one. */
  frontmatter: ParsedFrontmatter | undefined;
  /** The body as mdast; positions are positions in the whole file. */
  tree: Root;
}

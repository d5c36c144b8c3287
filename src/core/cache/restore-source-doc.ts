import type { Root } from 'mdast';
import { VFile } from 'vfile';
import { decodeText } from '../load/decode-text.ts';
import { parseFrontmatter, type ParsedFrontmatter } from '../load/parse-frontmatter.ts';
import { parseMarkdown } from '../load/parse-markdown.ts';
import type { LoadLimits } from '../load/parse-source-doc.ts';
import type { SourceDoc } from '../load/source-doc.ts';
import { restoreMessage, type CachedMessage } from './cached-message.ts';

/**
 * A {@link SourceDoc} for a file whose per-doc results came from the cache.
 * The text is decoded (cheap, and set rules quote it); the frontmatter and
 * the mdast are parsed only if something asks for them, with the same
 * functions `parseSourceDoc` uses, so a lazy value equals the eager one.
 * `bodyOffset` is where the body starts, recorded from the eager parse, so
 * the link graph's mdast does not need the YAML parsed first.
 * The file carries the cached per-doc messages (load problems included), so
 * the loaders' own reports are not repeated.
 */
export function restoreSourceDoc(
  path: string,
  bytes: Uint8Array,
  cwd: string,
  limits: LoadLimits,
  messages: readonly CachedMessage[],
  bodyOffset: number,
): SourceDoc {
  const { text, encoding, bom } = decodeText(bytes);
  const file = new VFile({ path, cwd, value: text });
  for (const message of messages) restoreMessage(file, message);
  // `null`: not parsed yet (`undefined` is a parsed "no frontmatter").
  let frontmatter: ParsedFrontmatter | undefined | null = null;
  let tree: Root | undefined;
  return {
    path,
    file,
    text,
    encoding,
    bom,
    bodyOffset,
    get frontmatter(): ParsedFrontmatter | undefined {
      if (frontmatter === null) frontmatter = parseFrontmatter(text, limits);
      return frontmatter;
    },
    set frontmatter(value: ParsedFrontmatter | undefined) {
      frontmatter = value;
    },
    get tree(): Root {
      tree ??= parseMarkdown(text, bodyOffset);
      return tree;
    },
    set tree(value: Root) {
      tree = value;
    },
  };
}

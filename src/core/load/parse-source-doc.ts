import { VFile } from 'vfile';
import { location } from 'vfile-location';
import { report } from '../diagnostics/report.ts';
import { decodeText } from './decode-text.ts';
import { DEFAULT_MAX_DEPTH } from './find-deep-markdown.ts';
import { reportYamlSyntax } from './report-yaml-syntax.ts';
import { parseFrontmatter } from './parse-frontmatter.ts';
import { parseBoundedMarkdown } from './parse-markdown.ts';
import type { SourceDoc } from './source-doc.ts';

/** Limits on one file, so hostile input cannot exhaust time or memory. */
export interface LoadLimits {
  /** Largest file, in bytes, that is parsed; larger files get `file-too-large`. */
  maxFileSize: number;
  /** Most YAML aliases frontmatter may expand. */
  maxAliasCount: number;
  /** Deepest nesting of the body or the frontmatter; deeper files get `file-too-large`. */
  maxDepth?: number;
}

/** Defaults for {@link LoadLimits}. */
export const DEFAULT_LOAD_LIMITS: LoadLimits = {
  maxFileSize: 5_000_000,
  maxAliasCount: 100,
  maxDepth: DEFAULT_MAX_DEPTH,
};

/**
 * Turn one file's bytes into a {@link SourceDoc}: decode, split frontmatter,
 * parse the body once. Pure: problems become messages on `file`, never throws.
 * `path` is relative to the content root; `cwd` is the content root.
 */
export function parseSourceDoc(
  path: string,
  bytes: Uint8Array,
  cwd: string,
  limits: LoadLimits = DEFAULT_LOAD_LIMITS,
): SourceDoc {
  if (bytes.length > limits.maxFileSize) return tooLargeDoc(path, bytes.length, cwd, limits);
  const decoded = decodeText(bytes);
  const { text } = decoded;
  const file = new VFile({ path, cwd, value: text });

  if (decoded.encoding !== 'utf-8') {
    const offset = indexOfByte(bytes, text, decoded.invalidByteOffset ?? 0);
    report(
      file,
      'not-utf8',
      'File is not valid UTF-8; it was read as Windows-1252. Re-save it as UTF-8',
      {
        offset,
      },
    );
  }

  const frontmatter = parseFrontmatter(text, limits);
  for (const problem of frontmatter?.problems ?? []) {
    if (!problem.ruleId) continue;
    report(file, problem.ruleId, problem.reason, { offset: problem.start, endOffset: problem.end });
  }
  if (frontmatter) reportYamlSyntax(file, text, frontmatter);
  const maxDepth = limits.maxDepth ?? DEFAULT_MAX_DEPTH;
  const { tree, deep } = parseBoundedMarkdown(text, frontmatter?.bodyOffset ?? 0, maxDepth);
  if (deep) {
    // Like a file over the size limit, the doc is not checked, nor rendered.
    const doc = emptySourceDoc(path, cwd);
    doc.file.messages.push(...file.messages);
    const point = location(file).toPoint(deep.offset);
    const at = point ? { line: point.line, column: point.column } : { line: 1, column: 1 };
    report(
      doc.file,
      'file-too-large',
      `Markdown nests more than \`${maxDepth}\` levels deep here; the file was not checked. Flatten it, or raise \`limits.maxDepth\``,
      at,
    );
    return doc;
  }
  return {
    path,
    file,
    text,
    encoding: decoded.encoding,
    bom: decoded.bom,
    bodyOffset: frontmatter?.bodyOffset ?? 0,
    frontmatter,
    tree,
  };
}

/** A doc with no content, for files that could not be read or parsed. */
export function emptySourceDoc(path: string, cwd: string): SourceDoc {
  return {
    path,
    file: new VFile({ path, cwd, value: '' }),
    text: '',
    encoding: 'utf-8',
    bom: false,
    bodyOffset: 0,
    frontmatter: undefined,
    tree: { type: 'root', children: [] },
  };
}

/** A doc over the size limit: not parsed, with a `file-too-large` message. */
export function tooLargeDoc(
  path: string,
  size: number,
  cwd: string,
  limits: LoadLimits,
): SourceDoc {
  const doc = emptySourceDoc(path, cwd);
  report(
    doc.file,
    'file-too-large',
    `File is ${size} bytes, over the limit of ${limits.maxFileSize}; it was not checked. Split it, or raise \`limits.maxFileSize\``,
    { line: 1, column: 1 },
  );
  return doc;
}

/** Text offset of a byte offset, for single-byte decodings such as Windows-1252. */
function indexOfByte(bytes: Uint8Array, text: string, byteOffset: number): number {
  // Windows-1252 maps each byte to one UTF-16 unit; the BOM, if any, was dropped.
  const bomLength = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return Math.min(Math.max(byteOffset - bomLength, 0), text.length);
}

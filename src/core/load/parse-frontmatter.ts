import matter from 'gray-matter';
import { isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';
import { DEFAULT_MAX_DEPTH } from './find-deep-markdown.ts';
import { findDeepYaml } from './find-deep-yaml.ts';

/** A problem found while reading frontmatter, with offsets into the file's text. */
export interface FrontmatterProblem {
  reason: string;
  start: number;
  end: number;
  /** `file-too-large` when a limit stopped the parse; `yaml-syntax` otherwise. */
  ruleId?: 'file-too-large';
}

/** The frontmatter block of a doc. */
export interface ParsedFrontmatter {
  /** The YAML data as plain JavaScript, or `undefined` when the YAML is broken. */
  data: unknown;
  /** The YAML document, which keeps the position of every node. */
  document: Document.Parsed;
  /** Offset in the file's text where the YAML source starts (after the opening fence). */
  yamlOffset: number;
  /** Offset in the file's text where the body starts (after the closing fence). */
  bodyOffset: number;
  /** YAML syntax errors and unsafe constructs. */
  problems: FrontmatterProblem[];
}

/** Limits that protect against hostile YAML. */
export interface FrontmatterLimits {
  /** Most aliases a document may expand (alias bombs). */
  maxAliasCount: number;
  /** Deepest nesting parsed; deeper YAML is not parsed. Default {@link DEFAULT_MAX_DEPTH}. */
  maxDepth?: number;
}

const OPENING_FENCE = /^---[ \t]*\r?\n/;
const CLOSING_FENCE = /^(?:---|\.\.\.)[ \t]*$/m;

/**
 * Split frontmatter off a doc's text and parse it with a position-aware YAML
 * engine. gray-matter finds the block; the `yaml` package parses it so every
 * key, nested ones too, keeps its offset. A fence that is never closed is not
 * frontmatter (it is a thematic break), so gray-matter is only asked when a
 * closing fence exists.
 */
export function parseFrontmatter(
  text: string,
  limits: FrontmatterLimits,
): ParsedFrontmatter | undefined {
  const opening = OPENING_FENCE.exec(text);
  if (!opening) return undefined;
  const rest = text.slice(opening[0].length);
  const closing = CLOSING_FENCE.exec(rest);
  if (!closing && !/^---[ \t]*$/m.test(rest)) return undefined;

  let yamlSource = '';
  const engine = {
    parse(source: string): object {
      yamlSource = source;
      return {};
    },
  };
  // Passing options also turns off gray-matter's cache, which is keyed by text alone.
  const file = matter(text, { language: 'yaml', engines: { yaml: engine } });
  // With CRLF, gray-matter leaves the last line's `\r` on the source; without
  // its `\n`, YAML would keep the `\r` in the value. Appending keeps offsets.
  const source = yamlSource.endsWith('\r') ? `${yamlSource}\n` : yamlSource;
  // gray-matter hands the engine the text between the fences, newline included.
  const yamlOffset = yamlSource === '' ? opening[0].length : text.indexOf(yamlSource, 3);
  const bodyOffset = text.length - file.content.length;
  const maxDepth = limits.maxDepth ?? DEFAULT_MAX_DEPTH;
  const deep = findDeepYaml(source, maxDepth);
  if (deep) {
    const reason = `Frontmatter nests more than \`${maxDepth}\` levels deep; it was not read. Flatten it, or raise \`limits.maxDepth\``;
    const at = yamlOffset + deep.offset;
    const problem = { reason, start: at, end: at, ruleId: 'file-too-large' } as const;
    return {
      data: undefined,
      document: parseDocument(''),
      yamlOffset,
      bodyOffset,
      problems: [problem],
    };
  }
  // `logLevel: 'error'`: YAML's warnings would go to stderr, bypassing the report.
  const document = parseDocument(source, {
    prettyErrors: false,
    uniqueKeys: true,
    logLevel: 'error',
  });

  const problems: FrontmatterProblem[] = document.errors.map((error) => ({
    reason: error.message.split('\n')[0] ?? error.message,
    start: yamlOffset + error.pos[0],
    end: yamlOffset + error.pos[1],
  }));
  let data: unknown;
  if (problems.length === 0) {
    try {
      data = document.toJS({ maxAliasCount: limits.maxAliasCount });
    } catch (error) {
      problems.push({
        reason: `Cannot expand YAML aliases: ${(error as Error).message}`,
        start: yamlOffset,
        end: yamlOffset,
      });
    }
  }
  return { data, document, yamlOffset, bodyOffset, problems };
}

/**
 * Offsets (into the YAML source) of the node at `path`: the key when the path
 * ends at a map entry, so a message points at `passed:` in
 * `metrics.tests.passed`. Falls back to the deepest node that exists.
 */
export function findYamlRange(
  document: Document.Parsed,
  path: readonly PropertyKey[],
): [number, number] | undefined {
  let node: Node | null = document.contents;
  let range: [number, number] | undefined = node?.range
    ? [node.range[0], node.range[1]]
    : undefined;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find(
        (item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment),
      );
      if (!pair) break;
      const key = pair.key as Node;
      if (key.range) range = [key.range[0], key.range[1]];
      node = pair.value as Node | null;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment] as Node | undefined;
      if (!item?.range) break;
      range = [item.range[0], item.range[1]];
      node = item;
    } else {
      break;
    }
  }
  return range;
}

import type { DeepNesting } from './find-deep-markdown.ts';

const BLOCK_SCALAR = /(?:^|[:\-?][ \t]+)[|>][-+0-9]*[ \t]*(?:#.*)?\r?$/;
const SEQUENCE_ENTRY = /^(?:[-?:](?=[ \t]|\r?$)[ \t]*)+/;

/**
 * A cheap upper estimate, before parsing, of how deep YAML nests: a line's
 * indentation (each block level takes at least one column), its compact
 * `- - -` entries, and the flow brackets open at each point. Returns the
 * first place where it passes `maxDepth`, or undefined. Why: the `yaml`
 * package parses by recursion and fails near 800 levels with a stack
 * overflow whose place depends on the machine; a limit checked first gives
 * every machine the same message at the same place. The text of block
 * scalars (`|`, `>`) is skipped, since its indentation is not nesting.
 */
export function findDeepYaml(source: string, maxDepth: number): DeepNesting | undefined {
  let flow = 0;
  let scalarIndent = -1;
  for (let lineStart = 0; lineStart < source.length;) {
    const newline = source.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? source.length : newline;
    const line = source.slice(lineStart, lineEnd);
    const indent = line.length - line.trimStart().length;
    const blank = line.trim() === '';
    if (scalarIndent >= 0 && (blank || indent > scalarIndent)) {
      lineStart = lineEnd + 1;
      continue;
    }
    scalarIndent = -1;
    const entries = SEQUENCE_ENTRY.exec(line.slice(indent))?.[0] ?? '';
    const block = indent + entries.replace(/[ \t]/g, '').length;
    if (block + flow > maxDepth) return { depth: block + flow, offset: lineStart + indent };
    for (let index = indent + entries.length; index < line.length; index++) {
      const char = line[index];
      if (char === '[' || char === '{') flow++;
      else if (char === ']' || char === '}') flow = Math.max(0, flow - 1);
      else continue;
      if (block + flow > maxDepth) return { depth: block + flow, offset: lineStart + index };
    }
    if (flow === 0 && BLOCK_SCALAR.test(line)) scalarIndent = indent;
    lineStart = lineEnd + 1;
  }
  return undefined;
}

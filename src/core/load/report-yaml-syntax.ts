import type { VFile } from 'vfile';
import { report } from '../diagnostics/report.ts';
import type { ParsedFrontmatter } from './parse-frontmatter.ts';

/** A first line that YAML frontmatter starts with: `key:`, `- item`, a comment. */
const YAML_START = /^(?:[\w"'$@.-][^:\n]{0,80}:(?:\s|$)|-\s|#(?!#*\s+\S)|---|\.\.\.)/;

/** Lines YAML does not have and Markdown does: `## Heading`, `- [ ] task`, `**Bold**:`. */
const MARKDOWN_LINE = /^(?:#{2,6}\s+\S|\s*[-*]\s+\[[ xX]\]\s|\*\*\S)/m;

/**
 * Report broken frontmatter once per doc (`yaml-syntax`): at the first
 * problem, counting the others, since one slip (an unquoted colon, a
 * duplicated key) often breaks several lines. Two causes are named at the
 * opening fence instead: a block that does not start like YAML (a `---` at
 * the top meant as a thematic break), and YAML that runs on into Markdown
 * headings, task items or bold labels (a missing closing `---`).
 */
export function reportYamlSyntax(file: VFile, text: string, frontmatter: ParsedFrontmatter): void {
  const problems = frontmatter.problems.filter((problem) => !problem.ruleId);
  const first = problems[0];
  if (!first) return;
  const yaml = text.slice(frontmatter.yamlOffset, frontmatter.bodyOffset);
  const opening = yaml.split('\n').find((line) => line.trim() !== '') ?? '';
  const closing = text.slice(0, frontmatter.bodyOffset).trimEnd().split('\n').length;
  if (!YAML_START.test(opening.trim())) {
    report(
      file,
      'yaml-syntax',
      `The \`---\` on line 1 opens frontmatter up to line ${closing}, but that text is not YAML; if the \`---\` is a thematic break, put the title before it`,
      { offset: 0, endOffset: 3 },
    );
    return;
  }
  const markdown = MARKDOWN_LINE.exec(yaml);
  if (markdown) {
    const line = text.slice(0, frontmatter.yamlOffset + markdown.index).split('\n').length;
    report(
      file,
      'yaml-syntax',
      `Frontmatter is not closed before the Markdown on line ${line}: it runs to the \`---\` on line ${closing}; add a \`---\` line where the YAML ends`,
      { offset: 0, endOffset: 3 },
    );
    return;
  }
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more in this block)` : '';
  report(file, 'yaml-syntax', `Invalid YAML in frontmatter: ${first.reason}${more}`, {
    offset: first.start,
    endOffset: first.end,
  });
}

import type { TextEdit } from '../diagnostics/text-edit.ts';

/**
 * One certain fix: the edits of one diagnostic (or one import step). Its
 * edits are applied all together or not at all, so a fix is never half done.
 */
export interface Fix {
  /** The rule that offered it, or `frontmatter` for the block `import` writes. */
  ruleId: string;
  /** Where the finding is, 1-based. */
  line: number;
  column: number;
  /** The finding's message, for the summary. */
  reason: string;
  /** Offsets into the file's decoded text, all relative to the original text. */
  edits: readonly TextEdit[];
}

/** Something `fix` or `import` left for a person: an ambiguous repair, a guess to confirm. */
export interface Note {
  line: number;
  column: number;
  ruleId: string;
  text: string;
}

import type { CheckResult } from '../check/check-result.ts';

/**
 * Options shared by every reporter. Each reporter reads only the options it
 * needs, so the CLI can build one object and pass it to any format.
 */
export interface ReportOptions {
  /**
   * Prefix added to every file path, so paths resolve from where the user
   * stands (the cwd, or the repository root for GitHub and SARIF), e.g.
   * `docs/status/`. A missing trailing `/` is added; `\` becomes `/`.
   * Default: none, paths stay relative to the content root.
   */
  displayRoot?: string;
  /**
   * `text` only: colour the output with ANSI escapes. The CLI decides (a TTY,
   * `NO_COLOR`, `FORCE_COLOR`); reporters never look at the environment.
   * Default: `false`.
   */
  color?: boolean;
  /**
   * `text` and `github` only: report errors and leave out warnings and infos.
   * `json` and `sarif` are complete records and ignore it. Default: `false`.
   */
  quiet?: boolean;
  /**
   * `text` and `github`: list every finding instead of folding a rule that
   * repeats in a file into one row. Default: `false` (fold).
   */
  verbose?: boolean;
  /**
   * `text` only: the terminal's width in columns; long messages wrap under
   * their column. Absent (piped output): each finding stays one line.
   */
  width?: number;
  /** `text` only: how many findings a baseline suppressed, for the summary. Default: 0. */
  suppressed?: number;
  /** `sarif` only: the statusdocs version, for `tool.driver.version`. Omitted when absent. */
  toolVersion?: string;
  /**
   * `sarif` only: a one-line description per rule id, for each rule's
   * `shortDescription`. Rules without one get their id in words
   * (`missing-heading` → `Missing heading`).
   */
  ruleDescriptions?: Readonly<Partial<Record<string, string>>>;
}

/** A reporter: a pure function from a check result to the text to print. */
export type Reporter = (result: CheckResult, options?: ReportOptions) => string;

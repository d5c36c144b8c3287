/**
 * Misuse or bad configuration, the second error channel: thrown (never a
 * diagnostic), one sentence saying what is wrong, and a hint saying what to
 * do about it. The CLI prints both on one line and exits 2.
 */
export class HintedError extends Error {
  /** What to do about it. */
  readonly hint: string;

  constructor(message: string, hint: string) {
    super(message);
    this.hint = hint;
  }
}

/**
 * Misuse or bad configuration: thrown (not a diagnostic), caught by the CLI,
 * printed as one line with a hint, exit code 2.
 */
export class ConfigError extends Error {
  override name = 'ConfigError';
  /** What to do about it. */
  readonly hint: string;

  constructor(message: string, hint: string) {
    super(message);
    this.hint = hint;
  }
}

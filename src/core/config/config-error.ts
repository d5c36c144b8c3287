import { HintedError } from '../diagnostics/hinted-error.ts';

/**
 * Misuse or bad configuration: thrown (not a diagnostic), caught by the CLI,
 * printed as one line with a hint, exit code 2.
 */
export class ConfigError extends HintedError {
  override name = 'ConfigError';
}

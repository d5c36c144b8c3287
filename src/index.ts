/**
 * The programmatic API of statusdocs (`import … from 'statusdocs'`): check a
 * folder of status docs as `statusdocs check` does, and format the result
 * with any of its reporters. The Astro integration is `statusdocs/astro`.
 */
export {
  checkProject,
  type CheckedProject,
  type CheckProjectOptions,
} from './core/check/check-project.ts';
export { loadConfig, type LoadedConfig } from './core/config/load-config.ts';
export { ConfigError } from './core/config/config-error.ts';
export type { ResolvedConfig, UserConfig } from './core/config/config-schema.ts';
export {
  FORMATS,
  formatResult,
  isFormat,
  summarize,
  type Format,
  type Summary,
} from './core/report/index.ts';
export type { Diagnostic } from './core/diagnostics/report.ts';
export type { Severity } from './core/diagnostics/severity.ts';
export { main as runCli } from './cli/main.ts';
export type { CliIo } from './cli/io.ts';

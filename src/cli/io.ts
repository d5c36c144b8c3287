import { HintedError } from '../core/diagnostics/hinted-error.ts';

/** What a command may touch of the outside world; injected so tests run in-process. */
export interface CliIo {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stdout is a terminal (colors). */
  isTTY: boolean;
  /** The terminal's width when stdout is one, for wrapping; absent when piped. */
  columns?: number;
}

/** Documented exit codes. */
export const EXIT = {
  /** No error-level problem. */
  ok: 0,
  /** Error-level problems, or more warnings than `--max-warnings`. */
  problems: 1,
  /** Usage or configuration error. */
  usage: 2,
} as const;

/** Wrong arguments: printed as one line with a hint, exit code 2. */
export class UsageError extends HintedError {
  override name = 'UsageError';
}

/** Whether to color output: a terminal, and neither `NO_COLOR` nor `FORCE_COLOR=0`. */
export function useColor(io: CliIo): boolean {
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  return io.isTTY;
}

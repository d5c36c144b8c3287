import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Absolute path of test/fixtures. */
export const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
const BIN = fileURLToPath(new URL('../../bin/statusdocs.mjs', import.meta.url));

/** The outcome of one CLI run. */
export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Spawn the real CLI, as a user would, with the Node running the tests. */
export function runCli(
  args: string[],
  options: { cwd?: string; env?: Record<string, string>; timeout?: number } = {},
): CliRun {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? FIXTURES,
    env: {
      ...process.env,
      NO_COLOR: '',
      FORCE_COLOR: '',
      STATUSDOCS_TODAY: '2026-11-21',
      ...options.env,
    },
    encoding: 'utf8',
    // A hang is a failure with a reason, not a stuck test run.
    ...(options.timeout === undefined ? {} : { timeout: options.timeout, killSignal: 'SIGKILL' }),
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

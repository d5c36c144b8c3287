import { fileURLToPath } from 'node:url';
import { glob } from 'tinyglobby';
import { checkDocs } from '../../../src/core/check/check-docs.ts';
import type { CheckResult } from '../../../src/core/check/check-result.ts';
import { configSchema, type UserConfig } from '../../../src/core/config/config-schema.ts';
import { readDocs } from '../../../src/core/load/read-docs.ts';
import type { SetFacts, SetRule } from '../../../src/core/rules/rule.ts';

/** Absolute path of `test/fixtures/<folder>`. */
export function fixtureRoot(folder: string): string {
  return fileURLToPath(new URL(`../../fixtures/${folder}`, import.meta.url));
}

/**
 * Check a fixture folder as a doc set with only `rules` (no per-doc rules),
 * under the default config or `userConfig` (to turn on an opt-in rule).
 * Facts list the folder's files; renames are given explicitly, never read
 * from this repository's own history.
 */
export async function checkFixtureSet(
  folder: string,
  rules: readonly SetRule[],
  renames?: SetFacts['renames'],
  userConfig: UserConfig = {},
): Promise<CheckResult> {
  const root = fixtureRoot(folder);
  const config = configSchema.parse(userConfig);
  const sources = await readDocs(root, {
    include: config.include,
    exclude: config.exclude,
    limits: config.limits,
  });
  const files = new Set(await glob(['**/*'], { cwd: root, dot: true, onlyFiles: true }));
  return checkDocs(sources, {
    root,
    config,
    today: '2026-11-21',
    rules: [],
    setRules: rules,
    facts: renames ? { files, renames } : { files },
  });
}

/** Every message as `path:line:column rule-id reason`, in result order. */
export function linesOf(result: CheckResult): string[] {
  return result.files.flatMap((file) =>
    file.messages.map(
      (message) =>
        `${file.path}:${message.line ?? 0}:${message.column ?? 0} ${message.ruleId ?? ''} ${message.reason}`,
    ),
  );
}

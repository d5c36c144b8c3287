import { checkProject } from '../../core/check/check-project.ts';
import type { CheckedFile } from '../../core/check/check-result.ts';
import type { ResolvedConfig } from '../../core/config/config-schema.ts';
import { loadConfig } from '../../core/config/load-config.ts';
import type { CliIo } from '../io.ts';
import {
  assertEveryTargetMatched,
  assertFolder,
  resolveTargets,
  targetScope,
} from '../resolve-targets.ts';
import { changeFiles, type PlannedChange } from './change-files.ts';
import { toDisplayRoot, today } from './check.ts';

/** A project checked for `fix` or `import`, for their planners. */
export interface CheckedForChange {
  /** Absolute content root. */
  root: string;
  config: ResolvedConfig;
  today: string;
  /** Every checked doc, the ones not asked for included (links are judged across all). */
  files: readonly CheckedFile[];
}

/** What `fix` or `import` wants done to one checked doc. */
export type PlanChange = (file: CheckedFile) => Omit<PlannedChange, 'source'>;

/**
 * The run `fix` and `import` share: load the config, check the targets'
 * content root once, plan a change for each doc asked for (`plan` is given
 * the checked project once), then show or write the changes (see
 * `changeFiles`). Returns the exit code.
 */
export async function checkAndChange(
  command: 'fix' | 'import',
  run: {
    positionals: readonly string[];
    values: { config?: string; write: boolean; force: boolean; reencode: boolean };
    io: CliIo;
  },
  plan: (checked: CheckedForChange) => PlanChange,
): Promise<number> {
  const { positionals, values, io } = run;
  const loaded = await loadConfig(io.cwd, values.config);
  const { config } = loaded;
  const targets = await resolveTargets(io.cwd, positionals, targetScope(loaded), command);
  const root = targets.root;
  await assertFolder(root, command);
  const day = today(io);
  const { result } = await checkProject(root, config, day);
  assertEveryTargetMatched(
    targets,
    result.files.map((file) => file.path),
    command,
  );
  const planFile = plan({ root, config, today: day, files: result.files });
  const changes: PlannedChange[] = result.files.flatMap((file) =>
    targets.selects && !targets.selects(file.path)
      ? []
      : [{ source: file.source, ...planFile(file) }],
  );
  const { write, force, reencode } = values;
  const displayRoot = toDisplayRoot(io.cwd, root);
  return changeFiles(changes, { root, displayRoot, write, force, reencode, command }, io);
}

import { z } from 'zod';
import type { CheckResult } from '../check/check-result.ts';
import { describeMessage } from './describe-message.ts';
import { displayPath } from './display-path.ts';
import { fingerprintOf } from './fingerprint.ts';

/** One recorded finding of a baseline. */
const baselineEntrySchema = z.object({
  /** The rule that reported it. */
  rule: z.string(),
  /** {@link fingerprintOf} the finding. */
  fingerprint: z.string(),
  /** The message when it was recorded, for people reviewing the file; not matched. */
  message: z.string().optional(),
});

/**
 * A baseline (`check --write-baseline FILE`): the findings a project accepts
 * for now, per file as the user sees the path. A finding is suppressed when
 * its file, rule and fingerprint match an entry not used yet, so two equal
 * findings need two entries.
 */
export const baselineSchema = z.object({
  /** Format version of the file. */
  version: z.literal(1),
  /** Findings by path (as shown in reports), sorted. */
  files: z.record(z.string(), z.array(baselineEntrySchema)),
});

/** A parsed baseline file. */
export type Baseline = z.infer<typeof baselineSchema>;

/** Today's findings of a result as a baseline; paths joined to `displayRoot`. */
export function buildBaseline(result: CheckResult, displayRoot?: string): Baseline {
  const files: Baseline['files'] = {};
  for (const file of [...result.files].sort((a, b) => (a.path < b.path ? -1 : 1))) {
    if (file.messages.length === 0) continue;
    files[displayPath(file.path, displayRoot)] = file.messages.map(describeMessage).map((m) => ({
      rule: m.ruleId ?? '',
      fingerprint: fingerprintOf(m),
      message: m.message,
    }));
  }
  return { version: 1, files };
}

/** A baseline as written to disk: 2-space JSON with a trailing newline. */
export function formatBaseline(baseline: Baseline): string {
  return `${JSON.stringify(baseline, null, 2)}\n`;
}

/** Read a baseline file's text; `undefined` when it is not a statusdocs baseline. */
export function parseBaseline(text: string): Baseline | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  const parsed = baselineSchema.safeParse(data);
  return parsed.success ? parsed.data : undefined;
}

/**
 * The result without the findings the baseline records, and how many were
 * suppressed. Pure: the result given is not changed.
 */
export function applyBaseline(
  result: CheckResult,
  baseline: Baseline,
  displayRoot?: string,
): { result: CheckResult; suppressed: number } {
  let suppressed = 0;
  const files = result.files.map((file) => {
    const left = new Map<string, number>();
    for (const entry of baseline.files[displayPath(file.path, displayRoot)] ?? []) {
      const key = `${entry.rule}\u0000${entry.fingerprint}`;
      left.set(key, (left.get(key) ?? 0) + 1);
    }
    if (left.size === 0) return file;
    const messages = file.messages.filter((message) => {
      const fields = describeMessage(message);
      const key = `${fields.ruleId ?? ''}\u0000${fingerprintOf(fields)}`;
      const remaining = left.get(key) ?? 0;
      if (remaining === 0) return true;
      left.set(key, remaining - 1);
      suppressed++;
      return false;
    });
    return { ...file, messages };
  });
  return { result: { ...result, files }, suppressed };
}

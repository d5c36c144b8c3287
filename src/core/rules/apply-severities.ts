import picomatch from 'picomatch';
import type { ResolvedConfig, SeveritySetting } from '../config/config-schema.ts';
import type { Diagnostic } from './report.ts';
import { isRuleId, type RuleId } from './rule-ids.ts';
import { DEFAULT_SEVERITY, fatalOf, STRICT_SEVERITY } from './severity.ts';

/** Decides the severity of a rule for a path: default (or the `strict` preset), then `rules`, then matching `overrides`. */
export type SeverityResolver = (ruleId: RuleId, path: string) => SeveritySetting;

/** Build a {@link SeverityResolver} from config; globs are compiled once. */
export function createSeverityResolver(config: ResolvedConfig): SeverityResolver {
  const overrides = config.overrides.map((override) => ({
    matches: picomatch(override.files, { dot: true }),
    rules: override.rules,
  }));
  return (ruleId, path) => {
    let setting = baseSeverity(config, ruleId);
    for (const override of overrides) {
      const overridden = override.rules[ruleId];
      if (overridden && override.matches(path)) setting = overridden;
    }
    return setting;
  };
}

/** A rule's setting before `overrides`: the `rules` entry, else the `strict` preset's, else the default. */
function baseSeverity(config: ResolvedConfig, ruleId: RuleId): SeveritySetting {
  const preset = config.preset === 'strict' ? STRICT_SEVERITY[ruleId] : undefined;
  return config.rules[ruleId] ?? preset ?? DEFAULT_SEVERITY[ruleId];
}

/**
 * Whether a rule is off for every path (off by default or in `rules`, and
 * no override turns it on anywhere): its findings would all be dropped, so
 * the check does not run it. The check cache is keyed by the config, so
 * turning a rule on never reads results computed without it.
 */
export function isRuleOff(config: ResolvedConfig, ruleId: RuleId): boolean {
  return (
    baseSeverity(config, ruleId) === 'off' &&
    config.overrides.every((override) => (override.rules[ruleId] ?? 'off') === 'off')
  );
}

/**
 * Set each message's severity from config, drop messages of rules turned
 * off, and sort by position then rule id, so output is stable.
 */
export function applySeverities(
  messages: readonly Diagnostic[],
  path: string,
  resolve: SeverityResolver,
): Diagnostic[] {
  const kept: Diagnostic[] = [];
  for (const message of messages) {
    const ruleId = message.ruleId ?? '';
    const setting = isRuleId(ruleId) ? resolve(ruleId, path) : 'error';
    if (setting === 'off') continue;
    message.fatal = fatalOf(message.ceiling ?? setting);
    kept.push(message);
  }
  return kept.sort(compareMessages);
}

function compareMessages(a: Diagnostic, b: Diagnostic): number {
  return (
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    (a.ruleId ?? '').localeCompare(b.ruleId ?? '') ||
    a.reason.localeCompare(b.reason)
  );
}

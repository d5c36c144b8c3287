import type { Log, Region, ReportingDescriptor, Result } from 'sarif';
import type { CheckResult } from '../check/check-result.ts';
import type { Severity } from '../diagnostics/severity.ts';
import { describeMessage, type MessageFields } from './describe-message.ts';
import { displayPath } from './display-path.ts';
import { fingerprintOf } from './fingerprint.ts';
import type { ReportOptions } from './reporter.ts';

/** The schema the `sarif` output follows (OASIS SARIF 2.1.0, errata 01). */
export const SARIF_SCHEMA_URL =
  'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

const INFORMATION_URI = 'https://github.com/statusdocs/statusdocs';
const LEVELS: Record<Severity, Result.level> = { error: 'error', warning: 'warning', info: 'note' };

/**
 * A SARIF 2.1.0 log for code scanning (GitHub, Azure DevOps, IDE viewers):
 * one run, one `reportingDescriptor` per rule that reported, one result per
 * finding. URIs are relative to `%SRCROOT%` (the repository root): pass the
 * content root's location as `displayRoot`. Columns are UTF-16 code units,
 * as in the unist positions rules report.
 */
export function formatSarif(result: CheckResult, options: ReportOptions = {}): string {
  const findings = result.files.flatMap((file) =>
    file.messages.map((message) => ({
      uri: toUri(displayPath(file.path, options.displayRoot)),
      message: describeMessage(message),
    })),
  );
  const rules = collectRules(
    findings.map((finding) => finding.message),
    options,
  );
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const log: Log = {
    $schema: SARIF_SCHEMA_URL,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'statusdocs',
            ...(options.toolVersion === undefined ? {} : { version: options.toolVersion }),
            informationUri: INFORMATION_URI,
            rules,
          },
        },
        columnKind: 'utf16CodeUnits',
        results: findings.map(({ uri, message }) => toResult(uri, message, ruleIndex)),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/** One descriptor per rule id that reported, sorted by id. */
function collectRules(messages: MessageFields[], options: ReportOptions): ReportingDescriptor[] {
  const urls = new Map<string, string | null>();
  for (const message of messages) {
    if (message.ruleId !== null && !urls.has(message.ruleId)) urls.set(message.ruleId, message.url);
  }
  return [...urls.keys()].sort().map((id) => {
    const url = urls.get(id);
    const text = options.ruleDescriptions?.[id] ?? inWords(id);
    return { id, ...(url ? { helpUri: url } : {}), shortDescription: { text } };
  });
}

function toResult(uri: string, message: MessageFields, ruleIndex: Map<string, number>): Result {
  const index = message.ruleId === null ? undefined : ruleIndex.get(message.ruleId);
  return {
    ...(message.ruleId === null ? {} : { ruleId: message.ruleId, ruleIndex: index }),
    level: LEVELS[message.severity],
    message: { text: message.message },
    // Lets code scanning (and baselines) follow a finding when lines move above it.
    partialFingerprints: { 'statusdocs/v1': fingerprintOf(message) },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri, uriBaseId: '%SRCROOT%' },
          ...(message.line === null ? {} : { region: toRegion(message) }),
        },
      },
    ],
  };
}

function toRegion(message: MessageFields): Region {
  const region: Region = {};
  if (message.line !== null) region.startLine = message.line;
  if (message.column !== null) region.startColumn = message.column;
  if (message.endLine !== null) region.endLine = message.endLine;
  if (message.endColumn !== null) region.endColumn = message.endColumn;
  return region;
}

/** A relative URI reference: each path segment percent-encoded (spaces, `#`, non-ASCII). */
function toUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/** `missing-heading` → `Missing heading`. */
function inWords(ruleId: string): string {
  const words = ruleId.replaceAll('-', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

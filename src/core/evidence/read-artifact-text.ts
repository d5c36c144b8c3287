import type { Artifact, ArtifactFormat, ParseOutcome } from './artifact.ts';
import { parseCobertura } from './parse-cobertura.ts';
import { parseCoveragePy, parseIstanbulSummary } from './parse-coverage-json.ts';
import { parseJUnit } from './parse-junit.ts';
import { parseLcov } from './parse-lcov.ts';

/** What an artifact's text holds, before its path and date are known. */
type ArtifactBody = Pick<Artifact, 'format' | 'tests' | 'coverage'> & { timestamp?: string };

/**
 * Which format a file is, from its name and first bytes: XML by its root
 * element (`<testsuites>`/`<testsuite>` JUnit, `<coverage>` Cobertura),
 * JSON by its keys (`total` Istanbul summary, `files` + `totals`
 * coverage.py), LCOV by its `SF:`/`TN:` records. Undefined when none fits.
 */
export function detectFormat(path: string, text: string): ArtifactFormat | undefined {
  const head = text.slice(0, 4096).replace(/<\?xml[^>]*\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>/g, '');
  const root = /<\s*([\w:-]+)/.exec(head)?.[1];
  if (root === 'testsuites' || root === 'testsuite') return 'junit';
  if (root === 'coverage') return 'cobertura';
  const trimmed = head.trimStart();
  if (trimmed.startsWith('{')) {
    if (/"meta"\s*:|"totals"\s*:/.test(text.slice(0, 1_000_000))) return 'coverage-py';
    if (/"total"\s*:/.test(text)) return 'istanbul';
    return /coverage-summary/i.test(path) ? 'istanbul' : 'coverage-py';
  }
  if (/^(?:TN|SF):/m.test(head)) return 'lcov';
  return undefined;
}

/** Parse an artifact's text as the format it is. */
export function readArtifactText(path: string, text: string): ParseOutcome<ArtifactBody> {
  const format = detectFormat(path, text);
  switch (format) {
    case 'junit':
      return map(parseJUnit(text), ({ tests, timestamp }) => ({ format, tests, timestamp }));
    case 'cobertura':
      return map(parseCobertura(text), ({ coverage, timestamp }) => ({
        format,
        coverage,
        timestamp,
      }));
    case 'istanbul':
      return map(parseIstanbulSummary(text), ({ coverage }) => ({ format, coverage }));
    case 'coverage-py':
      return map(parseCoveragePy(text), ({ coverage, timestamp }) => ({
        format,
        coverage,
        timestamp,
      }));
    case 'lcov':
      return map(parseLcov(text), (coverage) => ({ format, coverage }));
    default:
      return {
        ok: false,
        line: 1,
        column: 1,
        reason:
          'not a format statusdocs reads (JUnit XML, LCOV, Cobertura XML, Istanbul coverage-summary.json, coverage.py JSON)',
      };
  }
}

function map<T>(
  outcome: ParseOutcome<T>,
  change: (value: T) => ArtifactBody,
): ParseOutcome<ArtifactBody> {
  if (!outcome.ok) return outcome;
  const value: ArtifactBody = change(outcome.value);
  if (value.timestamp === undefined) delete value.timestamp;
  return { ok: true, value };
}

import type { ParseOutcome, TestRun } from './artifact.ts';
import { attribute, children, hasChild, parseXml, type XmlNode } from './parse-xml.ts';

/** A JUnit report read: its counts and the newest suite timestamp. */
export interface JUnitReport {
  tests: TestRun;
  /** Newest `timestamp` of a `<testsuite>` or `<testsuites>`, as written (ISO 8601), if any. */
  timestamp?: string;
}

/**
 * Read JUnit XML as pytest, Jest/Vitest, Node's test runner, go-junit-report
 * and Maven Surefire write it: a `<testsuites>` or a single `<testsuite>`
 * root, suites nested at any depth. Counts come from the `<testcase>`
 * elements themselves, not the suites' `tests`/`failures` attributes, which
 * some runners omit (Node) or count differently: a test case with a
 * `<failure>` failed, with an `<error>` errored, with a `<skipped>` was
 * skipped, otherwise it passed.
 */
export function parseJUnit(text: string): ParseOutcome<JUnitReport> {
  const parsed = parseXml(text);
  if (!parsed.ok) return parsed;
  const roots = [...children(parsed.value, 'testsuites'), ...children(parsed.value, 'testsuite')];
  if (roots.length === 0) {
    return {
      ok: false,
      line: 1,
      column: 1,
      reason: 'not JUnit XML (no `<testsuites>` or `<testsuite>` root element)',
    };
  }
  const tests: TestRun = { passed: 0, failed: 0, errors: 0, skipped: 0, total: 0 };
  const stamps: string[] = [];
  const stack: XmlNode[] = [...roots];
  for (let node = stack.pop(); node; node = stack.pop()) {
    const stamp = attribute(node, 'timestamp');
    if (stamp && !Number.isNaN(Date.parse(stamp))) stamps.push(stamp);
    stack.push(...children(node, 'testsuite'));
    for (const testCase of children(node, 'testcase')) count(tests, testCase);
  }
  const timestamp = stamps.sort().at(-1);
  return { ok: true, value: timestamp ? { tests, timestamp } : { tests } };
}

function count(tests: TestRun, testCase: XmlNode): void {
  tests.total += 1;
  if (hasChild(testCase, 'failure')) tests.failed += 1;
  else if (hasChild(testCase, 'error')) tests.errors += 1;
  else if (hasChild(testCase, 'skipped')) tests.skipped += 1;
  else tests.passed += 1;
}

// Produces test/fixtures/evidence-python/ with real test runners: a small
// Python project tested by pytest (JUnit XML: 45 passed, 5 failed) under
// coverage.py (LCOV and JSON: `src/auth.py` 12 of its 40 lines, 60.0% in
// all). Needs a Python with pytest and coverage: `PYTHON=/path/to/python
// node_modules/.bin/node scripts/make-python-evidence-fixture.mjs` (default
// `python3`). Timestamps in the output vary from run to run; counts do not.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const here = path.dirname(new URL(import.meta.url).pathname);
const out = path.resolve(here, '../test/fixtures/evidence-python');
const python = process.env.PYTHON ?? 'python3';
const work = mkdtempSync(path.join(tmpdir(), 'statusdocs-evidence-py-'));

/** `count` functions of five lines each (a def and four statements), no blank line. */
function functions(prefix, count) {
  return Array.from({ length: count }, (_, n) =>
    [
      `def ${prefix}_${n}(value):`,
      `    doubled = value * 2`,
      `    shifted = doubled + ${n}`,
      `    checked = max(shifted, 0)`,
      `    return checked`,
    ].join('\n'),
  ).join('\n');
}

const files = {
  // 8 functions, 40 lines; the tests call one: 8 defs + 4 lines run = 12 of 40.
  'src/auth.py': `${functions('auth', 8)}\n`,
  // 12 functions, 60 lines; the tests call nine: 12 + 36 = 48 of 60.
  'src/cart.py': `${functions('cart', 12)}\n`,
  'tests/test_app.py': [
    'import pytest',
    'from src import auth, cart',
    '',
    '',
    "@pytest.mark.parametrize('n', range(45))",
    'def test_passes(n):',
    '    assert auth.auth_0(n) >= 0',
    '    for index in range(9):',
    "        assert getattr(cart, f'cart_{index}')(n) >= 0",
    '',
    '',
    "@pytest.mark.parametrize('n', range(5))",
    'def test_fails(n):',
    '    assert cart.cart_0(n) == -1',
    '',
  ].join('\n'),
};

try {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(work, name)), { recursive: true });
    writeFileSync(path.join(work, name), text);
  }
  const run = (args) => {
    try {
      execFileSync(python, args, { cwd: work, stdio: 'pipe' });
    } catch {
      // Five tests fail on purpose: pytest exits 1.
    }
  };
  mkdirSync(path.join(work, 'reports'));
  mkdirSync(path.join(work, 'coverage'));
  run([
    '-m',
    'coverage',
    'run',
    '--source=src',
    '-m',
    'pytest',
    '-q',
    '-p',
    'no:cacheprovider',
    '--junitxml=reports/junit.xml',
    'tests',
  ]);
  run(['-m', 'coverage', 'lcov', '-o', 'coverage/lcov.info']);
  run(['-m', 'coverage', 'json', '-o', 'coverage.json']);
  rmSync(out, { recursive: true, force: true });
  for (const name of [
    'src/auth.py',
    'src/cart.py',
    'tests/test_app.py',
    'reports/junit.xml',
    'coverage/lcov.info',
    'coverage.json',
  ]) {
    mkdirSync(path.dirname(path.join(out, name)), { recursive: true });
    cpSync(path.join(work, name), path.join(out, name));
  }
  console.log(`wrote ${out}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

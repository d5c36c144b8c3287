// Produces the CI artifacts of test/fixtures/evidence-artifacts/ with real
// test runners, so the evidence readers are tested on what runners write,
// not on hand-made XML: Node's test runner (JUnit XML and LCOV with
// coverage) and Vitest's JUnit reporter, over a small project made here in
// a temp folder. Run with the pinned Node: `node_modules/.bin/node
// scripts/make-evidence-fixtures.mjs`. Timings and dates in the output vary
// from run to run; the counts do not.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const here = path.dirname(new URL(import.meta.url).pathname);
const repo = path.resolve(here, '..');
const out = path.join(repo, 'test/fixtures/evidence-artifacts');
const work = mkdtempSync(path.join(tmpdir(), 'statusdocs-evidence-'));

const files = {
  'package.json': '{ "name": "sample", "type": "module", "private": true }\n',
  'src/cart.js': [
    'export function total(items) {',
    '  let sum = 0;',
    '  for (const item of items) sum += item.price * item.quantity;',
    '  return sum;',
    '}',
    '',
    'export function discount(sum, code) {',
    "  if (code === 'HALF') return sum / 2;",
    "  if (code === 'TENOFF') return Math.max(0, sum - 10);",
    '  return sum;',
    '}',
    '',
  ].join('\n'),
  'src/auth.js': [
    'export function login(user, password) {',
    '  if (!user) throw new Error("no user");',
    '  if (password.length < 8) return { ok: false, reason: "short" };',
    '  return { ok: true, token: user + "-token" };',
    '}',
    '',
    'export function logout(session) {',
    '  if (!session) return false;',
    '  session.closed = true;',
    '  return true;',
    '}',
    '',
    'export function refresh(session) {',
    '  if (!session || session.closed) return null;',
    '  return { ...session, renewed: true };',
    '}',
    '',
  ].join('\n'),
  'test/cart.test.js': [
    "import { test } from 'node:test';",
    "import assert from 'node:assert/strict';",
    "import { total, discount } from '../src/cart.js';",
    '',
    "test('total adds prices', () => assert.equal(total([{ price: 2, quantity: 3 }]), 6));",
    "test('total of nothing', () => assert.equal(total([]), 0));",
    "test('half off', () => assert.equal(discount(10, 'HALF'), 5));",
    "test('ten off never negative', () => assert.equal(discount(5, 'TENOFF'), 0));",
    "test('unknown code', () => assert.equal(discount(5, 'NOPE'), 4));",
    "test('bulk pricing', { skip: 'not built yet' }, () => {});",
    '',
  ].join('\n'),
  'test/auth.test.js': [
    "import { test } from 'node:test';",
    "import assert from 'node:assert/strict';",
    "import { login } from '../src/auth.js';",
    '',
    "test('login works', () => assert.equal(login('ann', 'password1').ok, true));",
    "test('short password', () => assert.equal(login('ann', 'pw').ok, false));",
    "test('token format', () => assert.equal(login('ann', 'password1').token, 'ann:token'));",
    '',
  ].join('\n'),
  'vitest/cart.test.js': [
    "import { expect, test } from 'vitest';",
    "import { total, discount } from '../src/cart.js';",
    '',
    "test('total adds prices', () => expect(total([{ price: 2, quantity: 3 }])).toBe(6));",
    "test('half off', () => expect(discount(10, 'HALF')).toBe(5));",
    "test('unknown code', () => expect(discount(5, 'NOPE')).toBe(4));",
    "test.skip('bulk pricing', () => {});",
    '',
  ].join('\n'),
};

try {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(work, name)), { recursive: true });
    writeFileSync(path.join(work, name), text);
  }
  const run = (command, args) => {
    try {
      execFileSync(command, args, { cwd: work, stdio: 'pipe' });
    } catch {
      // The sample has failing tests on purpose: the runners exit 1.
    }
  };
  run(process.execPath, [
    '--test',
    '--experimental-test-coverage',
    '--test-coverage-include=src/**',
    '--test-reporter=junit',
    '--test-reporter-destination=node-junit.xml',
    '--test-reporter=lcov',
    '--test-reporter-destination=lcov.info',
    'test/cart.test.js',
    'test/auth.test.js',
  ]);
  run(process.execPath, [
    path.join(repo, 'node_modules/vitest/vitest.mjs'),
    'run',
    '--root',
    work,
    '--dir',
    'vitest',
    '--reporter=junit',
    '--outputFile=vitest-junit.xml',
  ]);
  mkdirSync(out, { recursive: true });
  for (const name of ['node-junit.xml', 'lcov.info', 'vitest-junit.xml']) {
    copyFileSync(path.join(work, name), path.join(out, name));
  }
  for (const name of ['src/cart.js', 'src/auth.js']) {
    mkdirSync(path.dirname(path.join(out, 'project', name)), { recursive: true });
    copyFileSync(path.join(work, name), path.join(out, 'project', name));
  }
  console.log(`wrote ${out}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

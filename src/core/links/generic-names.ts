import { posix } from 'node:path';

/**
 * File stems that many folders of one repository share, or that name a role
 * rather than a document (`README`, `index`, `api`, `main`, `config`,
 * `Dockerfile`). A reference to one of these names says little about which
 * file is meant, so a unique-name match, a same-name fix or a did-you-mean
 * never rests on them.
 */
const GENERIC = new Set([
  '__init__',
  'agents',
  'api',
  'app',
  'architecture',
  'changelog',
  'claude',
  'cli',
  'client',
  'config',
  'context',
  'contributing',
  'design',
  'dockerfile',
  'gemini',
  'guide',
  'handoff',
  'index',
  'license',
  'main',
  'makefile',
  'models',
  'notes',
  'overview',
  'package',
  'plan',
  'readme',
  'requirements',
  'research',
  'roadmap',
  'schema',
  'security',
  'server',
  'settings',
  'setup',
  'skill',
  'spec',
  'status',
  'summary',
  'tasks',
  'test',
  'tests',
  'todo',
  'tsconfig',
  'types',
  'utils',
  'verification',
]);

/** The stem of a file name: its name without the last extension, lower-cased. */
export function stemOf(path: string): string {
  const name = posix.basename(path).toLowerCase();
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

/**
 * Whether a file name is generic: a shared role name (see above, also with a
 * leading dot, as in `.pylintrc`) or too short to single a file out (a stem
 * of fewer than four characters, `a.md`, `api.py`).
 */
export function isGenericName(path: string): boolean {
  const stem = stemOf(path).replace(/^\.+/, '');
  return stem.length < 4 || GENERIC.has(stem) || GENERIC.has(stem.replace(/[-_.]/g, ''));
}

/**
 * Whether a bare file name is a role name: generic, or one word without
 * digits (`STAGE.md`, `BLOCKED.md`, `PHILOSOPHY.md`), the way tools and
 * other projects name their files. Doc names have several words or an id
 * (`ROLLOUT-PLAN-042.md`, `SESSION_NOTES.md`).
 */
export function isRoleName(name: string): boolean {
  return isGenericName(name) || /^\p{L}+$/u.test(stemOf(name).replace(/^\.+/, ''));
}

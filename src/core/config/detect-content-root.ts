import { stat } from 'node:fs/promises';
import path from 'node:path';

/** Where zero config finds the status docs of a project, and what it skips there. */
export interface DetectedContent {
  /** Content root, relative to the project: `content`, `docs` or `.`. */
  content: string;
  /** Globs to skip on top of the config's `exclude`: build output and vendored code when the root is the repository itself. */
  exclude: string[];
}

/**
 * Folders of a repository root that hold no status docs of the project:
 * dependencies vendored in, build output, caches, and GitHub's issue and
 * pull request templates. `node_modules`, `.git` and `dist` are skipped
 * everywhere already.
 */
export const REPO_ROOT_EXCLUDE = [
  'vendor/**',
  'third_party/**',
  'third-party/**',
  'external/**',
  'build/**',
  'out/**',
  'lib/**',
  'target/**',
  'coverage/**',
  '.github/**',
  '.next/**',
  '.nuxt/**',
  '.cache/**',
  '.venv/**',
  'venv/**',
] as const;

/**
 * The content root zero config uses: `content/` when the project has one
 * (statusdocs' own convention), else `docs/`, else the repository root,
 * skipping {@link REPO_ROOT_EXCLUDE} there.
 */
export async function detectContentRoot(projectRoot: string): Promise<DetectedContent> {
  for (const folder of ['content', 'docs']) {
    if (await isDirectory(path.join(projectRoot, folder))) return { content: folder, exclude: [] };
  }
  return { content: '.', exclude: [...REPO_ROOT_EXCLUDE] };
}

async function isDirectory(file: string): Promise<boolean> {
  const stats = await stat(file).catch(() => undefined);
  return stats?.isDirectory() === true;
}

import { lstatSync, readFileSync } from 'node:fs';
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { report } from '../rules/report.ts';
import { discoverDocs } from './discover-docs.ts';
import {
  emptySourceDoc,
  parseSourceDoc,
  tooLargeDoc,
  type LoadLimits,
} from './parse-source-doc.ts';
import type { SourceDoc } from './source-doc.ts';

/** What {@link readDocs} needs to know. */
export interface ReadDocsOptions {
  include: readonly string[];
  exclude: readonly string[];
  limits: LoadLimits;
  /** Turns bytes into a doc; `parseSourceDoc` unless a cache answers unchanged files. */
  parse?: typeof parseSourceDoc;
}

const CONCURRENCY = 32;

/**
 * Read and parse every doc under `root`. I/O happens here and nowhere else in
 * the load stage. A file that cannot be read becomes a doc with a message,
 * so one bad file never hides the others.
 */
export async function readDocs(root: string, options: ReadDocsOptions): Promise<SourceDoc[]> {
  const paths = await discoverDocs(root, options.include, options.exclude);
  const docs: SourceDoc[] = new Array<SourceDoc>(paths.length);
  let next = 0;
  async function worker(): Promise<void> {
    while (next < paths.length) {
      const index = next++;
      const relative = paths[index] ?? '';
      docs[index] = await readDoc(root, relative, options.limits, options.parse);
    }
  }
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, paths.length) }, worker));
  return docs;
}

async function readDoc(
  root: string,
  relative: string,
  limits: LoadLimits,
  parse = parseSourceDoc,
): Promise<SourceDoc> {
  const absolute = path.join(root, relative);
  try {
    // Synchronous stat and read: for thousands of small files they cost a
    // fraction of the promise versions, which go through the thread pool.
    let stats = lstatSync(absolute);
    // Discovery does not list symbolic links; this guards paths that became
    // links between discovery and reading.
    if (stats.isSymbolicLink()) {
      const target = await realpath(absolute);
      const realRoot = await realpath(root);
      if (path.relative(realRoot, target).startsWith('..')) {
        const doc = emptySourceDoc(relative, root);
        report(
          doc.file,
          'outside-root',
          `\`${relative}\` is a symbolic link to a file outside the content root; it was not read`,
          { line: 1, column: 1 },
        );
        return doc;
      }
      stats = lstatSync(target);
    }
    if (stats.size > limits.maxFileSize) {
      // Do not read a huge file into memory only to skip it.
      return tooLargeDoc(relative, stats.size, root, limits);
    }
    return parse(relative, readFileSync(absolute), root, limits);
  } catch (error) {
    const doc = emptySourceDoc(relative, root);
    report(
      doc.file,
      'missing-file',
      `Cannot read \`${relative}\`: ${(error as NodeJS.ErrnoException).code ?? 'unknown error'}; check its permissions`,
      { line: 1, column: 1 },
    );
    return doc;
  }
}

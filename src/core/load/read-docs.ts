import { lstatSync, readFileSync } from 'node:fs';
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { report } from '../diagnostics/report.ts';
import { discoverDocs } from './discover-docs.ts';
import {
  emptySourceDoc,
  parseSourceDoc,
  tooLargeDoc,
  type LoadLimits,
} from './parse-source-doc.ts';
import type { SourceDoc } from './source-doc.ts';

/** What {@link readDocs} needs to know. */
export interface ReadDocsOptions<Read = SourceDoc> {
  include: readonly string[];
  exclude: readonly string[];
  limits: LoadLimits;
  /**
   * What each doc becomes as soon as it is read (a caller checking docs as
   * they come in); the parsed doc itself by default. `parse` gets the bytes
   * (`parseSourceDoc`, or a cache answering unchanged files), `adopt` a doc
   * that could not be read or parsed.
   */
  load?: DocLoader<Read>;
}

/** Turns a read file into what {@link readDocs} returns. */
export interface DocLoader<Read> {
  parse: (path: string, bytes: Uint8Array, cwd: string, limits: LoadLimits) => Read | Promise<Read>;
  adopt: (source: SourceDoc) => Read;
}

const PARSE: DocLoader<SourceDoc> = { parse: parseSourceDoc, adopt: (source) => source };

const CONCURRENCY = 32;

/**
 * Read and parse every doc under `root`. I/O happens here and nowhere else in
 * the load stage. A file that cannot be read becomes a doc with a message,
 * so one bad file never hides the others.
 */
export async function readDocs(root: string, options: ReadDocsOptions): Promise<SourceDoc[]>;
export async function readDocs<Read>(
  root: string,
  options: ReadDocsOptions<Read> & { load: DocLoader<Read> },
): Promise<Read[]>;
export async function readDocs<Read>(
  root: string,
  options: ReadDocsOptions<Read | SourceDoc>,
): Promise<(Read | SourceDoc)[]> {
  const paths = await discoverDocs(root, options.include, options.exclude);
  const load = options.load ?? PARSE;
  const docs = new Array<Read | SourceDoc>(paths.length);
  let next = 0;
  async function worker(): Promise<void> {
    while (next < paths.length) {
      const index = next++;
      const relative = paths[index] ?? '';
      docs[index] = await readDoc(root, relative, options.limits, load);
    }
  }
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, paths.length) }, worker));
  return docs;
}

async function readDoc<Read>(
  root: string,
  relative: string,
  limits: LoadLimits,
  load: DocLoader<Read>,
): Promise<Read> {
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
        return load.adopt(doc);
      }
      stats = lstatSync(target);
    }
    if (stats.size > limits.maxFileSize) {
      // Do not read a huge file into memory only to skip it.
      return load.adopt(tooLargeDoc(relative, stats.size, root, limits));
    }
    return await load.parse(relative, readFileSync(absolute), root, limits);
  } catch (error) {
    const doc = emptySourceDoc(relative, root);
    report(
      doc.file,
      'missing-file',
      `Cannot read \`${relative}\`: ${(error as NodeJS.ErrnoException).code ?? 'unknown error'}; check its permissions`,
      { line: 1, column: 1 },
    );
    return load.adopt(doc);
  }
}

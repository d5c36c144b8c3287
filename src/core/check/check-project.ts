import path from 'node:path';
import type { ResolvedConfig } from '../config/config-schema.ts';
import { readDocs } from '../load/read-docs.ts';
import type { SourceDoc } from '../load/source-doc.ts';
import { checkDocs } from './check-docs.ts';
import type { CheckResult } from './check-result.ts';

/** A checked project: the result plus the loaded docs, for renderers. */
export interface CheckedProject {
  result: CheckResult;
  sources: SourceDoc[];
}

/**
 * Read every doc under `root` and check it. The one entry point shared by the
 * CLI and the site, so both report exactly the same findings.
 */
export async function checkProject(
  root: string,
  config: ResolvedConfig,
  today: string = new Date().toISOString().slice(0, 10),
): Promise<CheckedProject> {
  const absoluteRoot = path.resolve(root);
  const sources = await readDocs(absoluteRoot, {
    include: config.include,
    exclude: config.exclude,
    limits: config.limits,
  });
  return { result: checkDocs(sources, { root: absoluteRoot, config, today }), sources };
}

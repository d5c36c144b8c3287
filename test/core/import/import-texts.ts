import { checkDocs } from '../../../src/core/check/check-docs.ts';
import { configSchema } from '../../../src/core/config/config-schema.ts';
import { applyFixes } from '../../../src/core/fix/apply-fixes.ts';
import { planImport, type ImportPlan } from '../../../src/core/import/plan-import.ts';
import { buildFileIndex } from '../../../src/core/links/file-index.ts';
import { parseSourceDoc } from '../../../src/core/load/parse-source-doc.ts';
import type { SourceDoc } from '../../../src/core/load/source-doc.ts';
import type { Doc } from '../../../src/core/model/doc.ts';

/** One doc after an import run in memory. */
export interface ImportedDoc {
  source: SourceDoc;
  before: Doc;
  plan: ImportPlan;
  /** The text with the plan applied. */
  text: string;
}

const ROOT = '/project/docs';
const config = configSchema.parse({});

/** Run the pure import pipeline (check, plan, apply) on docs given as bytes by path. */
export function importBytes(files: Record<string, Uint8Array>): ImportedDoc[] {
  const sources = Object.entries(files)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([path, bytes]) => parseSourceDoc(path, bytes, ROOT));
  const today = '2026-11-21';
  const result = checkDocs(sources, { root: ROOT, config, today });
  const index = buildFileIndex(
    undefined,
    sources.map((source) => source.path),
  );
  return result.files.map((file, at) => {
    const source = sources[at] as SourceDoc;
    const plan = planImport(source, file.messages, { root: ROOT, config, today, index });
    return { source, before: file.doc, plan, text: applyFixes(source.text, plan.fixes).text };
  });
}

/** {@link importBytes} for UTF-8 texts. */
export function importTexts(files: Record<string, string>): ImportedDoc[] {
  return importBytes(
    Object.fromEntries(
      Object.entries(files).map(([path, text]) => [path, new TextEncoder().encode(text)]),
    ),
  );
}

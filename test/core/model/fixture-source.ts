import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseSourceDoc } from '../../../src/core/load/parse-source-doc.ts';
import type { SourceDoc } from '../../../src/core/load/source-doc.ts';

const FIXTURES = new URL('../../fixtures/', import.meta.url);

/**
 * Load `test/fixtures/<folder>/<file>` as a SourceDoc whose path is `path`
 * (default: the file name), so the fixture folder's name does not feed path
 * inference.
 */
export function fixtureSource(folder: string, file = 'doc.md', path = file): SourceDoc {
  const url = new URL(`${folder}/${file}`, FIXTURES);
  return parseSourceDoc(path, readFileSync(url), fileURLToPath(new URL(folder, FIXTURES)));
}

/** Load a seed doc by its number (`001`). */
export function seedSource(number: string): SourceDoc {
  const seeds: Record<string, string> = {
    '000': '000_833aac18af8bc3d3.md',
    '001': '001_2f4d7447909a069d.md',
    '002': '002_d0f6005d88313b34.md',
    '003': '003_bda831af887fcddd.md',
    '004': '004_7fac2de8baaf4b66.md',
  };
  return fixtureSource('seeds', seeds[number] ?? number);
}

/** A SourceDoc from inline text. */
export function textSource(text: string, path = 'doc.md'): SourceDoc {
  return parseSourceDoc(path, new TextEncoder().encode(text), '/project');
}

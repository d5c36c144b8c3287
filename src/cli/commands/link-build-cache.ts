import { constants } from 'node:fs';
import { copyFile, link, mkdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeAtomic } from '../../core/io/write-atomic.ts';

/** The settings Astro passes to its incremental cache: the folders it reads. */
interface CacheSettings {
  config: { cacheDir: URL; outDir: URL };
}

/** The two methods of Astro's `IncrementalBuildCache` that copy page files. */
interface IncrementalCachePrototype {
  restoreOutputFile: (
    settings: CacheSettings,
    outputFile: string,
    destination: URL,
  ) => Promise<boolean>;
  writeOutputFile: (settings: CacheSettings, outputFile: string, body: unknown) => Promise<void>;
}

/** Where Astro keeps a page's copy: `<cacheDir>/dist/<outputFile>` (its `getCachedOutputFile`). */
function cachedCopy(settings: CacheSettings, outputFile: string): string {
  return fileURLToPath(new URL(outputFile, new URL('dist/', settings.config.cacheDir)));
}

/**
 * Let Astro's incremental static build share page files between its cache
 * and the output by hard links instead of copying them. Astro keeps a copy
 * of every page it renders and, for a page whose `cacheKey` did not change,
 * copies that file into the new output. Creating, copying and deleting
 * thousands of files is what a rebuild costs on many disks (more than
 * rendering the changed pages); a link costs a directory entry, and the
 * old site `statusdocs build` swaps out is then removed without freeing
 * the pages it shares. A cached copy is only ever replaced by a rename,
 * never written in place, so a page of one build cannot change under
 * another. A step of the user's that edits an output file in place edits
 * the cached copy too: each linked copy's size and time are recorded
 * ({@link LinkedCopies}), and a copy whose size or time changed since, or that was
 * never recorded, is not reused; Astro renders that page again. Where a
 * link cannot be made (another file system, no hard links), the file is
 * copied as Astro does. Without Astro's class (another Astro version),
 * nothing changes. Returns a function that records the linked copies and
 * undoes the rest.
 */
export async function linkIncrementalCache(from: string): Promise<() => Promise<void>> {
  const prototype = await incrementalCachePrototype(from);
  if (!prototype) return async () => {};
  const { restoreOutputFile, writeOutputFile } = prototype;
  const copies = new LinkedCopies();
  prototype.restoreOutputFile = async function (settings, outputFile, destination) {
    const cached = cachedCopy(settings, outputFile);
    const target = fileURLToPath(destination);
    await mkdir(path.dirname(target), { recursive: true });
    try {
      // Edited in place since it was linked, or of unknown origin: render the page again.
      if (!(await copies.unchanged(settings, outputFile, cached))) return false;
      await linkOrCopy(cached, target);
      return true;
    } catch (error) {
      // No cached copy: Astro renders the page instead.
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw error;
    }
  };
  prototype.writeOutputFile = async function (settings, outputFile, body) {
    // Astro calls this right after writing the same body to the output file.
    const rendered = fileURLToPath(new URL(outputFile, settings.config.outDir));
    const cached = cachedCopy(settings, outputFile);
    const temporary = `${cached}.${process.pid}.tmp`;
    await mkdir(path.dirname(cached), { recursive: true });
    try {
      await linkOrCopy(rendered, temporary);
      await rename(temporary, cached);
      await copies.record(settings, outputFile, cached);
    } catch {
      await rm(temporary, { force: true });
      await writeOutputFile.call(this, settings, outputFile, body);
    }
  };
  return async () => {
    prototype.restoreOutputFile = restoreOutputFile;
    prototype.writeOutputFile = writeOutputFile;
    await copies.save();
  };
}

/**
 * The size and modification time (to the millisecond) of each page copy in
 * Astro's cache when it was last written, kept in
 * `<cacheDir>/statusdocs-pages.json`: a copy whose size or time differs was
 * changed since (through a hard link in the output).
 */
class LinkedCopies {
  private file: string | undefined;
  private stamps: Record<string, string> | undefined;
  private loading: Promise<Record<string, string>> | undefined;

  /** Whether the cached copy of `outputFile` is as it was written. */
  async unchanged(settings: CacheSettings, outputFile: string, cached: string): Promise<boolean> {
    const recorded = (await this.load(settings))[outputFile];
    return recorded !== undefined && recorded === (await stampOf(cached));
  }

  /** Note the cached copy of `outputFile` as just written. */
  async record(settings: CacheSettings, outputFile: string, cached: string): Promise<void> {
    const stamps = await this.load(settings);
    // Unreadable: an empty stamp never matches, so the copy is not reused.
    stamps[outputFile] = (await stampOf(cached)) ?? '';
  }

  /** Write the stamps down, for the next build. */
  async save(): Promise<void> {
    if (this.file === undefined || this.stamps === undefined) return;
    await writeAtomic(this.file, JSON.stringify(this.stamps)).catch(() => {
      // Not written: the next build renders every page again, which is slower, never wrong.
    });
  }

  private load(settings: CacheSettings): Promise<Record<string, string>> {
    // One read, however many pages ask at once.
    this.loading ??= (async () => {
      this.file = fileURLToPath(new URL('statusdocs-pages.json', settings.config.cacheDir));
      const read = await readFile(this.file, 'utf8').then(
        (text) => JSON.parse(text) as unknown,
        () => undefined,
      );
      this.stamps = isStamps(read) ? read : {};
      return this.stamps;
    })();
    return this.loading;
  }
}

/** `<size>:<mtime in ms>` of a file; undefined when it cannot be read. */
async function stampOf(file: string): Promise<string | undefined> {
  return stat(file).then(
    (stats) => `${stats.size}:${Math.trunc(stats.mtimeMs)}`,
    () => undefined,
  );
}

function isStamps(value: unknown): value is Record<string, string> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((stamp) => typeof stamp === 'string')
  );
}

/** A hard link at `target` to `source`; a copy where links cannot be made. */
async function linkOrCopy(source: string, target: string): Promise<void> {
  try {
    await link(source, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EEXIST') throw error;
    await copyFile(source, target, constants.COPYFILE_FICLONE);
  }
}

/** Astro's `IncrementalBuildCache.prototype`, from the Astro that `from` imports; undefined when it has another shape. */
async function incrementalCachePrototype(
  from: string,
): Promise<IncrementalCachePrototype | undefined> {
  try {
    const astro = path.dirname(createRequire(from).resolve('astro/package.json'));
    const file = pathToFileURL(path.join(astro, 'dist/core/build/incremental.js')).href;
    const module = (await import(file)) as {
      IncrementalBuildCache?: { prototype?: Partial<IncrementalCachePrototype> };
    };
    const prototype = module.IncrementalBuildCache?.prototype;
    return typeof prototype?.restoreOutputFile === 'function' &&
      typeof prototype.writeOutputFile === 'function'
      ? (prototype as IncrementalCachePrototype)
      : undefined;
  } catch {
    return undefined;
  }
}

import { constants } from 'node:fs';
import { copyFile, link, mkdir, rename, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

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
 * another. Where a link cannot be made (another file system, no hard
 * links), the file is copied as Astro does. Without Astro's class (another
 * Astro version), nothing changes. Returns a function that undoes it.
 */
export async function linkIncrementalCache(from: string): Promise<() => void> {
  const prototype = await incrementalCachePrototype(from);
  if (!prototype) return () => {};
  const { restoreOutputFile, writeOutputFile } = prototype;
  prototype.restoreOutputFile = async function (settings, outputFile, destination) {
    const cached = cachedCopy(settings, outputFile);
    const target = fileURLToPath(destination);
    await mkdir(path.dirname(target), { recursive: true });
    try {
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
    } catch {
      await rm(temporary, { force: true });
      await writeOutputFile.call(this, settings, outputFile, body);
    }
  };
  return () => {
    prototype.restoreOutputFile = restoreOutputFile;
    prototype.writeOutputFile = writeOutputFile;
  };
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

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ConfigError } from './config-error.ts';
import { configSchema, type ResolvedConfig } from './config-schema.ts';
import { detectContentRoot } from './detect-content-root.ts';

/** Config file names, in the order they are looked for. */
export const CONFIG_FILES = ['statusdocs.config.mjs', 'statusdocs.config.json'] as const;

/** A loaded configuration and where it came from. */
export interface LoadedConfig {
  config: ResolvedConfig;
  /** The file it came from, or undefined for the defaults. */
  file: string | undefined;
  /** Whether `content` was found by looking at the project, the config naming none. */
  detected: boolean;
}

/**
 * Find and validate the configuration in `cwd`: `statusdocs.config.mjs`,
 * `statusdocs.config.json`, then `package.json#statusdocs`; defaults when none.
 * An explicit `file` must exist. Throws {@link ConfigError} on bad config.
 * A config without `content` gets the folder {@link detectContentRoot}
 * finds in `cwd`.
 */
export async function loadConfig(cwd: string, file?: string): Promise<LoadedConfig> {
  const found = await findConfig(cwd, file);
  const { content } = found.config;
  if (content !== undefined)
    return { config: { ...found.config, content }, file: found.file, detected: false };
  const detected = await detectContentRoot(cwd);
  return {
    config: {
      ...found.config,
      content: detected.content,
      exclude: [...found.config.exclude, ...detected.exclude],
    },
    file: found.file,
    detected: true,
  };
}

/** A config whose `content` is absent when it names none. */
type PartialContent = Omit<ResolvedConfig, 'content'> & { content?: string };
type FoundConfig = { config: PartialContent; file: string | undefined };

async function findConfig(cwd: string, file?: string): Promise<FoundConfig> {
  if (file) {
    const absolute = path.resolve(cwd, file);
    const raw = await readConfigFile(absolute);
    if (raw === undefined) {
      throw new ConfigError(
        `Cannot find config file \`${file}\``,
        'Check the path given to --config',
      );
    }
    return { config: validate(raw.value, file), file: absolute };
  }
  for (const name of CONFIG_FILES) {
    const raw = await readConfigFile(path.join(cwd, name));
    if (raw !== undefined) return { config: validate(raw.value, name), file: path.join(cwd, name) };
  }
  const pkg = await readConfigFile(path.join(cwd, 'package.json'));
  if (pkg && typeof pkg.value === 'object' && pkg.value !== null && 'statusdocs' in pkg.value) {
    return {
      config: validate(pkg.value.statusdocs, 'package.json#statusdocs'),
      file: path.join(cwd, 'package.json'),
    };
  }
  return { config: validate({}, 'defaults'), file: undefined };
}

async function readConfigFile(file: string): Promise<{ value: unknown } | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return undefined;
  }
  const name = path.basename(file);
  if (file.endsWith('.json')) {
    try {
      return { value: JSON.parse(text) as unknown };
    } catch (error) {
      throw new ConfigError(
        `Cannot parse \`${name}\`: ${(error as Error).message}`,
        'Fix the JSON syntax',
      );
    }
  }
  try {
    const module = (await import(pathToFileURL(file).href)) as { default?: unknown };
    return { value: module.default };
  } catch (error) {
    throw new ConfigError(
      `Cannot load \`${name}\`: ${(error as Error).message}`,
      'Fix the module so that it runs and `export default`s the config object',
    );
  }
}

/** The validated config, its `content` left out when the config names none. */
function validate(value: unknown, name: string): PartialContent {
  const result = configSchema.safeParse(value ?? {});
  if (result.success) {
    const named = typeof value === 'object' && value !== null && 'content' in value;
    if (named) return result.data;
    const rest: PartialContent = { ...result.data };
    delete rest.content;
    return rest;
  }
  const issue = result.error.issues[0];
  const key = [...(issue?.path ?? []), ...(issue?.code === 'unrecognized_keys' ? issue.keys : [])]
    .map(String)
    .join('.');
  throw new ConfigError(
    `Invalid config in \`${name}\`${key ? ` at \`${key}\`` : ''}: ${issue?.message ?? 'invalid'}`,
    'See the configuration reference in README.md',
  );
}

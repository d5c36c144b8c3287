import { z } from 'zod';
import { DOC_KINDS, DOC_STATUSES } from '../model/vocabulary.ts';
import { RULE_IDS } from '../rules/rule-ids.ts';

/** How seriously a rule's findings are taken. `off` turns a rule off. */
export const severitySettingSchema = z.enum(['error', 'warning', 'info', 'off']);
/** A severity setting. */
export type SeveritySetting = z.infer<typeof severitySettingSchema>;

const ruleSettingsSchema = z
  .partialRecord(z.enum(RULE_IDS), severitySettingSchema)
  .describe('Severity per rule id, e.g. { "stale": "off" }.');

const globs = z.union([z.string(), z.array(z.string())]);

/** statusdocs configuration. Every option has a default; zero config works. */
export const configSchema = z
  .object({
    /** Content root, relative to the project: where the status docs live. Default `content`. */
    content: z.string().default('content').describe('Content root. Default content.'),
    /** Globs of docs under the content root. Default `**\/*.md`. */
    include: z.array(z.string()).default(['**/*.md']).describe('Globs of docs to read.'),
    /** Globs to skip, on top of `node_modules`, `.git` and `dist`, which are always skipped. */
    exclude: z.array(z.string()).default([]).describe('Globs to skip.'),
    /** Extra status words, e.g. { "in review": "active" }. */
    statuses: z
      .record(z.string(), z.enum(DOC_STATUSES))
      .default({})
      .describe('Extra status words mapped to the vocabulary.'),
    /** Kind per glob, e.g. { "meetings/**": "report" }; wins over inference. */
    kinds: z.record(z.string(), z.enum(DOC_KINDS)).default({}).describe('Kind per glob.'),
    /** Severity per rule. */
    rules: ruleSettingsSchema.default({}),
    /** Severity per rule for some files, later entries win. */
    overrides: z
      .array(z.object({ files: globs, rules: ruleSettingsSchema }).strict())
      .default([])
      .describe('Rule severities for some files.'),
    /** Days without an update after which an active doc is `stale`. Default 30. */
    staleDays: z
      .number()
      .int()
      .positive()
      .default(30)
      .describe('Days until an active doc is stale.'),
    /** Limits against hostile input. */
    limits: z
      .object({
        /** Largest file parsed, in bytes. Default 5 MB. */
        maxFileSize: z.number().int().positive().default(5_000_000),
        /** Most YAML aliases expanded in one frontmatter block. Default 100. */
        maxAliasCount: z.number().int().nonnegative().default(100),
      })
      .strict()
      .prefault({}),
    /** The site. */
    site: z
      .object({
        /** Site title. */
        title: z.string().default('Project status'),
        /** Base URL path the site is served under, e.g. `/status/`. */
        base: z.string().default('/'),
        /** Public origin, for the feed and canonical links. */
        url: z.string().optional(),
      })
      .strict()
      .prefault({}),
  })
  .strict();

/** Configuration as written by a user. */
export type UserConfig = z.input<typeof configSchema>;
/** Configuration with every default filled in. */
export type ResolvedConfig = z.output<typeof configSchema>;

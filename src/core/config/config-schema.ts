import { z } from 'zod';
import { EXTERNAL_DEFAULTS } from '../links/external/external-options.ts';
import { isValidUrlPattern } from '../links/external/is-excluded-url.ts';
import { DEFAULT_MAX_DEPTH } from '../load/find-deep-markdown.ts';
import { DOC_KINDS, DOC_STATUSES } from '../model/vocabulary.ts';
import { RULE_IDS } from '../diagnostics/rule-ids.ts';

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
    /**
     * `default`: only rules measured precise on real docs are on. `strict`:
     * also the opt-in rules (`unverified-claim`, `done-with-open-tasks`, …,
     * see docs/rules.md), at `warning`. `rules` and `overrides` win over both.
     */
    preset: z
      .enum(['default', 'strict'])
      .default('default')
      .describe('default, or strict to also run the opt-in rules.'),
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
        /**
         * Deepest nesting of Markdown (lists, quotes, emphasis, HTML) or YAML
         * parsed; deeper files get `file-too-large`. Default 200, at most 1000:
         * beyond that the parsers overflow their stacks.
         */
        maxDepth: z.number().int().positive().max(1000).default(DEFAULT_MAX_DEPTH),
      })
      .strict()
      .prefault({}),
    /** Versions: snapshots of the doc set at git refs, for the site and changelogs. */
    versions: z
      .object({
        /** Tags that are versions, as a glob (`v*`), or false for none. Default `v*`. */
        tags: z
          .union([z.string().min(1), z.literal(false)])
          .default('v*')
          .describe('Glob of tags that are versions, or false.'),
        /** Explicit versions: a name and any git revision (`main~10`, a commit id). */
        refs: z
          .array(z.object({ name: z.string().min(1), ref: z.string().min(1) }).strict())
          .default([])
          .describe('Named versions at git revisions.'),
        /** Periodic snapshots: the last commit of each week (ISO) or month. Default none. */
        every: z.enum(['week', 'month']).optional().describe('Periodic snapshots: week or month.'),
      })
      .strict()
      .prefault({}),
    /** `check --external`: how http(s) links are checked. */
    external: z
      .object({
        /** Most requests at once. Default 8. */
        concurrency: z.number().int().positive().default(EXTERNAL_DEFAULTS.concurrency),
        /** Most requests at once to one host. Default 2. */
        perHost: z.number().int().positive().default(EXTERNAL_DEFAULTS.perHost),
        /** Time limit of one request, in milliseconds. Default 10000. */
        timeoutMs: z.number().int().positive().default(EXTERNAL_DEFAULTS.timeoutMs),
        /** Extra tries after a 429 or 5xx answer, with backoff and `Retry-After`. Default 2. */
        retries: z.number().int().nonnegative().max(10).default(EXTERNAL_DEFAULTS.retries),
        /** Seconds a working link stays cached in `.statusdocs/cache/external.json`. Default 86400 (1 day). */
        maxAge: z.number().nonnegative().default(EXTERNAL_DEFAULTS.maxAge),
        /** URLs never checked: globs over the whole URL or `/regex/flags`. */
        exclude: z
          .array(z.string().refine(isValidUrlPattern, 'Not a glob or a valid /regex/'))
          .default([])
          .describe('URLs not to check: globs or /regex/.'),
      })
      .strict()
      .prefault({})
      .describe('How check --external checks http(s) links.'),
    /**
     * CI artifacts to check metric claims against (JUnit XML, LCOV,
     * Cobertura, Istanbul `coverage-summary.json`, coverage.py JSON), as
     * globs relative to the project. Default: the common locations
     * (`junit*.xml`, `test-results/**\/*.xml`, `coverage/lcov.info`, …).
     */
    evidence: z
      .array(z.string().min(1))
      .optional()
      .describe('Globs of CI artifacts (JUnit XML, LCOV, Cobertura, coverage JSON).'),
    /** `drift`: report a status doc whose code changed in more than `commits` commits since it was updated. */
    drift: z
      .object({
        /** Commits to a referenced code file after the doc's last update that make it drift. Off when unset. */
        commits: z.number().int().positive().optional(),
      })
      .strict()
      .prefault({})
      .describe('When a status doc drifts from the code it references.'),
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

import type { ResolvedConfig } from '../config/config-schema.ts';
import type { SourceDoc } from '../load/source-doc.ts';
import type { Doc } from '../model/doc.ts';
import type { RuleId } from './rule-ids.ts';

/** What a per-doc rule sees. */
export interface RuleContext {
  /** The loaded doc: text, frontmatter, mdast. Report on `source.file`. */
  source: SourceDoc;
  /** The doc's inferred metadata. */
  doc: Doc;
  /** The resolved configuration. */
  config: ResolvedConfig;
  /** Today's date, `YYYY-MM-DD`; injected so results are reproducible. */
  today: string;
}

/** A rule that looks at one doc at a time. Rules report; they never throw. */
export interface DocRule {
  id: RuleId;
  /** One line: what the rule catches. */
  description: string;
  check(context: RuleContext): void;
}

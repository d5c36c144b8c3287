import { CLAIM_RULES } from './claim-rules.ts';
import { dateInvalid } from './date-invalid.ts';
import { dateOrder } from './date-order.ts';
import { fileTooLarge } from './file-too-large.ts';
import { frontmatterSchemaRule } from './frontmatter-schema.ts';
import { localPathLeak } from './local-path-leak.ts';
import { drift } from './drift.ts';
import { fileClaim } from './file-claim.ts';
import { metricEvidence } from './metric-evidence.ts';
import { metricSum } from './metric-sum.ts';
import { missingDate } from './missing-date.ts';
import { missingTitle } from './missing-title.ts';
import { mojibake } from './mojibake.ts';
import { replacementChar } from './replacement-char.ts';
import { tableRatio } from './table-ratio.ts';
import { tableTotal } from './table-total.ts';
import { LINK_RULES } from './link-rules.ts';
import type { DocRule, SetRule } from './rule.ts';

/**
 * Every per-doc rule, in the order they run. `yaml-syntax`, `not-utf8` and
 * `file-too-large` are reported while loading, before any rule runs.
 */
export const DOC_RULES: readonly DocRule[] = [
  frontmatterSchemaRule,
  missingTitle,
  missingDate,
  dateInvalid,
  dateOrder,
  mojibake,
  replacementChar,
  localPathLeak,
  tableTotal,
  tableRatio,
  metricSum,
  ...CLAIM_RULES,
  fileTooLarge,
];

/** Every rule over the whole doc set, run after the per-doc rules. */
export const SET_RULES: readonly SetRule[] = [...LINK_RULES, metricEvidence, fileClaim, drift];

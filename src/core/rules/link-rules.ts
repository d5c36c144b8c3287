import { caseMismatch } from './case-mismatch.ts';
import { duplicateId } from './duplicate-id.ts';
import { externalBroken } from './external-broken.ts';
import { linkToSuperseded } from './link-to-superseded.ts';
import { missingFile } from './missing-file.ts';
import { missingHeading } from './missing-heading.ts';
import { orphan } from './orphan.ts';
import { outsideRoot } from './outside-root.ts';
import { relationAsymmetric } from './relation-asymmetric.ts';
import { relationCycle } from './relation-cycle.ts';
import type { SetRule } from './rule.ts';

/**
 * Every link and relation rule, registered in `SET_RULES`. They share one
 * link graph per check (`linkGraphOf`), so the docs are collected once.
 */
export const LINK_RULES: SetRule[] = [
  missingFile,
  missingHeading,
  caseMismatch,
  outsideRoot,
  linkToSuperseded,
  orphan,
  duplicateId,
  relationAsymmetric,
  relationCycle,
  externalBroken,
];

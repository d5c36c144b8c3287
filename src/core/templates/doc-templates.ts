import type { DocKind } from '../model/vocabulary.ts';

/** Kinds `statusdocs new` has a template for. */
export const TEMPLATE_KINDS = ['status', 'report', 'plan', 'handoff', 'decision'] as const;
/** A kind with a template. */
export type TemplateKind = (typeof TEMPLATE_KINDS)[number] & DocKind;

/**
 * Each template: the frontmatter after `title` (with `{date}` for today)
 * and the body after the H1. Every key is a real schema field; comments
 * show the optional ones, so a template doubles as schema documentation.
 */
export const DOC_TEMPLATES: Record<TemplateKind, { frontmatter: string; body: string }> = {
  status: {
    frontmatter: `kind: status
# planned, active, blocked, done, abandoned, superseded or archived
status: active
date: {date}
# The last time this tracker was brought up to date; \`stale\` warns after 30 days.
updated: {date}
# owner: your-team
tags: []
# related:
#   - ../plans/the-plan.md
metrics:
  # Percent of the work done, 0-100.
  completion: 0
`,
    body: `One paragraph: where things stand, in plain words.

## Progress

- [ ] First milestone
- [ ] Second milestone

## Risks and blockers

None known.
`,
  },
  report: {
    frontmatter: `kind: report
status: done
# The day (or the last day of the period) the report is about.
date: {date}
# owner: your-name
tags: []
# The plan this report is on, relative to this file:
# plan: ../plans/the-plan.md
metrics:
  tests:
    passed: 0
    failed: 0
    total: 0
  # coverage:
  #   value: 80
  #   target: 90
`,
    body: `One paragraph: what was done, and what it means.

## Done

- What changed, with links to the pull requests.

## Numbers

Test results and coverage as measured, with the command that measured them.

## Next

What comes next, and who does it.
`,
  },
  plan: {
    frontmatter: `kind: plan
status: planned
date: {date}
# owner: your-team
tags: []
# supersedes:
#   - old-plan.md
metrics:
  completion: 0
`,
    body: `One paragraph: the goal, and why it matters now.

## Phases

- [ ] Phase 1: the first step
- [ ] Phase 2: the next one

## Done when

- The measurable outcome that ends this plan.
`,
  },
  handoff: {
    frontmatter: `kind: handoff
status: done
date: {date}
# owner: who-hands-over
# The handoff before this one, and later the one after it:
# previous: the-last-handoff.md
# next: the-next-handoff.md
tags: []
`,
    body: `One paragraph: the state of the work as it is handed over.

## Done this session

- What was finished, with links.

## In progress

- What is half done, and where it stands.

## Next steps

- Where to pick up.
`,
  },
  decision: {
    frontmatter: `kind: decision
# planned: proposed; done: accepted; superseded: replaced by a later decision
status: planned
date: {date}
# owner: who-decides
tags: []
# superseded_by: a-later-decision.md
`,
    body: `## Context

What forces the decision: the problem and its constraints.

## Decision

What we will do.

## Consequences

What becomes easier, and what becomes harder.
`,
  },
};

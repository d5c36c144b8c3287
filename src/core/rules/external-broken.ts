import type { ExternalProblem } from '../links/external/external-result.ts';
import { report } from './report.ts';
import type { SetRule } from './rule.ts';

/**
 * `external-broken` (only with `check --external`): an http(s) link whose
 * page answered with an error, did not answer in time, could not be
 * reached, redirected too often, or lacks the linked `#fragment`. The
 * network step runs in the shell before the check (`checkExternalLinks`)
 * and hands its results over as `facts.external`; without them this rule
 * says nothing, so the check stays pure and offline by default. Reported at
 * every reference to the URL.
 */
export const externalBroken: SetRule = {
  id: 'external-broken',
  description: 'An http(s) link is broken (checked only with --external).',
  check(context) {
    const results = context.facts.external;
    if (!results || results.size === 0) return;
    for (const { source, analysis } of context.docs) {
      for (const reference of analysis.links.references) {
        if (!reference.external) continue;
        const result = results.get(reference.url);
        if (!result || result.ok) continue;
        report(
          source.file,
          'external-broken',
          describeExternalProblem(reference.url, result.problem),
          reference.position,
          {
            actual: reference.url,
          },
        );
      }
    }
  },
};

/** One sentence: what went wrong with the URL, then what to do. */
export function describeExternalProblem(url: string, problem: ExternalProblem): string {
  const link = `\`${url}\``;
  switch (problem.kind) {
    case 'http': {
      const tries = problem.tries > 1 ? ` after ${problem.tries} tries` : '';
      const advice =
        problem.code === 429 || problem.code >= 500
          ? 'the server may be down or limiting requests, so try again later or add it to `external.exclude`'
          : 'fix or remove the link';
      return `Link ${link} answered HTTP ${problem.code}${tries}; ${advice}`;
    }
    case 'timeout':
      return `Link ${link} did not answer within ${seconds(problem.ms)}; check it by hand or raise \`external.timeoutMs\``;
    case 'network':
      return `Cannot reach ${link} (network error: ${problem.detail}); check the host name, or your connection`;
    case 'redirects':
      return `Link ${link} redirects more than ${problem.limit} times; link to the final address`;
    case 'scheme':
      return `Link ${link} redirects to \`${problem.location}\`, which is not http(s); link to the final address`;
    case 'fragment':
      return `Cannot find \`#${problem.fragment}\` in the page at ${link}; fix the fragment or link to the page`;
  }
}

function seconds(ms: number): string {
  const value = ms / 1000;
  return `${Number.isInteger(value) ? value : value.toFixed(1)} s`;
}

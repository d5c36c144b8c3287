/** A file `statusdocs init` writes, relative to the project root. */
export interface InitFile {
  path: string;
  text: string;
}

const CONFIG = `// statusdocs configuration. Every option has a default: delete what you do
// not need, and zero config works. Rules and their ids: docs/rules.md.

export default {
  // Where the status docs live, relative to this file.
  content: {content},

  // Which files under it are docs, and which to skip (node_modules, .git and
  // dist are always skipped).
  include: ['**/*.md'],
  exclude: {exclude},

  // Your own status words, mapped to planned, active, blocked, done,
  // abandoned, superseded or archived.
  statuses: {
    // 'in review': 'active',
  },

  // A kind per glob, when names and folders do not say it.
  kinds: {
    // 'meetings/**': 'report',
  },

  // Severity per rule: 'error', 'warning', 'info' or 'off'.
  rules: {
    // stale: 'off',
  },

  // Severities for some files only; later entries win.
  overrides: [
    // { files: 'archive/**', rules: { 'missing-file': 'off' } },
  ],

  // Days without an update after which an active doc is stale.
  staleDays: 30,

  // CI artifacts to hold test counts and coverage against (metric-evidence).
  // Default: junit*.xml, test-results/**/*.xml, coverage/lcov.info,
  // coverage/coverage-summary.json, coverage.xml, coverage.json.
  // evidence: ['reports/junit.xml', 'coverage/lcov.info'],

  // Report code a status doc references that changed in more commits since.
  // drift: { commits: 10 },

  // The site built by \`statusdocs build\`.
  site: {
    title: 'Project status',
    base: '/',
  },
};
`;

/** What `init` found in the repository, and what it was asked for. */
export interface InitPlan {
  /** Content root, relative to the project. */
  content: string;
  /** Globs to skip under it (build output and vendored code when it is the repository root). */
  exclude: readonly string[];
  /** Branch that deploys the site: the repository's default branch. */
  branch: string;
  /** Whether the project has a `package-lock.json`: statusdocs is then a locked devDependency, installed with `npm ci` and cached. */
  locked: boolean;
  /** Write the job that publishes the site to GitHub Pages (`init --no-pages` leaves it out). */
  pages: boolean;
  /** The statusdocs version range to run when nothing is locked, e.g. `^0.1.0`. */
  version: string;
}

/** The lines `init` makes sure `.gitignore` has: the check cache and a local site build. */
export const GITIGNORE_LINES = ['.statusdocs/', '/site/'] as const;

/** The files `init` writes: a commented config and a GitHub Actions workflow. */
export function initFiles(plan: InitPlan): InitFile[] {
  const exclude =
    plan.exclude.length === 0
      ? '[]'
      : `[\n${plan.exclude.map((glob) => `    ${quote(glob)},`).join('\n')}\n  ]`;
  return [
    {
      path: 'statusdocs.config.mjs',
      text: CONFIG.replace('{content}', quote(plan.content)).replace('{exclude}', exclude),
    },
    { path: '.github/workflows/statusdocs.yml', text: workflow(plan) },
  ];
}

function quote(value: string): string {
  return `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
}

function workflow(plan: InitPlan): string {
  const setup = [
    '      - uses: actions/checkout@v6',
    '        with:',
    '          # The whole history: revisions, "moved to" hints and dates come from git.',
    '          fetch-depth: 0',
    '      - uses: actions/setup-node@v6',
    '        with:',
    '          node-version: 24',
    ...(plan.locked ? ['          cache: npm', '      - run: npm ci'] : []),
  ];
  const run = plan.locked ? 'npx statusdocs' : `npx --yes statusdocs@${plan.version}`;
  const build = plan.locked
    ? 'npx statusdocs build'
    : `npx --yes -p statusdocs@${plan.version} -p astro -p pagefind statusdocs build`;
  const check = [
    '  check:',
    '    runs-on: ubuntu-latest',
    '    permissions:',
    '      contents: read',
    '      # Upload the findings to code scanning (the Security tab).',
    '      security-events: write',
    '    steps:',
    ...setup,
    '      # Findings show up as annotations on the changed lines; exit 1 fails the job.',
    `      - run: ${run} check --format github`,
    '      - name: Write the findings as SARIF',
    '        if: ${{ !cancelled() }}',
    `        run: ${run} check --format sarif > statusdocs.sarif || test $? -eq 1`,
    '      - uses: github/codeql-action/upload-sarif@v4',
    "        if: ${{ !cancelled() && hashFiles('statusdocs.sarif') != '' }}",
    '        # Code scanning needs a public repository or GitHub Advanced Security,',
    '        # and pull requests from forks may not upload: never fail on it.',
    '        continue-on-error: true',
    '        with:',
    '          sarif_file: statusdocs.sarif',
    '          category: statusdocs',
  ];
  const pages = [
    '',
    '  # Publishes the status site to GitHub Pages from the default branch',
    '  # (Settings → Pages → Source: GitHub Actions). `statusdocs init --no-pages`',
    '  # leaves this job out.',
    '  pages:',
    `    if: github.event_name == 'push' && github.ref == 'refs/heads/${plan.branch}'`,
    '    needs: check',
    '    runs-on: ubuntu-latest',
    '    permissions:',
    '      contents: read',
    '      pages: write',
    '      id-token: write',
    '    environment:',
    '      name: github-pages',
    '      url: ${{ steps.deploy.outputs.page_url }}',
    '    concurrency:',
    '      group: pages',
    '      cancel-in-progress: false',
    '    steps:',
    ...setup,
    '      - id: pages',
    '        uses: actions/configure-pages@v6',
    '      # The base path of the Pages site: /<repository>/ for a project site.',
    `      - run: ${build} --out "$RUNNER_TEMP/statusdocs-site" --base "\${{ steps.pages.outputs.base_path }}/"`,
    '      - uses: actions/upload-pages-artifact@v5',
    '        with:',
    '          path: ${{ runner.temp }}/statusdocs-site',
    '      - id: deploy',
    '        uses: actions/deploy-pages@v5',
  ];
  return [
    '# Checks the status docs on every push and pull request; problems show up',
    '# as annotations on the changed lines and in code scanning.',
    plan.pages
      ? '# Pushes to the default branch also publish the status site to GitHub Pages.'
      : undefined,
    '# Generated by `statusdocs init`.',
    'name: statusdocs',
    '',
    'on:',
    '  push:',
    `    branches: [${plan.branch}]`,
    '  pull_request:',
    '',
    'permissions:',
    '  contents: read',
    '',
    'jobs:',
    ...check,
    ...(plan.pages ? pages : []),
    '',
  ]
    .filter((line) => line !== undefined)
    .join('\n');
}

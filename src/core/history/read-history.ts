import path from 'node:path';
import picomatch from 'picomatch';
import type { ResolvedConfig } from '../config/config-schema.ts';
import { ALWAYS_IGNORED } from '../load/discover-docs.ts';
import { assignKeys } from './assign-keys.ts';
import { openCatFile, type CatFile } from './cat-file.ts';
import { spawnGit, type GitSpawn } from './git-process.ts';
import { buildDocLines } from './build-doc-lines.ts';
import type { Commit, History, Version } from './history.ts';
import { joinById } from './join-by-id.ts';
import { joinMoves } from './join-moves.ts';
import { readBranchRenames } from './read-branch-renames.ts';
import type { LogCommit } from './parse-git-log.ts';
import { probeRepo } from './probe-repo.ts';
import { readGitLog } from './read-git-log.ts';
import { readWorkingTree } from './read-working-tree.ts';
import { replayLog, type DocTree } from './replay-log.ts';
import { selectVersions } from './select-versions.ts';
import { createSnapshotStore } from './snapshot-store.ts';
import { addWorkingTree } from './add-working-tree.ts';

/** Options of {@link readHistory}. */
export interface ReadHistoryOptions {
  /** How git is started; counted, so tests can prove one log pass and one cat-file. */
  spawn?: GitSpawn;
  /** Read the working tree as the version "latest" (default true). */
  workingTree?: boolean;
  /**
   * More git revisions to offer as versions, each named as written
   * (`--from main~3`); ones git cannot resolve are left out silently.
   */
  refs?: readonly string[];
}

/**
 * Read a content root's history: one `git rev-parse` probe, one `git log`
 * pass, and one `git cat-file --batch` process for every blob and ref,
 * whatever the number of docs, commits or versions. Without git, outside a
 * repository or before the first commit, the working tree alone, with a
 * note. Never throws for repository states; call `close()` when done.
 */
export async function readHistory(
  root: string,
  config: ResolvedConfig,
  options: ReadHistoryOptions = {},
): Promise<History> {
  const absoluteRoot = path.resolve(root);
  const base = options.spawn ?? spawnGit;
  let gitProcesses = 0;
  const gitSpawn: GitSpawn = (args, cwd) => {
    gitProcesses++;
    return base(args, cwd);
  };
  const notes: string[] = [];
  const probe = await probeRepo(gitSpawn, absoluteRoot);
  let log: LogCommit[] = [];
  let logFailure: string | null = null;
  let catFile: CatFile | null = null;
  if (probe.state === 'no-git') {
    notes.push(
      'Git was not found, so history shows the working tree alone; install git to see revisions and versions',
    );
  } else if (probe.state === 'not-a-repo') {
    notes.push(
      // No path: the note is published on every page, and a builder's folder is nobody's business.
      'The docs are not in a git repository, so history shows the working tree alone; run `git init` and commit to track them',
    );
  } else {
    ({ log, failure: logFailure } = await readGitLog(gitSpawn, absoluteRoot));
    if (log.length === 0) {
      notes.push(
        logFailure === null
          ? 'The repository has no commits yet, so history shows the working tree alone; commit the docs to track them'
          : `History shows the working tree alone because git could not read the commits (\`${logFailure}\`): the clone is damaged or partial; run \`git fsck\` to see what is missing`,
      );
    } else {
      catFile = openCatFile(gitSpawn, absoluteRoot);
    }
  }
  const commits = log.map(toCommit);
  const first = commits[0];
  const shallow = probe.state === 'repo' && probe.shallow;
  const shallowSince = (shallow || logFailure !== null) && first ? first.date.slice(0, 10) : null;
  if (shallowSince && logFailure !== null) {
    notes.push(
      `History starts at ${shallowSince} because git could not read older commits (\`${logFailure}\`): ${commits.length} ${commits.length === 1 ? 'commit was' : 'commits were'} read, older ones are lost in this clone; run \`git fsck\` to see what is missing`,
    );
  } else if (shallowSince) {
    notes.push(
      `History starts at ${shallowSince} because this is a shallow clone; run \`git fetch --unshallow\` for the full history`,
    );
  }

  const refs = await resolveRefs(catFile, config.versions.refs, notes);
  const extra = (options.refs ?? [])
    .filter((ref) => !config.versions.refs.some((version) => version.name === ref))
    .map((ref) => ({ name: ref, ref }));
  for (const [name, id] of await resolveRefs(catFile, extra, [])) refs.set(name, id);
  if (catFile?.failure) {
    notes.push(
      `History shows the working tree alone because ${catFile.failure}, which statusdocs does not understand; report it with your git version`,
    );
  }
  const points = selectVersions(
    log,
    { ...config.versions, refs: [...config.versions.refs, ...extra] },
    refs,
  );
  for (const { name, ref } of config.versions.refs) {
    if (refs.has(name) && !points.some((point) => point.name === name && point.source === 'ref')) {
      notes.push(
        `Version \`${name}\` (\`${ref}\`) is not on the first-parent history of HEAD, so it was skipped; name a commit of that history`,
      );
    }
  }
  const isDoc = docFilter(config);
  const replayed = replayLog(log, isDoc, new Set(points.map((point) => point.commit)));
  const store = createSnapshotStore(catFile, absoluteRoot, config);
  const { joined, gaps } = await joinMoves(
    replayed.lineages,
    await joinById(replayed.lineages, store),
    {
      read: (blob) => store.read(blob),
      branchRenames: catFile
        ? await readBranchRenames(gitSpawn, absoluteRoot, log, isDoc)
        : new Map(),
    },
  );
  // A doc moved with a few commits between deletion and re-addition stays at its old path meanwhile.
  for (const gap of gaps) {
    for (const [commit, tree] of replayed.trees) {
      if (commit < gap.from || commit >= gap.until || tree.has(gap.path)) continue;
      replayed.trees.set(
        commit,
        new Map(tree).set(gap.path, { blob: gap.blob, lineage: gap.lineage }),
      );
    }
  }
  const alive = new Set(
    [...replayed.head.values()].map((entry) => joined[entry.lineage] ?? entry.lineage),
  );
  const keys = assignKeys(replayed.lineages, alive, (index) => commits[index]?.short ?? '');

  const lines = buildDocLines(replayed.lineages, joined, keys, commits, shallowSince !== null);
  const keyOf = (tree: DocTree) => (file: string) => {
    const entry = tree.get(file);
    return entry ? (lines[joined[entry.lineage] ?? entry.lineage]?.key ?? null) : null;
  };
  const versions: Version[] = points.map((point) => {
    const tree = replayed.trees.get(point.commit) ?? new Map();
    const commit = commits[point.commit] ?? null;
    return {
      name: point.name,
      source: point.source,
      commit,
      date: commit?.date.slice(0, 10) ?? null,
      docs: treeDocs(tree, keyOf(tree)),
    };
  });
  const docs = lines.filter((line) => line !== null);
  if (options.workingTree !== false) {
    const format = probe.state === 'repo' ? probe.objectFormat : 'sha1';
    const files = await readWorkingTree(
      absoluteRoot,
      { ...config, maxFileSize: config.limits.maxFileSize },
      format,
    );
    for (const file of files) store.offer(file.blob, file.bytes);
    const latest = addWorkingTree(docs, treeDocs(replayed.head, keyOf(replayed.head)), files);
    versions.push({
      name: 'latest',
      source: 'working-tree',
      commit: null,
      date: null,
      docs: latest.docs,
    });
    if (probe.state === 'repo' && log.length > 0 && latest.untracked > 0) {
      notes.push(
        `${latest.untracked} ${latest.untracked === 1 ? 'doc is' : 'docs are'} not committed yet and so ${latest.untracked === 1 ? 'has' : 'have'} no history; commit ${latest.untracked === 1 ? 'it' : 'them'} to track changes`,
      );
    }
  }
  docs.sort((a, b) => compare(a.key, b.key));
  return {
    root: absoluteRoot,
    commits,
    docs,
    versions,
    // A getter: blobs are read on demand, so what is missing is known only after loading.
    get notes() {
      return store.missing === 0 ? notes : [...notes, missingBlobsNote(store.missing)];
    },
    shallowSince,
    store,
    get gitProcesses() {
      return gitProcesses;
    },
    close: async () => {
      await catFile?.close();
    },
  };
}

function missingBlobsNote(count: number): string {
  return `${count} past ${count === 1 ? 'version of a doc is' : 'versions of docs are'} left out of history because git could not read ${count === 1 ? 'it' : 'them'} (a damaged or partial clone); run \`git fsck\` to see what is missing`;
}

function toCommit(commit: LogCommit): Commit {
  return {
    id: commit.commit,
    short: commit.commit.slice(0, 7),
    date: commit.date,
    authorDate: commit.authorDate,
    author: commit.author,
    email: commit.email,
  };
}

/** Configured refs to commit ids, through the cat-file process (`<ref>^{commit}`). */
async function resolveRefs(
  catFile: CatFile | null,
  refs: ResolvedConfig['versions']['refs'],
  notes: string[],
): Promise<Map<string, string>> {
  const resolved = new Map<string, string>();
  if (!catFile) return resolved;
  for (const { name, ref } of refs) {
    const object = await catFile.read(`${ref}^{commit}`);
    if (object?.type === 'commit') resolved.set(name, object.oid);
    else
      notes.push(
        `Version \`${name}\` names \`${ref}\`, which git cannot find; fix \`versions.refs\` in the config`,
      );
  }
  return resolved;
}

/** The same doc filter as discovery: include globs, minus excludes and always-ignored folders. */
function docFilter(config: ResolvedConfig): (file: string) => boolean {
  const include = picomatch([...config.include], { dot: true });
  const exclude = picomatch([...ALWAYS_IGNORED, ...config.exclude], { dot: true });
  return (file) => include(file) && !exclude(file);
}

function treeDocs(tree: DocTree, keyOf: (file: string) => string | null): Version['docs'] {
  return [...tree]
    .map(([file, entry]) => ({ key: keyOf(file) ?? file, path: file, blob: entry.blob }))
    .sort((a, b) => compare(a.path, b.path));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

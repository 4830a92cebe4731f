/**
 * `git-branch`: the site on a branch of the repository (such as `api-schemas`), as one commit
 * pushed with `git push --atomic`. The commit is built with git's plumbing in a temporary index
 * (`GIT_INDEX_FILE`), so the checkout's files, index, HEAD and branches are never touched; the
 * push uses the remote and the credentials the checkout has (actions/checkout leaves them in the
 * repository's config). A missing branch is created as an orphan. A push rejected because the
 * branch moved meanwhile is retried once, after fetching it again and deciding again.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import {
  ConfigError,
  type GitAuthor,
  type GitRunner,
  gitMessage,
  gitRunner,
  type RunResult,
} from '@maint-actions/core';
import { decide, type Publication, parseIndex, publishSite, type SiteIndex, type SiteStore } from '../site';
import { describeWrite } from './store';
import { type Target, type TargetOutcome, VersionConflictError } from './target';

type Env = Readonly<Record<string, string | undefined>>;

export interface GitBranchOptions {
  /** The checkout (repository root). */
  readonly workspace: string;
  readonly remote: string;
  readonly branch: string;
  readonly author: GitAuthor;
  readonly env: Env;
  /** Where the temporary index goes. */
  readonly tempDir: string;
  /**
   * Called after each fetch of the branch with the attempt number (1, 2). Tests move the remote
   * branch here, as a job publishing at the same time would.
   */
  readonly afterFetch?: (attempt: number) => Promise<void>;
}

/** The state of the remote branch: its commit (undefined when the branch does not exist yet) and index. */
interface BranchState {
  readonly head: string | undefined;
  readonly index: SiteIndex | undefined;
}

/** The `git-branch` target. */
export function gitBranchTarget(options: GitBranchOptions): Target {
  const { remote, branch } = options;
  const git = checkoutGit(options);
  let state: BranchState | undefined;
  let attempt = 0;

  /** Fetches the branch and reads its index. */
  const fetchState = async (): Promise<BranchState> => {
    attempt++;
    const head = await fetchBranch(git, remote, branch);
    const text = head ? await readBlob(git, head, 'index.json') : undefined;
    const fetched = { head, index: text === undefined ? undefined : parseIndex(text) };
    await options.afterFetch?.(attempt);
    return fetched;
  };

  return {
    id: 'git-branch',
    name: `Git branch ${branch} (${remote})`,
    index: `${remote}/${branch}:index.json`,
    async inspect(publication) {
      await checkCheckout(git, options);
      state = await fetchState();
      return decide(state.index, publication.version, publication.sha256);
    },
    async publish(publication): Promise<TargetOutcome> {
      let current = state ?? (await fetchState());
      for (let tries = 1; ; tries++) {
        const { commit, files, movedLatest } = await buildCommit(git, options, current, publication);
        const push = await git([
          'push',
          '--atomic',
          '--porcelain',
          '--no-verify',
          remote,
          `${commit}:refs/heads/${branch}`,
        ]);
        if (push.exitCode === 0) {
          return {
            status: 'published',
            detail: `${describeWrite(files, movedLatest)} (commit ${commit.slice(0, 12)})`,
          };
        }
        if (!isRaceRejection(push) || tries === 2) {
          throw new Error(`git push to ${remote} ${branch} failed: ${gitMessage(push)}`);
        }
        current = await fetchState();
        const decision = decide(current.index, publication.version, publication.sha256);
        if (decision.kind === 'unchanged') {
          return { status: 'unchanged', detail: `published meanwhile as ${decision.version} by another run` };
        }
        if (decision.kind === 'conflict')
          throw new VersionConflictError(publication.version, decision.publishedSha256, publication.sha256);
      }
    },
  };
}

type Git = (args: readonly string[], input?: string, env?: Env) => Promise<RunResult>;

/** Runs git in the checkout (never prompting, messages in English: they are matched). */
function checkoutGit(options: GitBranchOptions): Git {
  const runner: GitRunner = gitRunner(
    options.workspace,
    options.env,
    'the git-branch target needs git on PATH',
  );
  return (args, input, env) => runner.run(args, { input, env });
}

/** @throws ConfigError when the workspace is not a checkout, the remote is unknown or the branch name is invalid. */
async function checkCheckout(git: Git, { workspace, remote, branch }: GitBranchOptions): Promise<void> {
  if ((await git(['rev-parse', '--git-dir'])).exitCode !== 0) {
    throw new ConfigError(
      `The git-branch target needs a git checkout: ${workspace} is not a git repository (check out the repository first).`,
      { input: 'targets' },
    );
  }
  if ((await git(['check-ref-format', `refs/heads/${branch}`])).exitCode !== 0) {
    throw new ConfigError(`Input "branch": ${JSON.stringify(branch)} is not a valid branch name.`, {
      input: 'branch',
    });
  }
  if ((await git(['remote', 'get-url', '--', remote])).exitCode !== 0) {
    const remotes = (await git(['remote'])).stdout.split('\n').filter(Boolean);
    throw new ConfigError(
      `Input "git-remote": the checkout has no remote ${JSON.stringify(remote)}${remotes.length ? `; it has ${remotes.join(', ')}` : ''}.`,
      { input: 'git-remote' },
    );
  }
}

/** Fetches the branch; returns its commit, or undefined when the remote has no such branch. */
async function fetchBranch(git: Git, remote: string, branch: string): Promise<string | undefined> {
  const ref = `refs/heads/${branch}`;
  const listed = await git(['ls-remote', '--exit-code', '--heads', remote, ref]);
  if (listed.exitCode === 2) return undefined;
  if (listed.exitCode !== 0) throw new Error(`git ls-remote ${remote} failed: ${gitMessage(listed)}`);
  // Into a private ref, deleted right after: no branch, remote-tracking ref or FETCH_HEAD of the checkout changes.
  const fetched = await git([
    'fetch',
    '--quiet',
    '--no-tags',
    '--no-write-fetch-head',
    remote,
    `+${ref}:${tempRef(branch)}`,
  ]);
  if (fetched.exitCode !== 0) throw new Error(`git fetch ${remote} ${branch} failed: ${gitMessage(fetched)}`);
  const head = await git(['rev-parse', '--verify', `${tempRef(branch)}^{commit}`]);
  await git(['update-ref', '-d', tempRef(branch)]);
  if (head.exitCode !== 0)
    throw new Error(`git rev-parse of the fetched ${branch} failed: ${gitMessage(head)}`);
  return head.stdout.trim();
}

/** A private ref holding the fetched branch for a moment (removed right after). */
function tempRef(branch: string): string {
  return `refs/maint-actions/publish-schema/${branch}`;
}

/** The file's content at `commit`, or undefined when it has none. */
async function readBlob(git: Git, commit: string, file: string): Promise<string | undefined> {
  if ((await git(['cat-file', '-e', `${commit}:${file}`])).exitCode !== 0) return undefined;
  const blob = await git(['cat-file', 'blob', `${commit}:${file}`]);
  if (blob.exitCode !== 0) throw new Error(`git cat-file ${file} failed: ${gitMessage(blob)}`);
  return blob.stdout;
}

/**
 * Writes the site's new files as blobs on top of the branch's tree in a temporary index, and
 * commits that tree (with the branch head as parent, or none for a new branch).
 */
async function buildCommit(
  git: Git,
  options: GitBranchOptions,
  state: BranchState,
  publication: Publication,
): Promise<{ commit: string; files: number; movedLatest: boolean }> {
  const dir = await mkdtemp(path.join(options.tempDir, 'maint-publish-schema-'));
  const indexEnv: Env = { GIT_INDEX_FILE: path.join(dir, 'index') };
  try {
    const entries: string[] = [];
    const store: SiteStore = {
      read: async () => undefined,
      async write(file) {
        const blob = await checked(git(['hash-object', '-w', '--stdin'], file.content), 'hash-object');
        entries.push(`100644 ${blob.trim()}\t${file.path}`);
      },
    };
    const written = await publishSite(store, publication, state.index);
    await checked(
      git(state.head ? ['read-tree', state.head] : ['read-tree', '--empty'], undefined, indexEnv),
      'read-tree',
    );
    await checked(
      git(['update-index', '--add', '--index-info'], `${entries.join('\n')}\n`, indexEnv),
      'update-index',
    );
    const tree = (await checked(git(['write-tree'], undefined, indexEnv), 'write-tree')).trim();
    const { name, email } = options.author;
    const identity: Env = {
      GIT_AUTHOR_NAME: name,
      GIT_AUTHOR_EMAIL: email,
      GIT_COMMITTER_NAME: name,
      GIT_COMMITTER_EMAIL: email,
    };
    const parents = state.head ? ['-p', state.head] : [];
    const message = `Publish ${publication.title} schema ${publication.version}\n\nsha256 ${publication.sha256}\n`;
    const commit = await checked(git(['commit-tree', tree, ...parents], message, identity), 'commit-tree');
    return { commit: commit.trim(), files: written.files, movedLatest: written.movedLatest };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The command's stdout. @throws Error with its stderr when it failed. */
async function checked(result: Promise<RunResult>, what: string): Promise<string> {
  const done = await result;
  if (done.exitCode !== 0) throw new Error(`git ${what} failed: ${gitMessage(done)}`);
  return done.stdout;
}

/** A push rejected because the branch moved (non-fast-forward), the one case worth a retry. */
function isRaceRejection(push: RunResult): boolean {
  return /\[rejected\].*\((non-fast-forward|fetch first)\)/.test(`${push.stdout}\n${push.stderr}`);
}

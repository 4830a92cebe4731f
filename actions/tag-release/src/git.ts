/**
 * The checkout as tag-release reads and writes it through git: version tags, the commits and
 * added migrations since the last release, annotated tags and atomic pushes. Commands are argument
 * arrays; messages are in English (LC_ALL=C) because some are matched.
 */
import {
  ConfigError,
  type GitRunner,
  type GitRunOptions,
  gitMessage,
  gitRunner,
  type RunResult,
} from '@maint-actions/core';
import type { CommitNode } from './commits';
import { parseVersion, type Version } from './semver';

type Env = Readonly<Record<string, string | undefined>>;

/** A version tag: its name and the version it carries. */
export interface VersionTag {
  readonly tag: string;
  readonly version: Version;
}

export interface Tagger {
  readonly name: string;
  readonly email: string;
}

/** git in one checkout. */
export class Git {
  private readonly git: GitRunner;

  constructor(
    readonly workspace: string,
    env: Env,
  ) {
    this.git = gitRunner(workspace, env, 'tag-release needs git on PATH');
  }

  /** Runs git; the result whatever the exit code. @throws ToolMissingError without git. */
  run(args: readonly string[], options?: GitRunOptions): Promise<RunResult> {
    return this.git.run(args, options);
  }

  /** stdout of a command that must succeed. @throws Error with git's message otherwise. */
  out(args: readonly string[], options?: GitRunOptions): Promise<string> {
    return this.git.out(args, options);
  }

  /**
   * @throws ConfigError when the workspace is not a checkout, or a shallow one (the last tag and
   *   the commits since cannot be found there).
   */
  async checkCheckout(): Promise<void> {
    if ((await this.run(['rev-parse', '--git-dir'])).exitCode !== 0) {
      throw new ConfigError(
        `tag-release needs a git checkout: ${this.workspace} is not a git repository (check out the repository first).`,
      );
    }
    if ((await this.out(['rev-parse', '--is-shallow-repository'])).trim() === 'true') {
      throw new ConfigError(
        'The checkout is shallow, so the last release tag and the commits since cannot be found: check out the full history (actions/checkout: fetch-depth: 0; GitLab: GIT_DEPTH: 0).',
      );
    }
  }

  /** The full sha of a revision. @throws ConfigError naming `target` when it is no commit. */
  async resolveCommit(revision: string): Promise<string> {
    const result = await this.run([
      'rev-parse',
      '--verify',
      '--quiet',
      '--end-of-options',
      `${revision}^{commit}`,
    ]);
    if (result.exitCode !== 0) {
      throw new ConfigError(`Input "target": ${JSON.stringify(revision)} is not a commit of the checkout.`, {
        input: 'target',
      });
    }
    return result.stdout.trim();
  }

  /**
   * The last release tag reachable from `commit` (`git describe --tags --abbrev=0`), release
   * versions only: pre-releases and moving tags (`v1`, `v1.4`) do not count. `exclude` leaves a
   * tag out (the release being re-run).
   */
  async lastRelease(commit: string, prefix: string, exclude?: string): Promise<VersionTag | undefined> {
    const args = ['describe', '--tags', '--abbrev=0', '--match', `${prefix}[0-9]*.[0-9]*.[0-9]*`];
    args.push('--exclude', `${prefix}*-*`, '--exclude', `${prefix}*+*`);
    if (exclude) args.push('--exclude', exclude);
    const result = await this.run([...args, commit]);
    if (result.exitCode !== 0) return undefined;
    return asVersionTag(result.stdout.trim(), prefix);
  }

  /** Every version tag of the checkout (releases and pre-releases). */
  async versionTags(prefix: string, pointsAt?: string): Promise<VersionTag[]> {
    const args = ['tag', '--list', `${prefix}[0-9]*`];
    if (pointsAt) args.push('--points-at', pointsAt);
    return (await this.out(args))
      .split('\n')
      .map((name) => asVersionTag(name.trim(), prefix))
      .filter((t): t is VersionTag => t !== undefined);
  }

  /** The commits in `from..to` (all of `to`'s history without `from`), newest first, with parents. */
  async commitsBetween(from: string | undefined, to: string): Promise<CommitNode[]> {
    const range = from ? [`${from}..${to}`] : [to];
    const text = await this.out(['log', '--format=%H%x1f%P%x1f%B%x1e', ...range, '--']);
    return text
      .split('\x1e')
      .map((record) => record.replace(/^\n/, ''))
      .filter((record) => record.trim() !== '')
      .map((record) => {
        const [sha = '', parents = '', message = ''] = record.split('\x1f');
        return { sha, parents: parents.split(' ').filter(Boolean), message };
      });
  }

  /** Migrations added between `from` (or the empty tree) and `to`: files under a `migrations/` directory. */
  async addedMigrations(from: string | undefined, to: string): Promise<string[]> {
    const base = from ?? (await this.out(['hash-object', '-t', 'tree', '--stdin'], { input: '' })).trim();
    const text = await this.out(['diff', '--name-status', '--no-renames', '--diff-filter=A', base, to, '--']);
    return text
      .split('\n')
      .map((line) => line.split('\t')[1] ?? '')
      .filter(isMigration);
  }

  /** The commit a local tag points at, or undefined when there is no such tag. */
  async tagCommit(tag: string): Promise<string | undefined> {
    const result = await this.run(['rev-parse', '--verify', '--quiet', `refs/tags/${tag}^{commit}`]);
    return result.exitCode === 0 ? result.stdout.trim() : undefined;
  }

  /** Creates the annotated tag `tag` at `sha`. */
  async createAnnotatedTag(tag: string, sha: string, message: string, tagger: Tagger): Promise<void> {
    const identity: Env = { GIT_COMMITTER_NAME: tagger.name, GIT_COMMITTER_EMAIL: tagger.email };
    await this.out(['tag', '--annotate', '--file=-', '--', tag, sha], { input: message, env: identity });
  }

  async deleteTag(tag: string): Promise<void> {
    await this.run(['tag', '--delete', '--', tag]);
  }

  /** `git push --atomic --porcelain` of the refspecs; the result whatever it is. */
  push(remote: string, refspecs: readonly string[]): Promise<RunResult> {
    return this.run(['push', '--atomic', '--porcelain', '--no-verify', remote, ...refspecs]);
  }

  /** Fetches the remote's tag into the local tag of that name; its commit, or undefined when the remote has none. */
  async fetchTag(remote: string, tag: string): Promise<string | undefined> {
    const ref = `refs/tags/${tag}`;
    const listed = await this.run(['ls-remote', '--exit-code', '--tags', remote, ref]);
    if (listed.exitCode === 2) return undefined;
    if (listed.exitCode !== 0) throw new Error(`git ls-remote ${remote} failed: ${gitMessage(listed)}`);
    await this.out(['fetch', '--quiet', '--no-tags', '--no-write-fetch-head', remote, `+${ref}:${ref}`]);
    return this.tagCommit(tag);
  }

  /** Whether the checkout has the remote. */
  async hasRemote(remote: string): Promise<boolean> {
    return (await this.run(['remote', 'get-url', '--', remote])).exitCode === 0;
  }
}

/** A migration: a `.py` or `.sql` file right under a `migrations/` directory, other than `__init__.py`. */
export function isMigration(file: string): boolean {
  return /(^|\/)migrations\/[^/]+\.(py|sql)$/.test(file) && !file.endsWith('/__init__.py');
}

function asVersionTag(name: string, prefix: string): VersionTag | undefined {
  if (!name.startsWith(prefix)) return undefined;
  const version = parseVersion(name.slice(prefix.length));
  return version ? { tag: name, version } : undefined;
}

/**
 * The two releases in git: resolving `from` and `to` (a ref, a tag, the previous semver tag),
 * exporting a release's tree into a temporary folder with `git archive` (the user's checkout,
 * index and HEAD are never touched), and the commit that added a file.
 */
import { mkdir, rm } from 'node:fs/promises';
import { ConfigError, type GitRunner, gitMessage, runProcess } from '@maint-actions/core';

/** A release: what the user named and the commit it is. */
export interface Release {
  readonly ref: string;
  readonly sha: string;
}

/** `1.4.2` from `v1.4.2` / `1.4.2` / `release-1.4.2`? Only `v?X.Y.Z` with an optional pre-release. */
const SEMVER = /^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?$/;

/** Compares two semver tags (pre-releases before their release); null when one is not semver. */
export function compareSemver(a: string, b: string): number | null {
  const x = SEMVER.exec(a);
  const y = SEMVER.exec(b);
  if (!x || !y) return null;
  for (let i = 1; i <= 3; i++) {
    const d = Number(x[i]) - Number(y[i]);
    if (d !== 0) return d;
  }
  if (x[4] === y[4]) return 0;
  if (x[4] === undefined) return 1;
  if (y[4] === undefined) return -1;
  return x[4] < y[4] ? -1 : 1;
}

/**
 * The commit of `ref`. @throws ConfigError naming `input` and the ref when git does not know it.
 */
export async function resolveRelease(git: GitRunner, ref: string, input: 'from' | 'to'): Promise<Release> {
  const result = await git.run(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
  const sha = result.stdout.trim();
  if (result.exitCode !== 0 || !/^[0-9a-f]{40,64}$/.test(sha)) {
    const what =
      input === 'from'
        ? 'the release running now (a tag such as v1.4.2, a branch or a commit)'
        : 'the release to go back to (a tag such as v1.4.1, a commit, or the path of a backup manifest.json)';
    throw new ConfigError(
      `Input "${input}": ${JSON.stringify(ref)} is not a commit of this repository (fetch the tags, such as actions/checkout's fetch-depth: 0); set it to ${what}.`,
      { input },
    );
  }
  return { ref, sha };
}

/**
 * The release before `from`: the highest semver tag reachable from `from` that is not on
 * `from`'s commit and sorts before `from`'s own tags. @throws ConfigError when there is none.
 */
export async function previousRelease(git: GitRunner, from: Release): Promise<Release> {
  const listing = await git.out([
    'tag',
    '--merged',
    from.sha,
    '--format=%(refname:strip=2) %(objectname) %(*objectname)',
  ]);
  const own: string[] = [];
  const older: { tag: string; sha: string }[] = [];
  for (const line of listing.split('\n')) {
    const [tag, object, peeled] = line.trim().split(' ');
    if (!tag || compareSemver(tag, tag) === null) continue;
    const sha = peeled || object || '';
    if (sha === from.sha) own.push(tag);
    else older.push({ tag, sha });
  }
  const ceiling = own.sort((a, b) => compareSemver(a, b) ?? 0).at(0);
  const candidates = older
    .filter((t) => ceiling === undefined || (compareSemver(t.tag, ceiling) ?? 0) < 0)
    .sort((a, b) => compareSemver(a.tag, b.tag) ?? 0);
  const previous = candidates.at(-1);
  if (!previous) {
    throw new ConfigError(
      `Input "to": there is no release tag (v1.2.3) before ${JSON.stringify(from.ref)} to go back to; set "to" to a tag, a commit or a backup manifest.json (fetch the tags with fetch-depth: 0).`,
      { input: 'to' },
    );
  }
  return { ref: previous.tag, sha: previous.sha };
}

/**
 * Writes the tree of `sha` under `prefix` (the working directory, relative to the repository
 * root; empty for the root) into `dest`, through `git archive` and `tar`. Returns `dest`.
 */
export async function exportTree(
  git: GitRunner,
  sha: string,
  prefix: string,
  dest: string,
  env: Readonly<Record<string, string | undefined>>,
): Promise<string> {
  await mkdir(dest, { recursive: true });
  const archive = `${dest}.tar`;
  try {
    // `<sha>:<prefix>` is the working directory's tree, named from the repository root.
    const tree = prefix ? `${sha}:${prefix}` : sha;
    const result = await git.run(['archive', '--format=tar', `--output=${archive}`, tree]);
    if (result.exitCode !== 0) {
      throw new ConfigError(
        `Input "working-directory": ${prefix || '.'} is not in the tree of ${sha.slice(0, 12)} (${gitMessage(result)}).`,
        { input: 'working-directory' },
      );
    }
    const tar = await runProcess({
      command: 'tar',
      args: ['-x', '-f', archive, '-C', dest],
      env,
      timeoutMs: 5 * 60_000,
    });
    if (tar.exitCode !== 0) throw new Error(`tar could not extract the tree of ${sha}: ${tar.stderr.trim()}`);
  } finally {
    await rm(archive, { force: true });
  }
  return dest;
}

/** The oldest commit of `range` (such as `to..from`) that added `file`, or undefined. */
export async function commitAdding(git: GitRunner, range: string, file: string): Promise<string | undefined> {
  const out = await git.out(['log', '--format=%H', '--diff-filter=A', '--reverse', range, '--', file]);
  return out.split('\n')[0]?.trim() || undefined;
}

/** Whether `ancestor` is `descendant` or one of its ancestors. */
export async function isAncestor(git: GitRunner, ancestor: string, descendant: string): Promise<boolean> {
  const result = await git.run(['merge-base', '--is-ancestor', ancestor, descendant]);
  return result.exitCode === 0;
}

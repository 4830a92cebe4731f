/**
 * What a tag-release run checks before it plans anything: the inputs, the checkout, the host's
 * API and the release assets. Every problem here is a configuration error naming its input.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  ConfigError,
  defaultReportDir,
  type Platform,
  parseGitAuthor,
  type ReleaseAsset,
  type Releases,
  secrets,
} from '@maint-actions/core';
import { Git, type Tagger, type VersionTag } from './git';
import { githubLinks, gitlabLinks, type HostLinks, NO_LINKS } from './notes';
import type { TagReleaseInputs } from './plan';

/** The run's checked set-up. */
export interface Setup {
  readonly workspace: string;
  readonly reportDir: string;
  /** The prefix of version tags (`''` for bare versions). */
  readonly prefix: string;
  readonly movingKinds: readonly string[];
  readonly tagger: Tagger;
  readonly git: Git;
  /** The commit to release. */
  readonly sha: string;
  /** The host's releases API, when the run needs it (not in a dry run). */
  readonly releases: Releases | undefined;
  readonly assets: readonly ReleaseAsset[];
  /** Every version tag of the repository. */
  readonly tagged: readonly VersionTag[];
}

/** Checks the inputs and the checkout, reads the assets and the tags. */
export async function prepare(platform: Platform, inputs: TagReleaseInputs): Promise<Setup> {
  const workspace = path.resolve(platform.context.workspace);
  const reportDir = path.resolve(workspace, inputs.reportDir ?? defaultReportDir(workspace, 'tag-release'));
  if (inputs.token) {
    platform.setSecret(inputs.token);
    secrets.add(inputs.token);
  }
  const prefix = tagPrefix(inputs.tagPrefix);
  const movingKinds = checkMovingTags(inputs.movingTags);
  const tagger = parseGitAuthor(inputs.gitAuthor);
  const git = new Git(workspace, platform.env);
  await git.checkCheckout();
  const sha = await git.resolveCommit(inputs.target ?? 'HEAD');
  const releases = inputs.dryRun ? undefined : hostReleases(platform, inputs);
  const assets = inputs.createRelease ? await readAssets(workspace, inputs.assets ?? []) : [];
  if (!inputs.dryRun && inputs.push === 'git' && !(await git.hasRemote(inputs.gitRemote))) {
    throw new ConfigError(
      `Input "git-remote": the checkout has no remote ${JSON.stringify(inputs.gitRemote)}.`,
      {
        input: 'git-remote',
      },
    );
  }
  const tagged = await git.versionTags(prefix);
  return { workspace, reportDir, prefix, movingKinds, tagger, git, sha, releases, assets, tagged };
}

/** The host's releases API when this run needs it. @throws ConfigError naming `token` when there is none. */
function hostReleases(platform: Platform, inputs: TagReleaseInputs): Releases | undefined {
  if (!inputs.createRelease && inputs.push !== 'api') return undefined;
  const releases = platform.repoHost(inputs.token)?.releases;
  if (releases) return releases;
  const needs = inputs.push === 'api' ? 'the api push mode and releases need' : 'creating the release needs';
  throw new ConfigError(
    `Input "token": ${needs} the repository host's API, which this run has not (GitHub: a token with contents: write; GitLab: a project access token with the api scope); or set create-release: false and push: git.`,
    { input: 'token' },
  );
}

/** The release assets, read now so a missing file stops the run before anything is tagged. */
async function readAssets(workspace: string, files: readonly string[]): Promise<ReleaseAsset[]> {
  const assets: ReleaseAsset[] = [];
  for (const file of files) {
    const content = await readFile(path.resolve(workspace, file)).catch(() => {
      throw new ConfigError(`Input "assets": ${file} does not exist or cannot be read.`, { input: 'assets' });
    });
    assets.push({ name: path.basename(file), content, contentType: contentType(file) });
  }
  return assets;
}

function contentType(file: string): string {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.yml' || ext === '.yaml') return 'application/yaml';
  if (ext === '.json') return 'application/json';
  if (ext === '.md' || ext === '.txt') return 'text/plain; charset=utf-8';
  return 'application/octet-stream';
}

/** The prefix of version tags: `none` for bare versions. @throws ConfigError naming `tag-prefix`. */
function tagPrefix(text: string): string {
  const prefix = text === 'none' ? '' : text;
  if (/^[A-Za-z0-9._/-]*$/.test(prefix) && !prefix.startsWith('-') && !prefix.includes('..')) return prefix;
  throw new ConfigError(
    `Input "tag-prefix" must be letters, digits, ".", "_", "/" or "-", or none (got ${JSON.stringify(text)}).`,
    { input: 'tag-prefix' },
  );
}

/** @throws ConfigError naming `moving-tags` when `none` comes with other values. */
function checkMovingTags(kinds: readonly string[]): readonly string[] {
  if (kinds.includes('none') && kinds.length > 1) {
    throw new ConfigError('Input "moving-tags" must be none, major, or major,minor; none goes alone.', {
      input: 'moving-tags',
    });
  }
  return kinds;
}

/** Links to pull/merge requests and commits on the host this run is on (its web URL from the context). */
export function hostLinks(platform: Pick<Platform, 'kind' | 'context'>): HostLinks {
  const { webUrl } = platform.context;
  if (platform.kind === 'github' && webUrl) return githubLinks(webUrl);
  if (platform.kind === 'gitlab' && webUrl) return gitlabLinks(webUrl);
  return NO_LINKS;
}

/**
 * The version to publish: the `version` input, else the tag on the current commit. Versions are
 * path segments of every target, so only safe names are accepted.
 */
import { CommandNotFoundError, ConfigError, runProcess } from '@maint-actions/core';

type Env = Readonly<Record<string, string | undefined>>;

export interface ResolvedVersion {
  /** Such as `1.4.2`. */
  readonly version: string;
  /** The git tag of the version: the tag found on the commit, else `v<version>`. */
  readonly tag: string;
}

/** Letters, digits, `.`, `_`, `+` and `-`, starting with a letter or digit. */
const SAFE_VERSION = /^[0-9A-Za-z][0-9A-Za-z._+-]*$/;

/**
 * The version from `input`, else from the tag of the current commit: `git describe --tags
 * --exact-match` in `workspace`, else `ciTag`, the tag the CI says it builds (the run context's
 * `tag`), for checkouts that did not fetch tags. A leading `v` before a digit is dropped: `v1.4.2`
 * is `1.4.2`.
 *
 * @throws ConfigError naming `version` when neither gives one, or the version is not a safe name.
 */
export async function resolveVersion(
  input: string | undefined,
  workspace: string,
  env: Env,
  ciTag: string | undefined,
): Promise<ResolvedVersion> {
  const tag = (await describeTag(workspace, env)) ?? ciTag;
  if (input !== undefined) {
    const version = checkVersion(input);
    return { version, tag: tag !== undefined && stripV(tag) === version ? tag : `v${version}` };
  }
  if (tag === undefined) {
    throw new ConfigError(
      'Input "version" is not set and the current commit has no tag: set "version", or run on a tag.',
      { input: 'version' },
    );
  }
  return { version: checkVersion(stripV(tag)), tag };
}

/** `v1.2.3` -> `1.2.3`; other names are kept. */
export function stripV(tag: string): string {
  return /^v\d/.test(tag) ? tag.slice(1) : tag;
}

function checkVersion(version: string): string {
  if (SAFE_VERSION.test(version) && version !== 'latest' && !version.includes('..')) return version;
  throw new ConfigError(
    `Input "version" must be a version such as 1.4.2 (letters, digits, ".", "_", "+" and "-"; not "latest"), got ${JSON.stringify(version)}.`,
    { input: 'version' },
  );
}

/** The tag on HEAD (`git describe --tags --exact-match`), or undefined (no tag, no git, no repository). */
async function describeTag(workspace: string, env: Env): Promise<string | undefined> {
  try {
    const result = await runProcess({
      command: 'git',
      args: ['describe', '--tags', '--exact-match', 'HEAD'],
      cwd: workspace,
      env: { ...env, LC_ALL: 'C' },
      timeoutMs: 30_000,
    });
    const tag = result.stdout.trim();
    return result.exitCode === 0 && tag !== '' ? tag : undefined;
  } catch (error) {
    if (error instanceof CommandNotFoundError) return undefined;
    throw error;
  }
}

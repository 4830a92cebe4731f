/**
 * THE GitHub entry: each action's `main.ts` is `await runGithubAction(definition)`. It is the
 * only place that calls `setFailed` or sets the exit code.
 */
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ActionDefinition, ActionSpec, RepoConfig } from '@maint-actions/core';
import {
  configFor,
  describeError,
  ExitCode,
  executeAction,
  loadConfig,
  setFailureOutputs,
} from '@maint-actions/core';
import { useAwsWebIdentity } from './oidc';
import { createGithubPlatform } from './platform';
import { runner } from './workflow-commands';

/** The one line given to `setFailed`; the detailed message is already in the log above it. */
function failureLine(spec: ActionSpec, code: ExitCode): string {
  return code === ExitCode.ConfigError
    ? `${spec.title}: configuration error (see the message above)`
    : `${spec.title} failed (see the report above)`;
}

/** A ref that pins a release: a version tag (`v1`, `v1.4`, `v1.4.2`, `v2.0.0-rc.1`) or a full commit SHA. */
const PINNED_REF = /^(v?\d+(\.\d+){0,2}|v?\d+\.\d+\.\d+-[0-9A-Za-z.-]+|[0-9a-f]{40})$/;

/**
 * The warning for an action used at a branch (such as `@main`), whose code changes with every
 * push; undefined for a version tag, a commit SHA or a local action (`uses: ./...`, no ref). The
 * ref is GITHUB_ACTION_REF, else the `_actions/<owner>/<repo>/<ref>/` part of GITHUB_ACTION_PATH.
 */
export function branchRefWarning(env: Readonly<Record<string, string | undefined>>): string | undefined {
  const ref =
    env.GITHUB_ACTION_REF?.trim() || env.GITHUB_ACTION_PATH?.match(/_actions\/[^/]+\/[^/]+\/([^/]+)/)?.[1];
  if (!ref || PINNED_REF.test(ref)) return undefined;
  const repo = env.GITHUB_ACTION_REPOSITORY?.trim() || 'this repository';
  return `This action runs at the branch "${ref}" of ${repo}, which changes with every push: pin a major tag such as @v1 (fixes, new gates only as warnings), or @v1.4.2 or a commit SHA for exactly this code.`;
}

/**
 * Runs an action on GitHub: creates the platform, warns when the action is used at a branch, reads the action's section of
 * `.maint-actions.yml` in the workspace, executes the action and, on a non-zero exit code, calls
 * `setFailed` and sets `process.exitCode` (2 for a configuration error, 1 for a failed verdict or
 * a bug). A config file that cannot be read is a configuration error.
 */
export async function runGithubAction<S extends ActionSpec>(definition: ActionDefinition<S>): Promise<void> {
  const platform = createGithubPlatform();
  const unpinned = branchRefWarning(process.env);
  if (unpinned) platform.log.warning(unpinned, { title: 'Unpinned action' });
  let config: Record<string, unknown>;
  let repoConfig: RepoConfig;
  try {
    // The whole file is checked, every action's section and not only this one's.
    repoConfig = await loadConfig(platform.context.workspace, undefined, {
      actions: [definition.spec],
    });
    config = configFor(repoConfig, definition.spec, platform.context.workspace);
  } catch (error) {
    platform.log.error(describeError(error).message.replace(/\s*\r?\n\s*/g, ' '));
    await setFailureOutputs(definition.spec, platform);
    fail(definition.spec, ExitCode.ConfigError);
    return;
  }
  // Actions that reach S3 (their spec has `s3-region`) may assume an AWS role with the job's OIDC token.
  if ('s3-region' in definition.spec.inputs) await useAwsWebIdentity(platform.log);
  const code = await executeAction(definition, platform, { config, repoConfig });
  if (code !== ExitCode.Passed) fail(definition.spec, code);
}

/**
 * True when the module at `moduleUrl` (an entry's `import.meta.url`) is the script node was
 * started with (`process.argv[1]`), as when the runner runs `node dist/<name>/index.js`; false
 * when another program imports it, such as @github/local-action, which imports the entry and
 * calls its exported `run()` itself. Links are resolved on both sides.
 */
export function isEntryScript(moduleUrl: string, script: string | undefined = process.argv[1]): boolean {
  if (!script || !moduleUrl.startsWith('file:')) return false;
  try {
    return realpathSync(fileURLToPath(moduleUrl)) === realpathSync(path.resolve(script));
  } catch {
    return false;
  }
}

function fail(spec: ActionSpec, code: ExitCode): void {
  runner.setFailed(failureLine(spec, code), code);
}

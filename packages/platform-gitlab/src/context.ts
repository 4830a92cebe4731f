/**
 * The run context of a GitLab CI job, read from its predefined `CI_*` variables.
 */
import os from 'node:os';
import type { RunContext } from '@maint-actions/core';

type Env = Readonly<Record<string, string | undefined>>;

/** A positive integer variable, or undefined when unset or not a number. */
function positiveInt(value: string | undefined): number | undefined {
  if (!value || !/^\d+$/.test(value)) return undefined;
  const n = Number(value);
  return n > 0 ? n : undefined;
}

/** `value` unless it is unset or empty. */
function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}

/** Builds the RunContext from `CI_*` variables (workspace falls back to the current directory). */
export function gitlabContext(env: Env): RunContext {
  return {
    workspace: nonEmpty(env.CI_PROJECT_DIR) ?? process.cwd(),
    tempDir: nonEmpty(env.TMPDIR) ?? os.tmpdir(),
    sha: nonEmpty(env.CI_COMMIT_SHA),
    refName: nonEmpty(env.CI_COMMIT_REF_NAME),
    repository: nonEmpty(env.CI_PROJECT_PATH),
    changeNumber: positiveInt(env.CI_MERGE_REQUEST_IID),
    baseRef: nonEmpty(env.CI_MERGE_REQUEST_TARGET_BRANCH_NAME),
    event: nonEmpty(env.CI_PIPELINE_SOURCE),
    runUrl: nonEmpty(env.CI_JOB_URL),
    nodeIndex: positiveInt(env.CI_NODE_INDEX),
    nodeTotal: positiveInt(env.CI_NODE_TOTAL),
  };
}

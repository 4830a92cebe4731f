/**
 * The run context of a GitLab CI job, read from its predefined `CI_*` variables.
 */
import os from 'node:os';
import type { ChangeRequestInfo, RunContext } from '@maint-actions/core';

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

/** The project's web page: CI_PROJECT_URL, else CI_SERVER_URL + CI_PROJECT_PATH. */
function webUrl(env: Env): string | undefined {
  const project = nonEmpty(env.CI_PROJECT_URL);
  if (project) return project;
  const server = nonEmpty(env.CI_SERVER_URL);
  const repository = nonEmpty(env.CI_PROJECT_PATH);
  return server && repository ? `${server}/${repository}` : undefined;
}

/** Comma-separated labels (CI_MERGE_REQUEST_LABELS) as a list. */
function splitLabels(text: string | undefined): string[] {
  return (text ?? '')
    .split(',')
    .map((label) => label.trim())
    .filter(Boolean);
}

/**
 * The merge request from its `CI_MERGE_REQUEST_*` variables, which GitLab sets in merge request
 * pipelines only; undefined when none of them is set.
 */
function changeRequest(env: Env): ChangeRequestInfo | undefined {
  const names = [
    'CI_MERGE_REQUEST_IID',
    'CI_MERGE_REQUEST_TITLE',
    'CI_MERGE_REQUEST_DESCRIPTION',
    'CI_MERGE_REQUEST_LABELS',
    'CI_MERGE_REQUEST_DIFF_BASE_SHA',
  ];
  if (names.every((name) => nonEmpty(env[name]) === undefined)) return undefined;
  return {
    title: nonEmpty(env.CI_MERGE_REQUEST_TITLE),
    description: env.CI_MERGE_REQUEST_DESCRIPTION ?? '',
    labels: splitLabels(env.CI_MERGE_REQUEST_LABELS),
    descriptionTruncated: env.CI_MERGE_REQUEST_DESCRIPTION_IS_TRUNCATED === 'true',
    baseSha: nonEmpty(env.CI_MERGE_REQUEST_DIFF_BASE_SHA),
  };
}

/** Builds the RunContext from `CI_*` variables (workspace falls back to the current directory). */
export function gitlabContext(env: Env): RunContext {
  return {
    workspace: nonEmpty(env.CI_PROJECT_DIR) ?? process.cwd(),
    tempDir: nonEmpty(env.TMPDIR) ?? os.tmpdir(),
    sha: nonEmpty(env.CI_COMMIT_SHA),
    refName: nonEmpty(env.CI_COMMIT_REF_NAME),
    tag: nonEmpty(env.CI_COMMIT_TAG),
    repository: nonEmpty(env.CI_PROJECT_PATH),
    webUrl: webUrl(env),
    changeRequest: changeRequest(env),
    changeNumber: positiveInt(env.CI_MERGE_REQUEST_IID),
    baseRef: nonEmpty(env.CI_MERGE_REQUEST_TARGET_BRANCH_NAME),
    event: nonEmpty(env.CI_PIPELINE_SOURCE),
    runUrl: nonEmpty(env.CI_JOB_URL),
    nodeIndex: positiveInt(env.CI_NODE_INDEX),
    nodeTotal: positiveInt(env.CI_NODE_TOTAL),
  };
}

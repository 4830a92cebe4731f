/**
 * The run context of a GitHub Actions job: `GITHUB_*` variables and the event payload file.
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import type { ChangeRequestInfo, RunContext } from '@maint-actions/core';

type Env = Readonly<Record<string, string | undefined>>;

/** The parts of an event payload we read (`pull_request`, `pull_request_target`, `merge_group`). */
interface EventPayload {
  pull_request?: {
    number?: number;
    title?: string | null;
    body?: string | null;
    labels?: readonly { name?: string }[];
    base?: { ref?: string; sha?: string };
  };
  merge_group?: { base_ref?: string };
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}

/** The event payload at GITHUB_EVENT_PATH, or an empty one when it is missing or unreadable. */
export function readEventPayload(env: Env): EventPayload {
  const file = nonEmpty(env.GITHUB_EVENT_PATH);
  if (!file) return {};
  try {
    const payload: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return typeof payload === 'object' && payload !== null ? (payload as EventPayload) : {};
  } catch {
    return {};
  }
}

/** `https://github.com/<owner>/<repo>` (GITHUB_SERVER_URL, default github.com) when the repository is set. */
function webUrl(env: Env): string | undefined {
  const repository = nonEmpty(env.GITHUB_REPOSITORY);
  if (!repository) return undefined;
  const server = (nonEmpty(env.GITHUB_SERVER_URL) ?? 'https://github.com').replace(/\/+$/, '');
  return `${server}/${repository}`;
}

/** `https://github.com/<owner>/<repo>/actions/runs/<id>` when the variables are set. */
function runUrl(env: Env): string | undefined {
  const repository = webUrl(env);
  const runId = nonEmpty(env.GITHUB_RUN_ID);
  return repository && runId ? `${repository}/actions/runs/${runId}` : undefined;
}

/** The pull request of a `pull_request`/`pull_request_target` payload; undefined for other events. */
function changeRequest(pr: EventPayload['pull_request']): ChangeRequestInfo | undefined {
  if (!pr || typeof pr !== 'object') return undefined;
  return {
    title: nonEmpty(pr.title ?? undefined),
    description: pr.body ?? '',
    labels: (pr.labels ?? []).flatMap((label) => (label.name ? [label.name] : [])),
    baseSha: nonEmpty(pr.base?.sha),
  };
}

/**
 * Builds the RunContext. For a pull request, `refName` is the head branch (GITHUB_HEAD_REF, as
 * GitLab's CI_COMMIT_REF_NAME is the MR's source branch), not GITHUB_REF_NAME's `<n>/merge`.
 * A merge-group run has the queue's base branch but no single change number.
 */
export function githubContext(env: Env): RunContext {
  const payload = readEventPayload(env);
  const pr = payload.pull_request;
  const mergeGroupBase = payload.merge_group?.base_ref?.replace(/^refs\/heads\//, '');
  return {
    workspace: nonEmpty(env.GITHUB_WORKSPACE) ?? process.cwd(),
    tempDir: nonEmpty(env.RUNNER_TEMP) ?? os.tmpdir(),
    sha: nonEmpty(env.GITHUB_SHA),
    refName: nonEmpty(env.GITHUB_HEAD_REF) ?? nonEmpty(env.GITHUB_REF_NAME),
    tag: env.GITHUB_REF_TYPE === 'tag' ? nonEmpty(env.GITHUB_REF_NAME) : undefined,
    repository: nonEmpty(env.GITHUB_REPOSITORY),
    webUrl: webUrl(env),
    changeNumber: typeof pr?.number === 'number' ? pr.number : undefined,
    baseRef: nonEmpty(pr?.base?.ref) ?? nonEmpty(mergeGroupBase),
    changeRequest: changeRequest(pr),
    event: nonEmpty(env.GITHUB_EVENT_NAME),
    runUrl: runUrl(env),
  };
}

/**
 * The PR/MR description and labels: from the inputs when set, else from the CI platform
 * (GitHub's event payload, GitLab's `CI_MERGE_REQUEST_*` variables).
 */
import { readFileSync } from 'node:fs';
import type { Platform } from '@maint-actions/core';

/** The parts of a GitHub `pull_request` event payload read here. */
interface PullRequestPayload {
  readonly pull_request?: {
    readonly body?: string | null;
    readonly labels?: readonly { readonly name?: string }[];
    readonly base?: { readonly sha?: string };
  };
}

export interface ChangeRequest {
  readonly description: string;
  readonly labels: readonly string[];
  /** GitLab cut the description (CI_MERGE_REQUEST_DESCRIPTION keeps its first 2,700 characters). */
  readonly truncated?: boolean;
  /**
   * The exact base commit of this run: the payload's `pull_request.base.sha` (the first parent of
   * the PR's merge commit) or GitLab's `CI_MERGE_REQUEST_DIFF_BASE_SHA` (the merge base).
   */
  readonly baseSha?: string;
}

/** The description and labels, each input taking precedence over what the platform provides. */
export function changeRequestOf(
  platform: Pick<Platform, 'kind' | 'env'>,
  inputs: { readonly prBody?: string; readonly prLabels?: readonly string[] },
): ChangeRequest {
  const fromPlatform = platformChangeRequest(platform);
  return {
    description: inputs.prBody ?? fromPlatform.description,
    labels: inputs.prLabels ?? fromPlatform.labels,
    truncated: inputs.prBody === undefined && fromPlatform.truncated,
    baseSha: fromPlatform.baseSha,
  };
}

function platformChangeRequest({ kind, env }: Pick<Platform, 'kind' | 'env'>): ChangeRequest {
  if (kind === 'gitlab') {
    return {
      description: env.CI_MERGE_REQUEST_DESCRIPTION ?? '',
      labels: splitLabels(env.CI_MERGE_REQUEST_LABELS),
      truncated: env.CI_MERGE_REQUEST_DESCRIPTION_IS_TRUNCATED === 'true',
      baseSha: env.CI_MERGE_REQUEST_DIFF_BASE_SHA || undefined,
    };
  }
  if (kind === 'github') {
    const pr = readPayload(env.GITHUB_EVENT_PATH).pull_request;
    return {
      description: pr?.body ?? '',
      labels: (pr?.labels ?? []).flatMap((label) => (label.name ? [label.name] : [])),
      baseSha: pr?.base?.sha || undefined,
    };
  }
  return { description: '', labels: [] };
}

function splitLabels(text: string | undefined): string[] {
  return (text ?? '')
    .split(',')
    .map((label) => label.trim())
    .filter(Boolean);
}

/** The event payload, or an empty one when the file is missing or not JSON. */
function readPayload(file: string | undefined): PullRequestPayload {
  if (!file) return {};
  try {
    const payload: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return typeof payload === 'object' && payload !== null ? (payload as PullRequestPayload) : {};
  } catch {
    return {};
  }
}

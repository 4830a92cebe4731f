/**
 * The PR/MR description and labels: from the inputs when set, else from the run context the
 * platform adapter fills (GitHub's event payload, GitLab's `CI_MERGE_REQUEST_*` variables).
 */
import type { Platform } from '@maint-actions/core';

export interface ChangeRequest {
  readonly description: string;
  readonly labels: readonly string[];
  /** GitLab cut the description (CI_MERGE_REQUEST_DESCRIPTION keeps its first 2,700 characters). */
  readonly truncated?: boolean;
  /** The exact base commit of this run (see `ChangeRequestInfo.baseSha` in core). */
  readonly baseSha?: string;
}

/** The description and labels, each input taking precedence over what the platform provides. */
export function changeRequestOf(
  platform: Pick<Platform, 'context'>,
  inputs: { readonly prBody?: string; readonly prLabels?: readonly string[] },
): ChangeRequest {
  const fromPlatform = platform.context.changeRequest;
  return {
    description: inputs.prBody ?? fromPlatform?.description ?? '',
    labels: inputs.prLabels ?? fromPlatform?.labels ?? [],
    truncated: inputs.prBody === undefined && fromPlatform?.descriptionTruncated === true,
    baseSha: fromPlatform?.baseSha,
  };
}

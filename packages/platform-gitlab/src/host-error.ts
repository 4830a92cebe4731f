/** GitLab API failures as the HostApiError of the RepoHost contract. */
import { HostApiError, networkErrorIn } from '@maint-actions/core';
import { GitLabApiError } from './api';

/** What a refused token lacks, for issues and releases alike. */
export const API_SCOPE_HINT = 'the token needs the api scope: give a project access token with the api scope';

/**
 * A failed call as a HostApiError: what was being done and GitLab's status and message (never
 * the token: the client redacts it), plus what the token needs on 401/403, or `refusedHint`.
 * Anything else (a bug) is returned as it is.
 */
export function hostApiError(error: unknown, doing: string, refusedHint = API_SCOPE_HINT): unknown {
  if (!(error instanceof GitLabApiError)) return error;
  const rights = error.status === 401 || error.status === 403 ? `: ${refusedHint}` : '';
  // No answer, or one retries did not cure (the network policy gave up): not a refusal.
  const what = networkErrorIn(error) ? 'Could not reach GitLab to' : 'GitLab refused to';
  return new HostApiError(`${what} ${doing} (${error.message})${rights}`, error.status, {
    cause: error,
  });
}

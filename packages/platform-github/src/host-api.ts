/**
 * Shared by the GitHub RepoHost parts: the repository and its client, Octokit error details, and
 * the refusal of a write turned into a HostApiError that names the permission the token lacks.
 */
import { HostApiError, networkErrorIn } from '@maint-actions/core';
import type { GithubClient } from './client';

/** `owner`/`repo` as every Octokit repository method takes them. */
export interface RepoWhere {
  readonly owner: string;
  readonly repo: string;
}

/** The repository the RepoHost parts work on, with the client they share. */
export interface GithubRepo {
  /** The client, made on first use (Octokit loads lazily). */
  readonly getClient: () => Promise<GithubClient>;
  readonly where: RepoWhere;
  /** `owner/name`, for messages. */
  readonly repository: string;
}

/**
 * The HTTP status of an Octokit RequestError, if it is one: GitHub's answer, or the last status
 * of a request the network policy gave up (none when there was no answer; Octokit says 500).
 */
export function httpStatus(error: unknown): number | undefined {
  const network = networkErrorIn(error);
  if (network) return network.status;
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The `code`s of a 422 Validation Failed answer, such as `already_exists`. */
export function validationCodes(error: unknown): string[] {
  const data = (error as { response?: { data?: { errors?: unknown } } } | null)?.response?.data;
  const errors = Array.isArray(data?.errors) ? (data.errors as { code?: unknown }[]) : [];
  return errors.map((e) => String(e.code));
}

/**
 * A failed API call as a HostApiError: what was being done, GitHub's status and message, and on
 * 401/403 the permission the token needs (`permissions:` in the workflow). Octokit's message
 * never holds the token (its request headers are redacted).
 */
export function hostApiError(error: unknown, doing: string, permission: string): HostApiError {
  if (error instanceof HostApiError) return error;
  const network = networkErrorIn(error);
  if (network) {
    // No answer, or one that retries did not cure: the NetworkError names the host.
    return new HostApiError(`Could not reach GitHub to ${doing}: ${network.message}`, network.status ?? 0, {
      cause: error,
    });
  }
  const status = httpStatus(error) ?? 0;
  const rights =
    status === 401 || status === 403
      ? `: the token needs the "${permission}" permission (the job's \`permissions:\`, or a token that has it)`
      : '';
  return new HostApiError(
    `GitHub refused to ${doing} (HTTP ${status}: ${messageOf(error)})${rights}`,
    status,
    {
      cause: error,
    },
  );
}

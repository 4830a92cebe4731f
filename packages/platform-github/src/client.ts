/**
 * The repository host API on GitHub: an Octokit with the REST methods and pagination, for
 * actions that comment on pull requests, create releases or read check runs. Its requests go
 * through the core's `httpFetch` (the network policy: deadlines, bounded retries, proxies).
 */
import { httpFetch, type NetworkPolicy, secrets } from '@maint-actions/core';
import { runner } from './workflow-commands';

/** The Octokit that @actions/github returns (`client.rest.*`, `client.paginate`). */
export type GithubClient = ReturnType<typeof import('@actions/github').getOctokit>;

export interface GithubClientOptions {
  /** API root; GITHUB_API_URL (set by the runner, GHES too) or https://api.github.com by default. */
  readonly baseUrl?: string;
  /** Deadlines and retries; default: the core's `networkPolicy()` of the environment. */
  readonly policy?: NetworkPolicy;
}

/**
 * Creates an authenticated client; the token is masked and registered with the redactor first.
 * Octokit loads on first use: most runs never call the API, and it would slow every start.
 */
export async function githubClient(token: string, options: GithubClientOptions = {}): Promise<GithubClient> {
  runner.mask(token);
  secrets.add(token);
  const baseUrl = options.baseUrl ?? process.env.GITHUB_API_URL;
  const { getOctokit } = await import('@actions/github');
  const { policy } = options;
  // Replaces @actions/github's own fetch and proxy agent: one policy for every client.
  const fetch = (url: string | URL, init?: RequestInit) =>
    httpFetch(url, { ...init, ...(policy ? { policy } : {}) });
  return getOctokit(token, { ...(baseUrl ? { baseUrl } : {}), request: { fetch } });
}

/**
 * Tracking issues on GitHub: one issue per marker, found by the marker line its body starts
 * with among the repository's issues (open and closed; pull requests left out).
 */
import type { HostIssue, IssueTracker } from '@maint-actions/core';
import { commentMarker, hasMarker, markedIssueTracker } from '@maint-actions/core';
import { type GithubRepo, hostApiError } from './host-api';

/** The permission a workflow token needs for tracking issues. */
export const ISSUES_PERMISSION = 'issues: write';

/** The fields of an issue of `GET /repos/{owner}/{repo}/issues` read here. */
interface Issue {
  readonly number: number;
  readonly html_url: string;
  readonly state: string;
  readonly title: string;
  readonly body?: string | null;
  readonly labels: readonly (string | { readonly name?: string })[];
  readonly pull_request?: unknown;
}

function hostIssue(issue: Issue): HostIssue {
  return {
    number: issue.number,
    url: issue.html_url,
    state: issue.state === 'open' ? 'open' : 'closed',
    title: issue.title,
    body: issue.body ?? '',
    labels: issue.labels.map((label) => (typeof label === 'string' ? label : (label.name ?? ''))),
  };
}

/**
 * The GitHub IssueTracker of the repository (core's markedIssueTracker over the Issues API); a
 * comment is posted as an issue comment.
 */
export function githubIssues({ getClient, where, repository }: GithubRepo): IssueTracker {
  /** Runs one call, turning GitHub's refusal into a HostApiError naming the permission. */
  const call = <T>(doing: string, operation: () => Promise<T>): Promise<T> =>
    operation().catch((error: unknown) => {
      throw hostApiError(error, `${doing} in ${repository}`, ISSUES_PERMISSION);
    });

  return markedIssueTracker({
    /** Issues newest-updated first; paging stops at the open marked one. */
    async find(marker) {
      commentMarker(marker);
      const client = await getClient();
      const marked = await call('list the issues', () =>
        client.paginate(
          client.rest.issues.listForRepo,
          { ...where, state: 'all', sort: 'updated', direction: 'desc', per_page: 100 },
          (response, done) => {
            const hits = response.data.filter(
              (issue) => !issue.pull_request && issue.body && hasMarker(issue.body, marker),
            );
            if (hits.some((issue) => issue.state === 'open')) done();
            return hits;
          },
        ),
      );
      const issue = marked.find((i) => i.state === 'open') ?? marked[0];
      return issue && hostIssue(issue);
    },

    async create({ title, body, labels }) {
      const client = await getClient();
      const { data } = await call(`open the issue "${title}"`, () =>
        client.rest.issues.create({ ...where, title, body, labels: [...labels] }),
      );
      return hostIssue(data);
    },

    async update(issue, { title, body, labels }) {
      const client = await getClient();
      const reopen = issue.state !== 'open';
      const { data } = await call(`${reopen ? 'reopen' : 'update'} issue #${issue.number}`, () =>
        client.rest.issues.update({
          ...where,
          issue_number: issue.number,
          title,
          body,
          ...(labels ? { labels: [...labels] } : {}),
          ...(reopen ? { state: 'open' as const } : {}),
        }),
      );
      return hostIssue(data);
    },

    async comment(issue, body) {
      const client = await getClient();
      await call(`comment on issue #${issue.number}`, () =>
        client.rest.issues.createComment({ ...where, issue_number: issue.number, body }),
      );
    },

    async close(issue) {
      const client = await getClient();
      const { data } = await call(`close issue #${issue.number}`, () =>
        client.rest.issues.update({
          ...where,
          issue_number: issue.number,
          state: 'closed',
          state_reason: 'completed',
        }),
      );
      return hostIssue(data);
    },
  });
}

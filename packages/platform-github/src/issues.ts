/**
 * Tracking issues on GitHub: one issue per marker, found by the marker line its body starts
 * with among the repository's issues (open and closed; pull requests left out).
 */
import type { IssueTracker, TrackedIssue } from '@maint-actions/core';
import { commentMarker, hasMarker } from '@maint-actions/core';
import type { GithubClient } from './client';
import { hostApiError, markedBody, type RepoWhere } from './host-api';

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

function tracked(issue: Issue): TrackedIssue {
  return {
    number: issue.number,
    url: issue.html_url,
    state: issue.state === 'open' ? 'open' : 'closed',
    title: issue.title,
    body: issue.body ?? '',
  };
}

function labelNames(issue: Issue): string[] {
  return issue.labels.map((label) => (typeof label === 'string' ? label : (label.name ?? '')));
}

/**
 * The GitHub IssueTracker of `repository`. Labels given to `upsert` are added to the issue's
 * own (a label a person added stays); `comment` is posted when the issue is updated or reopened.
 */
export function githubIssues(
  getClient: () => Promise<GithubClient>,
  where: RepoWhere,
  repository: string,
): IssueTracker {
  const refused = (error: unknown, doing: string) =>
    hostApiError(error, `${doing} in ${repository}`, ISSUES_PERMISSION);

  /** Issues newest-updated first; paging stops at the open marked one. */
  async function findIssue(marker: string): Promise<Issue | undefined> {
    commentMarker(marker);
    const client = await getClient();
    try {
      const marked = await client.paginate(
        client.rest.issues.listForRepo,
        { ...where, state: 'all', sort: 'updated', direction: 'desc', per_page: 100 },
        (response, done) => {
          const hits = response.data.filter(
            (issue) => !issue.pull_request && issue.body && hasMarker(issue.body, marker),
          );
          if (hits.some((issue) => issue.state === 'open')) done();
          return hits;
        },
      );
      return marked.find((issue) => issue.state === 'open') ?? marked[0];
    } catch (error) {
      throw refused(error, `list the issues`);
    }
  }

  async function comment(issueNumber: number, body: string): Promise<void> {
    const client = await getClient();
    try {
      await client.rest.issues.createComment({ ...where, issue_number: issueNumber, body });
    } catch (error) {
      throw refused(error, `comment on issue #${issueNumber}`);
    }
  }

  const tracker: IssueTracker = {
    async find(marker) {
      const issue = await findIssue(marker);
      return issue && tracked(issue);
    },

    async upsert(input) {
      const body = markedBody(input.body, input.marker);
      const existing = await findIssue(input.marker);
      const client = await getClient();
      if (!existing) {
        try {
          const { data } = await client.rest.issues.create({
            ...where,
            title: input.title,
            body,
            labels: [...(input.labels ?? [])],
          });
          return { ...tracked(data), action: 'created' };
        } catch (error) {
          throw refused(error, `open the issue "${input.title}"`);
        }
      }
      const current = labelNames(existing);
      const missing = (input.labels ?? []).filter((label) => !current.includes(label));
      const reopen = existing.state !== 'open';
      if (!reopen && existing.title === input.title && existing.body === body && missing.length === 0) {
        return { ...tracked(existing), action: 'unchanged' };
      }
      let updated: Issue;
      try {
        ({ data: updated } = await client.rest.issues.update({
          ...where,
          issue_number: existing.number,
          title: input.title,
          body,
          ...(missing.length > 0 ? { labels: [...current, ...missing] } : {}),
          ...(reopen ? { state: 'open' as const } : {}),
        }));
      } catch (error) {
        throw refused(error, `${reopen ? 'reopen' : 'update'} issue #${existing.number}`);
      }
      if (input.comment) await comment(existing.number, input.comment);
      return { ...tracked(updated), action: reopen ? 'reopened' : 'updated' };
    },

    async close(marker, text) {
      const open = await findIssue(marker);
      if (open?.state !== 'open') return undefined;
      await comment(open.number, text);
      try {
        const { data } = await (await getClient()).rest.issues.update({
          ...where,
          issue_number: open.number,
          state: 'closed',
          state_reason: 'completed',
        });
        return tracked(data);
      } catch (error) {
        throw refused(error, `close issue #${open.number}`);
      }
    },
  };
  return tracker;
}

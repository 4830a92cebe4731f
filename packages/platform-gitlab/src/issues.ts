/**
 * Tracking issues on GitLab (REST v4): one issue per marker, found by the marker line its
 * description starts with among the project's issues (opened and closed).
 */
import type { HostIssue, IssueTracker } from '@maint-actions/core';
import { commentMarker, hasMarker, markedIssueTracker } from '@maint-actions/core';
import type { GitLabApi } from './api';
import { hostApiError } from './host-error';

/** The fields of an issue of `GET /projects/:id/issues` read here. */
interface Issue {
  readonly iid: number;
  readonly web_url: string;
  readonly state: string;
  readonly title: string;
  readonly description: string | null;
  readonly labels: readonly string[];
}

/** GitLab's issue as core's: `iid` is the number people see, `opened` is open. */
function hostIssue({ iid, web_url, state, title, description, labels }: Issue): HostIssue {
  return {
    number: iid,
    url: web_url,
    state: state === 'opened' ? 'open' : 'closed',
    title,
    body: description ?? '',
    labels,
  };
}

/**
 * The GitLab IssueTracker of `project` (an encoded id or path): core's markedIssueTracker over
 * the Issues API; a comment is posted as a note.
 */
export function gitlabIssues(api: GitLabApi, project: string): IssueTracker {
  const issuesPath = `/projects/${project}/issues`;

  /** Runs one call, turning GitLab's refusal into a HostApiError. */
  async function call<T>(doing: string, operation: () => Promise<T>): Promise<T> {
    try {
      return await operation();
    } catch (error) {
      throw hostApiError(error, `${doing} in project ${decodeURIComponent(project)}`);
    }
  }

  return markedIssueTracker({
    /** The opened marked issue, else the most recently updated closed one (GitLab's search is fuzzy: every issue is read). */
    async find(marker) {
      commentMarker(marker);
      const all = await call('list the issues', () =>
        api.paginate<Issue>(`${issuesPath}?scope=all&state=all&order_by=updated_at&sort=desc`),
      );
      const marked = all.filter((issue) => issue.description && hasMarker(issue.description, marker));
      const issue = marked.find((i) => i.state === 'opened') ?? marked[0];
      return issue && hostIssue(issue);
    },

    async create({ title, body, labels }) {
      const created = await call(`open the issue "${title}"`, () =>
        api.request<Issue>('POST', issuesPath, { title, description: body, labels: labels.join(',') }),
      );
      return hostIssue(created);
    },

    async update(issue, { title, body, labels }) {
      const reopen = issue.state !== 'open';
      const updated = await call(`${reopen ? 'reopen' : 'update'} issue #${issue.number}`, () =>
        api.request<Issue>('PUT', `${issuesPath}/${issue.number}`, {
          title,
          description: body,
          ...(labels ? { labels: labels.join(',') } : {}),
          ...(reopen ? { state_event: 'reopen' } : {}),
        }),
      );
      return hostIssue(updated);
    },

    async comment(issue, body) {
      await call(`comment on issue #${issue.number}`, () =>
        api.request('POST', `${issuesPath}/${issue.number}/notes`, { body }),
      );
    },

    async close(issue) {
      const closed = await call(`close issue #${issue.number}`, () =>
        api.request<Issue>('PUT', `${issuesPath}/${issue.number}`, { state_event: 'close' }),
      );
      return hostIssue(closed);
    },
  });
}

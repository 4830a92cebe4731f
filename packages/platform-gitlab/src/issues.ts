/**
 * Tracking issues on GitLab (REST v4): one issue per marker, found by the marker line its
 * description starts with among the project's issues (opened and closed).
 */
import type { IssueTracker, TrackedIssue } from '@maint-actions/core';
import { commentMarker, hasMarker } from '@maint-actions/core';
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

function tracked(issue: Issue): TrackedIssue {
  return {
    number: issue.iid,
    url: issue.web_url,
    state: issue.state === 'opened' ? 'open' : 'closed',
    title: issue.title,
    body: issue.description ?? '',
  };
}

/**
 * The GitLab IssueTracker of `project` (an encoded id or path). Labels given to `upsert` are
 * added to the issue's own (a label a person added stays); `comment` is posted as a note when
 * the issue is updated or reopened.
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

  /** The opened marked issue, else the most recently updated closed one (GitLab's search is fuzzy: every issue is read). */
  async function findIssue(marker: string): Promise<Issue | undefined> {
    commentMarker(marker);
    const all = await call('list the issues', () =>
      api.paginate<Issue>(`${issuesPath}?scope=all&state=all&order_by=updated_at&sort=desc`),
    );
    const marked = all.filter((issue) => issue.description && hasMarker(issue.description, marker));
    return marked.find((issue) => issue.state === 'opened') ?? marked[0];
  }

  const note = (iid: number, body: string) =>
    call(`comment on issue #${iid}`, () => api.request('POST', `${issuesPath}/${iid}/notes`, { body }));

  return {
    async find(marker) {
      const issue = await findIssue(marker);
      return issue && tracked(issue);
    },

    async upsert(input) {
      const description = hasMarker(input.body, input.marker)
        ? input.body
        : `${commentMarker(input.marker)}\n${input.body}`;
      const existing = await findIssue(input.marker);
      if (!existing) {
        const created = await call(`open the issue "${input.title}"`, () =>
          api.request<Issue>('POST', issuesPath, {
            title: input.title,
            description,
            labels: (input.labels ?? []).join(','),
          }),
        );
        return { ...tracked(created), action: 'created' };
      }
      const missing = (input.labels ?? []).filter((label) => !existing.labels.includes(label));
      const reopen = existing.state !== 'opened';
      if (
        !reopen &&
        existing.title === input.title &&
        existing.description === description &&
        !missing.length
      ) {
        return { ...tracked(existing), action: 'unchanged' };
      }
      const updated = await call(`${reopen ? 'reopen' : 'update'} issue #${existing.iid}`, () =>
        api.request<Issue>('PUT', `${issuesPath}/${existing.iid}`, {
          title: input.title,
          description,
          ...(missing.length > 0 ? { labels: [...existing.labels, ...missing].join(',') } : {}),
          ...(reopen ? { state_event: 'reopen' } : {}),
        }),
      );
      if (input.comment) await note(existing.iid, input.comment);
      return { ...tracked(updated), action: reopen ? 'reopened' : 'updated' };
    },

    async close(marker, comment) {
      const open = await findIssue(marker);
      if (open?.state !== 'opened') return undefined;
      await note(open.iid, comment);
      const closed = await call(`close issue #${open.iid}`, () =>
        api.request<Issue>('PUT', `${issuesPath}/${open.iid}`, { state_event: 'close' }),
      );
      return tracked(closed);
    },
  };
}

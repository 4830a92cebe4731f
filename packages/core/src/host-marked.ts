/**
 * What the GitHub and GitLab RepoHosts decide alike about marked things: the sticky comment of a
 * PR/MR and the tracking issue, each found again by the marker line its body starts with. An
 * adapter gives the calls of its own API (a store); the decisions (create, leave unchanged,
 * update, reopen, add the missing labels, comment) are made here once.
 */
import type { ChangeRequestComments, CommentOutcome, IssueTracker, TrackedIssue } from './platform';
import { commentMarker, hasMarker } from './render/comment';

/** `body` as it is posted: it already starts with the marker line, else the line is put first. */
export function markedBody(body: string, marker: string): string {
  return hasMarker(body, marker) ? body : `${commentMarker(marker)}\n${body}`;
}

/** A marked comment as the host keeps it. */
export interface MarkedComment {
  readonly id: number;
  readonly body: string;
  readonly url?: string | undefined;
}

/** The calls on the comments of one PR (GitHub issue comments) or MR (GitLab notes). */
export interface MarkedCommentStore {
  /** The oldest comment whose first line is the marker. */
  find(marker: string): Promise<MarkedComment | undefined>;
  /** Posts `body`; returns the comment's URL. */
  create(body: string): Promise<string | undefined>;
  /** Replaces the body of comment `id`; returns its URL. */
  update(id: number, body: string): Promise<string | undefined>;
  delete(id: number): Promise<void>;
  /** A failed call as the outcome `skipped` (the host logs why): a comment never fails an action. */
  skipped(marker: string, error: unknown): CommentOutcome;
}

/** The sticky comments of `store`: one per marker, updated in place, never a throw. */
export function markedComments(store: MarkedCommentStore): ChangeRequestComments {
  const guarded = async (marker: string, operation: () => Promise<CommentOutcome>) => {
    try {
      return await operation();
    } catch (error) {
      return store.skipped(marker, error);
    }
  };
  return {
    upsert(marker, body) {
      const text = markedBody(body, marker);
      return guarded(marker, async () => {
        const existing = await store.find(marker);
        if (!existing) return { status: 'created', url: await store.create(text) };
        if (existing.body === text) return { status: 'unchanged', url: existing.url };
        return { status: 'updated', url: await store.update(existing.id, text) };
      });
    },

    remove(marker) {
      commentMarker(marker);
      return guarded(marker, async () => {
        const existing = await store.find(marker);
        if (!existing) return { status: 'unchanged' };
        await store.delete(existing.id);
        return { status: 'deleted' };
      });
    },
  };
}

/** A tracking issue as the host keeps it: with its labels. */
export interface HostIssue extends TrackedIssue {
  readonly labels: readonly string[];
}

/** The calls on the issues of one repository (GitHub) or project (GitLab); each throws a HostApiError. */
export interface MarkedIssueStore {
  /** The open issue whose body starts with the marker, else the most recently updated closed one. */
  find(marker: string): Promise<HostIssue | undefined>;
  create(issue: {
    readonly title: string;
    readonly body: string;
    readonly labels: readonly string[];
  }): Promise<TrackedIssue>;
  /** Sets title and body, `labels` when given (all of them), and reopens a closed issue. */
  update(
    issue: HostIssue,
    change: { readonly title: string; readonly body: string; readonly labels?: readonly string[] },
  ): Promise<TrackedIssue>;
  comment(issue: TrackedIssue, text: string): Promise<void>;
  close(issue: TrackedIssue): Promise<TrackedIssue>;
}

/**
 * The IssueTracker over `store`. Labels given to `upsert` are added to the issue's own (a label a
 * person added stays); its `comment` is posted when the issue is updated or reopened.
 */
export function markedIssueTracker(store: MarkedIssueStore): IssueTracker {
  return {
    async find(marker) {
      const issue = await store.find(marker);
      return issue && tracked(issue);
    },

    async upsert(input) {
      const body = markedBody(input.body, input.marker);
      const labels = input.labels ?? [];
      const existing = await store.find(input.marker);
      if (!existing) {
        const created = await store.create({ title: input.title, body, labels });
        return { ...tracked(created), action: 'created' };
      }
      const missing = labels.filter((label) => !existing.labels.includes(label));
      const reopen = existing.state !== 'open';
      if (!reopen && existing.title === input.title && existing.body === body && missing.length === 0) {
        return { ...tracked(existing), action: 'unchanged' };
      }
      const updated = await store.update(existing, {
        title: input.title,
        body,
        ...(missing.length > 0 ? { labels: [...existing.labels, ...missing] } : {}),
      });
      if (input.comment) await store.comment(existing, input.comment);
      return { ...tracked(updated), action: reopen ? 'reopened' : 'updated' };
    },

    async close(marker, comment) {
      const open = await store.find(marker);
      if (open?.state !== 'open') return undefined;
      await store.comment(open, comment);
      return tracked(await store.close(open));
    },
  };
}

/** The issue's TrackedIssue fields alone (not its labels). */
function tracked({ number, url, state, title, body }: TrackedIssue): TrackedIssue {
  return { number, url, state, title, body };
}

/**
 * The Platform port. `run(ctx)` is the whole action and never imports a platform library;
 * adapters (platform-github, platform-gitlab, the terminal in cli) implement this interface.
 */
import type { Finding } from './report';

export type PlatformKind = 'github' | 'gitlab' | 'terminal';

export interface AnnotationProps {
  readonly title?: string;
  readonly file?: string;
  readonly line?: number;
  readonly endLine?: number;
  readonly column?: number;
}

export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string, props?: AnnotationProps): void;
  error(message: string, props?: AnnotationProps): void;
  /** A collapsible group (GitHub `::group::`, GitLab section, terminal heading). */
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
  isDebug(): boolean;
}

/** Live progress of parallel work: the terminal redraws, CI logs print one line per change. */
export interface ProgressEvent {
  readonly id: string;
  readonly label: string;
  readonly state: 'queued' | 'running' | 'passed' | 'failed' | 'warned' | 'skipped';
  readonly detail?: string;
}

/** CI dependency cache (GitHub: @actions/cache; GitLab: `cache:` in the job, so restore/save are no-ops). */
export interface CacheProvider {
  /** Restores `paths`; returns the key that matched, or undefined on a miss. */
  restore(paths: string[], key: string, restoreKeys?: string[]): Promise<string | undefined>;
  /** Saves `paths` under `key`; never throws for a cache service problem (logs a warning). */
  save(paths: string[], key: string): Promise<void>;
}

export interface RunContext {
  /** Repository root: GITHUB_WORKSPACE, CI_PROJECT_DIR, or the terminal's cwd. */
  readonly workspace: string;
  /** Directory for temporary files (RUNNER_TEMP or os.tmpdir()). */
  readonly tempDir: string;
  readonly sha?: string;
  /** Branch or tag name being built. */
  readonly refName?: string;
  /** The tag being built (GitHub: GITHUB_REF_NAME when GITHUB_REF_TYPE is `tag`; GitLab: CI_COMMIT_TAG). */
  readonly tag?: string;
  /** `owner/name` on GitHub, `group/project` on GitLab. */
  readonly repository?: string;
  /**
   * The repository's web page, for links to commits and changes: `https://github.com/owner/name`
   * (GITHUB_SERVER_URL + GITHUB_REPOSITORY), GitLab's CI_PROJECT_URL. Undefined in a terminal.
   */
  readonly webUrl?: string;
  /** PR or MR number when the run is for one. */
  readonly changeNumber?: number;
  /** The PR's base branch or the MR's target branch. */
  readonly baseRef?: string;
  /** What the host says about the PR/MR this run is for; undefined when the run is for none. */
  readonly changeRequest?: ChangeRequestInfo;
  /** Event name (`pull_request`, `push`, `schedule`, `merge_request_event` ...). */
  readonly event?: string;
  /** A link to this run, for "full report" hints. */
  readonly runUrl?: string;
  /** CI_NODE_INDEX/CI_NODE_TOTAL (GitLab `parallel:`), 1-based index. */
  readonly nodeIndex?: number;
  readonly nodeTotal?: number;
}

/** The PR (GitHub event payload) or MR (GitLab `CI_MERGE_REQUEST_*` variables) of a run. */
export interface ChangeRequestInfo {
  readonly title?: string;
  /** The description as the host hands it to the job ('' when it has none). */
  readonly description: string;
  readonly labels: readonly string[];
  /** GitLab cut the description (CI_MERGE_REQUEST_DESCRIPTION keeps its first 2,700 characters). */
  readonly descriptionTruncated?: boolean;
  /**
   * The exact base commit: the payload's `pull_request.base.sha` (the first parent of the PR's
   * merge commit) or GitLab's `CI_MERGE_REQUEST_DIFF_BASE_SHA` (the merge base).
   */
  readonly baseSha?: string;
}

/** What happened to a sticky comment. `skipped` never fails an action: the summary carries the report. */
export interface CommentOutcome {
  readonly status: 'created' | 'updated' | 'unchanged' | 'deleted' | 'skipped';
  readonly url?: string;
  /** Why it was skipped, such as "the token is read-only (a fork's pull request)". */
  readonly reason?: string;
}

/** The one comment per marker on this run's pull request (GitHub) or merge request (GitLab). */
export interface ChangeRequestComments {
  /** Creates the comment whose first line is `commentMarker(marker)`, or updates it in place. */
  upsert(marker: string, body: string): Promise<CommentOutcome>;
  /** Removes the marked comment, if there is one (for example when what it reported is gone). */
  remove(marker: string): Promise<CommentOutcome>;
}

/** A file to keep on the repository host for a version (a release asset, a generic package). */
export interface HostFile {
  /** Version such as `1.4.2` (GitLab generic package version; GitHub uses `tag`). */
  readonly version: string;
  /** Git tag of the release (GitHub: the release must exist). */
  readonly tag: string;
  /** GitLab generic package name, such as `api-schema`. */
  readonly packageName: string;
  readonly fileName: string;
  readonly content: Buffer;
  readonly contentType: string;
}

/** Files kept by the host: GitHub release assets, GitLab generic packages. */
export interface HostFiles {
  /** Uploads the file, replacing one of the same name; returns its download URL. */
  publish(file: HostFile): Promise<string>;
}

/** An issue the host keeps, found by the marker line its body starts with. */
export interface TrackedIssue {
  readonly number: number;
  readonly url: string;
  readonly state: 'open' | 'closed';
  readonly title: string;
  readonly body: string;
}

export interface TrackedIssueInput {
  /** Marker (see `commentMarker`): the body is stored starting with its line. */
  readonly marker: string;
  readonly title: string;
  readonly body: string;
  readonly labels?: readonly string[];
  /** A comment added on update or reopen, such as "new since the last run: ...". */
  readonly comment?: string;
}

/** One tracking issue per marker: GitHub Issues, GitLab Issues. */
export interface IssueTracker {
  /** The open issue with the marker, else the most recently closed one, else undefined. */
  find(marker: string): Promise<TrackedIssue | undefined>;
  /** Opens it (reopening a closed one), or updates title, body and labels in place. */
  upsert(
    input: TrackedIssueInput,
  ): Promise<TrackedIssue & { readonly action: 'created' | 'reopened' | 'updated' | 'unchanged' }>;
  /** Closes the open marked issue with `comment`; undefined when none is open. */
  close(marker: string, comment: string): Promise<TrackedIssue | undefined>;
}

export interface ReleaseAsset {
  readonly name: string;
  readonly content: Buffer;
  readonly contentType: string;
}

export interface ReleaseInfo {
  readonly tag: string;
  readonly name: string;
  readonly url: string;
  readonly body: string;
  readonly prerelease: boolean;
}

/** Tags and releases through the host's API (no git push, so branch protection needs no personal token). */
export interface Releases {
  get(tag: string): Promise<ReleaseInfo | undefined>;
  /** Creates the release of an existing tag; a release that exists already is returned with `created: false`. */
  create(input: {
    readonly tag: string;
    readonly name: string;
    readonly body: string;
    readonly prerelease: boolean;
    readonly assets?: readonly ReleaseAsset[];
  }): Promise<ReleaseInfo & { readonly created: boolean }>;
  /**
   * Creates an annotated tag at `sha`. A tag that exists at the same commit is `created: false`;
   * at another commit it throws a HostApiError with status 409 (the caller reports it).
   */
  createTag(input: { readonly tag: string; readonly sha: string; readonly message: string }): Promise<{
    readonly created: boolean;
  }>;
  /** Points a moving tag (`v1`, `v1.2`) at `sha`, creating it when missing. */
  moveTag(tag: string, sha: string): Promise<void>;
}

/** The repository host's API as the action's token allows it (GitHub REST, GitLab REST v4). */
export interface RepoHost {
  /** Tracking issues; undefined without a token that may use them. */
  readonly issues?: IssueTracker;
  /** Tags and releases; undefined without a token. */
  readonly releases?: Releases;
  /** Comments on this run's PR/MR; undefined when the run is not for a PR/MR. */
  readonly changeRequest?: ChangeRequestComments;
  /** Release assets (GitHub) or generic packages (GitLab); undefined without a token. */
  readonly files?: HostFiles;
}

export interface Platform {
  readonly kind: PlatformKind;
  readonly context: RunContext;
  readonly log: Logger;
  /** The raw value of an input (kebab-case name), undefined when unset or empty. */
  getInput(name: string): string | undefined;
  /** Sets an output (GitHub step output, GitLab dotenv `MAINT_<ACTION>_<OUTPUT>`, printed in a terminal). */
  setOutput(name: string, value: string): Promise<void>;
  /** Registers a secret: masked by the runner where it can, redacted by our logger everywhere. */
  setSecret(value: string): void;
  /** Appends Markdown to the job summary (GitHub step summary, GitLab artifact, printed in a terminal). */
  writeSummary(markdown: string): Promise<void>;
  /** Annotations on files (GitHub `::error file=...`, terminal `file:line: message`, GitLab: log lines). */
  annotate(findings: readonly Finding[]): void;
  progress(event: ProgressEvent): void;
  readonly cache: CacheProvider;
  /**
   * The repository host's API with `token` (GitHub: a token input defaulting to the job's token;
   * GitLab: a project access token, else CI_JOB_TOKEN where the API allows it). Undefined where
   * there is no host (the terminal without a token).
   */
  repoHost(token: string | undefined): RepoHost | undefined;
  /** Environment the action sees (process.env by default; injected in tests). */
  readonly env: Readonly<Record<string, string | undefined>>;
}

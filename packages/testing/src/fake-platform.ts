/**
 * A Platform that records everything, for unit tests of actions and core. No network, no files
 * unless a test writes them itself.
 */
import os from 'node:os';
import type {
  AnnotationProps,
  CacheProvider,
  CommentOutcome,
  Finding,
  HostFile,
  HostFiles,
  IssueTracker,
  Logger,
  Platform,
  PlatformKind,
  ProgressEvent,
  ReleaseInfo,
  Releases,
  RepoHost,
  RunContext,
  TrackedIssue,
} from '@maint-actions/core';
import { commentMarker, HostApiError, hasMarker } from '@maint-actions/core';

export interface LogLine {
  readonly level: 'debug' | 'info' | 'warning' | 'error' | 'group';
  readonly message: string;
  readonly props?: AnnotationProps;
}

export interface FakePlatformOptions {
  readonly inputs?: Record<string, string>;
  readonly env?: Record<string, string | undefined>;
  readonly context?: Partial<RunContext>;
  readonly kind?: PlatformKind;
  readonly debug?: boolean;
  /** Pre-filled cache entries: key -> restore callback. */
  readonly cache?: CacheProvider;
  /** Whether this run is for a PR/MR whose comments `repoHost` offers (default true). */
  readonly changeRequest?: boolean;
  /** Makes every comment call answer `skipped` with this reason, as a read-only token does. */
  readonly readOnlyReason?: string;
  /** Whether `repoHost` offers `files` (release assets, generic packages); default true. */
  readonly hostFiles?: boolean;
  /** Makes every `files.publish` fail with this message, as a host refusing the upload does. */
  readonly hostFilesFailure?: string;
}

/** A file the fake host keeps, with the token it was uploaded with. */
export interface FakeHostFile extends HostFile {
  readonly token: string | undefined;
}

/** A sticky comment as the fake host keeps it. */
export interface FakeComment {
  readonly marker: string;
  readonly body: string;
  readonly token: string | undefined;
}

export class FakePlatform implements Platform {
  readonly kind: PlatformKind;
  readonly context: RunContext;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cache: CacheProvider;
  readonly lines: LogLine[] = [];
  readonly outputs = new Map<string, string>();
  readonly secrets: string[] = [];
  readonly summaries: string[] = [];
  readonly annotations: Finding[] = [];
  readonly progressEvents: ProgressEvent[] = [];
  /** Sticky comments on the fake PR/MR, by marker. */
  readonly comments = new Map<string, FakeComment>();
  /** Tracking issues of the fake host, in the order they were opened. */
  readonly issues: (TrackedIssue & {
    readonly marker: string;
    labels: readonly string[];
    comments: string[];
  })[] = [];
  /** Releases by tag, and tags (annotated or moving) by name with their commit. */
  readonly releases = new Map<string, ReleaseInfo & { readonly assets: readonly string[] }>();
  readonly tags = new Map<string, { sha: string; message?: string }>();
  /** Files published through `repoHost(...).files`, in order. */
  readonly hostFiles: FakeHostFile[] = [];
  readonly log: Logger;
  private readonly inputs: Record<string, string>;
  private readonly options: FakePlatformOptions;

  constructor(options: FakePlatformOptions = {}) {
    this.options = options;
    this.kind = options.kind ?? 'terminal';
    this.inputs = { ...(options.inputs ?? {}) };
    this.env = options.env ?? {};
    this.context = { workspace: process.cwd(), tempDir: os.tmpdir(), ...options.context };
    this.cache = options.cache ?? {
      restore: async () => undefined,
      save: async () => {},
    };
    const debug = options.debug ?? false;
    const push = (level: LogLine['level'], message: string, props?: AnnotationProps): void => {
      this.lines.push(
        props ? { level, message: this.redact(message), props } : { level, message: this.redact(message) },
      );
    };
    this.log = {
      debug: (m) => push('debug', m),
      info: (m) => push('info', m),
      warning: (m, p) => push('warning', m, p),
      error: (m, p) => push('error', m, p),
      group: async (name, fn) => {
        push('group', name);
        return fn();
      },
      isDebug: () => debug,
    };
  }

  getInput(name: string): string | undefined {
    const value = this.inputs[name];
    return value === undefined || value === '' ? undefined : value;
  }

  async setOutput(name: string, value: string): Promise<void> {
    this.outputs.set(name, value);
  }

  setSecret(value: string): void {
    if (value) this.secrets.push(value);
  }

  async writeSummary(markdown: string): Promise<void> {
    this.summaries.push(this.redact(markdown));
  }

  annotate(findings: readonly Finding[]): void {
    this.annotations.push(...findings);
  }

  progress(event: ProgressEvent): void {
    this.progressEvents.push(event);
  }

  repoHost(token: string | undefined): RepoHost | undefined {
    const files = {
      issues: this.fakeIssues,
      releases: this.fakeReleases,
      ...(this.options.hostFiles === false ? {} : { files: this.fakeHostFiles(token) }),
    };
    if (this.options.changeRequest === false) return files;
    const skipped = (): CommentOutcome | undefined =>
      this.options.readOnlyReason ? { status: 'skipped', reason: this.options.readOnlyReason } : undefined;
    return {
      ...files,
      changeRequest: {
        upsert: async (marker, body) => {
          const refused = skipped();
          if (refused) return refused;
          const before = this.comments.get(marker);
          this.comments.set(marker, { marker, body, token });
          const status = !before ? 'created' : before.body === body ? 'unchanged' : 'updated';
          return { status, url: `https://example.test/pr/1#${marker}` };
        },
        remove: async (marker) => {
          const refused = skipped();
          if (refused) return refused;
          return this.comments.delete(marker) ? { status: 'deleted' } : { status: 'unchanged' };
        },
      },
    };
  }

  /** Issues kept in `this.issues`; the marker is the body's first line, as on the real hosts. */
  private readonly fakeIssues: IssueTracker = {
    find: async (marker) => {
      const marked = this.issues.filter((i) => i.marker === marker);
      return marked.find((i) => i.state === 'open') ?? marked.at(-1);
    },
    upsert: async (input) => {
      const body = hasMarker(input.body, input.marker)
        ? input.body
        : `${commentMarker(input.marker)}\n${input.body}`;
      const existing = await this.fakeIssues.find(input.marker);
      const labels = [...(input.labels ?? [])];
      if (!existing) {
        const number = this.issues.length + 1;
        const issue = {
          number,
          url: `https://example.test/issues/${number}`,
          state: 'open' as const,
          title: input.title,
          body,
          marker: input.marker,
          labels,
          comments: [],
        };
        this.issues.push(issue);
        return { ...issue, action: 'created' };
      }
      const index = this.issues.findIndex((i) => i.number === existing.number);
      const before = this.issues[index]!;
      const action =
        before.state === 'closed'
          ? 'reopened'
          : before.title === input.title && before.body === body
            ? 'unchanged'
            : 'updated';
      const after = {
        ...before,
        state: 'open' as const,
        title: input.title,
        body,
        labels,
        // As on the hosts: the comment is added on update or reopen, not when nothing changed.
        comments:
          input.comment && action !== 'unchanged' ? [...before.comments, input.comment] : before.comments,
      };
      this.issues[index] = after;
      return { ...after, action };
    },
    close: async (marker, comment) => {
      const index = this.issues.findIndex((i) => i.marker === marker && i.state === 'open');
      if (index === -1) return undefined;
      const before = this.issues[index]!;
      this.issues[index] = { ...before, state: 'closed', comments: [...before.comments, comment] };
      return this.issues[index];
    },
  };

  /** Releases and tags kept in `this.releases` and `this.tags`. */
  private readonly fakeReleases: Releases = {
    get: async (tag) => this.releases.get(tag),
    create: async (input) => {
      const existing = this.releases.get(input.tag);
      if (existing) return { ...existing, created: false };
      if (!this.tags.has(input.tag)) throw new HostApiError(`tag ${input.tag} does not exist`, 422);
      const release = {
        tag: input.tag,
        name: input.name,
        body: input.body,
        prerelease: input.prerelease,
        url: `https://example.test/releases/tag/${input.tag}`,
        assets: (input.assets ?? []).map((a) => a.name),
      };
      this.releases.set(input.tag, release);
      return { ...release, created: true };
    },
    createTag: async ({ tag, sha, message }) => {
      const existing = this.tags.get(tag);
      if (existing && existing.sha !== sha)
        throw new HostApiError(`tag ${tag} exists at ${existing.sha}`, 409);
      if (existing) return { created: false };
      this.tags.set(tag, { sha, message });
      return { created: true };
    },
    moveTag: async (tag, sha) => {
      this.tags.set(tag, { sha });
    },
  };

  /** Records uploads; the URL names the tag (GitHub) and the file. */
  private fakeHostFiles(token: string | undefined): HostFiles {
    return {
      publish: async (file) => {
        if (this.options.hostFilesFailure) throw new Error(this.options.hostFilesFailure);
        this.hostFiles.push({ ...file, token });
        return `https://example.test/releases/download/${file.tag}/${file.fileName}`;
      },
    };
  }

  /** All log text, joined, for assertions such as "no secret reached the log". */
  get logText(): string {
    return this.lines.map((l) => `${l.level}: ${l.message}`).join('\n');
  }

  private redact(text: string): string {
    let out = text;
    for (const s of this.secrets) out = out.split(s).join('***');
    return out;
  }
}

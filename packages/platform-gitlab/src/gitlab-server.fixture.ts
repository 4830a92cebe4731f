/**
 * Test support: GitLab's REST API v4 for one project (id 5, `acme/backend`) on 127.0.0.1,
 * keeping issues with their notes, releases, tags and generic package files in memory. Payloads,
 * status codes, messages and offset pagination headers follow GitLab's API documentation
 * (Issues, Notes, Releases, Release links, Tags, Generic packages).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The project by id and by URL-encoded path, as `/projects/:id` accepts both. */
const PROJECT = /^\/api\/v4\/projects\/(5|acme%2Fbackend)(\/.*)$/;
const WEB = 'https://gitlab.example.com/acme/backend';

/** An issue as `GET /projects/:id/issues` documents it (the fields a client reads, and a few more). */
export interface Issue {
  id: number;
  iid: number;
  project_id: number;
  title: string;
  description: string | null;
  state: 'opened' | 'closed';
  created_at: string;
  updated_at: string;
  closed_at: string | null;
  labels: string[];
  author: { id: number; username: string; name: string };
  type: 'ISSUE';
  web_url: string;
  /** Note bodies, oldest first (served by no route: read by the tests). */
  notes: string[];
}

/** A release as `GET /projects/:id/releases/:tag_name` documents it. */
export interface Release {
  tag_name: string;
  name: string;
  description: string;
  created_at: string;
  released_at: string;
  upcoming_release: boolean;
  commit: { id: string };
  assets: {
    count: number;
    sources: unknown[];
    links: { id: number; name: string; url: string; link_type: string }[];
  };
  _links: { self: string; edit_url: string };
}

/** A tag of the repository: its commit, message (annotated when set) and protection. */
export interface Tag {
  commit: string;
  message: string | null;
  protected: boolean;
}

export interface Seen {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingMessage['headers'];
  readonly body: unknown;
}

export interface FakeGitlab {
  /** CI_API_V4_URL. */
  readonly apiUrl: string;
  readonly issues: Issue[];
  readonly releases: Map<string, Release>;
  readonly tags: Map<string, Tag>;
  /** Generic package files by `name/version/file`. */
  readonly packages: Map<string, Buffer>;
  readonly seen: Seen[];
  /** Answers every write with 403, as GitLab does for a token without the api scope. */
  readOnly: boolean;
  addIssue(fields: {
    title: string;
    description: string | null;
    state?: 'opened' | 'closed';
    labels?: string[];
    updatedAt?: string;
  }): Issue;
  addTag(name: string, commit: string, options?: { message?: string; protected?: boolean }): void;
  addRelease(tag: string, name: string, description: string): Release;
  reset(): void;
  close(): Promise<void>;
}

/** Starts the server; `token` is the only PRIVATE-TOKEN it accepts. */
export async function startFakeGitlab(token: string): Promise<FakeGitlab> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v4`;
  let clock = Date.parse('2024-05-01T10:00:00Z');
  const tick = () => {
    clock += 60_000;
    return new Date(clock).toISOString();
  };
  let nextId = 100;

  const fake: FakeGitlab = {
    apiUrl,
    issues: [],
    releases: new Map(),
    tags: new Map(),
    packages: new Map(),
    seen: [],
    readOnly: false,
    addIssue(fields) {
      const iid = fake.issues.length + 1;
      const at = fields.updatedAt ?? tick();
      const issue: Issue = {
        id: 9000 + iid,
        iid,
        project_id: 5,
        title: fields.title,
        description: fields.description,
        state: fields.state ?? 'opened',
        created_at: at,
        updated_at: at,
        closed_at: fields.state === 'closed' ? at : null,
        labels: fields.labels ?? [],
        author: { id: 7, username: 'maint-bot', name: 'maint-bot' },
        type: 'ISSUE',
        web_url: `${WEB}/-/issues/${iid}`,
        notes: [],
      };
      fake.issues.push(issue);
      return issue;
    },
    addTag(name, commit, options = {}) {
      fake.tags.set(name, {
        commit,
        message: options.message ?? null,
        protected: options.protected ?? false,
      });
    },
    addRelease(tag, name, description) {
      const at = tick();
      const release: Release = {
        tag_name: tag,
        name,
        description,
        created_at: at,
        released_at: at,
        upcoming_release: false,
        commit: { id: fake.tags.get(tag)?.commit ?? '' },
        assets: { count: 0, sources: [], links: [] },
        _links: { self: `${WEB}/-/releases/${tag}`, edit_url: `${WEB}/-/releases/${tag}/edit` },
      };
      fake.releases.set(tag, release);
      return release;
    },
    reset() {
      fake.issues.length = 0;
      fake.seen.length = 0;
      fake.releases.clear();
      fake.tags.clear();
      fake.packages.clear();
      fake.readOnly = false;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };

  const json = (
    res: ServerResponse,
    status: number,
    value?: unknown,
    headers: Record<string, string> = {},
  ) => {
    if (value === undefined) {
      res.writeHead(status, headers);
      res.end();
      return;
    }
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(value));
  };

  /** One page of `items` with GitLab's offset pagination headers. */
  function page(res: ServerResponse, url: URL, items: unknown[]) {
    const current = Number(url.searchParams.get('page') ?? '1');
    const perPage = Number(url.searchParams.get('per_page') ?? '20');
    const total = Math.max(1, Math.ceil(items.length / perPage));
    json(res, 200, items.slice((current - 1) * perPage, current * perPage), {
      'x-page': String(current),
      'x-per-page': String(perPage),
      'x-total': String(items.length),
      'x-total-pages': String(total),
      'x-next-page': current < total ? String(current + 1) : '',
      'x-prev-page': current > 1 ? String(current - 1) : '',
    });
  }

  const served = ({ notes: _, ...issue }: Issue) => issue;
  const tagBody = (name: string, tag: Tag) => ({
    name,
    message: tag.message,
    // An annotated tag's target is its tag object (not read by clients here).
    target: tag.message ? 'f0'.repeat(20) : tag.commit,
    commit: { id: tag.commit, short_id: tag.commit.slice(0, 8), title: 'A commit' },
    release: fake.releases.has(name)
      ? { tag_name: name, description: fake.releases.get(name)?.description }
      : null,
    protected: tag.protected,
    created_at: tag.message ? '2024-05-01T10:00:00.000Z' : null,
  });

  function routeIssues(
    method: string,
    rest: string,
    url: URL,
    input: Record<string, string>,
    res: ServerResponse,
  ) {
    const iid = /^\/issues\/(\d+)(\/notes)?$/.exec(rest);
    const issue = fake.issues.find((i) => i.iid === Number(iid?.[1]));
    if (rest === '/issues' && method === 'GET') {
      const state = url.searchParams.get('state') ?? 'all';
      const listed = fake.issues
        .filter((i) => state === 'all' || i.state === state)
        .sort((a, b) => (a.updated_at < b.updated_at ? 1 : a.updated_at > b.updated_at ? -1 : 0))
        .map(served);
      return page(res, url, listed);
    }
    if (rest === '/issues' && method === 'POST') {
      const created = fake.addIssue({
        title: input.title ?? '',
        description: input.description ?? null,
        labels: input.labels ? input.labels.split(',') : [],
      });
      return json(res, 201, served(created));
    }
    if (!issue) return json(res, 404, { message: '404 Not found' });
    if (iid?.[2] && method === 'POST') {
      issue.notes.push(input.body ?? '');
      issue.updated_at = tick();
      return json(res, 201, {
        id: ++nextId,
        body: input.body,
        noteable_type: 'Issue',
        noteable_iid: issue.iid,
        system: false,
      });
    }
    if (method === 'PUT') {
      if (input.title !== undefined) issue.title = input.title;
      if (input.description !== undefined) issue.description = input.description;
      if (input.labels !== undefined) issue.labels = input.labels.split(',').filter(Boolean);
      if (input.state_event === 'close') {
        issue.state = 'closed';
        issue.closed_at = tick();
      }
      if (input.state_event === 'reopen') {
        issue.state = 'opened';
        issue.closed_at = null;
      }
      issue.updated_at = tick();
      return json(res, 200, served(issue));
    }
    json(res, 404, { message: '404 Not found' });
  }

  function routeReleases(method: string, rest: string, input: Record<string, unknown>, res: ServerResponse) {
    const [, tag = '', links] = /^\/releases\/([^/]+)(\/assets\/links)?$/.exec(rest) ?? [];
    const release = fake.releases.get(decodeURIComponent(tag));
    if (rest === '/releases' && method === 'POST') {
      const name = String(input.tag_name);
      if (fake.releases.has(name)) return json(res, 409, { message: 'Release already exists' });
      if (!fake.tags.has(name)) return json(res, 422, { message: 'Ref is not specified' });
      const created = fake.addRelease(name, String(input.name ?? name), String(input.description ?? ''));
      const given = (
        input.assets as { links?: { name: string; url: string; link_type: string }[] } | undefined
      )?.links;
      created.assets.links = (given ?? []).map((link) => ({ id: ++nextId, ...link }));
      created.assets.count = created.assets.links.length;
      return json(res, 201, created);
    }
    if (!release) return json(res, 404, { message: '404 Not Found' });
    if (links && method === 'POST') {
      if (release.assets.links.some((l) => l.name === input.name)) {
        return json(res, 400, { message: { name: ['has already been taken'] } });
      }
      const link = {
        id: ++nextId,
        name: String(input.name),
        url: String(input.url),
        link_type: String(input.link_type),
      };
      release.assets.links.push(link);
      release.assets.count += 1;
      return json(res, 201, link);
    }
    if (method === 'GET') return json(res, 200, release);
    json(res, 404, { message: '404 Not Found' });
  }

  function routeTags(method: string, rest: string, input: Record<string, string>, res: ServerResponse) {
    const name = decodeURIComponent(/^\/repository\/tags\/(.+)$/.exec(rest)?.[1] ?? '');
    const tag = fake.tags.get(name);
    if (rest === '/repository/tags' && method === 'POST') {
      const wanted = input.tag_name ?? '';
      if (fake.tags.has(wanted)) return json(res, 400, { message: `Tag ${wanted} already exists` });
      fake.addTag(wanted, input.ref ?? '', { message: input.message });
      return json(res, 201, tagBody(wanted, fake.tags.get(wanted)!));
    }
    if (!tag) return json(res, 404, { message: '404 Tag Not Found' });
    if (method === 'GET') return json(res, 200, tagBody(name, tag));
    if (method === 'DELETE') {
      if (tag.protected) return json(res, 403, { message: '403 Forbidden' });
      fake.tags.delete(name);
      return json(res, 204);
    }
    json(res, 404, { message: '404 Not found' });
  }

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const raw = Buffer.concat(chunks);
      const method = req.method ?? '';
      const isJson = String(req.headers['content-type']).includes('json');
      const input = isJson ? (JSON.parse(raw.toString()) as Record<string, string>) : {};
      fake.seen.push({ method, url: req.url ?? '', headers: req.headers, body: isJson ? input : undefined });
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const rest = PROJECT.exec(url.pathname)?.[2];
      if (req.headers['private-token'] !== token) return json(res, 401, { message: '401 Unauthorized' });
      if (rest === undefined) return json(res, 404, { message: '404 Project Not Found' });
      if (method !== 'GET' && fake.readOnly) return json(res, 403, { message: '403 Forbidden' });
      const generic = /^\/packages\/generic\/([^/]+)\/([^/]+)\/([^/]+)$/.exec(rest);
      if (generic && method === 'PUT') {
        fake.packages.set(generic.slice(1).map(decodeURIComponent).join('/'), raw);
        return json(res, 201, { message: '201 Created' });
      }
      if (rest.startsWith('/issues')) return routeIssues(method, rest, url, input, res);
      if (rest.startsWith('/releases')) return routeReleases(method, rest, input, res);
      if (rest.startsWith('/repository/tags')) return routeTags(method, rest, input, res);
      json(res, 404, { message: '404 Not found' });
    });
  });
  return fake;
}

/**
 * Test support: a GitHub REST API for one repository (`acme/backend`) on 127.0.0.1, keeping the
 * issue comments of one pull request, tracking issues, releases with their assets, and git tags
 * in memory. Responses are shaped after @octokit/fixtures' recorded exchanges
 * (`release-assets-conflict`, `paginate-issues`, `add-labels-to-issue`, `git-refs`, `errors`):
 * the same status codes, `link` pagination headers and bodies, with URLs pointing back here;
 * what no scenario records (creating a release or a tag object) follows GitHub's REST reference.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';

export const OWNER = 'acme';
export const REPO = 'backend';
export const PULL_NUMBER = 42;
/** The commit of the recorded release's tag `v1.0.0` (its `target_commitish`). */
export const RELEASED_COMMIT = '0000000000000000000000000000000000000001';

interface RecordedExchange {
  readonly method: string;
  readonly path: string;
  readonly status: number;
  readonly response: unknown;
  readonly headers: Record<string, string>;
}

/** A recorded scenario of @octokit/fixtures, with its URLs and repository moved to `baseUrl` and acme/backend. */
function recorded(scenario: string, repo: string, baseUrl: string): RecordedExchange[] {
  const file = createRequire(import.meta.url).resolve(
    `@octokit/fixtures/scenarios/api.github.com/${scenario}/normalized-fixture.json`,
  );
  const text = readFileSync(file, 'utf8')
    .replaceAll('https://uploads.github.com/', `${baseUrl}/uploads/`)
    .replaceAll('https://api.github.com/', `${baseUrl}/`)
    .replaceAll(`octokit-fixture-org/${repo}`, `${OWNER}/${REPO}`);
  return JSON.parse(text) as RecordedExchange[];
}

/** An issue comment as GitHub returns it (the documented fields; the user is a recorded one). */
export interface IssueComment {
  id: number;
  node_id: string;
  url: string;
  html_url: string;
  issue_url: string;
  body: string;
  user: unknown;
  author_association: string;
  created_at: string;
  updated_at: string;
}

/** An issue (or a pull request: `pull_request` is set) as `GET /repos/{owner}/{repo}/issues` lists it. */
export interface Issue {
  number: number;
  html_url: string;
  state: 'open' | 'closed';
  state_reason: string | null;
  title: string;
  body: string | null;
  labels: { id: number; name: string; color: string; default: boolean; description: null }[];
  updated_at: string;
  pull_request?: unknown;
  /** Comment bodies, oldest first (served by no route: read by the tests). */
  comments_posted: string[];
  [field: string]: unknown;
}

/** A release as `GET /repos/{owner}/{repo}/releases/tags/{tag}` returns it (less `assets`). */
export interface Release {
  id: number;
  tag_name: string;
  name: string | null;
  body: string | null;
  prerelease: boolean;
  html_url: string;
  upload_url: string;
  [field: string]: unknown;
}

/** A reference (`refs/tags/...`) and the object it names. */
export interface Ref {
  readonly type: 'commit' | 'tag';
  readonly sha: string;
}

/** An annotated tag object of `POST /repos/{owner}/{repo}/git/tags`. */
export interface TagObject {
  readonly tag: string;
  readonly sha: string;
  readonly message: string;
  readonly object: Ref;
}

interface Asset {
  id: number;
  name: string;
  content_type: string;
  size: number;
  browser_download_url: string;
  [field: string]: unknown;
}

export interface Request {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingMessage['headers'];
  readonly body: Buffer;
}

export interface FakeGithub {
  /** The API root to give Octokit (GITHUB_API_URL). */
  readonly baseUrl: string;
  /** Issue comments of pull request #42, oldest first. */
  readonly comments: IssueComment[];
  /** Assets of the releases (by default of `v1.0.0`), by id. */
  readonly assets: Map<number, Asset>;
  /** Issues and pull requests of the repository, in the order they were opened. */
  readonly issues: Issue[];
  /** Releases by tag; `v1.0.0` (the recorded one) is there from the start. */
  readonly releases: Map<string, Release>;
  /** References by name without `refs/` (`tags/v1.0.0`); the tag `v1.0.0` is there from the start. */
  readonly refs: Map<string, Ref>;
  /** Annotated tag objects by sha. */
  readonly tagObjects: Map<string, TagObject>;
  /** Uploaded bytes by asset id. */
  readonly uploads: Map<number, Buffer>;
  /** Every request, in order. */
  readonly requests: Request[];
  /** Answers every write with 403, as GitHub does for a token without the permission (a fork's read-only one). */
  readOnly: boolean;
  /** Answers every request with this status (a GitHub outage). */
  failWith?: number;
  /** Called with each request before it is answered (to let another client act in between). */
  onRequest?: (request: Request) => void;
  /** Adds a comment by `login`, as if posted earlier. */
  addComment(body: string, login?: string): IssueComment;
  /** Adds an asset to release v1.0.0, or to the release of `releaseId`. */
  addAsset(name: string, content: string, releaseId?: number): Asset;
  /** Adds an issue (or a pull request), as if opened earlier; `updated_at` orders the listing. */
  addIssue(fields: {
    title: string;
    body: string | null;
    state?: 'open' | 'closed';
    labels?: string[];
    pullRequest?: boolean;
    updatedAt?: string;
  }): Issue;
  /** Adds an annotated tag `tag` at `commit` (a tag object and its reference). */
  addTag(tag: string, commit: string): void;
  /** Forgets everything but the recorded release `v1.0.0` and its tag; clears the switches. */
  reset(): void;
  close(): Promise<void>;
}

const JSON_TYPE = 'application/json; charset=utf-8';
const READ_ONLY_BODY = {
  message: 'Resource not accessible by integration',
  documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
  status: '403',
};
const REF_EXISTS_BODY = {
  message: 'Reference already exists',
  documentation_url: 'https://docs.github.com/rest/git/refs#create-a-reference',
  status: '422',
};
const NO_REF_BODY = {
  message: 'Reference does not exist',
  documentation_url: 'https://docs.github.com/rest/git/refs#update-a-reference',
  status: '422',
};

/** Starts the server; `token` is the only one it accepts. */
export async function startFakeGithub(token: string): Promise<FakeGithub> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v3`;

  const exchanges = recorded('release-assets-conflict', 'release-assets-conflict', baseUrl);
  const recordedRelease = exchanges.find((e) => e.path.includes('/releases/tags/'));
  const recordedUpload = exchanges.find((e) => e.method === 'post' && e.status === 201);
  const recordedConflict = exchanges.find((e) => e.method === 'post' && e.status === 422);
  const [recordedIssue, recordedLabels] = recorded('add-labels-to-issue', 'add-labels-to-issue', baseUrl);
  const recordedRef = recorded('git-refs', 'git-refs', baseUrl).find((e) => e.method === 'post');
  const [recordedInvalid] = recorded('errors', 'errors', baseUrl);
  if (
    !recordedRelease ||
    !recordedUpload ||
    !recordedConflict ||
    !recordedIssue ||
    !recordedLabels ||
    !recordedRef ||
    !recordedInvalid
  ) {
    throw new Error('@octokit/fixtures lacks the recorded exchanges to shape the server after');
  }
  const conflict = recordedConflict;
  const release = recordedRelease.response as Release & { author: unknown; assets: Asset[] };
  const assetTemplate = recordedUpload.response as Asset;
  const issueTemplate = recordedIssue.response as Issue;
  const [labelTemplate] = recordedLabels.response as Issue['labels'];
  const issues = recorded('paginate-issues', 'paginate-issues', baseUrl);
  const headersOf = (exchange: RecordedExchange | undefined): Record<string, string> => {
    const {
      'content-length': _,
      connection: __,
      link: ___,
      location: ____,
      ...rest
    } = exchange?.headers ?? {};
    return rest;
  };
  const commonHeaders = headersOf(issues[0]);
  const repoPath = `/api/v3/repos/${OWNER}/${REPO}`;

  let nextId = 1000;
  /** Timestamps that grow by a minute at each change, so `sort=updated` has an order to keep. */
  let clock = Date.parse('2024-05-01T10:00:00Z');
  const tick = () => {
    clock += 60_000;
    return new Date(clock).toISOString().replace('.000Z', 'Z');
  };
  const newSha = () => (++nextId).toString(16).padStart(40, 'a');
  /** The release each asset belongs to. */
  const releaseOf = new Map<number, number>();

  const commentOf = (id: number, body: string, issueNumber: number, login: string): IssueComment => ({
    id,
    node_id: `IC_kwDO${id}`,
    url: `${baseUrl}/repos/${OWNER}/${REPO}/issues/comments/${id}`,
    html_url: `https://github.com/${OWNER}/${REPO}/${issueNumber === PULL_NUMBER ? 'pull' : 'issues'}/${issueNumber}#issuecomment-${id}`,
    issue_url: `${baseUrl}/repos/${OWNER}/${REPO}/issues/${issueNumber}`,
    body,
    user: { ...(release.author as object), login },
    author_association: 'NONE',
    created_at: '2017-10-10T16:00:00Z',
    updated_at: '2017-10-10T16:00:00Z',
  });
  const labelsOf = (names: readonly string[]): Issue['labels'] =>
    names.map((name, index) => ({ ...labelTemplate!, id: 2000 + index, name }));
  const refBody = (name: string, ref: Ref) => ({
    ...(recordedRef.response as object),
    ref: `refs/${name}`,
    url: `${baseUrl}/repos/${OWNER}/${REPO}/git/refs/${name}`,
    object: {
      ...ref,
      url: `${baseUrl}/repos/${OWNER}/${REPO}/git/${ref.type === 'tag' ? 'tags' : 'commits'}/${ref.sha}`,
    },
  });
  const tagBody = (tag: TagObject) => ({
    node_id: `TAG_kwDO${tag.sha.slice(-6)}`,
    sha: tag.sha,
    url: `${baseUrl}/repos/${OWNER}/${REPO}/git/tags/${tag.sha}`,
    tag: tag.tag,
    message: tag.message,
    tagger: {
      name: 'github-actions[bot]',
      email: 'github-actions[bot]@users.noreply.github.com',
      date: tick(),
    },
    object: {
      ...tag.object,
      url: `${baseUrl}/repos/${OWNER}/${REPO}/git/commits/${tag.object.sha}`,
    },
    verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
  });
  const releaseBody = (r: Release) => ({
    ...r,
    assets: [...fake.assets.values()].filter((a) => releaseOf.get(a.id) === r.id),
  });

  const fake: FakeGithub = {
    baseUrl,
    comments: [],
    assets: new Map(),
    uploads: new Map(),
    requests: [],
    issues: [],
    releases: new Map(),
    refs: new Map(),
    tagObjects: new Map(),
    readOnly: false,
    addComment(body, login = 'github-actions[bot]') {
      const comment = commentOf(++nextId, body, PULL_NUMBER, login);
      fake.comments.push(comment);
      return comment;
    },
    addAsset(name, content, releaseId = release.id) {
      const id = ++nextId;
      const tag = [...fake.releases.values()].find((r) => r.id === releaseId)?.tag_name ?? 'v1.0.0';
      const asset: Asset = {
        ...assetTemplate,
        id,
        url: `${baseUrl}/repos/${OWNER}/${REPO}/releases/assets/${id}`,
        name,
        label: null,
        size: Buffer.byteLength(content),
        browser_download_url: `https://github.com/${OWNER}/${REPO}/releases/download/${tag}/${name}`,
      };
      fake.assets.set(id, asset);
      fake.uploads.set(id, Buffer.from(content));
      releaseOf.set(id, releaseId);
      return asset;
    },
    addIssue(fields) {
      const number = fake.issues.length + 1;
      const issue: Issue = {
        ...issueTemplate,
        url: `${baseUrl}/repos/${OWNER}/${REPO}/issues/${number}`,
        html_url: `https://github.com/${OWNER}/${REPO}/${fields.pullRequest ? 'pull' : 'issues'}/${number}`,
        id: 3000 + number,
        number,
        title: fields.title,
        body: fields.body,
        state: fields.state ?? 'open',
        state_reason: fields.state === 'closed' ? 'completed' : null,
        labels: labelsOf(fields.labels ?? []),
        updated_at: fields.updatedAt ?? tick(),
        comments_posted: [],
        ...(fields.pullRequest
          ? { pull_request: { url: `${baseUrl}/repos/${OWNER}/${REPO}/pulls/${number}` } }
          : {}),
      };
      fake.issues.push(issue);
      return issue;
    },
    addTag(tag, commit) {
      const object: TagObject = { tag, sha: newSha(), message: tag, object: { type: 'commit', sha: commit } };
      fake.tagObjects.set(object.sha, object);
      fake.refs.set(`tags/${tag}`, { type: 'tag', sha: object.sha });
    },
    reset() {
      for (const list of [fake.comments, fake.requests, fake.issues]) list.length = 0;
      for (const map of [fake.assets, fake.uploads, fake.releases, fake.refs, fake.tagObjects]) map.clear();
      releaseOf.clear();
      fake.readOnly = false;
      fake.failWith = undefined;
      fake.onRequest = undefined;
      seed();
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  const seed = () => {
    const { assets: _, ...recordedOne } = release;
    fake.releases.set(release.tag_name, recordedOne);
    fake.addTag(release.tag_name, RELEASED_COMMIT);
  };
  seed();

  const send = (
    res: ServerResponse,
    status: number,
    body?: unknown,
    headers: Record<string, string> = {},
  ) => {
    if (body === undefined) {
      res.writeHead(status, { ...commonHeaders, ...headers });
      res.end();
      return;
    }
    res.writeHead(status, { ...commonHeaders, 'content-type': JSON_TYPE, ...headers });
    res.end(JSON.stringify(body));
  };
  const notFound = (res: ServerResponse) =>
    send(res, 404, {
      message: 'Not Found',
      documentation_url: 'https://docs.github.com/rest',
      status: '404',
    });

  /** A page of `items` with a `link` header as GitHub writes it (prev, next, last, first). */
  function page<T>(res: ServerResponse, url: URL, items: T[]) {
    const perPage = Number(url.searchParams.get('per_page') ?? '30');
    const current = Number(url.searchParams.get('page') ?? '1');
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const at = (n: number) => {
      const target = new URL(url);
      target.searchParams.set('page', String(n));
      return `<${baseUrl}${target.pathname.replace(/^\/api\/v3/, '')}${target.search}>`;
    };
    const links = [
      current > 1 ? `${at(current - 1)}; rel="prev"` : '',
      current < last ? `${at(current + 1)}; rel="next"` : '',
      current < last ? `${at(last)}; rel="last"` : '',
      current > 1 ? `${at(1)}; rel="first"` : '',
    ].filter(Boolean);
    send(
      res,
      200,
      items.slice((current - 1) * perPage, current * perPage),
      links.length ? { link: links.join(', ') } : {},
    );
  }

  /** `GET /issues`: filtered by `state` (open by default), sorted by `sort` and `direction`. */
  function listIssues(res: ServerResponse, url: URL) {
    const state = url.searchParams.get('state') ?? 'open';
    const key = url.searchParams.get('sort') === 'updated' ? 'updated_at' : 'number';
    const sign = url.searchParams.get('direction') === 'asc' ? 1 : -1;
    const listed = fake.issues
      .filter((issue) => state === 'all' || issue.state === state)
      .sort((a, b) => (a[key] < b[key] ? -sign : a[key] > b[key] ? sign : 0))
      .map(({ comments_posted: _, ...issue }) => issue);
    page(res, url, listed);
  }

  function updateIssue(req: Request, res: ServerResponse, issue: Issue) {
    const change = JSON.parse(req.body.toString()) as Partial<{
      title: string;
      body: string;
      labels: string[];
      state: 'open' | 'closed';
      state_reason: string;
    }>;
    if (change.title !== undefined) issue.title = change.title;
    if (change.body !== undefined) issue.body = change.body;
    if (change.labels !== undefined) issue.labels = labelsOf(change.labels);
    if (change.state !== undefined) {
      issue.state = change.state;
      issue.state_reason = change.state === 'closed' ? (change.state_reason ?? 'completed') : 'reopened';
    }
    issue.updated_at = tick();
    const { comments_posted: _, ...body } = issue;
    send(res, 200, body);
  }

  function routeIssues(req: Request, res: ServerResponse, url: URL, path: string): boolean {
    const number = /^\/issues\/(\d+)(\/comments)?$/.exec(path.slice(repoPath.length));
    const issue = fake.issues.find((i) => i.number === Number(number?.[1]));
    if (path === `${repoPath}/issues` && req.method === 'GET') listIssues(res, url);
    else if (path === `${repoPath}/issues` && req.method === 'POST') {
      const input = JSON.parse(req.body.toString()) as { title: string; body?: string; labels?: string[] };
      const created = fake.addIssue({ title: input.title, body: input.body ?? null, labels: input.labels });
      const { comments_posted: _, ...body } = created;
      send(res, 201, body, { location: String(created.url) });
    } else if (issue && !number?.[2] && req.method === 'PATCH') updateIssue(req, res, issue);
    else if (issue && number?.[2] && req.method === 'POST') {
      const text = (JSON.parse(req.body.toString()) as { body: string }).body;
      issue.comments_posted.push(text);
      issue.updated_at = tick();
      const comment = commentOf(++nextId, text, issue.number, 'github-actions[bot]');
      send(res, 201, comment, { location: comment.url });
    } else return false;
    return true;
  }

  function routeReleases(req: Request, res: ServerResponse, url: URL, path: string): boolean {
    const byTag = /^\/releases\/tags\/(.+)$/.exec(path.slice(repoPath.length))?.[1];
    const assetsOf = /^\/releases\/(\d+)\/assets$/.exec(path.slice(repoPath.length))?.[1];
    const assetId = /^\/releases\/assets\/(\d+)$/.exec(path.slice(repoPath.length))?.[1];
    const uploadTo = new RegExp(`^/api/v3/uploads/repos/${OWNER}/${REPO}/releases/(\\d+)/assets$`).exec(
      path,
    )?.[1];
    if (byTag && req.method === 'GET') {
      const found = fake.releases.get(decodeURIComponent(byTag));
      if (found) send(res, 200, releaseBody(found), headersOf(recordedRelease));
      else notFound(res);
    } else if (path === `${repoPath}/releases` && req.method === 'POST') {
      const input = JSON.parse(req.body.toString()) as {
        tag_name: string;
        name?: string;
        body?: string;
        prerelease?: boolean;
      };
      if (fake.releases.has(input.tag_name)) {
        send(res, 422, {
          ...(recordedInvalid!.response as object),
          errors: [{ resource: 'Release', code: 'already_exists', field: 'tag_name' }],
          documentation_url: 'https://docs.github.com/rest/releases/releases#create-a-release',
        });
        return true;
      }
      // Without the tag GitHub tags the default branch's head: the fake does so too.
      if (!fake.refs.has(`tags/${input.tag_name}`)) {
        fake.refs.set(`tags/${input.tag_name}`, { type: 'commit', sha: 'f'.repeat(40) });
      }
      const id = ++nextId;
      const created: Release = {
        ...fake.releases.get('v1.0.0'),
        url: `${baseUrl}/repos/${OWNER}/${REPO}/releases/${id}`,
        assets_url: `${baseUrl}/repos/${OWNER}/${REPO}/releases/${id}/assets`,
        upload_url: `${baseUrl}/uploads/repos/${OWNER}/${REPO}/releases/${id}/assets{?name,label}`,
        html_url: `https://github.com/${OWNER}/${REPO}/releases/tag/${input.tag_name}`,
        id,
        tag_name: input.tag_name,
        name: input.name ?? null,
        body: input.body ?? null,
        prerelease: input.prerelease ?? false,
      };
      fake.releases.set(input.tag_name, created);
      send(res, 201, releaseBody(created), { location: String(created.url) });
    } else if (assetsOf && req.method === 'GET') {
      page(
        res,
        url,
        [...fake.assets.values()].filter((a) => releaseOf.get(a.id) === Number(assetsOf)),
      );
    } else if (assetId && req.method === 'DELETE') {
      if (fake.assets.delete(Number(assetId))) send(res, 204);
      else notFound(res);
    } else if (uploadTo && req.method === 'POST') {
      const name = url.searchParams.get('name') ?? '';
      const same = [...fake.assets.values()].some(
        (a) => a.name === name && releaseOf.get(a.id) === Number(uploadTo),
      );
      if (same) {
        send(res, conflict.status, conflict.response, headersOf(recordedConflict));
        return true;
      }
      const asset = fake.addAsset(name, '', Number(uploadTo));
      asset.content_type = String(req.headers['content-type']);
      asset.size = req.body.length;
      fake.uploads.set(asset.id, req.body);
      send(res, 201, asset, headersOf(recordedUpload));
    } else return false;
    return true;
  }

  function routeGit(req: Request, res: ServerResponse, path: string): boolean {
    const rest = path.slice(repoPath.length);
    const readRef = /^\/git\/ref\/(.+)$/.exec(rest)?.[1];
    const writeRef = /^\/git\/refs\/(.+)$/.exec(rest)?.[1];
    const tagSha = /^\/git\/tags\/([0-9a-f]{40})$/.exec(rest)?.[1];
    const input = () => JSON.parse(req.body.toString()) as Record<string, string>;
    const typeOf = (sha: string): Ref['type'] => (fake.tagObjects.has(sha) ? 'tag' : 'commit');
    if (readRef && req.method === 'GET') {
      const name = decodeURIComponent(readRef);
      const ref = fake.refs.get(name);
      if (ref) send(res, 200, refBody(name, ref));
      else notFound(res);
    } else if (rest === '/git/refs' && req.method === 'POST') {
      const { ref, sha = '' } = input();
      const name = String(ref).replace(/^refs\//, '');
      if (fake.refs.has(name)) send(res, 422, REF_EXISTS_BODY);
      else {
        fake.refs.set(name, { type: typeOf(sha), sha });
        send(res, 201, refBody(name, { type: typeOf(sha), sha }), headersOf(recordedRef));
      }
    } else if (writeRef && req.method === 'PATCH') {
      const name = decodeURIComponent(writeRef);
      const { sha = '' } = input();
      if (!fake.refs.has(name)) send(res, 422, NO_REF_BODY);
      else {
        fake.refs.set(name, { type: typeOf(sha), sha });
        send(res, 200, refBody(name, { type: typeOf(sha), sha }));
      }
    } else if (rest === '/git/tags' && req.method === 'POST') {
      const { tag = '', message = '', object = '', type } = input();
      const created: TagObject = {
        tag,
        sha: newSha(),
        message,
        object: { type: type as Ref['type'], sha: object },
      };
      fake.tagObjects.set(created.sha, created);
      send(res, 201, tagBody(created));
    } else if (tagSha && req.method === 'GET') {
      const found = fake.tagObjects.get(tagSha);
      if (found) send(res, 200, tagBody(found));
      else notFound(res);
    } else return false;
    return true;
  }

  function route(req: Request, res: ServerResponse) {
    const url = new URL(req.url, 'http://127.0.0.1');
    const path = url.pathname;
    const commentId = /^.*\/issues\/comments\/(\d+)$/.exec(path)?.[1];
    if (req.method !== 'GET' && fake.readOnly) return send(res, 403, READ_ONLY_BODY);

    if (path === `${repoPath}/issues/${PULL_NUMBER}/comments`) {
      if (req.method === 'GET') return page(res, url, fake.comments);
      const comment = fake.addComment((JSON.parse(req.body.toString()) as { body: string }).body);
      return send(res, 201, comment, { location: comment.url });
    }
    if (commentId && path === `${repoPath}/issues/comments/${commentId}`) {
      const index = fake.comments.findIndex((c) => c.id === Number(commentId));
      const comment = fake.comments[index];
      if (!comment) return notFound(res);
      if (req.method === 'DELETE') {
        fake.comments.splice(index, 1);
        return send(res, 204);
      }
      comment.body = (JSON.parse(req.body.toString()) as { body: string }).body;
      comment.updated_at = '2017-10-10T17:00:00Z';
      return send(res, 200, comment);
    }
    if (routeIssues(req, res, url, path) || routeReleases(req, res, url, path) || routeGit(req, res, path)) {
      return;
    }
    return notFound(res);
  }

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const request = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks),
      };
      fake.requests.push(request);
      fake.onRequest?.(request);
      if (req.headers.authorization !== `token ${token}`) {
        return send(res, 401, {
          message: 'Bad credentials',
          documentation_url: 'https://docs.github.com/rest',
        });
      }
      if (fake.failWith) return send(res, fake.failWith, { message: 'Server Error' });
      route(request, res);
    });
  });
  return fake;
}

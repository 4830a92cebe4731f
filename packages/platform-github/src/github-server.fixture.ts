/**
 * Test support: a GitHub REST API for one repository (`acme/backend`) on 127.0.0.1, keeping the
 * issue comments of one pull request and the assets of its releases in memory. Responses are
 * shaped after @octokit/fixtures' recorded exchanges (`release-assets-conflict`, `paginate-issues`):
 * the same status codes, `link` pagination headers and bodies, with URLs pointing back here.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';

export const OWNER = 'acme';
export const REPO = 'backend';
export const PULL_NUMBER = 42;

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
  /** Assets of the release `v1.0.0`, by id. */
  readonly assets: Map<number, Asset>;
  /** Uploaded bytes by asset id. */
  readonly uploads: Map<number, Buffer>;
  /** Every request, in order. */
  readonly requests: Request[];
  /** Answers writes to comments with 403, as GitHub does for a fork's read-only token. */
  readOnly: boolean;
  /** Answers every request with this status (a GitHub outage). */
  failWith?: number;
  /** Adds a comment by `login`, as if posted earlier. */
  addComment(body: string, login?: string): IssueComment;
  /** Adds an asset to release v1.0.0. */
  addAsset(name: string, content: string): Asset;
  close(): Promise<void>;
}

const JSON_TYPE = 'application/json; charset=utf-8';
const READ_ONLY_BODY = {
  message: 'Resource not accessible by integration',
  documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
  status: '403',
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
  if (!recordedRelease || !recordedUpload || !recordedConflict) {
    throw new Error('@octokit/fixtures has no release-assets-conflict exchanges to shape the server after');
  }
  const conflict = recordedConflict;
  const release = recordedRelease.response as { id: number; author: unknown; assets: Asset[] };
  const assetTemplate = recordedUpload.response as Asset;
  const issues = recorded('paginate-issues', 'paginate-issues', baseUrl);
  const headersOf = (exchange: RecordedExchange | undefined): Record<string, string> => {
    const { 'content-length': _, connection: __, link: ___, ...rest } = exchange?.headers ?? {};
    return rest;
  };
  const commonHeaders = headersOf(issues[0]);

  let nextId = 1000;
  const fake: FakeGithub = {
    baseUrl,
    comments: [],
    assets: new Map(),
    uploads: new Map(),
    requests: [],
    readOnly: false,
    addComment(body, login = 'github-actions[bot]') {
      const id = ++nextId;
      const comment: IssueComment = {
        id,
        node_id: `IC_kwDO${id}`,
        url: `${baseUrl}/repos/${OWNER}/${REPO}/issues/comments/${id}`,
        html_url: `https://github.com/${OWNER}/${REPO}/pull/${PULL_NUMBER}#issuecomment-${id}`,
        issue_url: `${baseUrl}/repos/${OWNER}/${REPO}/issues/${PULL_NUMBER}`,
        body,
        user: { ...(release.author as object), login },
        author_association: 'NONE',
        created_at: '2017-10-10T16:00:00Z',
        updated_at: '2017-10-10T16:00:00Z',
      };
      fake.comments.push(comment);
      return comment;
    },
    addAsset(name, content) {
      const id = ++nextId;
      const asset: Asset = {
        ...assetTemplate,
        id,
        url: `${baseUrl}/repos/${OWNER}/${REPO}/releases/assets/${id}`,
        name,
        label: null,
        size: Buffer.byteLength(content),
        browser_download_url: `https://github.com/${OWNER}/${REPO}/releases/download/v1.0.0/${name}`,
      };
      fake.assets.set(id, asset);
      fake.uploads.set(id, Buffer.from(content));
      return asset;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };

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

  const repoPath = `/api/v3/repos/${OWNER}/${REPO}`;
  function route(req: Request, res: ServerResponse) {
    const url = new URL(req.url, 'http://127.0.0.1');
    const path = url.pathname;
    const commentId = /^.*\/issues\/comments\/(\d+)$/.exec(path)?.[1];
    const assetId = /^.*\/releases\/assets\/(\d+)$/.exec(path)?.[1];
    const writesComment = path.includes('/issues/') && req.method !== 'GET';
    if (writesComment && fake.readOnly) return send(res, 403, READ_ONLY_BODY);

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
    if (path === `${repoPath}/releases/tags/v1.0.0`) {
      return send(res, 200, { ...release, assets: [...fake.assets.values()] }, headersOf(recordedRelease));
    }
    if (path === `${repoPath}/releases/${release.id}/assets`)
      return page(res, url, [...fake.assets.values()]);
    if (assetId && path === `${repoPath}/releases/assets/${assetId}` && req.method === 'DELETE') {
      return fake.assets.delete(Number(assetId)) ? send(res, 204) : notFound(res);
    }
    if (
      path === `/api/v3/uploads/repos/${OWNER}/${REPO}/releases/${release.id}/assets` &&
      req.method === 'POST'
    ) {
      const name = url.searchParams.get('name') ?? '';
      if ([...fake.assets.values()].some((a) => a.name === name)) {
        return send(res, conflict.status, conflict.response, headersOf(recordedConflict));
      }
      const asset = fake.addAsset(name, '');
      asset.content_type = String(req.headers['content-type']);
      asset.size = req.body.length;
      fake.uploads.set(asset.id, req.body);
      return send(res, 201, asset, headersOf(recordedUpload));
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

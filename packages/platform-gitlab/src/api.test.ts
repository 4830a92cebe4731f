import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { GitLabApiError, gitlabApi, projectId } from './api';

const TOKEN = 'glpat-api-Tk9mQ2wLx7';

/** A note as GitLab documents it for `GET /projects/:id/merge_requests/:iid/notes`. */
function note(id: number, body: string) {
  return {
    id,
    type: null,
    body,
    attachment: null,
    author: {
      id: 1,
      username: 'maint-bot',
      name: 'Maint Bot',
      state: 'active',
      avatar_url: null,
      web_url: 'http://127.0.0.1/maint-bot',
    },
    created_at: '2024-05-01T10:00:00.000Z',
    updated_at: '2024-05-01T10:00:00.000Z',
    system: false,
    noteable_id: 77,
    noteable_type: 'MergeRequest',
    project_id: 5,
    noteable_iid: 7,
    resolvable: false,
    confidential: false,
    internal: false,
  };
}

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

const seen: Seen[] = [];
const notes = Array.from({ length: 250 }, (_, i) => note(i + 1, `note ${i + 1}`));
let server: Server;
let baseUrl: string;

function json(res: import('node:http').ServerResponse, status: number, body: unknown, headers = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const token = req.headers['private-token'] ?? req.headers['job-token'];
      if (token !== TOKEN) return json(res, 401, { message: '401 Unauthorized' });
      const route = `${req.method} ${url.pathname}`;
      switch (route) {
        case 'GET /api/v4/projects/acme%2Fbackend/merge_requests/7/notes': {
          const page = Number(url.searchParams.get('page') ?? '1');
          const perPage = Number(url.searchParams.get('per_page') ?? '20');
          const totalPages = Math.ceil(notes.length / perPage);
          return json(res, 200, notes.slice((page - 1) * perPage, page * perPage), {
            'x-page': String(page),
            'x-per-page': String(perPage),
            'x-total': String(notes.length),
            'x-total-pages': String(totalPages),
            'x-next-page': page < totalPages ? String(page + 1) : '',
            'x-prev-page': page > 1 ? String(page - 1) : '',
          });
        }
        case 'POST /api/v4/projects/acme%2Fbackend/merge_requests/7/notes': {
          const parsed = JSON.parse(body) as { body?: string };
          if (!parsed.body) return json(res, 400, { message: { body: ["can't be blank"] } });
          return json(res, 201, note(251, parsed.body));
        }
        case 'DELETE /api/v4/projects/acme%2Fbackend/merge_requests/7/notes/251':
          res.writeHead(204);
          return res.end();
        case 'GET /api/v4/echo':
          return json(res, 403, { message: `403 Forbidden - token ${TOKEN} lacks the api scope` });
        default:
          return json(res, 404, { message: '404 Not found' });
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v4/`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  seen.length = 0;
});

const notesPath = `/projects/${projectId('acme/backend')}/merge_requests/7/notes`;

describe('gitlabApi', () => {
  it('follows x-next-page through every page, sending the private token header', async () => {
    const api = gitlabApi({ baseUrl, token: TOKEN });
    const all = await api.paginate<ReturnType<typeof note>>(`${notesPath}?sort=asc`);
    expect(all).toHaveLength(250);
    expect(all.map((n) => n.id)).toEqual(notes.map((n) => n.id));
    expect(seen.map((s) => s.url)).toEqual([
      '/api/v4/projects/acme%2Fbackend/merge_requests/7/notes?sort=asc&per_page=100&page=1',
      '/api/v4/projects/acme%2Fbackend/merge_requests/7/notes?sort=asc&per_page=100&page=2',
      '/api/v4/projects/acme%2Fbackend/merge_requests/7/notes?sort=asc&per_page=100&page=3',
    ]);
    expect(seen.every((s) => s.headers['private-token'] === TOKEN && !s.headers['job-token'])).toBe(true);
  });

  it('posts a JSON body with the job token and returns the created note', async () => {
    const api = gitlabApi({ baseUrl, token: TOKEN, tokenType: 'job' });
    const created = await api.request<ReturnType<typeof note>>('POST', notesPath, {
      body: 'Quality gates passed',
    });
    expect(created.id).toBe(251);
    expect(created.body).toBe('Quality gates passed');
    expect(seen[0]?.headers['job-token']).toBe(TOKEN);
    expect(seen[0]?.headers['content-type']).toBe('application/json');
    expect(JSON.parse(seen[0]?.body ?? '')).toEqual({ body: 'Quality gates passed' });
  });

  it('resolves to undefined for 204 No Content', async () => {
    const api = gitlabApi({ baseUrl, token: TOKEN });
    await expect(api.request('DELETE', `${notesPath}/251`)).resolves.toBeUndefined();
  });

  it("reports GitLab's message and status, never the token", async () => {
    const api = gitlabApi({ baseUrl, token: 'glpat-wrong-token-123' });
    const error = await api.request('GET', notesPath).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitLabApiError);
    expect((error as GitLabApiError).status).toBe(401);
    expect((error as GitLabApiError).message).toBe(
      `GitLab API GET ${notesPath} failed: HTTP 401: 401 Unauthorized`,
    );
    expect(String((error as Error).stack)).not.toContain('glpat-wrong-token-123');
  });

  it('flattens field validation errors', async () => {
    const api = gitlabApi({ baseUrl, token: TOKEN });
    await expect(api.request('POST', notesPath, { body: '' })).rejects.toThrow(
      `GitLab API POST ${notesPath} failed: HTTP 400: body can't be blank`,
    );
  });

  it('redacts the token even when the server echoes it', async () => {
    const api = gitlabApi({ baseUrl, token: TOKEN });
    const error = (await api.request('GET', '/echo').catch((e: unknown) => e)) as GitLabApiError;
    expect(error.message).toBe(
      'GitLab API GET /echo failed: HTTP 403: 403 Forbidden - token *** lacks the api scope',
    );
    expect(error.gitlabMessage).not.toContain(TOKEN);
  });

  it('reports an unreachable server with status 0', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const api = gitlabApi({ baseUrl: `http://127.0.0.1:${port}/api/v4`, token: TOKEN });
    const error = (await api.request('GET', '/version').catch((e: unknown) => e)) as GitLabApiError;
    expect(error.status).toBe(0);
    expect(error.message).toMatch(/^GitLab API GET \/version failed: could not reach GitLab: .*ECONNREFUSED/);
    expect(error.message).not.toContain(TOKEN);
  });
});

import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { secrets } from '@maint-actions/core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { githubClient } from './client';

const TOKEN = 'ghs_client_T0ken_abc123';
const seen: Array<{ url: string; headers: IncomingHttpHeaders }> = [];
let server: Server;
let baseUrl: string;

/** An issue comment as the REST API documents it (trimmed to the fields a sticky comment reads). */
const comment = (id: number) => ({
  id,
  node_id: `IC_${id}`,
  url: `${baseUrl}/repos/acme/backend/issues/comments/${id}`,
  body: id === 2 ? '<!-- maint-actions:quality-gates -->\nAll gates passed' : 'LGTM',
  user: { login: id === 2 ? 'github-actions[bot]' : 'octocat', id: 41898282, type: 'Bot' },
  created_at: '2024-05-01T10:00:00Z',
  updated_at: '2024-05-01T10:00:00Z',
});

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push({ url: req.url ?? '', headers: req.headers });
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname !== '/api/v3/repos/acme/backend/issues/42/comments') {
      res.writeHead(404, { 'content-type': 'application/json' });
      return res.end(JSON.stringify({ message: 'Not Found' }));
    }
    const page = Number(url.searchParams.get('page') ?? '1');
    const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8' };
    if (page === 1) {
      headers.link = `<${baseUrl}/repos/acme/backend/issues/42/comments?per_page=100&page=2>; rel="next", <${baseUrl}/repos/acme/backend/issues/42/comments?per_page=100&page=2>; rel="last"`;
    }
    res.writeHead(200, headers);
    res.end(JSON.stringify(page === 1 ? [comment(1)] : [comment(2)]));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v3`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('githubClient', () => {
  it('talks to the given API root with the token, following pagination', async () => {
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const client = await githubClient(TOKEN, { baseUrl });
    const comments = await client.paginate(client.rest.issues.listComments, {
      owner: 'acme',
      repo: 'backend',
      issue_number: 42,
      per_page: 100,
    });
    expect(write).toHaveBeenCalledWith(`::add-mask::${TOKEN}\n`);
    write.mockRestore();

    expect(comments.map((c) => c.id)).toEqual([1, 2]);
    expect(seen.map((s) => s.url)).toEqual([
      '/api/v3/repos/acme/backend/issues/42/comments?per_page=100',
      '/api/v3/repos/acme/backend/issues/42/comments?per_page=100&page=2',
    ]);
    expect(seen.every((s) => s.headers.authorization === `token ${TOKEN}`)).toBe(true);
    expect(secrets.redact(`Authorization: token ${TOKEN}`)).toBe('Authorization: token ***');
  });
});

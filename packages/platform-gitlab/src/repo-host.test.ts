import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PassThrough } from 'node:stream';
import type { HostFile, Platform } from '@maint-actions/core';
import { commentMarker } from '@maint-actions/core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createGitlabPlatform } from './platform';
import { JOB_TOKEN_REASON, NOTE_REFUSED_REASON } from './repo-host';

const TOKEN = 'glpat-repoHost-Zx81Qw';
const JOB_TOKEN = 'glcbt-64_jobTokenQ9w8';
const MARKER = 'quality-gates';
const body = (text: string) => `${commentMarker(MARKER)}\n${text}`;
/** The project by id and by URL-encoded path, as `/projects/:id` accepts both. */
const PROJECT = /^\/api\/v4\/projects\/(5|acme%2Fbackend)(\/.*)$/;

/** A note as GitLab documents it for `GET /projects/:id/merge_requests/:iid/notes`. */
interface Note {
  id: number;
  type: null;
  body: string;
  attachment: null;
  author: { id: number; username: string; name: string; state: string; web_url: string };
  created_at: string;
  updated_at: string;
  system: boolean;
  noteable_id: number;
  noteable_type: 'MergeRequest';
  project_id: number;
  noteable_iid: number;
  resolvable: boolean;
  confidential: boolean;
  internal: boolean;
}

/** A generic package file: what `GET /projects/:id/packages/:package_id/package_files` lists, plus its bytes. */
interface StoredFile {
  id: number;
  package_id: number;
  created_at: string;
  file_name: string;
  size: number;
  file_sha256: string;
  pipelines: unknown[];
  content: Buffer;
}

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
}

const state = {
  notes: [] as Note[],
  files: [] as StoredFile[],
  seen: [] as Seen[],
  readOnly: false,
  duplicatesAllowed: true,
  nextId: 100,
};
let server: Server;
let apiUrl: string;
let out: string;

function addNote(text: string, system = false, username = 'reviewer'): Note {
  const id = ++state.nextId;
  const note: Note = {
    id,
    type: null,
    body: text,
    attachment: null,
    author: {
      id: 7,
      username,
      name: username,
      state: 'active',
      web_url: `https://gitlab.example.com/${username}`,
    },
    created_at: '2024-05-01T10:00:00.000Z',
    updated_at: '2024-05-01T10:00:00.000Z',
    system,
    noteable_id: 77,
    noteable_type: 'MergeRequest',
    project_id: 5,
    noteable_iid: 7,
    resolvable: false,
    confidential: false,
    internal: false,
  };
  state.notes.push(note);
  return note;
}

function json(
  res: ServerResponse,
  status: number,
  value: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(value));
}

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

function route(req: IncomingMessage, res: ServerResponse, raw: Buffer) {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const [, , rest = ''] = PROJECT.exec(url.pathname) ?? [];
  const privateToken = req.headers['private-token'] === TOKEN;
  const jobToken = req.headers['job-token'] === JOB_TOKEN;
  const noteId = /^\/merge_requests\/7\/notes\/(\d+)$/.exec(rest)?.[1];
  const generic = /^\/packages\/generic\/([^/]+)\/([^/]+)\/([^/]+)$/.exec(rest);

  if (rest.startsWith('/merge_requests/7/notes')) {
    if (!privateToken) return json(res, 401, { message: '401 Unauthorized' });
    if (req.method !== 'GET' && state.readOnly) return json(res, 403, { message: '403 Forbidden' });
    if (req.method === 'GET' && rest === '/merge_requests/7/notes') return page(res, url, state.notes);
    if (req.method === 'POST') {
      return json(
        res,
        201,
        addNote((JSON.parse(raw.toString()) as { body: string }).body, false, 'maint-bot'),
      );
    }
    const note = state.notes.find((n) => n.id === Number(noteId));
    if (!note) return json(res, 404, { message: '404 Not found' });
    if (req.method === 'DELETE') {
      state.notes.splice(state.notes.indexOf(note), 1);
      res.writeHead(204);
      return res.end();
    }
    note.body = (JSON.parse(raw.toString()) as { body: string }).body;
    return json(res, 200, note);
  }
  if (!privateToken && !jobToken) return json(res, 401, { message: '401 Unauthorized' });
  if (generic && req.method === 'PUT') {
    const [, name, version, fileName] = generic.map((part) => decodeURIComponent(part));
    const packageId = name === 'api-schema' && version === '1.4.2' ? 11 : 12;
    const same = state.files.filter((f) => f.package_id === packageId && f.file_name === fileName);
    if (same.length > 0 && !state.duplicatesAllowed) {
      return json(res, 400, { message: '400 Bad request - Duplicate package is not allowed' });
    }
    state.files.push({
      id: ++state.nextId,
      package_id: packageId,
      created_at: '2024-05-01T10:00:00.000Z',
      file_name: fileName ?? '',
      size: raw.length,
      file_sha256: 'not checked here',
      pipelines: [],
      content: raw,
    });
    return json(res, 201, { message: '201 Created' });
  }
  if (generic && req.method === 'GET') {
    const [, , , fileName] = generic.map((part) => decodeURIComponent(part));
    const newest = state.files.filter((f) => f.file_name === fileName).at(-1);
    if (!newest) return json(res, 404, { message: '404 Package Not Found' });
    res.writeHead(200, { 'content-type': 'application/octet-stream' });
    return res.end(newest.content);
  }
  if (rest === '/packages' && req.method === 'GET') {
    const known = state.files.some((f) => f.package_id === 11)
      ? [{ id: 11, name: 'api-schema', version: '1.4.2' }]
      : [];
    const matching = known.filter(
      (p) =>
        p.name.includes(url.searchParams.get('package_name') ?? '') &&
        url.searchParams.get('package_type') === 'generic',
    );
    return page(
      res,
      url,
      matching.map((p) => ({
        ...p,
        package_type: 'generic',
        status: 'default',
        created_at: '2024-05-01T10:00:00.000Z',
        tags: [],
      })),
    );
  }
  const packageFiles = /^\/packages\/(\d+)\/package_files(?:\/(\d+))?$/.exec(rest);
  if (packageFiles && req.method === 'GET') {
    return page(
      res,
      url,
      state.files
        .filter((f) => f.package_id === Number(packageFiles[1]))
        .map(({ content: _, ...file }) => file),
    );
  }
  if (packageFiles?.[2] && req.method === 'DELETE') {
    state.files = state.files.filter((f) => f.id !== Number(packageFiles[2]));
    res.writeHead(204);
    return res.end();
  }
  json(res, 404, { message: '404 Not found' });
}

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      state.seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
      route(req, res, Buffer.concat(chunks));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v4`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  Object.assign(state, { notes: [], files: [], seen: [], readOnly: false, duplicatesAllowed: true });
  out = '';
});
afterEach(() => {
  expect(out).not.toContain(TOKEN);
  expect(out).not.toContain(JOB_TOKEN);
});

function platform(env: Record<string, string | undefined> = {}): Platform {
  const stdout = new PassThrough();
  stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
  });
  return createGitlabPlatform({
    action: 'quality-gates',
    stdout,
    env: {
      CI_PROJECT_DIR: '/builds/acme/backend',
      CI_API_V4_URL: apiUrl,
      CI_PROJECT_PATH: 'acme/backend',
      CI_PROJECT_URL: 'https://gitlab.example.com/acme/backend',
      CI_JOB_TOKEN: JOB_TOKEN,
      CI_MERGE_REQUEST_IID: '7',
      ...env,
    },
  });
}

function notes() {
  const changeRequest = platform().repoHost(TOKEN)?.changeRequest;
  if (!changeRequest) throw new Error('expected the notes of a merge request');
  return changeRequest;
}

describe('repoHost', () => {
  it('is undefined without any token, the API URL or the project', () => {
    expect(platform({ CI_JOB_TOKEN: undefined }).repoHost(undefined)).toBeUndefined();
    expect(platform({ CI_API_V4_URL: undefined }).repoHost(TOKEN)).toBeUndefined();
    expect(platform({ CI_PROJECT_PATH: undefined }).repoHost(TOKEN)).toBeUndefined();
  });

  it('has no changeRequest in a pipeline that is not for a merge request', () => {
    const host = platform({ CI_MERGE_REQUEST_IID: undefined }).repoHost(TOKEN);
    expect(host?.changeRequest).toBeUndefined();
    expect(host?.files).toBeDefined();
  });

  it('skips notes with the job token alone, saying which token to give', async () => {
    const changeRequest = platform().repoHost(undefined)?.changeRequest;
    await expect(changeRequest?.upsert(MARKER, body('Report'))).resolves.toEqual({
      status: 'skipped',
      reason: JOB_TOKEN_REASON,
    });
    expect(out).toBe(`Skipped the merge request note "quality-gates": ${JOB_TOKEN_REASON}\n`);
    expect(state.seen).toEqual([]);
  });
});

describe('merge request notes', () => {
  it('creates the note with the private token and links to it', async () => {
    addNote('Looks good');
    addNote('added 1 commit', true);
    const outcome = await notes().upsert(MARKER, body('All gates passed'));
    const created = state.notes.at(-1);
    expect(outcome).toEqual({
      status: 'created',
      url: `https://gitlab.example.com/acme/backend/-/merge_requests/7#note_${created?.id}`,
    });
    expect(created?.body).toBe(body('All gates passed'));
    expect(state.seen.map((s) => `${s.method} ${s.url}`)).toEqual([
      'GET /api/v4/projects/acme%2Fbackend/merge_requests/7/notes?sort=asc&order_by=created_at&per_page=100&page=1',
      'POST /api/v4/projects/acme%2Fbackend/merge_requests/7/notes',
    ]);
    expect(state.seen.every((s) => s.headers['private-token'] === TOKEN && !s.headers['job-token'])).toBe(
      true,
    );
  });

  it('updates the oldest marked note in place, past the first page, and leaves the others alone', async () => {
    for (let i = 0; i < 120; i++) addNote(`comment ${i}`);
    const quoted = addNote(`> ${body('Old report')}`);
    const sticky = addNote(body('Old report'));
    const later = addNote(body('A second one'));
    const outcome = await notes().upsert(MARKER, body('New report'));
    expect(outcome.status).toBe('updated');
    expect(state.notes.slice(-3).map((n) => [n.id, n.body])).toEqual([
      [quoted.id, quoted.body],
      [sticky.id, body('New report')],
      [later.id, body('A second one')],
    ]);
    expect(state.seen.map((s) => s.method)).toEqual(['GET', 'GET', 'PUT']);
    expect(state.seen.at(-1)?.url).toBe(
      `/api/v4/projects/acme%2Fbackend/merge_requests/7/notes/${sticky.id}`,
    );
  });

  it('leaves an identical note untouched, and adds the marker when the body lacks it', async () => {
    const sticky = addNote(body('Same report'));
    await expect(notes().upsert(MARKER, 'Same report')).resolves.toEqual({
      status: 'unchanged',
      url: `https://gitlab.example.com/acme/backend/-/merge_requests/7#note_${sticky.id}`,
    });
    expect(state.seen.map((s) => s.method)).toEqual(['GET']);
  });

  it('removes the marked note, and answers unchanged when there is none', async () => {
    addNote('Looks good');
    addNote(body('Report'));
    expect(await notes().remove(MARKER)).toEqual({ status: 'deleted' });
    expect(state.notes.map((n) => n.body)).toEqual(['Looks good']);
    expect(await notes().remove(MARKER)).toEqual({ status: 'unchanged' });
  });

  it("writes to the merge request's own project in a fork's pipeline", async () => {
    const host = platform({
      CI_PROJECT_ID: '9',
      CI_PROJECT_PATH: 'contributor/backend',
      CI_MERGE_REQUEST_PROJECT_ID: '5',
      CI_MERGE_REQUEST_PROJECT_URL: 'https://gitlab.example.com/acme/backend',
    }).repoHost(TOKEN);
    expect((await host?.changeRequest?.upsert(MARKER, body('Report')))?.status).toBe('created');
    expect(state.seen.map((s) => s.url.split('?')[0])).toEqual([
      '/api/v4/projects/5/merge_requests/7/notes',
      '/api/v4/projects/5/merge_requests/7/notes',
    ]);
  });

  it('skips with a warning when the token may not write, never throwing', async () => {
    state.readOnly = true;
    const outcome = await notes().upsert(MARKER, body('Report'));
    expect(outcome).toEqual({ status: 'skipped', reason: NOTE_REFUSED_REASON });
    expect(out).toContain(
      `Skipped the merge request note "quality-gates": ${NOTE_REFUSED_REASON} (GitLab API POST /projects/acme%2Fbackend/merge_requests/7/notes failed: HTTP 403: 403 Forbidden)`,
    );
    expect(out).toMatch(/warning/i);
    expect(state.notes).toEqual([]);
  });

  it('skips with the reason when GitLab cannot be reached', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const host = platform({ CI_API_V4_URL: `http://127.0.0.1:${port}/api/v4` }).repoHost(TOKEN);
    const outcome = await host?.changeRequest?.upsert(MARKER, body('Report'));
    expect(outcome?.status).toBe('skipped');
    expect(outcome?.reason).toMatch(
      /^GitLab API error: GitLab API GET .* failed: could not reach GitLab: .*ECONNREFUSED/,
    );
  });
});

describe('generic packages', () => {
  const schema = (text: string): HostFile => ({
    version: '1.4.2',
    tag: 'v1.4.2',
    packageName: 'api-schema',
    fileName: 'schema.yml',
    content: Buffer.from(text),
    contentType: 'application/yaml',
  });

  it('uploads the bytes with the job token and returns a download URL that serves them', async () => {
    const files = platform({ CI_PROJECT_ID: '5' }).repoHost(undefined)?.files;
    const url = await files?.publish(schema('openapi: 3.0.3\n'));
    expect(url).toBe(`${apiUrl}/projects/5/packages/generic/api-schema/1.4.2/schema.yml`);
    expect(state.seen[0]).toMatchObject({
      method: 'PUT',
      url: '/api/v4/projects/5/packages/generic/api-schema/1.4.2/schema.yml',
      headers: { 'job-token': JOB_TOKEN, 'content-type': 'application/yaml' },
    });
    expect(state.seen[0]?.headers['private-token']).toBeUndefined();
    const download = await fetch(url ?? '', { headers: { 'JOB-TOKEN': JOB_TOKEN } });
    expect(await download.text()).toBe('openapi: 3.0.3\n');
  });

  it('replaces a file of the same name, deleting it first where duplicates are refused', async () => {
    const files = platform().repoHost(TOKEN)?.files;
    await files?.publish(schema('openapi: 3.0.0\n'));
    const first = state.files[0]?.id;
    state.duplicatesAllowed = false;
    const url = await files?.publish(schema('openapi: 3.1.0\n'));
    expect(state.files.map((f) => f.content.toString())).toEqual(['openapi: 3.1.0\n']);
    const download = await fetch(url ?? '', { headers: { 'PRIVATE-TOKEN': TOKEN } });
    expect(await download.text()).toBe('openapi: 3.1.0\n');
    expect(state.seen.map((s) => `${s.method} ${s.url.split('?')[0]}`)).toEqual([
      'PUT /api/v4/projects/acme%2Fbackend/packages/generic/api-schema/1.4.2/schema.yml',
      'PUT /api/v4/projects/acme%2Fbackend/packages/generic/api-schema/1.4.2/schema.yml',
      'GET /api/v4/projects/acme%2Fbackend/packages',
      'GET /api/v4/projects/acme%2Fbackend/packages/11/package_files',
      `DELETE /api/v4/projects/acme%2Fbackend/packages/11/package_files/${first}`,
      'PUT /api/v4/projects/acme%2Fbackend/packages/generic/api-schema/1.4.2/schema.yml',
      'GET /api/v4/projects/acme%2Fbackend/packages/generic/api-schema/1.4.2/schema.yml',
    ]);
  });

  it("fails with GitLab's message, without the token", async () => {
    const files = platform({ CI_PROJECT_PATH: 'acme/other' }).repoHost(TOKEN)?.files;
    const error = (await files?.publish(schema('x')).catch((e: unknown) => e)) as Error;
    expect(error.message).toBe(
      'GitLab API PUT /projects/acme%2Fother/packages/generic/api-schema/1.4.2/schema.yml failed: HTTP 404: 404 Not found',
    );
    expect(String(error.stack)).not.toContain(TOKEN);
  });
});

/**
 * A tiny typed client for GitLab's REST API v4 over the core's `httpFetch` (the network policy:
 * deadlines, bounded retries, proxies): token header, JSON bodies, offset pagination through
 * `x-next-page`, and errors that carry GitLab's message but never the token.
 */
import { httpFetch, type NetworkPolicy, networkErrorIn, secrets } from '@maint-actions/core';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface GitLabApiOptions {
  /** The API root, such as `CI_API_V4_URL` (`https://gitlab.example.com/api/v4`). */
  readonly baseUrl: string;
  readonly token: string;
  /** `private` (a personal/project access token, the default) or `job` (`CI_JOB_TOKEN`). */
  readonly tokenType?: 'private' | 'job';
  /** Deadlines and retries; default: the core's `networkPolicy()` of the environment. */
  readonly policy?: NetworkPolicy;
}

export interface GitLabApi {
  /** One request; `path` starts with `/` and is relative to the API root. Resolves to the parsed JSON body. */
  request<T>(method: HttpMethod, path: string, body?: unknown): Promise<T>;
  /** GETs every page of a list (100 per page), following `x-next-page` until it is empty. */
  paginate<T>(path: string): Promise<T[]>;
  /** PUTs raw bytes (a generic package file); resolves to the parsed JSON answer. */
  upload<T>(path: string, content: Uint8Array, contentType: string): Promise<T>;
}

/** What a request sends: nothing, a JSON value, or raw bytes of a type. */
type Payload = { readonly json: unknown } | { readonly bytes: Uint8Array; readonly type: string } | undefined;

/** A failed API call: the HTTP status (0 when the server could not be reached) and GitLab's message. */
export class GitLabApiError extends Error {
  override readonly name = 'GitLabApiError';
  readonly status: number;
  readonly method: HttpMethod;
  readonly path: string;
  /** GitLab's own `message` (or `error_description`/`error`), flattened to one line. */
  readonly gitlabMessage: string | undefined;

  constructor(
    method: HttpMethod,
    path: string,
    status: number,
    gitlabMessage: string | undefined,
    options?: { cause?: unknown },
  ) {
    const what = status === 0 ? 'could not reach GitLab' : `HTTP ${status}`;
    super(
      `GitLab API ${method} ${path} failed: ${what}${gitlabMessage ? `: ${gitlabMessage}` : ''}`,
      options,
    );
    this.method = method;
    this.path = path;
    this.status = status;
    this.gitlabMessage = gitlabMessage;
  }
}

/** Encodes a project id or `group/project` path for `/projects/:id`. */
export function projectId(idOrPath: string | number): string {
  return encodeURIComponent(String(idOrPath));
}

/** GitLab's error body as one line: `message` is a string or a field → messages object. */
function describeBody(body: unknown): string | undefined {
  if (typeof body === 'string') return body.trim().slice(0, 500) || undefined;
  if (typeof body !== 'object' || body === null) return undefined;
  const { message, error, error_description } = body as Record<string, unknown>;
  if (typeof message === 'string') return message;
  if (typeof message === 'object' && message !== null) {
    return Object.entries(message)
      .map(([field, value]) => `${field} ${Array.isArray(value) ? value.join(', ') : String(value)}`)
      .join('; ');
  }
  if (typeof error_description === 'string') return error_description;
  if (typeof error === 'string') return error;
  return undefined;
}

async function parseBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  if ((response.headers.get('content-type') ?? '').includes('json')) {
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
  return text;
}

/** Creates the client; the token is registered with the redactor so it can never reach a log. */
export function gitlabApi(options: GitLabApiOptions): GitLabApi {
  const root = options.baseUrl.replace(/\/+$/, '');
  const authHeader = options.tokenType === 'job' ? 'JOB-TOKEN' : 'PRIVATE-TOKEN';
  secrets.add(options.token);
  const scrub = (text: string | undefined): string | undefined =>
    text === undefined ? undefined : secrets.redact(text);

  async function send(
    method: HttpMethod,
    path: string,
    payload?: Payload,
  ): Promise<{ data: unknown; headers: Headers }> {
    const headers: Record<string, string> = { [authHeader]: options.token, accept: 'application/json' };
    let body: string | Uint8Array | undefined;
    if (payload && 'bytes' in payload) {
      headers['content-type'] = payload.type;
      body = payload.bytes;
    } else if (payload) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(payload.json);
    }
    let response: Response;
    try {
      response = await httpFetch(`${root}${path}`, {
        method,
        headers,
        body,
        ...(options.policy ? { policy: options.policy } : {}),
      });
    } catch (error) {
      // The NetworkError names the host, the reason and the attempts; an answered status stays.
      const network = networkErrorIn(error);
      const cause = network?.message ?? (error instanceof Error ? error.message : String(error));
      throw new GitLabApiError(method, path, network?.status ?? 0, scrub(cause), { cause: network });
    }
    const data = await parseBody(response);
    if (!response.ok) throw new GitLabApiError(method, path, response.status, scrub(describeBody(data)));
    return { data, headers: response.headers };
  }

  return {
    async request<T>(method: HttpMethod, path: string, body?: unknown): Promise<T> {
      return (await send(method, path, body === undefined ? undefined : { json: body })).data as T;
    },

    async upload<T>(path: string, content: Uint8Array, contentType: string): Promise<T> {
      return (await send('PUT', path, { bytes: content, type: contentType })).data as T;
    },

    async paginate<T>(path: string): Promise<T[]> {
      const items: T[] = [];
      const separator = path.includes('?') ? '&' : '?';
      let page: string | null = '1';
      while (page) {
        const { data, headers } = await send('GET', `${path}${separator}per_page=100&page=${page}`);
        if (!Array.isArray(data)) throw new GitLabApiError('GET', path, 200, 'expected a JSON list');
        items.push(...(data as T[]));
        page = headers.get('x-next-page');
      }
      return items;
    },
  };
}

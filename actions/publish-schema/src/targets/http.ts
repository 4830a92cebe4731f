/**
 * `http`: each file of the site is sent with PUT or POST to `<http-url>/<path>` (such as
 * `<http-url>/1.4.2/schema.yml`), with the headers of `http-headers`; `<http-url>/index.json` is
 * read with GET first (404: nothing published yet) and sent last.
 */
import { ConfigError, httpFetch, type NetworkPolicy } from '@maint-actions/core';
import type { SiteFile, SiteStore } from '../site';
import { storeTarget } from './store';
import type { Target } from './target';

export interface HttpTargetOptions {
  /** The `http-url` input (checked by `httpTarget`). */
  readonly url: string | undefined;
  readonly method: 'PUT' | 'POST';
  /** Parsed `http-headers`. */
  readonly headers: Readonly<Record<string, string>>;
  /** Deadlines and retries; default: the core's `networkPolicy()` of the environment. */
  readonly policy?: NetworkPolicy;
}

/**
 * The `http-headers` input as headers: one `Name: value` per line, blank lines skipped. Values
 * are never echoed in errors (the input is a secret).
 *
 * @throws ConfigError naming `http-headers` for a line that is not `Name: value`.
 */
export function parseHeaders(text: string | undefined): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [index, line] of (text ?? '').split(/\r?\n/).entries()) {
    if (line.trim() === '') continue;
    const m = /^\s*([!#$%&'*+.^_`|~0-9A-Za-z-]+)\s*:\s*(.*?)\s*$/.exec(line);
    if (!m || m[2] === '') {
      throw new ConfigError(
        `Input "http-headers": line ${index + 1} is not a header; write one "Name: value" per line.`,
        { input: 'http-headers' },
      );
    }
    headers[m[1] as string] = m[2] as string;
  }
  return headers;
}

/** `http-url` without a trailing slash. @throws ConfigError naming `http-url` unless it is an http(s) URL without credentials. */
export function baseUrl(input: string | undefined): string {
  const problem = (reason: string): never => {
    throw new ConfigError(`Input "http-url" ${reason}.`, { input: 'http-url' });
  };
  if (input === undefined) return problem('is required by the http target: set the base URL to publish to');
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return problem(`must be an http:// or https:// URL (got ${JSON.stringify(input)})`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    problem(`must be an http:// or https:// URL (got ${JSON.stringify(input)})`);
  }
  if (url.username || url.password) {
    problem('must not contain credentials: put them in an Authorization line of "http-headers"');
  }
  if (url.search || url.hash) problem('must be a base URL without a query or fragment');
  return url.href.replace(/\/+$/, '');
}

/**
 * A SiteStore over an HTTP server, through the core's `httpFetch` (the network policy: a deadline
 * per attempt, bounded retries of GET and PUT, proxies; a POST is sent once).
 */
export function httpStore(base: string, options: HttpTargetOptions): SiteStore {
  const request = async (method: string, file: string, body?: SiteFile): Promise<Response> => {
    const url = `${base}/${file}`;
    const response = await httpFetch(url, {
      method,
      headers: body ? { ...options.headers, 'content-type': body.contentType } : options.headers,
      body: body?.content,
      redirect: 'error',
      ...(options.policy ? { policy: options.policy } : {}),
    }).catch((error: unknown) => {
      throw new Error(`${method} ${url} failed: ${error instanceof Error ? error.message : String(error)}`);
    });
    return response;
  };
  return {
    async read(file) {
      const response = await request('GET', file);
      if (response.status === 404) return undefined;
      if (!response.ok) throw new Error(`GET ${base}/${file} answered ${statusText(response)}`);
      return response.text();
    },
    async write(file) {
      const response = await request(options.method, file.path, file);
      await response.body?.cancel();
      if (!response.ok)
        throw new Error(`${options.method} ${base}/${file.path} answered ${statusText(response)}`);
    },
  };
}

/** The `http` target. */
export function httpTarget(options: HttpTargetOptions): Target {
  const base = baseUrl(options.url);
  return storeTarget({
    id: 'http',
    name: `HTTP ${base}`,
    store: httpStore(base, options),
    index: `${base}/index.json`,
    urlOf: (file) => `${base}/${file}`,
  });
}

function statusText(response: Response): string {
  return `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
}

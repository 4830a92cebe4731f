/** What version a service reports, and whether it is the one expected. */
import type { IncomingHttpHeaders } from 'node:http';
import { resolvePointer } from '@maint-actions/core';

/** Where the version is: a response header, else a JSON pointer into the body. */
export interface VersionSource {
  readonly header?: string;
  readonly pointer: string;
}

/** The version reported, or why none could be read (such as `no version at /version`). */
export type ReportedVersion = { readonly version: string } | { readonly missing: string };

/** Reads the version from the header or the JSON body of a response. */
export function reportedVersion(
  source: VersionSource,
  headers: IncomingHttpHeaders,
  body: Buffer,
): ReportedVersion {
  if (source.header) {
    const value = headers[source.header.toLowerCase()];
    const text = Array.isArray(value) ? value[0] : value;
    return text ? { version: text.trim() } : { missing: `no ${source.header} header` };
  }
  let document: unknown;
  try {
    document = JSON.parse(body.toString('utf8'));
  } catch {
    return { missing: 'a body that is not JSON' };
  }
  const found = resolvePointer(document, source.pointer);
  if (!found.found || found.value === null || typeof found.value === 'object') {
    return { missing: `no version at ${source.pointer || '(the root)'}` };
  }
  return { version: String(found.value).trim() };
}

const SHA = /^[0-9a-f]{7,64}$/i;

/**
 * Whether `reported` is `expected`: equal, equal but for a leading `v` (`v1.4.2` and `1.4.2`),
 * or two commit SHAs of which one (7 characters or more) is the start of the other.
 */
export function isExpectedVersion(expected: string, reported: string): boolean {
  const a = expected.trim();
  const b = reported.trim();
  if (a === b || a.replace(/^v(?=\d)/, '') === b.replace(/^v(?=\d)/, '')) return true;
  if (!SHA.test(a) || !SHA.test(b)) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return long.toLowerCase().startsWith(short.toLowerCase());
}

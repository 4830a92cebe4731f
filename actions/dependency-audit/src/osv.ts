/**
 * Severities from the OSV API: one `POST /v1/querybatch` per 1,000 package versions gives the
 * IDs OSV knows for each, then `GET /v1/vulns/{id}` fetches the records, several at a time.
 * A record's severity comes from its CVSS v3 vector, else the database's own rating (GitHub's
 * advisories carry one), else its CVSS v4 vector.
 */
import { httpFetch, mapLimit, type NetworkPolicy } from '@maint-actions/core';
import { cvssBaseScore, ratingOf } from './cvss';
import type { VulnSeverity } from './spec';

/** OSV's limit of queries in one `querybatch` request. */
export const OSV_BATCH_LIMIT = 1000;
/** Vulnerability records fetched at once. */
export const OSV_CONCURRENCY = 16;

/** A vulnerability to rate: the package version and every ID it is known by. */
export interface VulnQuery {
  readonly package: string;
  readonly version: string;
  readonly id: string;
  readonly aliases: readonly string[];
}

/** A severity with the CVSS score it came from, when there was one. */
export interface Rated {
  readonly severity: VulnSeverity;
  readonly score?: number;
}

/** The parts of an OSV record read here. */
export interface OsvRecord {
  readonly id: string;
  readonly aliases?: readonly string[];
  readonly severity?: readonly { readonly type: string; readonly score: string }[];
  readonly database_specific?: { readonly severity?: unknown };
}

export interface OsvOptions {
  /** Base URL, such as `https://api.osv.dev`. */
  readonly url: string;
  readonly concurrency?: number;
  /** Deadlines and retries; default: the core's `networkPolicy()` of the environment. */
  readonly policy?: NetworkPolicy;
}

/**
 * Rates each vulnerability, in order. Its severity is the highest among the OSV records of its
 * ID and aliases that OSV lists for the package version (a PYSEC record often has no score
 * while its GHSA alias has one); when OSV lists none of them, its own ID is fetched.
 *
 * @throws Error when the OSV API cannot be reached or answers with an error (after retries).
 */
export async function rateVulnerabilities(
  vulns: readonly VulnQuery[],
  options: OsvOptions,
): Promise<Rated[]> {
  const base = options.url.replace(/\/+$/, '');
  const versions = uniqueBy(vulns, (v) => `${v.package}\n${v.version}`);
  const listed = await queryBatch(base, versions, options.policy);
  const idsOf = new Map(versions.map((v, i) => [`${v.package}\n${v.version}`, listed[i] ?? []]));
  const wanted = vulns.map((v) => {
    const names = new Set([v.id, ...v.aliases]);
    const known = (idsOf.get(`${v.package}\n${v.version}`) ?? []).filter((id) => names.has(id));
    return known.length > 0 ? known : [v.id];
  });
  const ids = [...new Set(wanted.flat())];
  const records = await mapLimit(ids, options.concurrency ?? OSV_CONCURRENCY, (id) =>
    fetchVuln(base, id, options.policy),
  );
  const ratings = new Map(ids.map((id, i) => [id, records[i] ? rateRecord(records[i]) : undefined]));
  return wanted.map((list) => highest(list.map((id) => ratings.get(id))));
}

/** The IDs OSV lists for each package version, in order, batched by OSV_BATCH_LIMIT. */
export async function queryBatch(
  base: string,
  packages: readonly { package: string; version: string }[],
  policy?: NetworkPolicy,
): Promise<string[][]> {
  const out: string[][] = [];
  for (let start = 0; start < packages.length; start += OSV_BATCH_LIMIT) {
    const chunk = packages.slice(start, start + OSV_BATCH_LIMIT);
    const body = {
      queries: chunk.map((p) => ({ package: { name: p.package, ecosystem: 'PyPI' }, version: p.version })),
    };
    const answer = (await request(
      `${base}/v1/querybatch`,
      { method: 'POST', body: JSON.stringify(body) },
      policy,
    )) as {
      results?: { vulns?: { id?: unknown }[] }[];
    };
    const results = answer?.results;
    if (!Array.isArray(results) || results.length !== chunk.length) {
      throw new Error(
        `OSV querybatch answered ${results?.length ?? 'no'} results for ${chunk.length} queries`,
      );
    }
    for (const result of results) {
      out.push((result.vulns ?? []).map((v) => v.id).filter((id): id is string => typeof id === 'string'));
    }
  }
  return out;
}

/** The OSV record of `id`, or undefined when OSV does not know it (404). */
export async function fetchVuln(
  base: string,
  id: string,
  policy?: NetworkPolicy,
): Promise<OsvRecord | undefined> {
  return (await request(`${base}/v1/vulns/${encodeURIComponent(id)}`, { method: 'GET' }, policy, true)) as
    | OsvRecord
    | undefined;
}

/** A record's severity: CVSS v3 score, else `database_specific.severity`, else CVSS v4 score, else unknown. */
export function rateRecord(record: OsvRecord): Rated {
  const vector = (type: string): number | undefined => {
    const found = record.severity?.find((s) => s.type === type);
    return found ? cvssBaseScore(found.score) : undefined;
  };
  const v3 = vector('CVSS_V3');
  if (v3 !== undefined) return scored(v3);
  const own = databaseSeverity(record.database_specific?.severity);
  if (own) return { severity: own };
  const v4 = vector('CVSS_V4');
  return v4 === undefined ? { severity: 'unknown' } : scored(v4);
}

function scored(score: number): Rated {
  const rating = ratingOf(score);
  return { severity: rating === 'none' ? 'low' : rating, score };
}

/** GitHub's ratings (CRITICAL, HIGH, MODERATE, LOW) and the like. */
function databaseSeverity(value: unknown): VulnSeverity | undefined {
  if (typeof value !== 'string') return undefined;
  const name = value.toLowerCase();
  if (name === 'moderate') return 'medium';
  return (['critical', 'high', 'medium', 'low'] as const).find((s) => s === name);
}

const RANK: Record<VulnSeverity, number> = { critical: 4, high: 3, medium: 2, low: 1, unknown: 0 };

function highest(ratings: readonly (Rated | undefined)[]): Rated {
  let best: Rated = { severity: 'unknown' };
  for (const r of ratings) {
    if (
      r &&
      (RANK[r.severity] > RANK[best.severity] ||
        (r.severity === best.severity && (r.score ?? 0) > (best.score ?? 0)))
    )
      best = r;
  }
  return best;
}

/**
 * JSON from OSV under the network policy (httpFetch: deadlines, retries of 429/5xx and broken
 * connections, proxies); `querybatch` is a POST that only reads, so it may be repeated.
 * Undefined for a 404 when `missingOk`.
 */
async function request(
  url: string,
  init: { method: string; body?: string },
  policy: NetworkPolicy | undefined,
  missingOk = false,
): Promise<unknown> {
  const failed = (why: string): Error =>
    new Error(`OSV ${init.method} ${new URL(url).pathname} failed: ${why}`);
  let response: Response;
  try {
    response = await httpFetch(url, {
      ...init,
      idempotent: true,
      headers: { accept: 'application/json', ...(init.body ? { 'content-type': 'application/json' } : {}) },
      ...(policy ? { policy } : {}),
    });
  } catch (error) {
    throw failed((error as Error).message);
  }
  if (response.status === 404 && missingOk) return undefined;
  if (!response.ok)
    throw failed(`${response.url ? new URL(response.url).host : ''} answered HTTP ${response.status}`);
  return response.json();
}

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item);
  return [...seen.values()];
}

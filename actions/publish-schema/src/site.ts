/**
 * The published site, the same on every target that keeps files:
 *
 *   <version>/schema.yml, <version>/schema.json, <version>/index.html   (the HTML reference)
 *   latest/schema.yml, latest/schema.json, latest/index.html           (the highest version)
 *   index.html                                                         (the list of versions)
 *   index.json                                                         (what is published)
 *
 * `publishSite` writes them in that order, so `latest/` and the index move only once the files
 * they point to are in place, and `index.json`, which decides what is published, moves last.
 */
import semver, { type SemVer } from 'semver';
import { renderIndexHtml } from './html';

/** A file of the site. Every file is text. */
export interface SiteFile {
  /** Path relative to the site root, with forward slashes, such as `1.4.2/schema.yml`. */
  readonly path: string;
  readonly content: string;
  readonly contentType: string;
}

/** One published version in `index.json`. */
export interface IndexEntry {
  readonly version: string;
  /** SHA-256 of the schema's canonical JSON. */
  readonly sha256: string;
  /** ISO 8601 time it was published. */
  readonly date: string;
  /** The HTML reference, relative to `index.json`: `<version>/index.html`. */
  readonly url: string;
}

/** `index.json`: every version, highest first, and which one `latest/` holds. */
export interface SiteIndex {
  readonly title: string;
  readonly latest: string | undefined;
  readonly versions: readonly IndexEntry[];
}

/** What is being published. */
export interface Publication {
  readonly version: string;
  readonly sha256: string;
  /** The API name for pages and the announcement. */
  readonly title: string;
  /** ISO 8601 time of this run. */
  readonly date: string;
  /** The files of the version, named without a directory: `schema.yml`, `schema.json`, `index.html`. */
  readonly files: readonly SiteFile[];
}

/** What a target holds for this publication, decided from its index. */
export type Decision =
  | { readonly kind: 'publish' }
  /** The schema is published already, as `version` (this version, or the latest one). */
  | { readonly kind: 'unchanged'; readonly version: string }
  /** This version is published with another schema. */
  | { readonly kind: 'conflict'; readonly publishedSha256: string };

/** A place that keeps the site's files (a directory, a bucket, an HTTP server, a git tree). */
export interface SiteStore {
  /** The file's content, or undefined when it does not exist. */
  read(file: string): Promise<string | undefined>;
  /** Writes (creates or replaces) the file. */
  write(file: SiteFile): Promise<void>;
}

export const INDEX_JSON = 'index.json';
export const INDEX_HTML = 'index.html';
export const LATEST = 'latest';

/** Reads the store's `index.json`; undefined when there is none. @throws Error when it is not an index. */
export async function readIndex(store: SiteStore): Promise<SiteIndex | undefined> {
  const text = await store.read(INDEX_JSON);
  return text === undefined ? undefined : parseIndex(text);
}

/** Parses `index.json`. @throws Error naming what is wrong. */
export function parseIndex(text: string): SiteIndex {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new Error(`${INDEX_JSON} is not JSON; fix or remove it`);
  }
  const { title, latest, versions } = (data ?? {}) as Record<string, unknown>;
  if (!Array.isArray(versions) || !versions.every(isEntry)) {
    throw new Error(
      `${INDEX_JSON} has no valid "versions" list (version, sha256, date, url); fix or remove it`,
    );
  }
  return {
    title: typeof title === 'string' ? title : '',
    latest: typeof latest === 'string' ? latest : undefined,
    versions,
  };
}

function isEntry(value: unknown): value is IndexEntry {
  const entry = value as Record<string, unknown> | null;
  return (
    typeof entry?.version === 'string' &&
    typeof entry.sha256 === 'string' &&
    typeof entry.date === 'string' &&
    typeof entry.url === 'string'
  );
}

/**
 * Publish, or not: a version already in the index is unchanged with the same hash and a conflict
 * with another; a new version whose schema is the latest one's is unchanged too (the content is
 * published already).
 */
export function decide(index: SiteIndex | undefined, version: string, sha256: string): Decision {
  const same = index?.versions.find((entry) => entry.version === version);
  if (same) {
    return same.sha256 === sha256
      ? { kind: 'unchanged', version }
      : { kind: 'conflict', publishedSha256: same.sha256 };
  }
  const latest = index?.versions.find((entry) => entry.version === index.latest);
  if (latest && latest.sha256 === sha256) return { kind: 'unchanged', version: latest.version };
  return { kind: 'publish' };
}

/** The index with `publication` added; `latest` moves when the new version is the highest. */
export function nextIndex(index: SiteIndex | undefined, publication: Publication): SiteIndex {
  const entry: IndexEntry = {
    version: publication.version,
    sha256: publication.sha256,
    date: publication.date,
    url: `${publication.version}/${INDEX_HTML}`,
  };
  const others = (index?.versions ?? []).filter((e) => e.version !== publication.version);
  const versions = [...others, entry].sort((a, b) => compareVersions(b.version, a.version));
  const latest =
    index?.latest === undefined || becomesLatest(publication.version, index.latest)
      ? publication.version
      : index.latest;
  return { title: publication.title, latest, versions };
}

/**
 * Writes the publication into the store: the version's files, then `latest/` when it moves, then
 * `index.html` and `index.json`. A failure stops the sequence, so what the index says stays true.
 * Returns the number of files written.
 */
export async function publishSite(
  store: SiteStore,
  publication: Publication,
  index: SiteIndex | undefined,
): Promise<{ files: number; movedLatest: boolean; index: SiteIndex }> {
  const next = nextIndex(index, publication);
  const movedLatest = next.latest === publication.version;
  const files = [
    ...publication.files.map((file) => ({ ...file, path: `${publication.version}/${file.path}` })),
    ...(movedLatest ? publication.files.map((file) => ({ ...file, path: `${LATEST}/${file.path}` })) : []),
    { path: INDEX_HTML, content: renderIndexHtml(next), contentType: 'text/html; charset=utf-8' },
    { path: INDEX_JSON, content: `${JSON.stringify(next, null, 2)}\n`, contentType: 'application/json' },
  ];
  for (const file of files) await store.write(file);
  return { files: files.length, movedLatest, index: next };
}

/** `1.4.0-rc.2` as the `semver` package reads it; null for anything else (`v1.4.0` included). */
function parseSemVer(version: string): SemVer | null {
  return /^\d/.test(version) ? semver.parse(version) : null;
}

/**
 * Semantic-version precedence (a prerelease ranks below its release); versions that are not
 * semver rank above the ones that are, and among themselves by name.
 */
export function compareVersions(a: string, b: string): number {
  const x = parseSemVer(a);
  const y = parseSemVer(b);
  if (!x || !y) return x ? -1 : y ? 1 : a.localeCompare(b);
  return semver.compare(x, y);
}

/**
 * Whether `version` replaces `latest`: when it is higher, and a prerelease never replaces a
 * release. A version that is not semver (or a latest that is not) always moves `latest`.
 */
function becomesLatest(version: string, latest: string): boolean {
  const next = parseSemVer(version);
  const current = parseSemVer(latest);
  if (!next || !current) return true;
  if (next.prerelease.length > 0 && current.prerelease.length === 0) return false;
  return semver.gt(next, current);
}

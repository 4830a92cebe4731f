/**
 * A small file glob for `merge-files`: `*` and `?` within a path segment, `**` for any number of
 * directories; a directory stands for the files of a given name under it. Symbolic links to
 * directories are not followed.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

const GLOB_CHARS = /[*?]/;

/**
 * The files `pattern` names, relative to `base` unless absolute; sorted, without duplicates.
 * A path without glob characters names that file, or the files named `inDirectory` anywhere
 * under that directory.
 */
export async function expandPattern(pattern: string, base: string, inDirectory: string): Promise<string[]> {
  const absolute = path.resolve(base, pattern);
  if (!GLOB_CHARS.test(pattern)) {
    const info = await stat(absolute).catch(() => undefined);
    if (info?.isFile()) return [absolute];
    if (info?.isDirectory())
      return (await walk(absolute)).filter((file) => path.basename(file) === inDirectory).sort();
    return [];
  }
  const segments = absolute.split(path.sep);
  const firstGlob = segments.findIndex((segment) => GLOB_CHARS.test(segment));
  const root = segments.slice(0, firstGlob).join(path.sep) || path.sep;
  const matchers = segments
    .slice(firstGlob)
    .map((segment) => (segment === '**' ? '**' : segmentRegExp(segment)));
  return [...new Set(await match(root, matchers))].sort();
}

type Matcher = RegExp | '**';

async function match(dir: string, matchers: readonly Matcher[]): Promise<string[]> {
  const [first, ...rest] = matchers;
  if (first === undefined) return [];
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const found: string[] = [];
  if (first === '**' && rest.length === 0) return walk(dir).catch(() => []);
  if (first === '**') {
    // `**` matches no directory here, or one more level (and stays in play below it).
    found.push(...(await match(dir, rest)));
    for (const entry of entries)
      if (entry.isDirectory()) found.push(...(await match(path.join(dir, entry.name), matchers)));
    return found;
  }
  for (const entry of entries) {
    if (!first.test(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (rest.length === 0 && entry.isFile()) found.push(full);
    else if (rest.length > 0 && entry.isDirectory()) found.push(...(await match(full, rest)));
  }
  return found;
}

function segmentRegExp(segment: string): RegExp {
  const source = [...segment]
    .map((char) =>
      char === '*' ? '[^/]*' : char === '?' ? '[^/]' : char.replace(/[.+^${}()|[\]\\]/g, '\\$&'),
    )
    .join('');
  return new RegExp(`^${source}$`);
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(full)));
    else if (entry.isFile()) files.push(full);
  }
  return files;
}

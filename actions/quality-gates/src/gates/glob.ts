/**
 * File globs for `merge-files`, matched by tinyglobby (picomatch syntax: `*` and `?` within a
 * path segment, `**` for any number of directories, `[...]` and `{a,b}`); dot files match too.
 * A path without glob characters names that file, or a directory standing for the files of a
 * given name under it. The path a user writes is taken as the system resolves it, links and
 * all; links met while matching a glob or walking a folder are not followed, to files or to
 * folders, so a downloaded artifact cannot point the merge at a file outside it.
 */
import { lstat, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { escapePath, glob, isDynamicPattern } from 'tinyglobby';

/**
 * The files `pattern` names, relative to `base` unless absolute; absolute paths, sorted, without
 * duplicates.
 */
export async function expandPattern(pattern: string, base: string, inDirectory: string): Promise<string[]> {
  const absolute = path.resolve(base, pattern);
  if (!isDynamicPattern(pattern)) {
    const info = await stat(absolute).catch(() => undefined);
    if (info?.isFile()) return [absolute];
    if (info?.isDirectory()) return regularFiles(absolute, `**/${escapePath(inDirectory)}`);
    return [];
  }
  // Globbing starts at the deepest folder without glob characters, so a relative pattern may
  // climb out of `base` (`../shards/*.xml`) as a path would.
  const segments = absolute.split(path.sep);
  const firstGlob = segments.findIndex((segment) => isDynamicPattern(segment));
  const root = segments.slice(0, firstGlob).join(path.sep) || path.sep;
  return regularFiles(root, segments.slice(firstGlob).join('/'));
}

async function regularFiles(cwd: string, pattern: string): Promise<string[]> {
  const found = await glob(pattern, {
    cwd,
    absolute: true,
    dot: true,
    onlyFiles: true,
    followSymbolicLinks: false,
    expandDirectories: false,
  }).catch(() => []);
  // tinyglobby still walks through a link to a folder when the pattern names the link
  // (`linked/*`): a file counts only when its folder, links resolved, is inside `cwd`.
  const inside = await realpath(cwd).catch(() => cwd);
  const files = await Promise.all(
    found.map(async (file) => {
      const folder = await realpath(path.dirname(file)).catch(() => undefined);
      const info = await lstat(file).catch(() => undefined);
      const within = folder === inside || folder?.startsWith(inside + path.sep);
      return within && info?.isFile() ? path.normalize(file) : undefined;
    }),
  );
  return [...new Set(files.filter((file): file is string => file !== undefined))].sort();
}

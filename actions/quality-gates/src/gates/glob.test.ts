import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandPattern } from './glob';
import { tempDir } from './test-support';

let root: string;
let cleanup: () => Promise<void>;
let outside: { dir: string; cleanup: () => Promise<void> };
const FILES = [
  'shards/1/pytest-junit.xml',
  'shards/1/junit.xml',
  'shards/2/deep/pytest-junit.xml',
  'shards/2/notes.txt',
  'top.xml',
];

beforeAll(async () => {
  ({ dir: root, cleanup } = await tempDir('qg-glob-'));
  for (const file of FILES) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), '');
  }
  outside = await tempDir('qg-glob-outside-');
  await writeFile(path.join(outside.dir, 'pytest-junit.xml'), '');
  // An artifact that links out: a file link and a directory link, neither may be merged.
  await mkdir(path.join(root, 'linked'), { recursive: true });
  await symlink(path.join(outside.dir, 'pytest-junit.xml'), path.join(root, 'linked/pytest-junit.xml'));
  await symlink(outside.dir, path.join(root, 'linked/dir'));
});
afterAll(async () => {
  await cleanup();
  await outside.cleanup();
});

const expand = async (pattern: string) =>
  (await expandPattern(pattern, root, 'pytest-junit.xml')).map((file) => path.relative(root, file));

describe('expandPattern', () => {
  it('matches * and ? within a segment', async () => {
    expect(await expand('shards/*/pytest-junit.xml')).toEqual(['shards/1/pytest-junit.xml']);
    expect(await expand('shards/?/*.xml')).toEqual(['shards/1/junit.xml', 'shards/1/pytest-junit.xml']);
    expect(await expand('*.xml')).toEqual(['top.xml']);
  });

  it('matches ** across any number of directories, including none', async () => {
    expect(await expand('**/pytest-junit.xml')).toEqual([
      'shards/1/pytest-junit.xml',
      'shards/2/deep/pytest-junit.xml',
    ]);
    expect(await expand('shards/**')).toHaveLength(4);
    expect(await expand('**/top.xml')).toEqual(['top.xml']);
  });

  it('takes a plain file as is and a directory as the named files under it', async () => {
    expect(await expand('top.xml')).toEqual(['top.xml']);
    expect(await expand(path.join(root, 'shards'))).toEqual([
      'shards/1/pytest-junit.xml',
      'shards/2/deep/pytest-junit.xml',
    ]);
    expect(await expand('nothing/here.xml')).toEqual([]);
    expect(await expand('nothing/*.xml')).toEqual([]);
  });

  it('reads braces, character classes and dot folders, and climbs out of the base like a path', async () => {
    await mkdir(path.join(root, '.hidden'), { recursive: true });
    await writeFile(path.join(root, '.hidden/pytest-junit.xml'), '');
    expect(await expand('shards/{1,2}/*.txt')).toEqual(['shards/2/notes.txt']);
    expect(await expand('shards/[12]/junit.xml')).toEqual(['shards/1/junit.xml']);
    expect(await expand('.hidden/*.xml')).toEqual(['.hidden/pytest-junit.xml']);
    const fromShards = await expandPattern('../top.*', path.join(root, 'shards'), 'pytest-junit.xml');
    expect(fromShards).toEqual([path.join(root, 'top.xml')]);
  });

  it('follows no link met while matching or walking, to a file or to a folder', async () => {
    expect(await expand('linked/**')).toEqual([]);
    expect(await expand('linked/*.xml')).toEqual([]);
    expect(await expand('linked/d*/pytest-junit.xml')).toEqual([]);
    expect(await expand('linked')).toEqual([]);
  });

  it('resolves the links of a path the user wrote, as the shell would', async () => {
    expect(await expand('linked/pytest-junit.xml')).toEqual(['linked/pytest-junit.xml']);
    expect(await expand('linked/dir/*')).toEqual(['linked/dir/pytest-junit.xml']);
  });
});

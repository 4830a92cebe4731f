import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandPattern } from './glob';
import { tempDir } from './test-support';

let root: string;
let cleanup: () => Promise<void>;
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
});
afterAll(() => cleanup());

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
});

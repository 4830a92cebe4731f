import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileIfExists, relativeTo, writeFileAtomic } from './files';
import { plural } from './words';

describe('writeFileAtomic', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'core-files-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes a string, bytes or pieces and leaves only the file', async () => {
    await writeFileAtomic(path.join(dir, 'a.txt'), 'text\n');
    await writeFileAtomic(path.join(dir, 'b.bin'), Buffer.from([0, 1, 2]));
    const pieces = Array.from({ length: 3000 }, (_, i) => `${i}-${'x'.repeat(40)}\n`);
    await writeFileAtomic(path.join(dir, 'c.txt'), pieces);
    expect(await readFile(path.join(dir, 'a.txt'), 'utf8')).toBe('text\n');
    expect([...(await readFile(path.join(dir, 'b.bin')))]).toEqual([0, 1, 2]);
    expect(await readFile(path.join(dir, 'c.txt'), 'utf8')).toBe(pieces.join(''));
    expect((await readdir(dir)).sort()).toEqual(['a.txt', 'b.bin', 'c.txt']);
  });

  it('replaces the old file whole and removes its temporary file when the pieces fail', async () => {
    const file = path.join(dir, 'report.json');
    await writeFileAtomic(file, 'old');
    function* failing(): Generator<string> {
      yield 'x'.repeat(70 * 1024);
      throw new Error('renderer broke');
    }
    await expect(writeFileAtomic(file, failing())).rejects.toThrow('renderer broke');
    expect(await readFile(file, 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual(['report.json']);
  });
});

describe('relativeTo', () => {
  it('names a path below the workspace with forward slashes, the workspace itself as .', () => {
    expect(relativeTo('/w', '/w/backend/schema.yml')).toBe('backend/schema.yml');
    expect(relativeTo('/w', '/w')).toBe('.');
  });
});

describe('plural', () => {
  it('counts with the noun, an irregular plural when given, thousands separated', () => {
    expect(plural(1, 'finding')).toBe('1 finding');
    expect(plural(0, 'finding')).toBe('0 findings');
    expect(plural(2, 'vulnerability', 'vulnerabilities')).toBe('2 vulnerabilities');
    expect(plural(1200, 'package')).toBe('1,200 packages');
  });
});

describe('readFileIfExists', () => {
  it('reads the text of a file, undefined for a missing one, and throws any other failure', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'core-read-'));
    try {
      await writeFileAtomic(path.join(dir, 'a.txt'), 'text\n');
      expect(await readFileIfExists(path.join(dir, 'a.txt'))).toBe('text\n');
      expect(await readFileIfExists(path.join(dir, 'missing.txt'))).toBeUndefined();
      await expect(readFileIfExists(dir)).rejects.toMatchObject({ code: 'EISDIR' });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

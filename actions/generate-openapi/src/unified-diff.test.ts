import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gitPatch, splitLines, unifiedDiff } from './unified-diff';

let repo: string;
beforeAll(async () => {
  repo = await mkdtemp(path.join(os.tmpdir(), 'maint-patch-'));
  execFileSync('git', ['init', '-q', repo]);
});
afterAll(async () => {
  await rm(repo, { recursive: true, force: true });
});

/** Writes `before` (or nothing), applies the patch with the real `git apply`, returns the file after. */
async function applied(before: string | undefined, after: string, file = 'api/schema.yml'): Promise<string> {
  const target = path.join(repo, file);
  await rm(target, { force: true });
  await mkdir(path.dirname(target), { recursive: true });
  if (before !== undefined) await writeFile(target, before);
  const patch = path.join(repo, '..', `${path.basename(repo)}.patch`);
  await writeFile(patch, gitPatch(before, after, file));
  execFileSync('git', ['apply', '--check', patch], { cwd: repo, stdio: 'pipe' });
  execFileSync('git', ['apply', patch], { cwd: repo, stdio: 'pipe' });
  await rm(patch);
  return readFile(target, 'utf8');
}

/** A deterministic pseudo-random generator (mulberry32), so a failing case can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('unifiedDiff', () => {
  it('shows a changed line with three lines of context and exact ranges', () => {
    const before = 'a\nb\nc\nd\ne\nf\ng\nh\n';
    const after = 'a\nb\nc\nd\nE\nf\ng\nh\n';
    expect(unifiedDiff(before, after, { oldName: 'old', newName: 'new' })).toBe(
      '--- old\n+++ new\n@@ -2,7 +2,7 @@\n b\n c\n d\n-e\n+E\n f\n g\n h\n',
    );
  });

  it('is empty for equal texts and marks a missing final newline', () => {
    expect(unifiedDiff('x\n', 'x\n', { oldName: 'a', newName: 'b' })).toBe('');
    expect(unifiedDiff('x\n', 'x', { oldName: 'a', newName: 'b' })).toBe(
      '--- a\n+++ b\n@@ -1,1 +1,1 @@\n-x\n+x\n\\ No newline at end of file\n',
    );
  });

  it('keeps distant changes in separate hunks', () => {
    const lines = Array.from({ length: 30 }, (_, i) => `line ${i}\n`);
    const after = [...lines];
    after[2] = 'changed 2\n';
    after[25] = 'changed 25\n';
    const diff = unifiedDiff(lines.join(''), after.join(''), { oldName: 'a', newName: 'b' });
    expect(diff.match(/^@@ .* @@$/gm)).toEqual(['@@ -1,6 +1,6 @@', '@@ -23,7 +23,7 @@']);
  });

  it('splits lines keeping their ending', () => {
    expect(splitLines('a\nb')).toEqual(['a\n', 'b']);
    expect(splitLines('')).toEqual([]);
    expect(splitLines('\n\n')).toEqual(['\n', '\n']);
  });
});

describe('gitPatch applied by git apply', () => {
  it('updates a file in a subdirectory', async () => {
    const before = 'openapi: 3.0.3\npaths:\n  /a/: {}\n';
    const after = 'openapi: 3.0.3\npaths:\n  /a/: {}\n  /b/: {}\n';
    expect(await applied(before, after)).toBe(after);
  });

  it('creates a file that was not committed yet', async () => {
    expect(await applied(undefined, 'openapi: 3.1.0\n', 'new/openapi.yml')).toBe('openapi: 3.1.0\n');
  });

  it('adds and removes the final newline', async () => {
    expect(await applied('a\nb', 'a\nb\n')).toBe('a\nb\n');
    expect(await applied('a\nb\n', 'a\nc')).toBe('a\nc');
  });

  it('turns random texts into each other', async () => {
    const next = random(20240611);
    for (let round = 0; round < 25; round++) {
      const words = ['get', 'post', 'id', 'name', 'type: string', 'required', '- a', ''];
      const text = (): string =>
        Array.from({ length: Math.floor(next() * 40) }, () => words[Math.floor(next() * words.length)])
          .join('\n')
          .concat(next() < 0.8 ? '\n' : '');
      const before = text();
      const after = text();
      expect(await applied(before, after), `round ${round}`).toBe(after);
    }
  });
});

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from './errors';
import { ensureOwnDir, findingsRoot, workingDirectory } from './paths';

let workspace: string;
beforeAll(async () => {
  workspace = await mkdtemp(path.join(os.tmpdir(), 'maint-paths-'));
  await writeFile(path.join(workspace, 'file.txt'), 'x');
});
afterAll(() => rm(workspace, { recursive: true, force: true }));

describe('workingDirectory', () => {
  it('resolves a directory relative to the workspace', () => {
    expect(workingDirectory(workspace, '.')).toBe(workspace);
  });

  it('names the input when the path is missing or a file', () => {
    for (const input of ['backend', 'file.txt']) {
      expect(() => workingDirectory(workspace, input)).toThrow(ConfigError);
      expect(() => workingDirectory(workspace, input)).toThrow(
        `Input "working-directory": ${input} is not a directory of the repository.`,
      );
    }
  });
});

describe('ensureOwnDir', () => {
  it('creates the directory and a .gitignore of * in the .maint-actions directory above it, once', async () => {
    const dir = ensureOwnDir(path.join(workspace, '.maint-actions', 'reports', 'x'));
    expect(statSync(dir).isDirectory()).toBe(true);
    const gitignore = path.join(workspace, '.maint-actions', '.gitignore');
    expect(readFileSync(gitignore, 'utf8')).toMatch(/^\*$/m);
    writeFileSync(gitignore, '*\n!keep\n');
    ensureOwnDir(path.join(workspace, '.maint-actions', 'cache'));
    expect(readFileSync(gitignore, 'utf8')).toBe('*\n!keep\n');
  });

  it('writes no .gitignore for a directory outside .maint-actions', () => {
    ensureOwnDir(path.join(workspace, 'custom-reports'));
    expect(existsSync(path.join(workspace, 'custom-reports', '.gitignore'))).toBe(false);
  });
});

describe('findingsRoot', () => {
  it('is the git root of the working directory, else the workspace when inside it, else none', () => {
    expect(findingsRoot(workspace, workspace)).toBe(workspace);
    const repo = path.join(workspace, 'repo');
    mkdirSync(path.join(repo, 'src'), { recursive: true });
    spawnSync('git', ['init', '-q'], { cwd: repo });
    expect(findingsRoot(os.tmpdir(), path.join(repo, 'src'))).toBe(repo);
    expect(findingsRoot(path.join(workspace, 'custom-reports'), workspace)).toBeUndefined();
  });
});

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from './errors';
import { workingDirectory } from './paths';

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

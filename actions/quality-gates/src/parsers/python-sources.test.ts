import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PythonSources } from './python-sources';

let dir: string | undefined;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('PythonSources.defLine', () => {
  it('gives the first def of a name, async or nested, and not a longer name that starts the same', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'qg-sources-'));
    const file = path.join(dir, 'test_x.py');
    await writeFile(
      file,
      [
        'import pytest',
        '',
        'def test_10 (x):',
        '    pass',
        'class TestA:',
        '    async def test_1(self):',
        '        pass',
        '    def test_1(self):  # a second one: the first is the line given',
        '        pass',
        '# def test_2():',
        'def  test_3\t(',
        '):',
        '    pass',
      ].join('\n'),
    );
    const sources = new PythonSources({ workspace: dir, cwd: dir });
    expect(sources.defLine(file, 'test_1')).toBe(6);
    expect(sources.defLine(file, 'test_10')).toBe(3);
    expect(sources.defLine(file, 'test_3')).toBe(11);
    expect(sources.defLine(file, 'test_2')).toBeUndefined();
    expect(sources.defLine(path.join(dir, 'missing.py'), 'test_1')).toBeUndefined();
  });
});

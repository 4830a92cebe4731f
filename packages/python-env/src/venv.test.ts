import { describe, expect, it } from 'vitest';
import { declaredExtras, pipArgs, venvCacheKey } from './venv';

describe('install: keys and pip arguments', () => {
  it('keys the venv by Python version and the files, names and contents', () => {
    const files = [{ relative: 'requirements.txt', content: 'django==3.2\n' }];
    const key = venvCacheKey('3.11.2', files);
    expect(key).toBe(venvCacheKey('3.11.2', [{ ...files[0]! }]));
    expect(key).toContain(`-${process.platform}-${process.arch}-py3.11.2-`);
    expect(venvCacheKey('3.12.1', files)).not.toBe(key);
    expect(venvCacheKey('3.11.2', [{ relative: 'requirements.txt', content: 'django==4.2\n' }])).not.toBe(
      key,
    );
    expect(venvCacheKey('3.11.2', [{ relative: 'dev.txt', content: 'django==3.2\n' }])).not.toBe(key);
  });

  it('installs requirement files with -r and a pyproject editable with its dev and test extras', () => {
    const pyproject = [
      '[project]',
      'name = "svc"',
      'dependencies = ["django>=3.2"]',
      '',
      '[project.optional-dependencies]',
      'dev = [',
      '    "pytest>=7",',
      ']',
      '"test" = ["pytest-django"]',
      'docs = ["sphinx"]',
      '',
      '[tool.ruff]',
      'line-length = 100',
    ].join('\n');
    expect(declaredExtras(pyproject)).toEqual(['dev', 'test', 'docs']);
    expect(
      pipArgs([
        { file: '/ws/requirements.txt', content: 'django\n' },
        { file: '/ws/backend/pyproject.toml', content: pyproject },
      ]),
    ).toEqual(['-r', '/ws/requirements.txt', '-e', '/ws/backend[dev,test]']);
    expect(pipArgs([{ file: '/ws/pyproject.toml', content: '[project]\nname = "svc"\n' }])).toEqual([
      '-e',
      '/ws',
    ]);
  });
});

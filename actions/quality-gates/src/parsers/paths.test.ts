import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileProbe, isIgnoredDir, workspacePath } from './paths';

let root: string;
let cwd: string;

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'paths-'));
  cwd = path.join(root, 'backend');
  const files = [
    'backend/shop/__init__.py',
    'backend/shop/models.py',
    'backend/src/lib/core.py',
    'backend/tests/__init__.py',
    'backend/tests/test_api.py',
    'backend/tests/integration/__init__.py',
    'tools/deploy.py',
  ];
  for (const file of files) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), '');
  }
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('workspacePath', () => {
  it('maps paths relative to the working directory, and absolute ones, to the workspace', () => {
    const where = { workspace: root, cwd };
    expect(workspacePath(where, './shop/models.py')).toBe('backend/shop/models.py');
    expect(workspacePath(where, path.join(root, 'tools', 'deploy.py'))).toBe('tools/deploy.py');
    expect(workspacePath(where, '../tools/deploy.py')).toBe('tools/deploy.py');
  });

  it('gives nothing for a path outside the workspace', () => {
    const where = { workspace: root, cwd };
    expect(workspacePath(where, '/usr/lib/python3/dist-packages/django/db.py')).toBeUndefined();
    expect(workspacePath(where, '../../elsewhere.py')).toBeUndefined();
  });
});

describe('FileProbe', () => {
  it('finds modules as files or packages, also under src/ and from the workspace', () => {
    const probe = new FileProbe({ workspace: root, cwd });
    expect(probe.moduleFile('shop.models')).toBe(path.join(cwd, 'shop', 'models.py'));
    expect(probe.moduleFile('shop')).toBe(path.join(cwd, 'shop', '__init__.py'));
    expect(probe.moduleFile('lib.core')).toBe(path.join(cwd, 'src', 'lib', 'core.py'));
    expect(probe.moduleFile('tools.deploy')).toBe(path.join(root, 'tools', 'deploy.py'));
    expect(probe.moduleFile('shop.missing')).toBeUndefined();
  });

  it('maps pytest classnames to test files by their longest existing prefix', () => {
    const probe = new FileProbe({ workspace: root, cwd });
    expect(probe.classnameFile('tests.test_api.TestSubmit.TestNested')).toBe(
      path.join(cwd, 'tests', 'test_api.py'),
    );
    expect(probe.classnameFile('tests.test_api')).toBe(path.join(cwd, 'tests', 'test_api.py'));
    expect(probe.classnameFile('tests.integration.TestX')).toBe(
      path.join(cwd, 'tests', 'integration', '__init__.py'),
    );
    // pytest's rootdir at the repository root: the classname starts with the project directory.
    expect(probe.classnameFile('backend.tests.test_api.TestSubmit')).toBe(
      path.join(cwd, 'tests', 'test_api.py'),
    );
    expect(probe.classnameFile('nothing.here')).toBeUndefined();
    // A module that is gone does not fall back to its package, nor a lower-case leftover to a module.
    expect(probe.classnameFile('tests.test_gone')).toBeUndefined();
    expect(probe.classnameFile('tests.test_gone.TestX')).toBeUndefined();
    expect(probe.classnameFile('tests.test_api.helpers')).toBeUndefined();
    expect(probe.classnameFile('')).toBeUndefined();
  });
});

describe('isIgnoredDir', () => {
  it("skips pytest's default norecursedirs", () => {
    const skipped = [
      '.venv',
      '.git',
      '.tox',
      'node_modules',
      '__pycache__',
      'venv',
      'build',
      'dist',
      'pkg.egg',
    ];
    expect(skipped.filter(isIgnoredDir)).toEqual(skipped);
    expect(['tests', 'src', 'shop', 'venvs', 'builder'].filter(isIgnoredDir)).toEqual([]);
  });
});

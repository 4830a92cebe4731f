/**
 * Helpers for the quality-gates tests (imported by *.test.ts only): temporary copies of the
 * example Django service, inputs with the spec's defaults, a FakePlatform with the real
 * environment, and a cache provider that really copies directories.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type CacheProvider, parseInputs } from '@maint-actions/core';
import { FakePlatform, type FakePlatformOptions, gitSync, tempDir } from '@maint-actions/testing';
import { spec } from '../spec';
import type { QualityGatesInputs } from './gate';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
export const EXAMPLE = path.join(REPO_ROOT, 'examples/django-service');
/** A second Django service, laid out unlike the example (see its README). */
export const CLINIC_SERVICE = path.join(REPO_ROOT, 'packages/testing/fixtures/clinic-service');
export const IMPORT_LINTER_FIXTURES = path.join(REPO_ROOT, 'packages/testing/fixtures/import-linter');
/** Debian's interpreter, which has Django, pytest, pytest-django and flake8. */
export const SYSTEM_PYTHON = '/usr/bin/python3';

const SKIPPED = new Set([
  '.venv',
  'db.sqlite3',
  '__pycache__',
  'media',
  'reports',
  '.pytest_cache',
  'staticfiles',
]);

export { tempDir };

/**
 * Copies the example service to `<workspace>/service` (without its venv, database and caches),
 * so a test can change it freely.
 */
export async function copyExample(workspace: string): Promise<string> {
  const cwd = path.join(workspace, 'service');
  await cp(EXAMPLE, cwd, { recursive: true, filter: (source) => !SKIPPED.has(path.basename(source)) });
  return cwd;
}

/**
 * Copies the clinic service to `dir` and makes it a git repository with one commit (a clean
 * checkout, as CI has it). Returns `dir`.
 */
export async function copyClinicRepo(dir: string): Promise<string> {
  await cp(CLINIC_SERVICE, dir, { recursive: true, filter: (source) => !SKIPPED.has(path.basename(source)) });
  const git = (...args: string[]) => gitSync(dir, ...args);
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('-c', 'user.name=Tests', '-c', 'user.email=tests@example.invalid', 'commit', '-q', '-m', 'clinic');
  return dir;
}

/** `git status --porcelain` of `dir` (ignored files left out, as a user sees it). */
export function gitStatus(dir: string): string {
  return spawnSync('git', ['status', '--porcelain', '--untracked-files=all'], { cwd: dir, encoding: 'utf8' })
    .stdout;
}

export const exampleExists = existsSync(path.join(EXAMPLE, 'manage.py'));

/** The spec's defaults with `overrides`, as the entry would parse them; `python` defaults to Debian's. */
export function inputsWith(overrides: Partial<QualityGatesInputs> = {}): QualityGatesInputs {
  return { ...parseInputs(spec, () => undefined), python: SYSTEM_PYTHON, ...overrides };
}

/** A FakePlatform rooted at `workspace`, seeing the real environment plus `env`. */
export function platformAt(
  workspace: string,
  options: Omit<FakePlatformOptions, 'env'> & { env?: Record<string, string | undefined> } = {},
): FakePlatform {
  return new FakePlatform({
    ...options,
    env: { ...process.env, ...options.env },
    context: { workspace, tempDir: os.tmpdir(), ...options.context },
  });
}

/** A cache that copies paths into `store/<key>/<n>` and back, like a CI cache but on disk. */
export class DirectoryCache implements CacheProvider {
  readonly saved: string[] = [];
  readonly restores: { key: string; restoreKeys: readonly string[]; hit: string | undefined }[] = [];

  constructor(private readonly store: string) {}

  async restore(paths: string[], key: string, restoreKeys: string[] = []): Promise<string | undefined> {
    const hit = [key, ...restoreKeys]
      .map((wanted) => this.saved.findLast((k) => k === wanted || (wanted !== key && k.startsWith(wanted))))
      .find(Boolean);
    this.restores.push({ key, restoreKeys, hit });
    if (!hit) return undefined;
    for (const [index, target] of paths.entries()) {
      await rm(target, { recursive: true, force: true });
      await mkdir(path.dirname(target), { recursive: true });
      await cp(path.join(this.store, encodeURIComponent(hit), String(index)), target, {
        recursive: true,
        verbatimSymlinks: true,
      });
    }
    return hit;
  }

  async save(paths: string[], key: string): Promise<void> {
    for (const [index, source] of paths.entries()) {
      await cp(source, path.join(this.store, encodeURIComponent(key), String(index)), {
        recursive: true,
        verbatimSymlinks: true,
      });
    }
    this.saved.push(key);
  }
}

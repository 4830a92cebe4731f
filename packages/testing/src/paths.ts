import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, found from this file's location. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** Test fixtures committed under packages/testing/fixtures. */
export const fixturesDir = path.join(repoRoot, 'packages', 'testing', 'fixtures');

/** The example Django service. */
export const exampleServiceDir = path.join(repoRoot, 'examples', 'django-service');

/** The Debian interpreter that has Django, DRF, pytest and flake8 (the first python3 on PATH may not). */
export const systemPython = '/usr/bin/python3';

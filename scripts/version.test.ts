import { spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import {
  changelogSection,
  moveUnreleased,
  repoVersion,
  setComponentDefault,
  setVersion,
  versionedFiles,
  versionProblems,
} from './version';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');

const CHANGELOG = `# Changelog

Intro.

## Unreleased

### Added

- The frobnicator.

## 0.1.0 - 2026-01-02

### Added

- Everything.
`;

/**
 * A temp copy of what the version lives in: every package.json, the workspace file, the
 * templates, a CHANGELOG.md, and the script itself (so a process run can only touch the copy).
 */
async function tempRepo(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'maint-version-'));
  const { packages, templates } = versionedFiles(root);
  for (const file of [...packages, ...templates, 'pnpm-workspace.yaml', 'scripts/version.ts']) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await cp(path.join(root, file), path.join(dir, file));
  }
  await writeFile(path.join(dir, 'CHANGELOG.md'), CHANGELOG);
  await symlink(path.join(root, 'node_modules'), path.join(dir, 'node_modules'));
  return dir;
}

/** Every versioned file's content, to show a refusal changed nothing. */
async function snapshot(dir: string): Promise<string[]> {
  const { packages, templates } = versionedFiles(dir);
  return Promise.all(
    [...packages, ...templates, 'CHANGELOG.md'].map((f) => readFile(path.join(dir, f), 'utf8')),
  );
}

/** The `maint-actions-version` default in a component's spec header. */
async function componentDefault(dir: string, file: string): Promise<unknown> {
  const [header] = parseAllDocuments(await readFile(path.join(dir, file), 'utf8')).map((d) => d.toJS());
  return header?.spec?.inputs?.['maint-actions-version']?.default;
}

let dir: string;
beforeEach(async () => {
  dir = await tempRepo();
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('pnpm release:version', () => {
  it('sets the version in every package.json and component, and moves Unreleased under it', async () => {
    const changed = await setVersion(dir, '0.2.0', '2026-11-29');

    const { packages, templates } = versionedFiles(dir);
    expect(packages).toEqual(
      expect.arrayContaining(['package.json', 'npm/package.json', 'packages/cli/package.json']),
    );
    for (const file of packages) {
      expect(JSON.parse(await readFile(path.join(dir, file), 'utf8')).version, file).toBe('0.2.0');
    }
    expect(templates).toEqual(
      expect.arrayContaining(['templates/pipeline.yml', 'templates/quality-gates.yml']),
    );
    for (const file of templates) {
      expect(await componentDefault(dir, file), file).toBe('0.2.0');
    }
    expect(changed).toEqual(
      expect.arrayContaining(['CHANGELOG.md', 'package.json', 'templates/quality-gates.yml']),
    );

    const changelog = await readFile(path.join(dir, 'CHANGELOG.md'), 'utf8');
    expect(changelog).toBe(`# Changelog

Intro.

## Unreleased

## 0.2.0 - 2026-11-29

### Added

- The frobnicator.

## 0.1.0 - 2026-01-02

### Added

- Everything.
`);
    expect(changelogSection(changelog, '0.2.0')).toBe('### Added\n\n- The frobnicator.');
    expect(versionProblems(dir, '0.2.0')).toEqual([]);
  });

  it('keeps the rest of a package.json as it was', async () => {
    const before = await readFile(path.join(dir, 'npm', 'package.json'), 'utf8');
    await setVersion(dir, '1.0.0', '2026-11-29');
    const after = await readFile(path.join(dir, 'npm', 'package.json'), 'utf8');
    expect(after).toBe(before.replace(/"version": "[^"]*"/, '"version": "1.0.0"'));
  });

  it.each([
    ['1.2', '"1.2" is not a version: give X.Y.Z, such as 1.4.2'],
    ['v1.2.0', '"v1.2.0" is not a version: give X.Y.Z, such as 1.4.2'],
    ['01.2.0', '"01.2.0" is not a version: give X.Y.Z, such as 1.4.2'],
    ['0.0.9', '0.0.9 is below the current version 0.1.0: give a higher one'],
    ['0.1.0', 'CHANGELOG.md already has a section for 0.1.0: pick the next version'],
  ])('refuses %s and changes nothing', async (version, message) => {
    const before = await snapshot(dir);
    await expect(setVersion(dir, version, '2026-11-29')).rejects.toThrow(message);
    expect(await snapshot(dir)).toEqual(before);
  });

  it('refuses a release with nothing under Unreleased', async () => {
    await setVersion(dir, '0.2.0', '2026-11-29');
    await expect(setVersion(dir, '0.3.0', '2026-11-30')).rejects.toThrow(
      'CHANGELOG.md has nothing under "## Unreleased": write what this release changes',
    );
    expect(() => moveUnreleased('# Changelog\n', '1.0.0', '2026-11-29')).toThrow(
      'CHANGELOG.md has no "## Unreleased" section: add one with the changes',
    );
  });

  it('as a command: a bad version is one line on stderr, exit 1, nothing written', async () => {
    const before = await snapshot(dir);
    const result = spawnSync(tsx, [path.join(dir, 'scripts', 'version.ts'), '2.0'], { encoding: 'utf8' });
    expect(result.stderr).toBe('release: "2.0" is not a version: give X.Y.Z, such as 1.4.2\n');
    expect(result.status).toBe(1);
    expect(await snapshot(dir)).toEqual(before);
  });

  it('as a command: check names what is not at the version; notes prints the section of a tag', async () => {
    const script = path.join(dir, 'scripts', 'version.ts');
    const check = spawnSync(tsx, [script, 'check', 'v0.2.0'], { encoding: 'utf8' });
    expect(check.stderr).toMatch(
      /^release: the tree is not at 0\.2\.0: the version of package\.json, npm\/package\.json, packages\/\S+ and \d+ more; the maint-actions-version default of templates\/\S+, templates\/\S+, templates\/\S+ and \d+ more; the CHANGELOG\.md section\. Run pnpm release:version 0\.2\.0 and commit\n$/,
    );
    expect(check.status).toBe(1);

    await setVersion(dir, '0.2.0', '2026-11-29');
    expect(spawnSync(tsx, [script, 'check', 'v0.2.0'], { encoding: 'utf8' }).stdout).toBe(
      'Every file is at 0.2.0, and CHANGELOG.md has its section.\n',
    );
    const notes = spawnSync(tsx, [script, 'notes', 'v0.2.0'], { encoding: 'utf8' });
    expect(notes.stdout).toBe('### Added\n\n- The frobnicator.\n');
    expect(notes.status).toBe(0);
    const missing = spawnSync(tsx, [script, 'notes', '0.9.0'], { encoding: 'utf8' });
    expect(missing.stderr).toBe('release: CHANGELOG.md has no section for 0.9.0\n');
    expect(missing.status).toBe(1);
  });
});

describe('this repository', () => {
  it('has one version: every package.json and component default follow the root package.json', () => {
    const problems = versionProblems(root, repoVersion(root));
    // The CHANGELOG section of the current version exists once it is released.
    expect(problems.filter((problem) => problem !== 'the CHANGELOG.md section')).toEqual([]);
  });

  it('has an Unreleased section in CHANGELOG.md', async () => {
    expect(await readFile(path.join(root, 'CHANGELOG.md'), 'utf8')).toMatch(/^## Unreleased$/m);
  });
});

describe('setComponentDefault', () => {
  it('moves the tool version and the runtime image tag together, and leaves an image of the team alone', () => {
    const header = (image: string, version: string) =>
      `spec:\n  inputs:\n    image:\n      description: Image.\n      default: ${image}\n    maint-actions-version:\n      default: ${version}\n---\njob:\n  image: $[[ inputs.image ]]\n`;
    expect(setComponentDefault(header('ghcr.io/org/maint-actions:1.4.1', '1.4.1'), '1.4.2')).toBe(
      header('ghcr.io/org/maint-actions:1.4.2', '1.4.2'),
    );
    expect(setComponentDefault(header('registry.example.com/acme/ci:py3.12', '1.4.1'), '1.4.2')).toBe(
      header('registry.example.com/acme/ci:py3.12', '1.4.2'),
    );
  });
});

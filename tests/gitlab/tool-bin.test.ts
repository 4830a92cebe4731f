/**
 * Which `maint-actions` a component job starts: the job's script line run in a real shell with
 * stand-ins on PATH that record their calls. The tool installed in the image when its version is
 * the one asked for (the default image has it: no download), else npx of that version; a
 * MAINT_ACTIONS_BIN variable before both.
 */
import { spawnSync } from 'node:child_process';
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '@maint-actions/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

let bin: string;
let calls: string;

beforeEach(async () => {
  bin = await mkdtemp(path.join(os.tmpdir(), 'tool-bin-'));
  calls = path.join(bin, 'calls.log');
  return () => rm(bin, { recursive: true, force: true });
});

/** A stand-in for `name` that answers `--version` with `version` and records any other call. */
async function standIn(name: string, version: string): Promise<void> {
  const file = path.join(bin, name);
  await writeFile(
    file,
    `#!/bin/sh\nif [ "$1" = --version ]; then echo ${version}; exit 0; fi\necho "${name} $*" >> "${calls}"\n`,
  );
  await chmod(file, 0o755);
}

/** The script line of the quality-gates component's job that starts the tool. */
async function toolLine(): Promise<string> {
  const text = await readFile(path.join(repoRoot, 'templates', 'quality-gates.yml'), 'utf8');
  const [, jobs] = text.split(/^---$/m);
  const job = Object.values(parse(jobs ?? '') as Record<string, { script?: string[] }>).find((j) => j.script);
  const line = job?.script?.find((l) => l.includes('MAINT_ACTIONS_BIN'));
  if (!line) throw new Error('no tool line in templates/quality-gates.yml');
  return line;
}

async function runLine(env: Record<string, string>): Promise<string> {
  const result = spawnSync('sh', ['-c', await toolLine()], {
    env: { PATH: `${bin}:/usr/bin:/bin`, MAINT_ACTIONS_VERSION: '1.4.2', ...env },
    encoding: 'utf8',
  });
  expect(result.status, result.stderr).toBe(0);
  return readFile(calls, 'utf8').catch(() => '');
}

describe('the tool a component job starts', () => {
  it('is the one installed in the image when its version is the one asked for', async () => {
    await standIn('maint-actions', '1.4.2');
    await standIn('npx', '10.0.0');
    expect(await runLine({})).toBe('maint-actions quality-gates\n');
  });

  it('is npx of the version asked for when the installed one is another version', async () => {
    await standIn('maint-actions', '1.3.0');
    await standIn('npx', '10.0.0');
    expect(await runLine({})).toBe('npx --yes maint-actions@1.4.2 quality-gates\n');
  });

  it('is npx when the image has no maint-actions at all', async () => {
    await standIn('npx', '10.0.0');
    expect(await runLine({})).toBe('npx --yes maint-actions@1.4.2 quality-gates\n');
  });

  it('is MAINT_ACTIONS_BIN when the variable is set', async () => {
    await standIn('maint-actions', '1.4.2');
    await standIn('own-tool', '0.0.0');
    expect(await runLine({ MAINT_ACTIONS_BIN: 'own-tool' })).toBe('own-tool quality-gates\n');
  });

  it('is chosen the same way in every job of every component', async () => {
    const templates = path.join(repoRoot, 'templates');
    const names = (await import('node:fs')).readdirSync(templates).filter((n) => n.endsWith('.yml'));
    for (const name of names) {
      const text = await readFile(path.join(templates, name), 'utf8');
      const starts = text
        .split('\n')
        .filter((l) => /^\s+(- |maint\(\) )/.test(l) && l.includes('$MAINT_ACTIONS_BIN'));
      expect(starts.length, name).toBeGreaterThan(0);
      for (const line of starts) {
        expect(line, name).toContain(
          'elif [ "$(maint-actions --version 2>/dev/null)" = "$MAINT_ACTIONS_VERSION" ]; then maint-actions ',
        );
      }
    }
  });
});

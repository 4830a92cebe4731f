/**
 * `gate-stage`: one `gates` list (from `.maint-actions.yml`, a policy or the default) split over
 * GitLab's lint and test jobs, so both platforms run the same gates (issue 20).
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { configFor, ExitCode, executeAction, loadConfig } from '@maint-actions/core';
import { FakePlatform } from '@maint-actions/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { GATE_STAGES, planGates } from './gates';
import { tempDir } from './gates/test-support';
import { qualityGates } from './index';
import { GATES, spec } from './spec';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
});

const ALL = { gates: [...GATES], customGates: 'bandit: bandit -r .', warn: [] as string[] };
const planned = (stage: 'all' | 'lint' | 'test', inputs = ALL, configWarn: string[] = []) =>
  planGates(inputs, configWarn, stage).map(({ gate, mode }) => `${gate.id} ${mode}`);

describe('planGates by stage', () => {
  it('splits the gates into lint and test, custom gates with test, and runs every one with all', () => {
    expect(planned('lint')).toEqual([
      'django-check enforce',
      'migrations enforce',
      'lint enforce',
      'change-flow enforce',
    ]);
    expect(planned('test')).toEqual(['pytest enforce', 'import-linter enforce', 'custom:bandit enforce']);
    expect(planned('all')).toEqual([...GATES.map((g) => `${g} enforce`), 'custom:bandit enforce']);
    // Every built-in gate has a stage; the stages together are the gates, each once.
    expect(Object.keys(GATE_STAGES).sort()).toEqual([...GATES].sort());
  });

  it('accepts a warn entry for a gate of the other stage, and rejects one that names no gate in either', () => {
    const inputs = { ...ALL, warn: ['lint', 'bandit'] };
    expect(planned('test', inputs)).toEqual([
      'pytest enforce',
      'import-linter enforce',
      'custom:bandit warn',
    ]);
    expect(planned('lint', inputs)).toContain('lint warn');
    for (const stage of ['lint', 'test'] as const) {
      expect(() => planned(stage, { ...ALL, warn: ['pytset'] })).toThrow(
        'Input "warn" names "pytset", which is not a gate that runs (gates that run: pytest, import-linter, django-check, migrations, lint, change-flow, custom:bandit); fix "warn" or add it to "gates".',
      );
    }
  });

  it('is an input of the action, `all` by default', () => {
    expect(spec.inputs['gate-stage'].default).toBe('all');
    expect(spec.inputs['gate-stage'].values).toEqual(['all', 'lint', 'test']);
  });
});

describe('gate-stage through the entry, with the gates of .maint-actions.yml', () => {
  /** A workspace without manage.py: a planned django-check or migrations gate stops the run with its message. */
  async function run(inputs: Record<string, string>, file: string) {
    const { dir, cleanup } = await tempDir('qg-stage-');
    cleanups.push(cleanup);
    await writeFile(path.join(dir, '.maint-actions.yml'), file);
    const fake = new FakePlatform({
      inputs: { python: '/usr/bin/python3', ...inputs },
      env: { PATH: '/usr/bin:/bin' },
      context: { workspace: dir },
    });
    // As the GitHub and GitLab entries do: the file read, this action's section passed.
    const config = configFor(await loadConfig(dir), spec);
    return { code: await executeAction(qualityGates, fake, { config }), fake };
  }
  const CONFIG = 'quality-gates:\n  gates: [migrations]\n  custom-gates: "ok: true"\n';
  const NO_MANAGE_PY =
    'Input "working-directory": . has no manage.py, which the django-check and migrations gates run; point it at the Django project.';

  it('the test job runs the config gates of its stage only', async () => {
    const { code, fake } = await run({ 'gate-stage': 'test' }, CONFIG);
    expect(code).toBe(ExitCode.Passed);
    expect(fake.outputs.get('summary')).toBe('1 gate: 1 passed');
  });

  it('the lint job runs the others (here migrations, which needs manage.py)', async () => {
    const { code, fake } = await run({ 'gate-stage': 'lint' }, CONFIG);
    expect(code).toBe(ExitCode.ConfigError);
    expect(fake.lines.at(-1)).toEqual({ level: 'error', message: NO_MANAGE_PY });
  });

  it("runs the gates a job's own gates input names, whatever their stage", async () => {
    const { code, fake } = await run({ 'gate-stage': 'test', gates: 'migrations' }, CONFIG);
    expect(code).toBe(ExitCode.ConfigError);
    expect(fake.lines.at(-1)).toEqual({ level: 'error', message: NO_MANAGE_PY });
  });

  it('a stage with none of the gates passes with nothing to run', async () => {
    const { code, fake } = await run({ 'gate-stage': 'lint' }, 'quality-gates:\n  gates: [pytest]\n');
    expect(code).toBe(ExitCode.Passed);
    expect(fake.outputs.get('summary')).toBe('0 gates: 0 passed');
  });
});

import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  type ConfigError,
  configFor,
  ExitCode,
  executeAction,
  isConfigError,
  type Policy,
  parseInputs,
} from '@maint-actions/core';
import { FakePlatform } from '@maint-actions/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { planGates } from './gates';
import { tempDir } from './gates/test-support';
import { qualityGates } from './index';
import { applyPolicy, POLICY_INPUTS } from './policy';
import { QUALITY_GATES_PRESETS } from './presets';
import { GATES, spec } from './spec';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
});

async function workspace(): Promise<string> {
  const { dir, cleanup } = await tempDir('qg-policy-');
  cleanups.push(cleanup);
  return dir;
}

/**
 * Applies the policy to inputs parsed as the entry parses them: `given` as workflow inputs,
 * `repo` as the whole `.maint-actions.yml`.
 */
async function apply(given: Record<string, string>, repo: Record<string, unknown> = {}, ws?: string) {
  const section = configFor({ path: '/ws/.maint-actions.yml', data: repo }, spec);
  const inputs = parseInputs(spec, (name) => given[name], section);
  return applyPolicy(inputs, ws ?? (await workspace()));
}

async function rejection(promise: Promise<unknown>): Promise<ConfigError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (isConfigError(error)) return error;
  throw new Error(`expected a ConfigError, got ${String(error)}`);
}

async function writePolicy(ws: string, text: string): Promise<string> {
  await mkdir(path.join(ws, '.platform'), { recursive: true });
  await writeFile(path.join(ws, '.platform/policy.yml'), text);
  return './.platform/policy.yml';
}

describe('warn and enforce: what is given adds to .maint-actions.yml', () => {
  it('takes the config list and the given items together, each once; other lists replace', async () => {
    const repo = {
      'quality-gates': { warn: ['import-linter'], enforce: 'django-check', gates: 'pytest,lint' },
    };
    const given = {
      warn: 'lint,import-linter',
      enforce: 'migrations',
      gates: 'pytest,lint,import-linter,django-check,migrations',
    };
    const { inputs } = await apply(given, repo);
    expect(inputs.warn).toEqual(['import-linter', 'lint']);
    expect(inputs.enforce).toEqual(['django-check', 'migrations']);
    expect([...inputs.gates].sort()).toEqual([
      'django-check',
      'import-linter',
      'lint',
      'migrations',
      'pytest',
    ]);
  });

  it("lets the config name gates a job does not run (GitLab's split jobs), never a job's own input", async () => {
    const repo = { 'quality-gates': { warn: ['import-linter'], enforce: ['lint'] } };
    const lintJob = await apply({ gates: 'django-check,migrations' }, repo);
    expect(lintJob.inputs.enforce).toEqual(['lint']);
    expect(
      planGates(lintJob.inputs, ['import-linter']).map(({ gate, mode }) => `${gate.id} ${mode}`),
    ).toEqual(['django-check enforce', 'migrations enforce']);
    expect(() => planGates(lintJob.inputs, [])).toThrow(
      'Input "warn" names "import-linter", which is not a gate that runs (gates that run: django-check, migrations); fix "warn" or add it to "gates".',
    );
    // A typo in the config's warn list is still one: only built-in gates are let through.
    expect(() => planGates({ ...lintJob.inputs, warn: ['import-lintr'] }, ['import-lintr'])).toThrow(
      'Input "warn" names "import-lintr"',
    );
    expect((await rejection(apply({ gates: 'django-check', enforce: 'lint' }))).message).toBe(
      'Input "enforce" names "lint", which is not a gate that runs; add it to "gates" or remove it from "enforce".',
    );
  });

  it('keeps the config list alone when nothing is given, and the given one without a config', async () => {
    expect((await apply({}, { 'quality-gates': { warn: 'lint' } })).inputs.warn).toEqual(['lint']);
    expect((await apply({ warn: 'lint' })).inputs.warn).toEqual(['lint']);
  });
});

describe('applyPolicy', () => {
  it('leaves the inputs alone without a policy', async () => {
    const { inputs, meta } = await apply({});
    expect(inputs.gates).toEqual(['pytest', 'import-linter', 'django-check', 'migrations']);
    expect(inputs.warn).toEqual([]);
    expect(inputs.djangoCheckFailLevel).toBe('ERROR');
    expect(meta).toEqual({});
  });

  it('applies the top-level policy of .maint-actions.yml and says it set each mode', async () => {
    const { inputs, meta } = await apply({}, { policy: 'standard' });
    expect(inputs.gates).toEqual([...GATES]);
    expect(inputs.warn).toEqual(['lint', 'change-flow']);
    expect(meta).toEqual({
      policy: 'standard@1',
      'gate modes':
        'pytest enforce (standard@1), import-linter enforce (standard@1), django-check enforce (standard@1), migrations enforce (standard@1), lint warn (standard@1), change-flow warn (standard@1)',
    });
  });

  it('lets the repo section beat the policy, and an explicit input beat both', async () => {
    const repo = {
      policy: 'standard',
      'quality-gates': { warn: 'import-linter', 'django-check-fail-level': 'INFO' },
    };
    const fromRepo = await apply({}, repo);
    // The repo's warn list adds to the policy's: lint still arrives as a warning.
    expect(fromRepo.inputs.warn).toEqual(['import-linter', 'lint', 'change-flow']);
    expect(fromRepo.meta['gate modes']).toContain('import-linter warn (.maint-actions.yml "warn")');
    expect(fromRepo.meta['gate modes']).toContain('lint warn (standard@1)');
    expect(fromRepo.inputs.djangoCheckFailLevel).toBe('INFO');

    const explicit = await apply(
      { enforce: 'lint', warn: 'pytest', 'django-check-fail-level': 'CRITICAL' },
      repo,
    );
    // An explicit warn adds to the repo's (issue 20): import-linter stays a warning.
    expect(explicit.inputs.warn).toEqual(['import-linter', 'pytest', 'change-flow']);
    expect(explicit.meta['gate modes']).toContain('pytest warn (input "warn")');
    expect(explicit.meta['gate modes']).toContain('lint enforce (input "enforce")');
    expect(explicit.inputs.djangoCheckFailLevel).toBe('CRITICAL');
  });

  it('takes the policy input over the section and the top-level policy', async () => {
    const { meta } = await apply(
      { policy: 'relaxed' },
      { policy: 'strict', 'quality-gates': { policy: 'standard' } },
    );
    expect(meta.policy).toBe('relaxed@1');
    expect((await apply({}, { policy: 'strict', 'quality-gates': { policy: 'standard' } })).meta.policy).toBe(
      'standard@1',
    );
  });

  it('sets the thresholds left at their default', async () => {
    const strict = await apply({ policy: 'strict' });
    expect([strict.inputs.djangoCheckFailLevel, strict.inputs.djangoCheckDeploy]).toEqual(['WARNING', true]);
    const mine = await apply({ policy: 'strict', 'django-check-deploy': 'false' });
    expect([mine.inputs.djangoCheckFailLevel, mine.inputs.djangoCheckDeploy]).toEqual(['WARNING', false]);
  });

  it("keeps the repo's gates list for which gates run, with the policy's modes", async () => {
    const { inputs, meta } = await apply(
      {},
      { policy: 'standard', 'quality-gates': { gates: 'pytest,lint' } },
    );
    expect([inputs.gates, inputs.warn]).toEqual([['pytest', 'lint'], ['lint']]);
    expect(meta['gate modes']).toContain('migrations off (.maint-actions.yml "gates")');
    expect(meta['gate modes']).toContain('lint warn (standard@1)');
  });

  it('runs a gate the policy turns off when the repo names it', async () => {
    const warned = await apply({ policy: 'relaxed', warn: 'lint' });
    expect([warned.inputs.gates.includes('lint'), warned.inputs.warn]).toEqual([
      true,
      ['lint', 'import-linter'],
    ]);
    const listed = await apply({ policy: 'relaxed', gates: 'pytest,change-flow' });
    expect(listed.meta['gate modes']).toContain('change-flow enforce (input "gates")');
  });

  it('rejects a gate both warned and enforced, and an enforced gate that does not run', async () => {
    expect((await rejection(apply({ policy: 'standard', warn: 'lint', enforce: 'lint' }))).message).toBe(
      'Inputs "warn" and "enforce" both name "lint"; keep it in one of them.',
    );
    expect((await rejection(apply({ gates: 'pytest', enforce: 'lint' }))).message).toBe(
      'Input "enforce" names "lint", which is not a gate that runs; add it to "gates" or remove it from "enforce".',
    );
  });

  it('names the presets for an unknown policy', async () => {
    expect((await rejection(apply({}, { policy: 'stricter' }))).message).toBe(
      'Input "policy": unknown policy "stricter"; use one of relaxed, standard, strict, or the path of a policy file such as ./.platform/policy.yml.',
    );
  });

  it('reads a policy file from a central repo checked out beside the code', async () => {
    const ws = await workspace();
    const ref = await writePolicy(
      ws,
      'name: acme\nversion: 2\nquality-gates:\n  gates:\n    lint: enforce\n    import-linter: off\n  required-sections: [Summary, Rollback]\n',
    );
    const { inputs, meta } = await apply({}, { policy: ref }, ws);
    expect(inputs.gates).toEqual(['pytest', 'django-check', 'migrations', 'lint']);
    expect(inputs.requiredSections).toEqual(['Summary', 'Rollback']);
    expect(meta).toEqual({
      policy: 'acme@2 (./.platform/policy.yml)',
      'gate modes':
        'pytest enforce (default), import-linter off (acme@2), django-check enforce (default), migrations enforce (default), lint enforce (acme@2), change-flow off (default)',
    });
  });

  it.each([
    [
      'quality-gates:\n  gates:\n    mypy: enforce\n',
      './.platform/policy.yml: quality-gates gate "mypy" is not a built-in gate; gates are: pytest, import-linter, django-check, migrations, lint, change-flow.',
    ],
    [
      'quality-gates:\n  timeout-minutes: 5\n',
      './.platform/policy.yml: quality-gates "timeout-minutes" cannot be set by a policy; a policy sets "gates" and django-check-fail-level, django-check-deploy, required-sections.',
    ],
    [
      'quality-gates:\n  django-check-fail-level: LOUD\n',
      './.platform/policy.yml: Input "django-check-fail-level" must be one of CRITICAL, ERROR, WARNING, INFO, DEBUG (got "LOUD").',
    ],
  ])('rejects a policy file that sets what it may not %#', async (body, message) => {
    const ws = await workspace();
    const ref = await writePolicy(ws, `name: acme\nversion: 2\n${body}`);
    expect((await rejection(apply({ policy: ref }, {}, ws))).message).toBe(message);
  });
});

describe('the presets for quality-gates', () => {
  it.each(Object.keys(QUALITY_GATES_PRESETS))(
    '%s gives every built-in gate a mode and sets only policy inputs',
    (name) => {
      const section = (QUALITY_GATES_PRESETS[name] as Policy).actions['quality-gates'];
      expect(Object.keys(section?.gates ?? {}).sort()).toEqual([...GATES].sort());
      for (const input of Object.keys(section?.inputs ?? {})) expect(POLICY_INPUTS).toContain(input);
    },
  );
});

describe('the report', () => {
  it('names the policy and who set each gate mode in the summary and the JSON report', async () => {
    const ws = await workspace();
    const ref = await writePolicy(
      ws,
      'name: acme\nversion: 2\nquality-gates:\n  gates: { pytest: off, import-linter: off, django-check: off, migrations: off, lint: off, change-flow: warn }\n',
    );
    const fake = new FakePlatform({
      inputs: { policy: ref, python: '/usr/bin/python3', 'custom-gates': 'ok: true' },
      env: { PATH: '/usr/bin:/bin' },
      context: { workspace: ws },
    });
    expect(await executeAction(qualityGates, fake)).toBe(ExitCode.Passed);
    const summary = fake.summaries.join('\n');
    expect(summary).toContain('**policy** acme@2 (./.platform/policy.yml)');
    expect(summary).toContain('change-flow warn (acme@2)');
    expect(summary).toContain('pytest off (acme@2)');
    expect(fake.outputs.get('summary')).toBe('2 gates: 1 passed, 1 skipped');
    const report = JSON.parse(await readFile(fake.outputs.get('report') as string, 'utf8'));
    expect(report.meta.policy).toBe('acme@2 (./.platform/policy.yml)');
    expect(report.meta['gate modes']).toContain('lint off (acme@2)');
  });
});

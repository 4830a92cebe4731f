/**
 * The generate-openapi bundle, spawned with `node dist/generate-openapi/index.js` exactly as the
 * GitHub runner does it, against throw-away copies of examples/django-service.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { copyExampleService, runBundle, systemPython, type Workspace } from '@maint-actions/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

let ws: Workspace;

beforeEach(async () => {
  ws = await copyExampleService('maint-openapi-bundle-');
});

afterEach(async () => {
  await ws.cleanup();
});

const inputs = (): Record<string, string> => ({
  'working-directory': ws.workingDirectory,
  python: systemPython,
  // What the runner passes for the `${{ github.token }}` default of action.yml.
  token: 'ghs_bundletesttoken0123456789',
});

describe('generate-openapi bundle under the GitHub runner protocol', () => {
  it('passes a clean project and sets its outputs', async () => {
    const run = await runBundle('generate-openapi', { workspace: ws.root, inputs: inputs() });

    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    const reportDir = path.join(ws.root, '.maint-actions', 'reports', 'generate-openapi');
    expect(run.outputs.schema).toBe(path.join(reportDir, 'schema.yml'));
    expect(run.outputs['schema-sha256']).toMatch(/^[0-9a-f]{64}$/);
    expect(run.outputs.drift).toBe('false');
    expect(run.outputs.changelog).toBe(path.join(reportDir, 'changelog.md'));
    // Every declared output is set; no drift means no patch file, so `patch` is empty.
    expect(run.outputs.patch).toBe('');
    expect(await readFile(run.outputs.schema as string, 'utf8')).toBe(
      await readFile(path.join(ws.service, 'schema.yml'), 'utf8'),
    );
    expect(run.summary).toContain('## ✅ OpenAPI schema backend/schema.yml: passed');
    expect(run.summary).toContain('| Validate | enforce | ✅ passed |');
    // Not a git repository: no base, a warning that says how to get one, and no failure.
    expect(run.commands.find((c) => c.command === 'warning')?.message).toContain('API changes not compared');
    // The token is registered with the runner (`::add-mask::`) and appears nowhere else.
    const logged = run.stdout
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n');
    expect(run.stdout).toContain('::add-mask::ghs_bundletesttoken0123456789');
    expect(logged + run.summary).not.toContain('ghs_bundletesttoken0123456789');
  });

  it('fails on drift, writes the patch, and the patch brings the committed schema up to date', async () => {
    const serializers = path.join(ws.service, 'onboarding', 'interfaces', 'api', 'serializers.py');
    const source = await readFile(serializers, 'utf8');
    await writeFile(
      serializers,
      source.replace(
        '    remaining = serializers.IntegerField()\n',
        '    remaining = serializers.IntegerField()\n    resets_at = serializers.DateTimeField()\n',
      ),
    );

    const run = await runBundle('generate-openapi', { workspace: ws.root, inputs: inputs() });

    expect(run.exitCode).toBe(1);
    expect(run.outputs.drift).toBe('true');
    const patch = run.outputs.patch as string;
    expect(existsSync(patch)).toBe(true);
    expect(await readFile(patch, 'utf8')).toMatch(
      /^diff --git a\/backend\/schema\.yml b\/backend\/schema\.yml\n--- a\/backend\/schema\.yml\n\+\+\+ b\/backend\/schema\.yml\n@@ /,
    );
    const error = run.commands.find((c) => c.command === 'error' && c.props.file === 'backend/schema.yml');
    expect(error?.message).toContain(
      'apply .maint-actions/reports/generate-openapi/schema.patch with git apply',
    );
    expect(
      run.commands.some(
        (c) => c.command === 'error' && c.message === 'OpenAPI schema backend/schema.yml: stale (drift)',
      ),
    ).toBe(true);
    expect(run.summary).toContain('+        resets_at:');

    execFileSync('git', ['apply', patch], { cwd: ws.root, stdio: 'pipe' });
    const again = await runBundle('generate-openapi', { workspace: ws.root, inputs: inputs() });
    expect(again.exitCode, again.stdout).toBe(0);
    expect(again.outputs.drift).toBe('false');
  });

  it('stops with one line naming the input on a bad value', async () => {
    const run = await runBundle('generate-openapi', {
      workspace: ws.root,
      inputs: { ...inputs(), drift: 'maybe' },
    });

    expect(run.exitCode).toBe(2);
    expect(run.commands.find((c) => c.command === 'error')?.message).toBe(
      'Input "drift" must be one of fail, warn, off (got "maybe").',
    );
    expect(run.stdout).not.toMatch(/\n\s+at /);
    expect(existsSync(path.join(ws.root, '.maint-actions', 'reports', 'generate-openapi'))).toBe(false);
  });
});

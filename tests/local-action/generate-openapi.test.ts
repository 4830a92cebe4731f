/**
 * generate-openapi under @github/local-action (tests/local-action/local-action.ts), on a
 * throw-away copy of examples/django-service: drf-spectacular generates the schema with the
 * machine's Django, and the committed schema.yml is compared with it.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { copyExampleService, systemPython, type Workspace } from '@maint-actions/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runLocalAction } from './local-action';

const TOKEN = 'ghs_localactiontoken0123456789';
let ws: Workspace;

beforeEach(async () => {
  ws = await copyExampleService('maint-local-openapi-');
});

afterEach(async () => {
  await ws.cleanup();
});

describe('generate-openapi under @github/local-action', () => {
  it('generates the schema of the example service, finds no drift and masks the token', async () => {
    const run = await runLocalAction('generate-openapi', {
      workspace: ws.root,
      inputs: { 'working-directory': ws.workingDirectory, python: systemPython, token: TOKEN },
    });

    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    const reportDir = path.join(ws.root, '.maint-actions', 'reports', 'generate-openapi');
    expect(run.outputs).toMatchObject({
      status: 'passed',
      schema: path.join(reportDir, 'schema.yml'),
      drift: 'false',
      changelog: path.join(reportDir, 'changelog.md'),
      patch: '',
    });
    expect(run.outputs['schema-sha256']).toMatch(/^[0-9a-f]{64}$/);
    expect(await readFile(run.outputs.schema as string, 'utf8')).toBe(
      await readFile(path.join(ws.service, 'schema.yml'), 'utf8'),
    );
    expect(run.summary).toContain('## ✅ OpenAPI schema backend/schema.yml: passed');
    expect(run.summary).toContain('| Validate | enforce | ✅ passed |');
    expect(run.commands.find((c) => c.command === 'warning')?.message).toContain('API changes not compared');
    expect(run.stdout + run.stderr + run.summary).not.toContain(TOKEN);
  });
});

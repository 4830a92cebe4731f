/**
 * The generate-openapi component (templates/generate-openapi.yml) under gitlab-ci-local against a
 * copy of the example service: the schema is generated, validated and compared with the committed
 * one, with the outputs in the dotenv report and the schema in the artifacts.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { copyExampleService, systemPython, type Workspace } from '@maint-actions/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runComponentJob } from './component-job';

let ws: Workspace;

beforeAll(async () => {
  ws = await copyExampleService('maint-gitlab-openapi-');
});

afterAll(async () => {
  await ws?.cleanup();
});

describe('generate-openapi component under gitlab-ci-local', () => {
  it('passes a project whose committed schema is up to date, with MAINT_GENERATE_OPENAPI_* outputs', async () => {
    const run = await runComponentJob('generate-openapi', {
      project: ws.root,
      inputs: { 'working-directory': 'backend', python: systemPython },
    });

    expect(run.exitCode, run.log).toBe(0);
    expect(run.log).toMatch(new RegExp(`PASS +${run.job}`));
    expect(run.dotenv.MAINT_GENERATE_OPENAPI_DRIFT).toBe('false');
    expect(run.dotenv.MAINT_GENERATE_OPENAPI_SCHEMA_SHA256).toMatch(/^[0-9a-f]{64}$/);
    expect(await run.artifact('.maint-actions/reports/generate-openapi/schema.yml')).toBe(
      await readFile(path.join(ws.service, 'schema.yml'), 'utf8'),
    );
  }, 180_000);
});

/**
 * The action against copies of examples/django-service with Debian's real drf-spectacular and
 * DRF, real git repositories for the base, and the fake platform's PR comments.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ConfigError, parseInputs, publishResult } from '@maint-actions/core';
import {
  appendTo,
  copyExampleService,
  FakePlatform,
  type FakePlatformOptions,
  systemPython,
  type Workspace,
} from '@maint-actions/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { sha256 } from './document';
import { markerFor, run } from './run';
import { spec } from './spec';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
});

async function example(): Promise<Workspace> {
  const ws = await copyExampleService('maint-openapi-');
  cleanups.push(ws.cleanup);
  return ws;
}

const ENV = { PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'C.UTF-8' };
const RUN_URL = 'https://ci.example.test/runs/7';

function platformFor(
  ws: Workspace,
  inputs: Record<string, string> = {},
  options: Omit<FakePlatformOptions, 'inputs'> = {},
): FakePlatform {
  return new FakePlatform({
    env: ENV,
    ...options,
    inputs: { 'working-directory': ws.workingDirectory, python: systemPython, ...inputs },
    context: { workspace: ws.root, tempDir: os.tmpdir(), runUrl: RUN_URL, ...options.context },
  });
}

/** `run`, then what the entry does with its result: publishes the report. */
async function runAction(platform: FakePlatform) {
  const result = await run({ platform, inputs: parseInputs(spec, (name) => platform.getInput(name)) });
  await publishResult(platform, result);
  return result;
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    stdio: 'pipe',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@example.test',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@example.test',
    },
  });
}

/** Makes the copy a git repository on `main` with everything committed. */
function commitAll(ws: Workspace, message: string): void {
  if (!existsSync(path.join(ws.root, '.git'))) git(ws.root, 'init', '-q', '-b', 'main');
  git(ws.root, 'add', '-A');
  git(ws.root, 'commit', '-q', '-m', message);
}

const serializers = (ws: Workspace): string =>
  path.join(ws.service, 'onboarding/interfaces/api/serializers.py');

/** Replaces `from` (which must be there) with `to` in `file`. */
async function edit(file: string, from: string, to: string): Promise<void> {
  const text = await readFile(file, 'utf8');
  expect(text, `${file} should contain ${from}`).toContain(from);
  await writeFile(file, text.replace(from, to));
}

/** What a developer does after changing a serializer: regenerate the committed schema. */
function regenerate(ws: Workspace): void {
  execFileSync(systemPython, ['manage.py', 'spectacular', '--file', 'schema.yml'], {
    cwd: ws.service,
    stdio: 'pipe',
  });
}

const statuses = (result: Awaited<ReturnType<typeof runAction>>) =>
  result.report?.checks.map((check) => [check.id, check.status]);

describe('generate-openapi on the example service', () => {
  it('finds the committed schema up to date: it is exactly what drf-spectacular generates', async () => {
    const ws = await example();
    const platform = platformFor(ws);

    const result = await runAction(platform);

    expect(statuses(result)).toEqual([
      ['generate', 'passed'],
      ['validate', 'passed'],
      ['drift', 'passed'],
      ['breaking-changes', 'skipped'],
    ]);
    expect(result.verdict).toBe('passed');
    const reportDir = path.join(ws.root, '.maint-actions/reports/generate-openapi');
    const generated = path.join(reportDir, 'schema.yml');
    expect(result.outputs.schema).toBe(generated);
    expect(await readFile(generated, 'utf8')).toBe(
      await readFile(path.join(ws.service, 'schema.yml'), 'utf8'),
    );
    expect(result.outputs['schema-sha256']).toBe(sha256(await readFile(generated)));
    expect(result.outputs.drift).toBe('false');
    expect(result.outputs.patch).toBeUndefined();
    expect(result.outputs.breaking).toBeUndefined();
    expect(result.outputs.changelog).toBe(path.join(reportDir, 'changelog.md'));
    for (const file of [
      'report.json',
      'junit.xml',
      'gl-code-quality-report.json',
      'report.sarif',
      'summary.md',
    ]) {
      expect(existsSync(path.join(reportDir, file)), file).toBe(true);
    }
    expect(result.report?.checks[0]?.summary).toBe('manage.py spectacular: 0 errors, 0 warnings');
    expect(result.report?.meta).toMatchObject({
      python: expect.stringMatching(/^3\./),
      schema: 'backend/schema.yml',
    });
  }, 60_000);

  it('detects a real drift and writes a patch that git apply turns into the generated schema', async () => {
    const ws = await example();
    await edit(
      serializers(ws),
      '    completed_at = serializers.DateTimeField(allow_null=True)\n',
      '    completed_at = serializers.DateTimeField(allow_null=True)\n    reviewer_note = serializers.CharField(required=False)\n',
    );

    const warned = await runAction(platformFor(ws, { drift: 'warn' }));
    expect(warned.verdict).toBe('passed');
    expect(warned.outputs.drift).toBe('true');

    const platform = platformFor(ws);
    const result = await runAction(platform);

    expect(result.verdict).toBe('failed');
    expect(statuses(result)).toContainEqual(['drift', 'failed']);
    expect(result.summary).toBe('OpenAPI schema backend/schema.yml: stale (drift)');
    expect(result.outputs.drift).toBe('true');
    const patch = result.outputs.patch as string;
    expect(patch).toBe(path.join(ws.root, '.maint-actions/reports/generate-openapi/schema.patch'));
    const summary = platform.summaries.join('\n');
    expect(summary).toContain('+        reviewer_note:');
    expect(platform.annotations).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        file: 'backend/schema.yml',
        rule: 'schema-drift',
        message: expect.stringContaining(
          'apply .maint-actions/reports/generate-openapi/schema.patch with git apply',
        ),
      }),
    );

    git(ws.root, 'apply', '--check', patch);
    git(ws.root, 'apply', patch);
    expect(await readFile(path.join(ws.service, 'schema.yml'), 'utf8')).toBe(
      await readFile(result.outputs.schema as string, 'utf8'),
    );
    const again = await runAction(platformFor(ws));
    expect(again.outputs.drift).toBe('false');
    expect(again.outputs.patch).toBeUndefined();
    expect(existsSync(patch)).toBe(false);
  }, 90_000);

  it('reports a real breaking change against the base branch, first in the comment, and resolves it', async () => {
    const ws = await example();
    commitAll(ws, 'base');
    // Remove a response field and add a required request field, then regenerate the committed schema.
    await edit(serializers(ws), '    confidence = serializers.FloatField()\n', '');
    await edit(
      serializers(ws),
      'class StartSubmissionSerializer(serializers.Serializer):\n    questionnaire = serializers.SlugField()\n',
      'class StartSubmissionSerializer(serializers.Serializer):\n    questionnaire = serializers.SlugField()\n    applicant_email = serializers.EmailField()\n',
    );
    await edit(
      serializers(ws),
      '    period = serializers.CharField()\n',
      '    period = serializers.CharField()\n    resets_at = serializers.DateTimeField()\n',
    );
    regenerate(ws);
    const platform = platformFor(ws, {}, { context: { baseRef: 'main', changeNumber: 12 } });

    const result = await runAction(platform);

    expect(result.verdict).toBe('failed');
    expect(result.outputs.drift).toBe('false');
    expect(Number(result.outputs.breaking)).toBeGreaterThanOrEqual(2);
    expect(result.outputs['api-bump']).toBe('major');
    expect(Number(result.outputs.changes)).toBeGreaterThan(Number(result.outputs.breaking));
    const check = result.report?.checks.find((c) => c.id === 'breaking-changes');
    expect(check?.status).toBe('failed');
    expect(check?.summary).toMatch(/against main \([0-9a-f]{7}\)/);
    const rules = check?.findings.filter((f) => f.severity === 'error').map((f) => f.rule);
    expect(rules).toEqual(
      expect.arrayContaining(['response-field-removed', 'request-body-required-field-added']),
    );
    const changelog = await readFile(result.outputs.changelog as string, 'utf8');
    expect(changelog).toMatch(/^## API changes against main/);
    expect(changelog).toContain('"confidence" was removed');

    const marker = markerFor('backend/schema.yml');
    const body = platform.comments.get(marker)?.body ?? '';
    expect(body.split('\n')[0]).toBe('<!-- maint-actions:generate-openapi:backend/schema.yml -->');
    const breaking = body.indexOf('### Breaking');
    expect(breaking).toBeGreaterThan(0);
    expect(breaking).toBeLessThan(body.indexOf('### Other'));
    expect(breaking).toBeLessThan(body.indexOf('### Drift'));
    expect(body.slice(breaking)).toMatch(/^### Breaking\n\n- `/);
    expect(body).toContain('applicant\\_email');
    expect(body).toContain(`[Job](${RUN_URL})`);
    // The same body as a file, for a workflow that posts it from a job that runs no project code.
    expect(
      await readFile(path.join(path.dirname(result.outputs.changelog as string), 'comment.md'), 'utf8'),
    ).toBe(body);

    // Accepting the change: still reported, no longer failing.
    const accepted = await runAction(
      platformFor(ws, { 'fail-on-breaking': 'false' }, { context: { baseRef: 'main' } }),
    );
    expect(accepted.verdict).toBe('passed');
    expect(accepted.outputs.breaking).toBe(result.outputs.breaking);

    // The change is reverted: the same comment now says it is resolved.
    git(ws.root, 'checkout', '-q', '--', '.');
    const resolved = await runAction(platform);
    expect(resolved.verdict).toBe('passed');
    expect(resolved.outputs['api-bump']).toBe('none');
    expect(platform.comments.size).toBe(1);
    expect(platform.comments.get(marker)?.body).toContain('OpenAPI schema `backend/schema.yml`: resolved');
    expect(platform.logText).toContain('Schema comment updated');
  }, 120_000);

  it('compares with the last tag when the run is not for a pull request', async () => {
    const ws = await example();
    commitAll(ws, 'first release');
    git(ws.root, 'tag', 'v1.0.0');
    await edit(
      serializers(ws),
      '    period = serializers.CharField()\n',
      '    period = serializers.CharField()\n    resets_at = serializers.DateTimeField()\n',
    );
    regenerate(ws);
    commitAll(ws, 'usage: when the allowance resets');

    const result = await runAction(platformFor(ws));

    expect(result.verdict).toBe('passed');
    expect(result.outputs.breaking).toBe('0');
    expect(result.outputs['api-bump']).toBe('minor');
    expect(result.report?.meta?.base).toMatch(/^v1\.0\.0 \([0-9a-f]{7}\)$/);
  }, 60_000);

  it('warns, without failing, when the base is not in the clone', async () => {
    const ws = await example();
    commitAll(ws, 'only commit');
    const platform = platformFor(ws, {}, { context: { baseRef: 'release' } });

    const result = await runAction(platform);

    expect(result.verdict).toBe('passed');
    expect(result.outputs.breaking).toBeUndefined();
    expect(result.outputs['api-bump']).toBeUndefined();
    const message =
      'API changes not compared: the base origin/release or release is not in this clone: fetch it (GitHub: actions/checkout with fetch-depth: 0; GitLab: GIT_DEPTH: 0) or set "base-ref"';
    // One warning annotation (the check's finding), not a second one from the log (issue 14.3).
    const warnings = [
      ...platform.lines.filter((line) => line.level === 'warning').map((line) => line.message),
      ...platform.annotations.filter((a) => a.severity === 'warning').map((a) => a.message),
    ].filter((m) => m === message);
    expect(warnings).toEqual([message]);
    // Once per surface (issue 20.6): no log line, one line in the job summary.
    const reason = 'the base origin/release or release is not in this clone';
    const count = (text: string) => text.split(reason).length - 1;
    expect(platform.lines.filter((line) => line.message.includes(reason))).toEqual([]);
    expect(platform.summaries.map(count)).toEqual([1]);
    expect(await readFile(result.outputs.changelog as string, 'utf8')).toContain(
      'Not compared: the base origin/release',
    );
  }, 60_000);

  it('compares with base-file and keeps the comment to the summary on a read-only token', async () => {
    const ws = await example();
    const base = (await readFile(path.join(ws.service, 'schema.yml'), 'utf8')).replace(
      '  /api/usage/:\n',
      "  /api/legacy/:\n    get:\n      operationId: legacy\n      responses:\n        '200':\n          description: ''\n  /api/usage/:\n",
    );
    await writeFile(path.join(ws.service, 'base-schema.yml'), base);
    const reason = "the token is read-only (a fork's pull request)";
    const platform = platformFor(
      ws,
      { 'base-file': 'base-schema.yml', token: 'ghs_secret' },
      { readOnlyReason: reason },
    );

    const result = await runAction(platform);

    expect(result.verdict).toBe('failed');
    expect(result.report?.checks.find((c) => c.id === 'breaking-changes')?.findings[0]).toMatchObject({
      rule: 'path-removed',
      message: expect.stringContaining('/api/legacy/'),
    });
    expect(platform.comments.size).toBe(0);
    const summary = platform.summaries.join('\n');
    expect(summary).toContain(`The pull/merge request comment was skipped (${reason})`);
    expect(summary).toContain('### Breaking');
    expect(platform.logText).not.toContain('ghs_secret');
  }, 60_000);

  it("annotates drf-spectacular's warnings at their view and fails with fail-on-warn", async () => {
    const ws = await example();
    await appendTo(
      path.join(ws.service, 'onboarding/interfaces/api/views.py'),
      '\n\nclass OpaqueView(APIView):\n    def get(self, request):\n        return Response({})\n',
    );
    await edit(
      path.join(ws.service, 'onboarding/interfaces/api/urls.py'),
      '    path("usage/", views.UsageView.as_view(), name="usage"),\n',
      '    path("usage/", views.UsageView.as_view(), name="usage"),\n    path("opaque/", views.OpaqueView.as_view()),\n',
    );
    const views = await readFile(path.join(ws.service, 'onboarding/interfaces/api/views.py'), 'utf8');
    const line = views.split('\n').indexOf('class OpaqueView(APIView):') + 1;

    const platform = platformFor(ws, { 'fail-on-warn': 'true' });
    const result = await runAction(platform);

    expect(statuses(result)?.slice(0, 2)).toEqual([
      ['generate', 'failed'],
      ['validate', 'skipped'],
    ]);
    expect(result.report?.checks[0]?.summary).toBe(
      'SchemaGenerationError: Failing as requested due to warnings (exit code 1)',
    );
    expect(platform.annotations).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        file: 'backend/onboarding/interfaces/api/views.py',
        line,
        message: expect.stringMatching(/^OpaqueView: unable to guess serializer/),
      }),
    );
    expect(result.outputs.schema).toBeUndefined();
    expect(existsSync(path.join(ws.root, '.maint-actions/reports/generate-openapi/schema.yml'))).toBe(false);
    expect(platform.comments.get(markerFor('backend/schema.yml'))?.body).toContain(
      'The schema could not be generated: SchemaGenerationError',
    );
  }, 60_000);

  it("runs DRF's generateschema and creates a schema that was never committed", async () => {
    const ws = await example();
    const result = await runAction(platformFor(ws, { generator: 'drf', schema: 'drf-schema.json' }));

    expect(statuses(result)?.slice(0, 3)).toEqual([
      ['generate', 'passed'],
      ['validate', 'passed'],
      ['drift', 'failed'],
    ]);
    const generated = result.outputs.schema as string;
    expect(path.basename(generated)).toBe('schema.json');
    expect(JSON.parse(await readFile(generated, 'utf8')).openapi).toMatch(/^3\.0\./);
    expect(result.report?.checks.find((c) => c.id === 'drift')?.summary).toMatch(
      /^backend\/drf-schema\.json does not exist/,
    );

    git(ws.root, 'apply', result.outputs.patch as string);
    expect(await readFile(path.join(ws.service, 'drf-schema.json'), 'utf8')).toBe(
      await readFile(generated, 'utf8'),
    );
    const again = await runAction(platformFor(ws, { generator: 'drf', schema: 'drf-schema.json' }));
    expect(again.verdict).toBe('passed');
  }, 60_000);

  it('runs a command generator, which gets the output path in MAINT_SCHEMA_OUT, and validates what it wrote', async () => {
    const ws = await example();
    const ok = await runAction(
      platformFor(ws, { generator: 'command', command: 'cp schema.yml "$MAINT_SCHEMA_OUT"' }),
    );
    expect(ok.verdict).toBe('passed');
    expect(ok.report?.checks[0]?.command).toEqual(['sh', '-c', 'cp schema.yml "$MAINT_SCHEMA_OUT"']);

    const nothing = await runAction(platformFor(ws, { generator: 'command', command: 'true' }));
    expect(nothing.report?.checks[0]?.summary).toBe(
      'the command exited 0 but wrote no file at $MAINT_SCHEMA_OUT',
    );

    const invalid = await runAction(
      platformFor(ws, {
        generator: 'command',
        command: 'printf "openapi: 3.0.3\\ninfo:\\n  title: x\\npaths: {}\\n" > "$MAINT_SCHEMA_OUT"',
      }),
    );
    const validate = invalid.report?.checks.find((c) => c.id === 'validate');
    expect(validate?.status).toBe('failed');
    expect(validate?.findings.map((f) => f.message)).toContain(
      "/info: must have required property 'version'",
    );
    expect(invalid.outputs.drift).toBeUndefined();
  }, 60_000);

  it('treats hostile input values as data: no shell runs them, nothing is written outside', async () => {
    const ws = await example();
    const hostile = '"; touch pwned #"';
    await expect(runAction(platformFor(ws, { 'settings-module': hostile }))).rejects.toThrow(
      'Input "settings-module" must be a dotted Python module name such as config.settings (got ""; touch pwned #"").',
    );
    await expect(runAction(platformFor(ws, { schema: '../../outside.yml' }))).rejects.toThrow(
      'Input "schema": ../../outside.yml must name a file inside the repository (relative to the working directory), such as schema.yml.',
    );
    await expect(runAction(platformFor(ws, { 'base-ref': '--output=/tmp/pwned' }))).rejects.toThrow(
      'Input "base-ref" must be a git ref, not an option (got "--output=/tmp/pwned").',
    );
    const weird = await runAction(platformFor(ws, { schema: '$(touch pwned).yml' }));
    expect(weird.outputs.drift).toBe('true');
    for (const dir of [ws.root, ws.service, process.cwd(), os.tmpdir()]) {
      expect(await readdir(dir)).not.toContain('pwned');
    }
  }, 60_000);

  it('stops with one line naming the input on a bad configuration', async () => {
    const ws = await example();
    const cases: [Record<string, string>, string][] = [
      [{ generator: 'command' }, 'Input "command" is required with "generator: command"'],
      [{ command: 'make schema' }, 'Input "command" is only used with "generator: command"'],
      [
        { generator: 'drf', 'fail-on-warn': 'true' },
        'Input "fail-on-warn" works with "generator: spectacular" only',
      ],
      [{ env: 'DEBUG=1\nnot a pair' }, 'Input "env", line 2: write KEY=value'],
      [
        { 'working-directory': 'nowhere' },
        'Input "working-directory": nowhere is not a directory of the repository.',
      ],
      [{ 'base-file': 'missing.yml' }, 'Input "base-file": missing.yml is not a file'],
      [{ python: '/no/python' }, 'Input "python" names no interpreter'],
    ];
    for (const [inputs, message] of cases) {
      const error = await runAction(platformFor(ws, inputs)).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error, JSON.stringify(inputs)).toBeInstanceOf(ConfigError);
      expect((error as Error).message).toContain(message);
      expect((error as Error).message).not.toContain('\n');
    }
  }, 60_000);
});

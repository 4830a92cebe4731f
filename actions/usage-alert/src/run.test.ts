import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseInputs } from '@maint-actions/core';
import { type ExampleDatabase, exampleDatabase, FakePlatform, repoRoot } from '@maint-actions/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from './run';
import { spec } from './spec';

const NOV_15 = new Date('2026-11-15T12:00:00Z');
const USAGE_COMMAND = '/usr/bin/python3 manage.py usage_report --period 2026-11';

let db: ExampleDatabase;
let dir: string;

beforeAll(async () => {
  db = await exampleDatabase();
  dir = await mkdtemp(path.join(os.tmpdir(), 'usage-alert-'));
}, 60_000);
afterAll(async () => {
  await db?.cleanup();
  await rm(dir, { recursive: true, force: true });
});

/** Sets this month's use of the vision API in the example's database. */
async function setUsage(used: number): Promise<void> {
  await db.shell(
    `from onboarding.infrastructure.models import ApiUsageRecord as R; R.objects.update_or_create(api="vision", period="2026-11", defaults={"used": ${used}, "limit": 10000})`,
  );
}

/** One run with `inputs`, keeping the issues of `previous` (the same repository). */
async function runWith(inputs: Record<string, string>, previous?: FakePlatform, today = NOV_15) {
  const platform = new FakePlatform({
    inputs: { name: 'vision API', token: 'ghs_usage-token', ...inputs },
    env: db.env,
    context: { workspace: repoRoot, runUrl: 'https://example.test/runs/3' },
    changeRequest: false,
  });
  if (previous) platform.issues.push(...previous.issues);
  const result = await run({ platform, inputs: parseInputs(spec, (n) => platform.getInput(n)) }, today);
  return { platform, result };
}

const fromExample = { command: USAGE_COMMAND, 'working-directory': 'examples/django-service' };

describe('usage-alert against the example service', () => {
  it('opens the alert issue above the threshold, updates it while above, closes it when back under', async () => {
    await setUsage(7100);
    const first = await runWith(fromExample);
    expect(first.result.verdict).toBe('passed');
    expect(first.result.outputs).toEqual({
      percent: '71',
      used: '7100',
      limit: '10000',
      forecast: '14200',
      alert: 'open',
    });
    expect(first.platform.issues).toHaveLength(1);
    const opened = first.platform.issues[0];
    expect(opened).toMatchObject({
      state: 'open',
      marker: 'usage-alert:vision-api',
      title: 'Usage alert: vision API at 71% of the 2026-11 limit',
      labels: ['usage-alert'],
    });
    expect(opened?.body).toContain('which **passes the limit by 4,200**');
    expect(first.platform.summaries[0]).toContain('_Alert issue created: https://example.test/issues/1._');

    await setUsage(8000);
    const second = await runWith(fromExample, first.platform, new Date('2026-11-20T08:00:00Z'));
    expect(second.result.outputs.alert).toBe('open');
    expect(second.platform.issues).toHaveLength(1);
    expect(second.platform.issues[0]).toMatchObject({
      state: 'open',
      title: 'Usage alert: vision API at 80% of the 2026-11 limit',
    });
    expect(second.platform.issues[0]?.comments).toEqual([
      'Now at 80% (8000 of 10000) on 2026-11-20, forecast 120%. ([run](https://example.test/runs/3))',
    ]);

    await setUsage(5000);
    const third = await runWith({ ...fromExample, threshold: '60' }, second.platform);
    expect(third.result.outputs.alert).toBe('closed');
    expect(third.platform.issues[0]?.state).toBe('closed');
    expect(third.platform.issues[0]?.comments.at(-1)).toBe(
      'Back under the threshold on 2026-11-15: 50% of the 2026-11 limit used. ([run](https://example.test/runs/3))',
    );

    for (const p of [first, second, third].map((r) => r.platform))
      expect(JSON.stringify([p.summaries, p.lines, p.issues, [...p.outputs]])).not.toContain(
        'ghs_usage-token',
      );

    const fourth = await runWith({ ...fromExample, threshold: '60' }, third.platform);
    expect(fourth.result.outputs.alert).toBe('none');
    expect(fourth.platform.issues[0]?.comments).toHaveLength(third.platform.issues[0]?.comments.length ?? -1);
  }, 60_000);

  it('fails above fail-above, and says so', async () => {
    await setUsage(9500);
    const { result, platform } = await runWith({ ...fromExample, 'fail-above': '90' });
    expect(result.verdict).toBe('failed');
    expect(result.summary).toBe(
      'Usage of the vision API: 95% of the 2026-11 limit (forecast 190%), above fail-above (90%)',
    );
    expect(platform.summaries[0]).toContain('**Failed**: use is above `fail-above` (90%).');
  }, 30_000);

  it('names the command and quotes its first line when it prints no JSON', async () => {
    await expect(
      runWith({
        command: '/usr/bin/python3 manage.py check',
        'working-directory': 'examples/django-service',
      }),
    ).rejects.toThrow(
      'Input "command": `/usr/bin/python3 manage.py check` did not print JSON (its first line is "System check identified no issues (0 silenced).").',
    );
  }, 30_000);

  it('reports a failing command with its exit code and last error line', async () => {
    await expect(
      runWith({
        command: '/usr/bin/python3 manage.py usage_report --period 2026-13',
        'working-directory': 'examples/django-service',
      }),
    ).rejects.toThrow(/^Input "command": `.*` exited with 1: CommandError: .*/);
  }, 30_000);
});

describe('usage-alert from a file', () => {
  it('reads the usage file and stays quiet under the threshold', async () => {
    await writeFile(path.join(dir, 'usage.json'), '{"used": 100, "limit": 10000, "period": "2026-10"}');
    const { result, platform } = await runWith({ 'usage-file': path.join(dir, 'usage.json') });
    expect(result.outputs).toEqual({
      percent: '1',
      used: '100',
      limit: '10000',
      forecast: '100',
      alert: 'none',
    });
    expect(platform.issues).toEqual([]);
    expect(platform.summaries[0]).toContain('Forecast at the end of the month: 100 calls (1%)');
  });

  it('skips the issue with a note without a token, outputs still set', async () => {
    await writeFile(path.join(dir, 'high.json'), '{"used": 9000, "limit": 10000, "period": "2026-11"}');
    const platform = new FakePlatform({ inputs: { 'usage-file': path.join(dir, 'high.json') } });
    platform.repoHost = () => undefined;
    const result = await run({ platform, inputs: parseInputs(spec, (n) => platform.getInput(n)) }, NOV_15);
    expect(result.outputs.alert).toBe('open');
    expect(platform.summaries[0]).toContain(
      '> No alert issue: there is no repository host or token here (set `token`).',
    );
  });

  it('stops with one line on bad input', async () => {
    await writeFile(path.join(dir, 'bad.json'), 'used=7100\n');
    await writeFile(path.join(dir, 'shape.json'), '{"used": 1}');
    await expect(runWith({ 'usage-file': path.join(dir, 'bad.json') })).rejects.toThrow(
      `Input "usage-file": ${path.join(dir, 'bad.json')} is not JSON (its first line is "used=7100").`,
    );
    await expect(runWith({ 'usage-file': path.join(dir, 'shape.json') })).rejects.toThrow(
      `Input "usage-file": the JSON from \`${path.join(dir, 'shape.json')}\` is not a usage: "limit" must be a number above 0 (got undefined).`,
    );
    await expect(runWith({})).rejects.toThrow('Set exactly one of the inputs "command" and "usage-file".');
    await expect(runWith({ 'usage-file': 'nope.json', threshold: '0' })).rejects.toThrow(
      'Input "threshold" must be a percent above 0 (got 0).',
    );
  });
});

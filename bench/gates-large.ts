/**
 * The quality-gates bundle on a generated suite where the tests, not start-up, dominate (issue
 * 18.4): a copy of packages/testing/fixtures/clinic-service with FILES × TESTS Django tests that
 * use the database (a row created and counted each), one in 100 slow (0.2 s). Sides, run one
 * after another in rounds: the action (gates pytest, django-check, migrations, lint) with
 * `pytest-workers: auto` (pytest-xdist from Debian), the action with `pytest-workers: 0`, and the
 * same four commands in sequence. Figures: each action side over the sequential run; targets
 * ≤ 0.6 with workers, ≤ 0.7 without (2 CPUs). CPU time (user + sys of all processes) of each side
 * is printed as bench/gates.ts does.
 *
 * Run: pnpm build quality-gates && pnpm exec tsx bench/gates-large.ts [files] [tests-per-file] [rounds]
 */
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fixturesDir, runBundle, systemPython } from '@maint-actions/testing';
import { median, timeCommand } from './lib';

const [FILES = 40, TESTS = 50, ROUNDS = 1] = process.argv.slice(2).map(Number);
const GATES = 'pytest,django-check,migrations,lint';

function testModule(index: number): string {
  const lines = [
    'import datetime',
    'import time  # noqa: F401 (not every module has a slow test)',
    '',
    'import pytest',
    '',
    'from bookings.models import Appointment',
    '',
    'UTC = datetime.timezone.utc',
    '',
    '',
    '@pytest.mark.django_db',
    `class TestGenerated${index}:`,
  ];
  for (let t = 0; t < TESTS; t++) {
    lines.push(
      `    def test_${t}(self):`,
      `        starts = datetime.datetime(2026, 1, 1, 9, ${t % 60}, tzinfo=UTC)`,
      `        Appointment.objects.create(patient="p${t}", starts_at=starts)`,
      ...((index * TESTS + t) % 100 === 0 ? ['        time.sleep(0.2)'] : []),
      '        assert Appointment.objects.count() == 1',
      '',
    );
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

function childrenCpuMs(): number {
  if (!existsSync('/proc/self/stat')) return 0;
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[13]) + Number(fields[14])) * 10;
}

async function main(): Promise<void> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'maint-bench-gates-large-'));
  try {
    const service = path.join(root, 'service');
    await cp(path.join(fixturesDir, 'clinic-service'), service, { recursive: true });
    await mkdir(path.join(service, 'tests'), { recursive: true });
    for (let i = 0; i < FILES; i++) {
      await writeFile(path.join(service, `tests/test_generated_${i}.py`), testModule(i));
    }
    const env = { PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'C.UTF-8', CI: 'true' };
    const junit = path.join(root, 'junit.xml');
    const commandMs: number[][] = [[], [], [], []];
    const commands = [
      ['-m', 'pytest', `--junitxml=${junit}`, '-o', 'junit_family=xunit2', '-p', 'no:cacheprovider'],
      ['manage.py', 'check', '--fail-level', 'ERROR'],
      ['manage.py', 'makemigrations', '--check', '--dry-run'],
      ['-m', 'flake8', '--format=default', '--extend-exclude=.maint-actions', '.'],
    ];
    const sides: Record<string, () => Promise<number>> = {
      'action, pytest-workers auto': () => action(root, 'auto'),
      'action, pytest-workers 0': () => action(root, '0'),
      sequential: async () => {
        let total = 0;
        for (const [i, args] of commands.entries()) {
          const sample = await timeCommand(systemPython, args, { cwd: service, env });
          if (sample.exitCode !== 0) throw new Error(`${args.join(' ')} exited ${sample.exitCode}`);
          total += sample.ms;
          commandMs[i]?.push(sample.ms);
        }
        return total;
      },
    };
    const times: Record<string, number[]> = Object.fromEntries(Object.keys(sides).map((name) => [name, []]));
    const cpu: Record<string, number[]> = Object.fromEntries(Object.keys(sides).map((name) => [name, []]));
    const loads: number[] = [os.loadavg()[0] ?? 0];
    for (let round = 0; round < ROUNDS; round++) {
      for (const [name, side] of Object.entries(sides)) {
        loads.push(os.loadavg()[0] ?? 0);
        const before = childrenCpuMs();
        const ms = await side();
        times[name]?.push(ms);
        cpu[name]?.push(childrenCpuMs() - before);
      }
    }
    const sequential = median(times.sequential ?? []);
    console.log(
      `suite: ${FILES * TESTS} tests in ${FILES} files, ${ROUNDS} round(s), ${os.availableParallelism()} CPUs`,
    );
    for (const [name, values] of Object.entries(times)) {
      const ms = median(values);
      const target = name.endsWith('auto') ? 0.6 : name.endsWith('0') ? 0.7 : undefined;
      const ratio = ms / sequential;
      console.log(
        `${name}: ${(ms / 1000).toFixed(1)} s, CPU ${(median(cpu[name] ?? []) / 1000).toFixed(1)} s` +
          (target === undefined
            ? ''
            : `; ${ratio.toFixed(2)} × sequential (target ≤ ${target}) ${ratio <= target ? 'ok' : 'MISS'}`),
      );
    }
    loads.push(os.loadavg()[0] ?? 0);
    // pytest alone is the floor of an action that runs it in one process: nothing overlaps it.
    console.log(
      `sequential commands (median ms): ${commands
        .map((args, i) => `${args.slice(0, 2).join(' ')} ${median(commandMs[i] ?? []).toFixed(0)}`)
        .join(', ')}; pytest alone ${(median(commandMs[0] ?? []) / sequential).toFixed(2)} × sequential`,
    );
    // The CPU floor: were all of a side's CPU work spread perfectly over every CPU, its wall time
    // could not be shorter than CPU / CPUs; over the sequential time, the best ratio it can reach.
    for (const name of Object.keys(sides)) {
      if (name === 'sequential') continue;
      const floor = median(cpu[name] ?? []) / os.availableParallelism() / sequential;
      console.log(`${name}: CPU floor ${floor.toFixed(2)} × sequential`);
    }
    console.log(`load average (1 min) before each side: ${loads.map((load) => load.toFixed(1)).join(', ')}`);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

async function action(root: string, workers: string): Promise<number> {
  const started = performance.now();
  const run = await runBundle('quality-gates', {
    workspace: root,
    inputs: { gates: GATES, python: systemPython, 'working-directory': 'service', 'pytest-workers': workers },
  });
  const ms = performance.now() - started;
  if (run.exitCode !== 0)
    throw new Error(`quality-gates exited ${run.exitCode}: ${run.outputs.summary}\n${run.stdout}`);
  return ms;
}

await main();

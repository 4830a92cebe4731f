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
 * The suite runs on each database named in DATABASES (default `sqlite,postgres`): SQLite as the
 * fixture has it (in-memory test databases), and PostgreSQL 15 on loopback (the test helpers'
 * server; pytest-django creates a test database per xdist worker), the database a Django
 * service's tests usually wait on. The server's CPU (its backends') is printed apart.
 *
 * GATES_LARGE_BASE=<dir under dist> adds the same two action sides run by another build of the
 * bundle (copy dist/quality-gates there before rebuilding), interleaved, to compare two builds.
 *
 * Run: pnpm build quality-gates && pnpm exec tsx bench/gates-large.ts [files] [tests-per-file] [rounds] [databases]
 */
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  type DatabaseServer,
  fixturesDir,
  postgresMissing,
  runBundle,
  startPostgres,
  systemPython,
  useClinicPostgres,
} from '@maint-actions/testing';
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
  return processCpuMs('self', true);
}

/** user + sys of a process (with `children`, plus those of its children it has waited for), in ms. */
function processCpuMs(pid: string | number, children: boolean): number {
  const file = `/proc/${pid}/stat`;
  if (!existsSync(file)) return 0;
  const stat = readFileSync(file, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const own = Number(fields[11]) + Number(fields[12]);
  return (own + (children ? Number(fields[13]) + Number(fields[14]) : 0)) * 10;
}

/** The PostgreSQL server's main process: the parent of a backend. */
async function postmasterPid(server: DatabaseServer): Promise<number> {
  const backend = (await server.sql('postgres', 'SELECT pg_backend_pid()')).trim();
  const stat = readFileSync(`/proc/${backend}/stat`, 'utf8');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
}

interface Suite {
  readonly name: string;
  readonly service: string;
  /** Added to the environment of both sides. */
  readonly env: Record<string, string>;
  /** CPU of processes outside the sides (the database server), ms so far. */
  readonly serverCpuMs?: () => number;
}

async function main(): Promise<void> {
  const databases = (process.argv[5] ?? process.env.DATABASES ?? 'sqlite,postgres').split(',');
  const root = await mkdtemp(path.join(os.tmpdir(), 'maint-bench-gates-large-'));
  let server: DatabaseServer | undefined;
  try {
    const source = path.join(root, 'source');
    await cp(path.join(fixturesDir, 'clinic-service'), source, { recursive: true });
    await mkdir(path.join(source, 'tests'), { recursive: true });
    for (let i = 0; i < FILES; i++) {
      await writeFile(path.join(source, `tests/test_generated_${i}.py`), testModule(i));
    }
    console.log(
      `suite: ${FILES * TESTS} tests in ${FILES} files, ${ROUNDS} round(s), ${os.availableParallelism()} CPUs`,
    );
    for (const database of databases) {
      const service = path.join(root, database);
      await cp(source, service, { recursive: true });
      if (database === 'sqlite') {
        await benchSuite(root, { name: 'SQLite', service, env: {} });
      } else if (database === 'postgres') {
        if (postgresMissing) {
          console.log(`PostgreSQL: not run (${postgresMissing})`);
          continue;
        }
        server = await startPostgres();
        await server.sql('postgres', 'CREATE DATABASE clinic');
        const postmaster = await postmasterPid(server);
        const env = await useClinicPostgres(service, server.url('clinic'));
        await benchSuite(root, {
          name: `PostgreSQL ${server.version}`,
          service,
          env,
          serverCpuMs: () => processCpuMs(postmaster, true),
        });
        await server.stop();
        server = undefined;
      } else {
        throw new Error(`unknown database ${database}: give sqlite and/or postgres`);
      }
    }
  } finally {
    await server?.stop();
    await rm(root, { recursive: true, force: true });
  }
}

async function benchSuite(root: string, suite: Suite): Promise<void> {
  const { service } = suite;
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'C.UTF-8', CI: 'true', ...suite.env };
  const junit = path.join(root, 'junit.xml');
  const commandMs: number[][] = [[], [], [], []];
  const commands = [
    ['-m', 'pytest', `--junitxml=${junit}`, '-o', 'junit_family=xunit2', '-p', 'no:cacheprovider'],
    ['manage.py', 'check', '--fail-level', 'ERROR'],
    ['manage.py', 'makemigrations', '--check', '--dry-run'],
    ['-m', 'flake8', '--format=default', '--extend-exclude=.maint-actions', '.'],
  ];
  const base = process.env.GATES_LARGE_BASE;
  const sides: Record<string, () => Promise<number>> = {
    'action, pytest-workers auto': () => action(root, service, 'auto', suite.env),
    'action, pytest-workers 0': () => action(root, service, '0', suite.env),
    ...(base
      ? {
          [`${base}, pytest-workers auto`]: () => action(root, service, 'auto', suite.env, base),
          [`${base}, pytest-workers 0`]: () => action(root, service, '0', suite.env, base),
        }
      : {}),
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
  const serverCpu: Record<string, number[]> = Object.fromEntries(
    Object.keys(sides).map((name) => [name, []]),
  );
  const loads: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, side] of Object.entries(sides)) {
      loads.push(os.loadavg()[0] ?? 0);
      const before = childrenCpuMs();
      const serverBefore = suite.serverCpuMs?.() ?? 0;
      const ms = await side();
      times[name]?.push(ms);
      cpu[name]?.push(childrenCpuMs() - before);
      serverCpu[name]?.push((suite.serverCpuMs?.() ?? 0) - serverBefore);
    }
  }
  const sequential = median(times.sequential ?? []);
  console.log(`\n${suite.name}:`);
  for (const [name, values] of Object.entries(times)) {
    const ms = median(values);
    const target = name.endsWith('auto') ? 0.6 : name.endsWith(' 0') ? 0.7 : undefined;
    const ratio = ms / sequential;
    const server = suite.serverCpuMs
      ? `, server CPU ${(median(serverCpu[name] ?? []) / 1000).toFixed(1)} s`
      : '';
    console.log(
      `${name}: ${(ms / 1000).toFixed(1)} s (${values.map((v) => (v / 1000).toFixed(1)).join(', ')}), CPU ${(median(cpu[name] ?? []) / 1000).toFixed(1)} s${server}` +
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
  // The database server's CPU shares the same CPUs, so it counts too.
  for (const name of Object.keys(sides)) {
    if (name === 'sequential') continue;
    const work = median(cpu[name] ?? []) + median(serverCpu[name] ?? []);
    const floor = work / os.availableParallelism() / sequential;
    console.log(`${name}: CPU floor ${floor.toFixed(2)} × sequential`);
  }
  console.log(`load average (1 min) before each side: ${loads.map((load) => load.toFixed(1)).join(', ')}`);
}

async function action(
  root: string,
  service: string,
  workers: string,
  env: Record<string, string>,
  bundle = 'quality-gates',
): Promise<number> {
  const started = performance.now();
  const run = await runBundle(bundle, {
    workspace: root,
    env,
    inputs: {
      gates: GATES,
      python: systemPython,
      'working-directory': path.relative(root, service),
      'pytest-workers': workers,
    },
  });
  const ms = performance.now() - started;
  if (run.exitCode !== 0)
    throw new Error(`quality-gates exited ${run.exitCode}: ${run.outputs.summary}\n${run.stdout}`);
  return ms;
}

await main();

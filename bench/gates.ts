/**
 * The quality-gates action on a copy of the example Django service (gates pytest, django-check,
 * migrations and lint, Debian's Python) against the same four commands run one after another:
 * the command lines the gates run, with the same working directory. What the action gains by
 * running the gates in parallel, net of everything it adds (loading the bundle, probing the
 * interpreter and its modules, parsing output, writing reports). Target: at most 0.7 × sequential.
 *
 * Run: pnpm exec tsx bench/gates.ts
 */
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { copyExampleService, runBundle, systemPython, type Workspace } from '@maint-actions/testing';
import { type Figure, interleave, median, printFigure, timeCommand, timeFn } from './lib';

const ROUNDS = 5;
const TARGET = 0.7;
const GATES = ['pytest', 'django-check', 'migrations', 'lint'] as const;

type Gate = (typeof GATES)[number];

/** The command line each gate runs (from `actions/quality-gates/src/gates/*.ts`), in the service directory. */
function gateCommands(junitFile: string): Record<Gate, readonly string[]> {
  return {
    pytest: [
      '-m',
      'pytest',
      `--junitxml=${junitFile}`,
      '-o',
      'junit_family=xunit2',
      '-p',
      'no:cacheprovider',
    ],
    'django-check': ['manage.py', 'check', '--fail-level', 'ERROR'],
    migrations: ['manage.py', 'makemigrations', '--check', '--dry-run'],
    lint: ['-m', 'flake8', '--format=default', '--extend-exclude=.maint-actions', '.'],
  };
}

/** Runs the bench and prints its figure, with where the time goes on each side. */
export async function bench(): Promise<Figure> {
  const workspace = await copyExampleService('maint-bench-gates-');
  try {
    // Warm-up outside interleave, so the details below hold the timed rounds only.
    await runAction(workspace);
    await runSequential(workspace);
    const action = newSide();
    const sequential = newSide();
    const { subject, baseline } = await interleave(
      ROUNDS,
      () => timeFn(() => measured(action, () => runAction(workspace))),
      async () => {
        const times = await measured(sequential, () => runSequential(workspace));
        return Object.values(times).reduce((sum, ms) => sum + ms, 0);
      },
      0,
    );
    const subjectMs = median(subject);
    const baselineMs = median(baseline);
    const figure: Figure = {
      name: 'quality-gates vs the same commands in sequence',
      measure: `median of ${ROUNDS}, ${GATES.join(' + ')} on examples/django-service`,
      subjectMs,
      baselineMs,
      value: subjectMs / baselineMs,
      unit: 'ratio',
      target: `≤ ${TARGET}`,
      ok: subjectMs / baselineMs <= TARGET,
    };
    printFigure(figure);
    const perGate = GATES.map((gate) => `${gate} ${ms(action.gates, gate)} | ${ms(sequential.gates, gate)}`);
    console.log(`     per gate, median ms (action | sequential): ${perGate.join(', ')}`);
    console.log(
      `     CPU (user + sys of all processes), median ms: action ${median(action.cpu).toFixed(0)} | sequential ${median(sequential.cpu).toFixed(0)}; ` +
        `load average ${os.loadavg()[0]?.toFixed(1)} on ${os.availableParallelism()} CPUs`,
    );
    return figure;
  } finally {
    await workspace.cleanup();
  }
}

/** What one side spent per round: each gate's wall time, and the CPU time of all its processes. */
interface Side {
  readonly gates: Map<string, number[]>;
  readonly cpu: number[];
}

function newSide(): Side {
  return { gates: new Map(), cpu: [] };
}

/** Runs one round of a side, recording its per-gate times and its processes' CPU time. */
async function measured(
  side: Side,
  round: () => Promise<Record<string, number>>,
): Promise<Record<string, number>> {
  const before = childrenCpuMs();
  const times = await round();
  side.cpu.push(childrenCpuMs() - before);
  for (const [gate, ms] of Object.entries(times)) side.gates.set(gate, [...(side.gates.get(gate) ?? []), ms]);
  return times;
}

function ms(times: Map<string, number[]>, gate: string): string {
  return median(times.get(gate) ?? []).toFixed(0);
}

/**
 * CPU time (user + sys) of every finished child process and its descendants, from
 * /proc/self/stat (cutime + cstime, in clock ticks of 10 ms); 0 where there is no /proc.
 */
function childrenCpuMs(): number {
  if (!existsSync('/proc/self/stat')) return 0;
  const stat = readFileSync('/proc/self/stat', 'utf8');
  // Fields after the command name, which ends at the last ')': state is field 3, cutime 16, cstime 17.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[13]) + Number(fields[14])) * 10;
}

/**
 * The bundle as the GitHub runner starts it; returns each gate's duration from its report.
 * @throws when the action does not pass: a failing run would be timing something else.
 */
async function runAction(workspace: Workspace): Promise<Record<string, number>> {
  const run = await runBundle('quality-gates', {
    workspace: workspace.root,
    inputs: { gates: GATES.join(','), python: systemPython, 'working-directory': workspace.workingDirectory },
  });
  if (run.exitCode !== 0 || run.outputs.status !== 'passed') {
    throw new Error(
      `quality-gates exited ${run.exitCode} (${run.outputs.summary ?? 'no summary'}):\n${run.stdout}${run.stderr}`,
    );
  }
  const report = JSON.parse(await readFile(run.outputs.report as string, 'utf8')) as {
    checks: { id: string; durationMs: number }[];
  };
  return Object.fromEntries(report.checks.map((check) => [check.id, check.durationMs]));
}

/** Each gate's command, one after another; returns each one's wall time. @throws when one fails. */
async function runSequential(workspace: Workspace): Promise<Record<Gate, number>> {
  const commands = gateCommands(path.join(workspace.root, 'bench-junit.xml'));
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'C.UTF-8', CI: 'true' };
  const times = {} as Record<Gate, number>;
  for (const gate of GATES) {
    const sample = await timeCommand(systemPython, commands[gate], { cwd: workspace.service, env });
    if (sample.exitCode !== 0) throw new Error(`${gate} (sequential) exited ${sample.exitCode}`);
    times[gate] = sample.ms;
  }
  return times;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await bench();

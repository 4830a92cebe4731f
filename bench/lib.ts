/**
 * Benchmark helpers. Every figure is a ratio against a baseline measured beside it in the same
 * process, interleaved run by run, so the shared machine's noise hits both sides alike.
 */
import { spawn } from 'node:child_process';

export interface Sample {
  readonly ms: number;
  readonly exitCode: number | null;
}

/** Runs a command and measures its wall time. */
export function timeCommand(
  command: string,
  args: readonly string[],
  options: { cwd?: string; env?: Record<string, string | undefined> } = {},
): Promise<Sample> {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: 'ignore',
    });
    child.on('error', reject);
    child.on('close', (exitCode) => resolve({ ms: Number(process.hrtime.bigint() - start) / 1e6, exitCode }));
  });
}

/** Times an async function. */
export async function timeFn(fn: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Runs `subject` and `baseline` alternately `rounds` times (after `warmup` untimed rounds each). */
export async function interleave(
  rounds: number,
  subject: () => Promise<number>,
  baseline: () => Promise<number>,
  warmup = 1,
): Promise<{ subject: number[]; baseline: number[] }> {
  for (let i = 0; i < warmup; i++) {
    await subject();
    await baseline();
  }
  const result = { subject: [] as number[], baseline: [] as number[] };
  for (let i = 0; i < rounds; i++) {
    // Alternate who goes first, so neither side always runs on a warmer machine.
    if (i % 2 === 0) {
      result.subject.push(await subject());
      result.baseline.push(await baseline());
    } else {
      result.baseline.push(await baseline());
      result.subject.push(await subject());
    }
  }
  return result;
}

export interface Figure {
  readonly name: string;
  readonly measure: string;
  readonly subjectMs: number;
  readonly baselineMs: number;
  /** What is compared against the target: a ratio or a difference in ms. */
  readonly value: number;
  readonly unit: 'ratio' | 'ms';
  readonly target: string;
  readonly ok: boolean;
}

export function printFigure(f: Figure): void {
  const value = f.unit === 'ratio' ? f.value.toFixed(3) : `${f.value.toFixed(1)} ms`;
  console.log(
    `${f.ok ? 'ok  ' : 'MISS'} ${f.name}: ${value} (target ${f.target}; ${f.measure}: ${f.subjectMs.toFixed(1)} ms vs baseline ${f.baselineMs.toFixed(1)} ms)`,
  );
}

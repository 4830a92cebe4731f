/**
 * `maint-actions openapi-diff` on GitHub's REST description: the `api.github.com.json` of npm
 * `@octokit/openapi` 22.0.0 and 23.0.2 (11.8 and 13.0 MB of JSON), fetched with `npm pack` into
 * a cache under the temp directory (never committed), diffed end to end by the bundled CLI in a
 * fresh node, against the floor: a fresh node that reads both JSON files and `JSON.parse`s them.
 * The same two documents as YAML (written once, cached beside them) against the same floor.
 * Targets: JSON ≤ 2 × the floor and ≤ 300 MB peak RSS; YAML ≤ 3 × the floor.
 *
 * Needs `pnpm build` (dist/cli) and the npm registry the first time. Run: pnpm exec tsx bench/openapi-diff-github.ts
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { stringify } from 'yaml';
import { type Figure, interleave, median, printFigure } from './lib';

const VERSIONS = ['22.0.0', '23.0.2'] as const;
const ROUNDS = 3;
const CACHE = path.join(os.tmpdir(), 'maint-actions-bench', 'octokit');
const CLI = path.resolve(import.meta.dirname, '..', 'dist', 'cli', 'index.js');

/** The JSON (and YAML) file of one version, fetched and converted once. */
function documents(version: string): { json: string; yaml: string } {
  const dir = path.join(CACHE, version);
  const json = path.join(dir, 'package', 'generated', 'api.github.com.json');
  const yaml = path.join(dir, 'api.github.com.yaml');
  if (!existsSync(json)) {
    mkdirSync(dir, { recursive: true });
    const tarball = path.join(CACHE, `octokit-openapi-${version}.tgz`);
    if (!existsSync(tarball))
      execFileSync('npm', ['pack', `@octokit/openapi@${version}`], { cwd: CACHE, stdio: 'ignore' });
    execFileSync('tar', ['-xzf', tarball, '-C', dir, 'package/generated/api.github.com.json']);
  }
  if (!existsSync(yaml))
    writeFileSync(
      yaml,
      stringify(JSON.parse(readFileSync(json, 'utf8')), { aliasDuplicateObjects: false, lineWidth: 0 }),
    );
  return { json, yaml };
}

/** Runs node with `args` under /usr/bin/time; wall time (ms) and peak RSS (MB). */
function measured(args: string[]): Promise<{ ms: number; rssMb: number; exitCode: number | null }> {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn('/usr/bin/time', ['-f', '%M', process.execPath, ...args], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    child.on('error', reject);
    child.on('close', (exitCode) => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      const kb = Number(stderr.trim().split('\n').pop());
      resolve({ ms, rssMb: kb / 1024, exitCode });
    });
  });
}

const FLOOR = `const fs = require('node:fs'); for (const f of process.argv.slice(1)) JSON.parse(fs.readFileSync(f, 'utf8'));`;

export async function bench(): Promise<Figure[]> {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run pnpm build first`);
  mkdirSync(CACHE, { recursive: true });
  const [base, head] = VERSIONS.map(documents) as [
    ReturnType<typeof documents>,
    ReturnType<typeof documents>,
  ];
  const figures: Figure[] = [];
  for (const kind of ['json', 'yaml'] as const) {
    const rss: number[] = [];
    const result = await interleave(
      ROUNDS,
      async () => {
        // Exit 1: the pair has breaking changes; anything else is a broken run, not a figure.
        const run = await measured([CLI, 'openapi-diff', base[kind], head[kind], '--format', 'json']);
        if (run.exitCode !== 1) throw new Error(`openapi-diff exited ${run.exitCode} on the ${kind} pair`);
        rss.push(run.rssMb);
        return run.ms;
      },
      async () => {
        const run = await measured(['-e', FLOOR, base.json, head.json]);
        if (run.exitCode !== 0) throw new Error(`the JSON.parse floor exited ${run.exitCode}`);
        return run.ms;
      },
    );
    const subjectMs = median(result.subject);
    const baselineMs = median(result.baseline);
    const target = kind === 'json' ? 2 : 3;
    const peak = Math.max(...rss);
    console.log(`${kind}: peak RSS of openapi-diff ${peak.toFixed(0)} MB (target <= 300 MB for JSON)`);
    const figure: Figure = {
      name: `openapi-diff-github-${kind}`,
      measure: `maint-actions openapi-diff on GitHub's REST description (${kind.toUpperCase()}), vs JSON.parse of both in a fresh node`,
      subjectMs,
      baselineMs,
      value: subjectMs / baselineMs,
      unit: 'ratio',
      target: `<= ${target}`,
      ok: subjectMs / baselineMs <= target && (kind === 'yaml' || peak <= 300),
    };
    printFigure(figure);
    figures.push(figure);
  }
  return figures;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await bench();

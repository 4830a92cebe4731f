/**
 * Runs every bench in turn and prints each figure as it comes, then all of them as a Markdown
 * table for docs/benchmarks.md. Benches report, they do not gate: the exit code is 0 even when a
 * figure misses its target (marked MISS); only a bench that breaks exits 1.
 *
 * A bench is a module of this folder exporting `bench(): Promise<Figure | Figure[]>` and running
 * itself only when started directly. `openapi-diff` is optional: it runs when it exists and
 * follows that shape, and is skipped otherwise.
 *
 * Run: pnpm bench
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Figure } from './lib';

type Bench = () => Promise<Figure | Figure[]>;

const HERE = path.dirname(fileURLToPath(import.meta.url));
const BENCHES: readonly { name: string; optional: boolean }[] = [
  { name: 'cold-start', optional: false },
  { name: 'gates', optional: false },
  { name: 'install', optional: false },
  { name: 'openapi-diff', optional: false },
  { name: 'openapi-diff-github', optional: false },
  { name: 'dependency-audit', optional: false },
  { name: 'smoke-test-gate', optional: false },
  // Needs a ~300 MB PostgreSQL database: the heaviest bench; optional until it lands.
  { name: 'backup', optional: true },
];
/** A module exporting `bench`; read from the source first, since importing one without it may run it. */
const EXPORTS_BENCH = /^export\s+(?:async\s+function|function|const)\s+bench\b/m;

async function main(): Promise<void> {
  const figures: Figure[] = [];
  const broken: string[] = [];
  for (const { name, optional } of BENCHES) {
    const bench = await load(name, optional);
    if (!bench) continue;
    console.log(`\n## ${name}`);
    try {
      figures.push(...[await bench()].flat());
    } catch (error) {
      broken.push(name);
      console.log(`ERROR ${name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  console.log(`\n${markdownTable(figures)}`);
  const missed = figures.filter((f) => !f.ok).length;
  console.log(
    `\n${figures.length} figures, ${missed} MISS${broken.length ? `; broken: ${broken.join(', ')}` : ''}`,
  );
  if (broken.length > 0) process.exitCode = 1;
}

/** The bench's function, or undefined (with a note) for an optional bench that is absent or has none. */
async function load(name: string, optional: boolean): Promise<Bench | undefined> {
  const file = path.join(HERE, `${name}.ts`);
  const runnable = existsSync(file) && EXPORTS_BENCH.test(await readFile(file, 'utf8'));
  if (!runnable) {
    if (!optional) throw new Error(`bench/${name}.ts does not export bench()`);
    console.log(`\nskip ${name}: bench/${name}.ts ${existsSync(file) ? 'exports no bench()' : 'is absent'}`);
    return undefined;
  }
  const module = (await import(pathToFileURL(file).href)) as { bench: Bench };
  return module.bench;
}

/** The figures as a Markdown table. */
function markdownTable(figures: readonly Figure[]): string {
  const rows = figures.map((f) => {
    const value = f.unit === 'ratio' ? f.value.toFixed(2) : `${f.value.toFixed(0)} ms`;
    return `| ${f.name} | ${value} | ${f.target} | ${f.ok ? 'ok' : 'MISS'} | ${f.subjectMs.toFixed(0)} ms vs ${f.baselineMs.toFixed(0)} ms (${f.measure}) |`;
  });
  return ['| bench | figure | target | | subject vs baseline |', '|---|---|---|---|---|', ...rows].join('\n');
}

await main();

/**
 * Lists oasdiff's breaking checks (the rules registered at level ERR in checker/rules.go, by the
 * id strings their constants hold) into src/oasdiff-breaking-checks.txt, for the coverage table
 * (src/oasdiff-coverage.ts) and its test. Run with an oasdiff checkout:
 *   pnpm exec tsx packages/openapi-diff/scripts/oasdiff-checks.ts /path/to/oasdiff [commit]
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function breakingChecks(checkerDir: string): string[] {
  const ids = new Map<string, string>();
  for (const name of readdirSync(checkerDir)) {
    if (!name.endsWith('.go') || name.endsWith('_test.go')) continue;
    const text = readFileSync(join(checkerDir, name), 'utf8');
    for (const m of text.matchAll(/^\s*(\w+Id)\s*=\s*"([a-z0-9-]+)"/gm)) ids.set(m[1]!, m[2]!);
  }
  const rules = readFileSync(join(checkerDir, 'rules.go'), 'utf8');
  const out = new Set<string>();
  for (const m of rules.matchAll(/newBackwardCompatibilityRule\((\w+),\s*ERR\b/g)) {
    const id = ids.get(m[1]!);
    if (!id) throw new Error(`checker/rules.go names ${m[1]}, whose id string was not found`);
    out.add(id);
  }
  return [...out].sort();
}

if (process.argv[1]?.endsWith('oasdiff-checks.ts')) {
  const [root, commit = 'unknown'] = process.argv.slice(2);
  if (!root) throw new Error('usage: oasdiff-checks.ts OASDIFF_CHECKOUT [COMMIT]');
  const ids = breakingChecks(join(root, 'checker'));
  const header = [
    `# oasdiff's breaking checks (level ERR in checker/rules.go) at commit ${commit}.`,
    '# Written by packages/openapi-diff/scripts/oasdiff-checks.ts; one id a line.',
  ];
  const file = new URL('../src/oasdiff-breaking-checks.txt', import.meta.url);
  writeFileSync(file, `${[...header, ...ids].join('\n')}\n`);
  console.log(`${ids.length} breaking checks`);
}

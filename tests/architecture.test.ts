/**
 * The layers hold: an action learns about its CI only through the Platform port (the run context
 * the adapters fill), never by reading `GITHUB_*` or `CI_*` variables itself. A static check over
 * every non-test source file under actions/*\/src, so a leak cannot come back unnoticed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '@maint-actions/testing';
import { describe, expect, it } from 'vitest';

/**
 * Reads of a CI variable from any environment object: `process.env.GITHUB_X`, `platform.env.CI_X`,
 * `env?.CI_X`, `env['GITHUB_X']`, and destructuring such as `const { CI_X } = process.env`.
 */
const CI_VARIABLE_READS: readonly RegExp[] = [
  /\benv\??\.(?:GITHUB|CI)_\w*/g,
  /\benv\??\.?\[\s*['"`](?:GITHUB|CI)_\w*/g,
  /\{[^{}]*\b(?:GITHUB|CI)_\w*[^{}]*\}\s*=\s*[\w.?]*\benv\b/g,
];

/** Every `file:line: text` that reads a CI variable in `source`. */
function ciVariableReads(file: string, source: string): string[] {
  const found: string[] = [];
  for (const pattern of CI_VARIABLE_READS) {
    for (const match of source.matchAll(pattern)) {
      const line = source.slice(0, match.index).split('\n').length;
      found.push(`${file}:${line}: ${match[0].replace(/\s+/g, ' ')}`);
    }
  }
  return found;
}

/** The non-test TypeScript sources of every action, relative to the repository root. */
function actionSources(): string[] {
  const actionsDir = path.join(repoRoot, 'actions');
  const files: string[] = [];
  for (const action of readdirSync(actionsDir, { withFileTypes: true })) {
    if (!action.isDirectory()) continue;
    const src = path.join(actionsDir, action.name, 'src');
    let entries: string[];
    try {
      entries = readdirSync(src, { recursive: true, encoding: 'utf8' });
    } catch {
      continue;
    }
    for (const entry of entries) {
      if (entry.endsWith('.ts') && !entry.endsWith('.test.ts')) {
        files.push(path.relative(repoRoot, path.join(src, entry)));
      }
    }
  }
  return files.sort();
}

describe('actions read CI facts through the port only', () => {
  it('finds the reads the check is for, in every form', () => {
    const leaky = [
      'const url = env.GITHUB_SERVER_URL || "https://github.com";',
      'if (process.env.CI_COMMIT_TAG) return;',
      'const tag = platform.env["CI_COMMIT_TAG"];',
      'const body = ctx.env?.CI_MERGE_REQUEST_DESCRIPTION;',
      'const { GITHUB_REF_NAME, HOME } = process.env;',
    ].join('\n');
    expect(ciVariableReads('x.ts', leaky)).toEqual([
      'x.ts:1: env.GITHUB_SERVER_URL',
      'x.ts:2: env.CI_COMMIT_TAG',
      'x.ts:4: env?.CI_MERGE_REQUEST_DESCRIPTION',
      'x.ts:3: env["CI_COMMIT_TAG',
      'x.ts:5: { GITHUB_REF_NAME, HOME } = process.env',
    ]);
    expect(ciVariableReads('x.ts', 'const home = process.env.HOME; // CI_COMMIT_TAG in a comment\n')).toEqual(
      [],
    );
  });

  it('has no action source that reads a GITHUB_* or CI_* variable', () => {
    const files = actionSources();
    expect(files.length).toBeGreaterThan(20);
    const reads = files.flatMap((file) =>
      ciVariableReads(file, readFileSync(path.join(repoRoot, file), 'utf8')),
    );
    expect(reads, 'read it from platform.context (filled by the platform adapters) instead').toEqual([]);
  });
});

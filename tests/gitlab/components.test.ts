/**
 * Every GitLab CI/CD component in templates/ expands under gitlab-ci-local: its job maps each
 * action input to a MAINT_INPUT_* variable, and no input text reaches `script:`.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gitlabInputVar } from '@maint-actions/core';
import { gitSync as git, repoRoot } from '@maint-actions/testing';
import { describe, expect, it } from 'vitest';
import { parse, parseAllDocuments, stringify } from 'yaml';
import { registry } from '../../packages/cli/src/registry';
import { DECIMAL_INPUTS } from '../../scripts/generate';

const HOSTILE = '"; touch pwned #" $(touch pwned2)';
const REPORT_DIR = 'ci-reports/here';

interface Job {
  variables?: Record<string, string>;
  script?: string[];
  interruptible?: boolean;
  artifacts?: { paths?: string[]; reports?: Record<string, string> };
}

/** The spec header of a template (before `---`), parsed. */
function header(name: string): {
  spec: { inputs: Record<string, { default?: unknown; regex?: string; options?: unknown[] }> };
} {
  const text = readFileSync(path.join(repoRoot, 'templates', `${name}.yml`), 'utf8');
  return parse(text.slice(0, text.search(/^---[ \t]*$/m)));
}

/** The jobs of a template (after `---`), parsed, with their names as written. */
function jobsOf(name: string): Record<string, Job> {
  const text = readFileSync(path.join(repoRoot, 'templates', `${name}.yml`), 'utf8');
  const body = text.slice(text.search(/^---[ \t]*$/m) + 3);
  return parse(body) as Record<string, Job>;
}

/** Jobs that only read and report: cancelled safely when a newer pipeline supersedes them. */
const INTERRUPTIBLE: Record<string, string[]> = {
  'quality-gates': ['quality-gates'],
  'generate-openapi': ['generate-openapi'],
  'dependency-audit': ['dependency-audit'],
  'smoke-test-gate': ['smoke-test-gate'],
  pipeline: ['lint', 'test', 'dependency-audit', 'schema', 'smoke', 'dast'],
  maintenance: ['weekly-gates', 'weekly-latency', 'quarterly-contracts'],
};
/** What must never be cancelled halfway: deploys, backups, releases, publications. */
const NEVER_INTERRUPTIBLE = /deploy|backup|release|publish|restore|cleanup/;

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
          // report-dir is checked by a regex (GitLab refuses the pipeline otherwise): a path of the team's.
          if (input === 'report-dir') inputs[input] = REPORT_DIR;
          else if (spec.type === 'string' || spec.type === 'path') inputs[input] = HOSTILE;
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
          if (input === 'report-dir') expect(job!.variables![variable]).toBe(REPORT_DIR);
          else if (spec.type === 'string' || spec.type === 'path')
            expect(job!.variables![variable]).toBe(HOSTILE);
        }
        const script = (job!.script ?? []).join('\n');
        expect(script).not.toContain('touch pwned');
        expect(script).not.toContain('$[[');

        // The artifacts follow report-dir.
        if ('report-dir' in action.spec.inputs) {
          const paths = [...(job!.artifacts?.paths ?? []), ...Object.values(job!.artifacts?.reports ?? {})];
          const reports = paths.filter(
            (p) => !p.endsWith('.env') && !p.startsWith('.maint-actions/api-schema'),
          );
          expect(reports.length).toBeGreaterThan(0);
          for (const p of reports) expect(p.startsWith(`${REPORT_DIR}/`), p).toBe(true);
        }
      } finally {
        await rm(repo, { recursive: true, force: true });
      }
    });
  },
);

describe('component inputs and jobs as GitLab checks them', () => {
  const components = registry.filter((a) => !a.spec.cliOnly);

  it('number inputs: whole numbers only, except the percentages and seconds that take a fraction', () => {
    let integers = 0;
    for (const { spec } of components) {
      const inputs = header(spec.name).spec.inputs;
      for (const [name, input] of Object.entries(spec.inputs)) {
        if (input.type !== 'number' || input.required) continue;
        const regex = new RegExp(inputs[name]?.regex ?? '');
        expect(inputs[name]?.default, `${spec.name} ${name}`).toBe('');
        for (const ok of ['', '0', '15']) expect(regex.test(ok), `${spec.name} ${name} "${ok}"`).toBe(true);
        for (const bad of ['-1', '1e3', 'ten', ' 5'])
          expect(regex.test(bad), `${spec.name} ${name} "${bad}"`).toBe(false);
        const decimal = DECIMAL_INPUTS[spec.name]?.includes(name) ?? false;
        expect(regex.test('2.5'), `${spec.name} ${name} "2.5"`).toBe(decimal);
        if (!decimal) integers += 1;
      }
    }
    expect(integers).toBeGreaterThan(10);
  });

  it('booleans and enums are checked with options; report-dir has the directory the artifacts collect', () => {
    for (const { spec } of components) {
      const inputs = header(spec.name).spec.inputs;
      for (const [name, input] of Object.entries(spec.inputs)) {
        if (input.type === 'boolean' && !input.required)
          expect(inputs[name]?.options).toEqual(['', 'true', 'false']);
      }
      if (!('report-dir' in spec.inputs)) continue;
      expect(inputs['report-dir']?.default).toBe(`.maint-actions/reports/${spec.name}`);
      const regex = new RegExp(inputs['report-dir']?.regex ?? '');
      expect(regex.test('ci-reports/gates')).toBe(true);
      for (const bad of ['/tmp/reports', '', '$HOME/x', 'a b']) expect(regex.test(bad), bad).toBe(false);
      const job = Object.values(jobsOf(spec.name))[0];
      expect(job?.artifacts?.paths).toContain('$[[ inputs.report-dir ]]/');
    }
  });

  it('marks interruptible exactly the jobs that only read and report, never a deploy, backup or release', () => {
    const templates = readdirSync(path.join(repoRoot, 'templates'))
      .filter((f) => f.endsWith('.yml'))
      .map((f) => f.replace(/\.yml$/, ''));
    for (const template of templates) {
      const jobs = Object.entries(jobsOf(template)).filter(
        ([key, job]) => key.includes('job-prefix') && typeof job === 'object',
      );
      const interruptible = jobs
        .filter(([, job]) => job.interruptible === true)
        .map(([key]) => key.replace(/^\$\[\[ inputs\.job-prefix \]\]-/, ''))
        .sort();
      expect(interruptible, template).toEqual([...(INTERRUPTIBLE[template] ?? [])].sort());
      for (const name of interruptible)
        expect(NEVER_INTERRUPTIBLE.test(name), `${template}: ${name}`).toBe(false);
    }
  });
});

describe('gitlab-ci-local refuses what GitLab refuses', () => {
  async function preview(inputs: Record<string, string>) {
    const repo = await mkdtemp(path.join(os.tmpdir(), 'maint-component-inputs-'));
    try {
      await cp(
        path.join(repoRoot, 'templates', 'quality-gates.yml'),
        path.join(repo, 'templates', 'quality-gates.yml'),
      );
      git(repo, 'init', '-q', '-b', 'main');
      git(repo, 'remote', 'add', 'origin', 'git@gitlab.example.com:acme/backend.git');
      git(repo, 'add', '-A');
      git(repo, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'init');
      const include = {
        component: `gitlab.example.com/acme/backend/quality-gates@${git(repo, 'rev-parse', 'HEAD')}`,
        inputs,
      };
      await writeFile(path.join(repo, '.gitlab-ci.yml'), stringify({ include: [include] }));
      const bin = path.join(repoRoot, 'node_modules', '.bin', 'gitlab-ci-local');
      return spawnSync(bin, ['--preview'], { cwd: repo, encoding: 'utf8' });
    } finally {
      await rm(repo, { recursive: true, force: true });
    }
  }

  it('a decimal for a whole-number input, and a report-dir outside the project', async () => {
    const decimal = await preview({ 'timeout-minutes': '1.5' });
    expect(decimal.status).not.toBe(0);
    expect(decimal.stderr).toContain(
      '`timeout-minutes` input: `1.5` does not match required regex: ^([0-9]+)?$',
    );
    const outside = await preview({ 'report-dir': '/tmp/reports' });
    expect(outside.status).not.toBe(0);
    expect(outside.stderr).toContain('`report-dir` input: `/tmp/reports` does not match required regex');
    const fine = await preview({ 'timeout-minutes': '15', 'report-dir': 'ci-reports/gates' });
    expect(fine.status, fine.stderr).toBe(0);
  });
});

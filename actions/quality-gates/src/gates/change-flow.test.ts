import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type ChangeRequestInfo, type Check, type PlatformKind, runProcess } from '@maint-actions/core';
import { afterEach, describe, expect, it } from 'vitest';
import { run } from '../run';
import { isMigration } from './change-flow';
import type { QualityGatesInputs } from './gate';
import { inputsWith, platformAt, tempDir } from './test-support';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
});

const GIT_ENV = { GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };

async function git(cwd: string, ...args: string[]): Promise<string> {
  const result = await runProcess({
    command: 'git',
    args: ['-c', 'user.name=Dev', '-c', 'user.email=dev@example.com', ...args],
    cwd,
    env: { ...process.env, ...GIT_ENV },
  });
  if (result.exitCode !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
}

async function write(dir: string, files: Record<string, string | null>): Promise<void> {
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    if (content === null) await rm(file);
    else {
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, content);
    }
  }
}

/**
 * A repository whose `main` has a schema, docs and one migration, checked out on `feature` with
 * `changes` committed (message `message`) on top.
 */
async function repoWith(changes: Record<string, string | null>, message = 'Change things'): Promise<string> {
  const { dir, cleanup } = await tempDir('qg-flow-');
  cleanups.push(cleanup);
  await git(dir, 'init', '--quiet', '--initial-branch=main');
  await write(dir, {
    'schema.yml': 'openapi: 3.0.3\npaths: {}\n',
    'docs/api.md': '# API\n',
    'orders/migrations/__init__.py': '',
    'orders/migrations/0001_initial.py': 'operations = []\n',
    '.gitignore': '.maint-actions/\n',
  });
  await git(dir, 'add', '-A');
  await git(dir, 'commit', '--quiet', '-m', 'Base');
  await git(dir, 'checkout', '--quiet', '-b', 'feature');
  await write(dir, changes);
  await git(dir, 'add', '-A');
  await git(dir, 'commit', '--quiet', '--allow-empty', '-m', message);
  return dir;
}

const FILLED = '## Summary\nAdds orders.\n\n## Tests run\npytest\n\n## Risks\nLow.\n';

interface Run {
  readonly check: Check | undefined;
  readonly verdict: string;
}

async function gate(
  ws: string,
  inputs: Partial<QualityGatesInputs> = {},
  options: { kind?: PlatformKind; changeRequest?: ChangeRequestInfo; baseRef?: string } = {},
): Promise<Run> {
  const platform = platformAt(ws, {
    kind: options.kind,
    env: { ...GIT_ENV },
    context: { baseRef: options.baseRef, changeRequest: options.changeRequest },
  });
  const result = await run({
    platform,
    inputs: inputsWith({ gates: ['change-flow'], prBody: FILLED, baseRef: 'main', ...inputs }),
  });
  return { check: result.report?.checks[0], verdict: result.verdict };
}

describe('change-flow gate', () => {
  it('is skipped outside a PR/MR, saying why', async () => {
    const ws = await repoWith({ 'orders/models.py': 'X = 1\n' });
    const { check, verdict } = await gate(ws, { baseRef: undefined, prBody: undefined });
    expect(check).toMatchObject({
      id: 'change-flow',
      status: 'skipped',
      summary: 'not a pull/merge request (no base branch; set base-ref to compare with one)',
    });
    expect(verdict).toBe('passed');
  });

  it('passes a filled description with no API change and no new migration', async () => {
    const ws = await repoWith({ 'orders/models.py': 'X = 1\n' });
    const { check } = await gate(ws);
    expect(check).toMatchObject({ status: 'passed', findings: [] });
    expect(check?.summary).toContain('against main');
  });

  it('fails the untouched template, with one finding per empty section', async () => {
    const ws = await repoWith({ 'orders/models.py': 'X = 1\n' });
    const template =
      '## Summary\n<!-- what and why -->\n## Tests run\n<!-- how -->\n- [ ]\n## Risks\n<!-- what could break -->\n';
    const { check, verdict } = await gate(ws, { prBody: template });
    expect(verdict).toBe('failed');
    expect(check).toMatchObject({ status: 'failed', summary: '3 problems (change-flow.description)' });
    expect(check?.findings.map((f) => f.message)).toEqual([
      `The PR/MR description's "Summary" section is empty (only the template's text); fill it in.`,
      `The PR/MR description's "Tests run" section is empty (only the template's text); fill it in.`,
      `The PR/MR description's "Risks" section is empty (only the template's text); fill it in.`,
    ]);
  });

  it('names a missing section and honours required-sections', async () => {
    const ws = await repoWith({ 'orders/models.py': 'X = 1\n' });
    const { check } = await gate(ws, {
      prBody: '## Summary\nA fix.\n',
      requiredSections: ['Summary', 'Rollback'],
    });
    expect(check?.findings).toEqual([
      expect.objectContaining({
        rule: 'change-flow.description',
        message: 'The PR/MR description has no "## Rollback" section; add it and fill it in.',
      }),
    ]);
  });

  describe('API changes', () => {
    const schemaChange = { 'schema.yml': 'openapi: 3.0.3\npaths:\n  /orders: {}\n' };

    it('fails a schema change without a docs change, at the schema file', async () => {
      const ws = await repoWith(schemaChange);
      const { check } = await gate(ws);
      expect(check?.status).toBe('failed');
      expect(check?.findings).toEqual([
        expect.objectContaining({
          rule: 'change-flow.api-docs',
          file: 'schema.yml',
          message:
            'The API changed (schema.yml changed) but nothing under docs/ did; document the change, or add the label "no-docs-needed" when no docs are needed.',
        }),
      ]);
    });

    it('passes a schema change that comes with a docs change', async () => {
      const ws = await repoWith({ ...schemaChange, 'docs/api.md': '# API\n\n## Orders\n' });
      expect((await gate(ws)).check?.status).toBe('passed');
    });

    it('passes when the waive label is on the PR/MR, and not for another label', async () => {
      const ws = await repoWith(schemaChange);
      expect((await gate(ws, { prLabels: ['bug', 'no-docs-needed'] })).check?.status).toBe('passed');
      expect((await gate(ws, { prLabels: ['docs-later'] })).check?.status).toBe('failed');
      expect((await gate(ws, { prLabels: ['docs-later'], waiveLabel: 'docs-later' })).check?.status).toBe(
        'passed',
      );
    });

    it('takes the API change from api-changes and the docs from docs-paths', async () => {
      const ws = await repoWith({ 'handbook/orders.md': '# Orders\n' });
      const reported = await gate(ws, { apiChanges: 3 });
      expect(reported.check?.findings[0]?.message).toBe(
        'The API changed (generate-openapi reported 3 API changes) but nothing under docs/ did; document the change, or add the label "no-docs-needed" when no docs are needed.',
      );
      expect(reported.check?.findings[0]?.file).toBeUndefined();
      expect((await gate(ws, { apiChanges: 3, docsPaths: ['./handbook/'] })).check?.status).toBe('passed');
      expect((await gate(ws, { apiChanges: 0 })).check?.status).toBe('passed');
    });

    it('reads the schema relative to the working directory', async () => {
      const ws = await repoWith({ 'backend/schema.yml': 'openapi: 3.0.3\npaths:\n  /x: {}\n' });
      const { check } = await gate(ws, { workingDirectory: 'backend' });
      expect(check?.findings).toEqual([expect.objectContaining({ file: 'backend/schema.yml' })]);
    });
  });

  describe('new migrations', () => {
    const migration = { 'orders/migrations/0002_order_total.py': 'operations = []\n' };

    it('fails an added migration without deployment notes, naming it', async () => {
      const ws = await repoWith(migration);
      const { check } = await gate(ws);
      expect(check?.findings).toEqual([
        expect.objectContaining({
          rule: 'change-flow.deploy-notes',
          file: 'orders/migrations/0002_order_total.py',
          message:
            '1 migration added (orders/migrations/0002_order_total.py) without deployment notes; add a "## Deployment notes" section to the PR/MR description or a "Deploy-Notes:" trailer to a commit message.',
        }),
      ]);
    });

    it('passes with a Deploy-Notes trailer in a commit message', async () => {
      const ws = await repoWith(
        migration,
        'Add order totals\n\nDeploy-Notes: migrate before the new pods start',
      );
      expect((await gate(ws)).check?.status).toBe('passed');
    });

    it('passes with a filled Deployment notes section, not with an empty one', async () => {
      const ws = await repoWith(migration);
      const notes = `${FILLED}\n## Deployment notes\nRun migrate first; the column is nullable.\n`;
      expect((await gate(ws, { prBody: notes })).check?.status).toBe('passed');
      const empty = `${FILLED}\n## Deployment notes\n<!-- steps for the deploy -->\n`;
      expect((await gate(ws, { prBody: empty })).check?.status).toBe('failed');
    });

    it('ignores changed (not added) migrations and new __init__.py files', async () => {
      const ws = await repoWith({
        'orders/migrations/0001_initial.py': 'operations = [1]\n',
        'billing/migrations/__init__.py': '',
      });
      expect((await gate(ws)).check?.status).toBe('passed');
      expect(['a/migrations/0001_x.py', 'migrations/0002.py'].every(isMigration)).toBe(true);
      expect(['a/migrations/__init__.py', 'a/migrations/sub/x.py', 'a/migrations.py'].some(isMigration)).toBe(
        false,
      );
    });
  });

  it("reads description and labels from the run context's change request and the base from the context", async () => {
    const ws = await repoWith({ 'schema.yml': 'openapi: 3.0.3\npaths:\n  /a: {}\n' });
    await git(ws, 'update-ref', 'refs/remotes/origin/main', 'main');
    const { check } = await gate(
      ws,
      { prBody: undefined, baseRef: undefined },
      { kind: 'github', changeRequest: { description: FILLED, labels: ['no-docs-needed'] }, baseRef: 'main' },
    );
    expect(check).toMatchObject({ status: 'passed' });
    expect(check?.summary).toBe('PR description, docs and deployment notes in order (against origin/main)');
  });

  it("reads description and labels of a GitLab MR from the run context's change request", async () => {
    const ws = await repoWith({ 'schema.yml': 'openapi: 3.0.3\npaths:\n  /b: {}\n' });
    const changeRequest = { description: '## Summary\nx\n', labels: ['api', 'backend'] };
    const { check } = await gate(ws, { prBody: undefined }, { kind: 'gitlab', changeRequest });
    expect(check?.summary).toBe('3 problems (change-flow.description, change-flow.api-docs)');
    expect(check?.findings.map((f) => f.message)).toEqual([
      'The MR description has no "## Tests run" section; add it and fill it in.',
      'The MR description has no "## Risks" section; add it and fill it in.',
      expect.stringContaining('The API changed (schema.yml changed)'),
    ]);
  });

  it('says so when GitLab cut a long description', async () => {
    const ws = await repoWith({ 'orders/models.py': 'X = 1\n' });
    const changeRequest = {
      description: `## Summary\n${'words '.repeat(400)}\n## Tests run\npytest\n`,
      labels: [],
      descriptionTruncated: true,
    };
    const { check } = await gate(ws, { prBody: undefined }, { kind: 'gitlab', changeRequest });
    expect(check?.findings.map((f) => f.message)).toEqual([
      'The MR description has no "## Risks" section; add it and fill it in. (GitLab passes only the first 2,700 characters of the description: put the required sections first, or give the whole text as pr-body.)',
    ]);
  });

  it('compares with the exact base commit GitLab gives, not the target branch that moved on', async () => {
    const ws = await repoWith({ 'orders/models.py': 'X = 1\n' });
    const baseSha = (await git(ws, 'rev-parse', 'main')).trim();
    // main moves on with a new migration that is not part of this MR.
    await git(ws, 'checkout', '--quiet', 'main');
    await write(ws, { 'orders/migrations/0002_other.py': 'operations = []\n' });
    await git(ws, 'add', '-A');
    await git(ws, 'commit', '--quiet', '-m', 'Other work');
    await git(ws, 'checkout', '--quiet', 'feature');
    const changeRequest = { description: FILLED, labels: [], baseSha };
    const { check } = await gate(
      ws,
      { prBody: undefined, baseRef: undefined },
      { kind: 'gitlab', changeRequest, baseRef: 'main' },
    );
    expect(check).toMatchObject({
      status: 'passed',
      summary: `MR description, docs and deployment notes in order (against ${baseSha.slice(0, 12)})`,
    });
  });

  it('refuses a base-ref that git would read as an option', async () => {
    const ws = await repoWith({});
    await expect(gate(ws, { baseRef: '--output=x' })).rejects.toThrow(
      'Input "base-ref" must be a git ref, not an option (got "--output=x").',
    );
  });

  it('is an error that says to fetch the base when the base is not in the checkout', async () => {
    const ws = await repoWith({ 'orders/models.py': 'X = 1\n' });
    const { check, verdict } = await gate(ws, { baseRef: 'release/2.0' });
    expect(verdict).toBe('failed');
    expect(check).toMatchObject({
      status: 'error',
      summary:
        'base "release/2.0" is not in this checkout (tried origin/release/2.0, release/2.0); fetch the base branch with its history (actions/checkout `fetch-depth: 0`; GitLab `GIT_DEPTH: 0`)',
    });
  });
});

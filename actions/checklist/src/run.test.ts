import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ConfigError, HostApiError, parseInputs, type RepoHost } from '@maint-actions/core';
import { exampleServiceDir, FakePlatform } from '@maint-actions/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUILT_IN_ITEMS } from './checklist';
import { run } from './run';
import { spec } from './spec';

const NOV_15 = new Date('2026-11-15T12:00:00Z');
const DEC_02 = new Date('2026-12-02T06:00:00Z');
const TOKEN = 'ghs_checklist-token';

let workspace: string;

beforeEach(async () => {
  workspace = await mkdtemp(path.join(os.tmpdir(), 'checklist-'));
});
afterEach(() => rm(workspace, { recursive: true, force: true }));

/** One run in the workspace, keeping the issues of `previous` (the same repository). */
async function runWith(inputs: Record<string, string>, today = NOV_15, previous?: FakePlatform) {
  const platform = new FakePlatform({
    inputs: { token: TOKEN, ...inputs },
    context: { workspace, runUrl: 'https://example.test/runs/9' },
    changeRequest: false,
  });
  if (previous) platform.issues.push(...previous.issues);
  const result = await run({ platform, inputs: parseInputs(spec, (n) => platform.getInput(n)) }, today);
  return { platform, result };
}

const config = (text: string) => writeFile(path.join(workspace, '.maint-actions.yml'), text);

describe('checklist', () => {
  it('opens the monthly issue once with the built-in, the team’s and the input’s items', async () => {
    await config(
      [
        'quality-gates:',
        '  gates: pytest',
        'checklists:',
        '  monthly:',
        '    - Check the invoices of the vision API against its usage report.',
        '  quarterly:',
        '    - Renew the TLS certificate of the partner VPN.',
        '',
      ].join('\n'),
    );
    const first = await runWith({
      cadence: 'monthly',
      items: 'Read the clean-up dry-run report, then run it for real.',
    });

    expect(first.result).toMatchObject({
      verdict: 'passed',
      outputs: { 'issue-url': 'https://example.test/issues/1', created: 'true' },
    });
    expect(first.platform.issues).toHaveLength(1);
    const [issue] = first.platform.issues;
    expect(issue).toMatchObject({
      state: 'open',
      marker: 'checklist:monthly:2026-11',
      title: 'Monthly maintenance checklist 2026-11',
      labels: ['maintenance-monthly'],
    });
    expect(issue?.body).toBe(
      [
        '<!-- maint-actions:checklist:monthly:2026-11 -->',
        'The maintenance work of 2026-11 that only people can do. Tick each item once done, then close the issue.',
        '',
        '- [ ] Read the dependency audit of the month and plan the upgrades it calls for (outdated packages, known vulnerabilities).',
        '- [ ] Review the business rules, feature flags and settings still in force with the people who own them; retire what no longer applies.',
        '- [ ] Check the invoices of the vision API against its usage report.',
        '- [ ] Read the clean-up dry-run report, then run it for real.',
        '',
        '_Opened by [this run](https://example.test/runs/9) on 2026-11-15. Items: built in, `checklists.monthly` of .maint-actions.yml, the `items` input._',
        '',
      ].join('\n'),
    );
    expect(first.platform.summaries[0]).toContain('_Checklist issue opened: https://example.test/issues/1._');

    // A second run in the same month, the issue ticked and closed by then: left as it is.
    first.platform.issues[0] = { ...issue!, state: 'closed' };
    const again = await runWith({ cadence: 'monthly' }, new Date('2026-11-29T12:00:00Z'), first.platform);
    expect(again.result.outputs).toEqual({ 'issue-url': 'https://example.test/issues/1', created: 'false' });
    expect(again.platform.issues).toHaveLength(1);
    expect(again.platform.issues[0]?.state).toBe('closed');
    expect(again.platform.summaries[0]).toContain(
      '_The 2026-11 checklist is done (closed) already: https://example.test/issues/1._',
    );
  });

  it('links last period’s issue still open from the new one, and leaves it open', async () => {
    const november = await runWith({ cadence: 'monthly' });
    const december = await runWith({ cadence: 'monthly' }, DEC_02, november.platform);

    expect(december.result.outputs).toEqual({
      'issue-url': 'https://example.test/issues/2',
      created: 'true',
    });
    expect(december.platform.issues.map((i) => [i.title, i.state])).toEqual([
      ['Monthly maintenance checklist 2026-11', 'open'],
      ['Monthly maintenance checklist 2026-12', 'open'],
    ]);
    expect(december.platform.issues[1]?.body).toContain(
      '> The 2026-11 checklist is still open: https://example.test/issues/1. Finish it, or carry its open items over here.',
    );
    expect(december.platform.issues[0]?.comments).toEqual([]);
    expect(december.platform.summaries[0]).toContain(
      '_Checklist issue opened: https://example.test/issues/2. The 2026-11 one is still open: https://example.test/issues/1._',
    );
  });

  it('opens the quarterly issue with the architecture, refactoring, access and onboarding items', async () => {
    const { platform, result } = await runWith({ cadence: 'quarterly' });

    expect(result.outputs.created).toBe('true');
    expect(platform.issues[0]).toMatchObject({
      title: 'Quarterly maintenance checklist 2026-Q4',
      labels: ['maintenance-quarterly'],
    });
    const boxes = platform.issues[0]?.body.split('\n').filter((l) => l.startsWith('- [ ] '));
    expect(boxes).toEqual([
      '- [ ] Review the architecture against the new requirements of the quarter.',
      '- [ ] Decide which critical services need refactoring, and plan the work.',
      '- [ ] Review the privileged accounts and rotate the service tokens (see the access review of the quarter).',
      '- [ ] Walk the onboarding/offboarding checklist: who joined, who left, and what each can still reach.',
    ]);
  });

  it('built-in items are generic: the example service’s own item comes from its .maint-actions.yml', async () => {
    const builtIn = Object.values(BUILT_IN_ITEMS).flat().join('\n');
    for (const word of ['questionnaire', 'functional team', 'vision', 'onboarding service'])
      expect(builtIn.toLowerCase()).not.toContain(word);
    await writeFile(
      path.join(workspace, '.maint-actions.yml'),
      await readFile(path.join(exampleServiceDir, '.maint-actions.yml'), 'utf8'),
    );
    const { platform } = await runWith({ cadence: 'monthly' });
    const boxes = platform.issues[0]?.body.split('\n').filter((l) => l.startsWith('- [ ] '));
    expect(boxes).toEqual([
      ...BUILT_IN_ITEMS.monthly.map((item) => `- [ ] ${item}`),
      '- [ ] Review the questionnaire rules still in force with the functional team.',
      '- [ ] Check the invoices of the vision API against its usage report.',
    ]);
    expect(platform.issues[0]?.body).toContain(
      'Items: built in, `checklists.monthly` of .maint-actions.yml.',
    );
  });

  it('opens no weekly issue without items, and says where to add them', async () => {
    const { platform, result } = await runWith({ cadence: 'weekly' });

    expect(result).toMatchObject({
      verdict: 'passed',
      skipped: true,
      outputs: { 'issue-url': '', created: 'false' },
    });
    expect(platform.issues).toEqual([]);
    expect(result.summary).toBe(
      'No weekly checklist: it has no items (add some under `checklists.weekly` in .maint-actions.yml, or set `items`).',
    );
  });

  it('without a repository host: the summary holds the checklist, with a warning', async () => {
    const platform = new FakePlatform({ inputs: { cadence: 'monthly' }, context: { workspace } });
    platform.repoHost = () => undefined;
    const result = await run({ platform, inputs: parseInputs(spec, (n) => platform.getInput(n)) }, NOV_15);

    expect(result).toMatchObject({ verdict: 'passed', outputs: { 'issue-url': '', created: 'false' } });
    expect(platform.summaries[0]).toContain(
      '- [ ] Read the dependency audit of the month and plan the upgrades it calls for (outdated packages, known vulnerabilities).',
    );
    expect(platform.lines).toContainEqual({
      level: 'warning',
      message: 'No checklist issue: there is no repository host or token here (set `token`).',
    });
  });

  it('fails with the host’s reason when the issue cannot be opened', async () => {
    const platform = new FakePlatform({
      inputs: { cadence: 'quarterly', token: TOKEN },
      context: { workspace },
    });
    const refusing: RepoHost = {
      issues: {
        find: async () => undefined,
        upsert: async () => {
          throw new HostApiError(
            'GitHub refused to create the issue (403): the token needs `issues: write`.',
            403,
          );
        },
        close: async () => undefined,
      },
    };
    platform.repoHost = () => refusing;
    const result = await run({ platform, inputs: parseInputs(spec, (n) => platform.getInput(n)) }, NOV_15);

    expect(result.verdict).toBe('failed');
    expect(result.summary).toBe(
      'The 2026-Q4 checklist issue was not opened: GitHub refused to create the issue (403): the token needs `issues: write`.',
    );
    expect(result.outputs).toEqual({ 'issue-url': '', created: 'false' });
    expect(platform.summaries.join('\n')).not.toContain(TOKEN);
  });

  it('stops with one line naming the file and the key for a malformed checklists section', async () => {
    await config('checklists:\n  monthy:\n    - Check the invoices\n');

    const failure = runWith({ cadence: 'monthly' });
    await expect(failure).rejects.toThrow(ConfigError);
    await expect(failure).rejects.toThrow(
      '.maint-actions.yml:2: checklists.monthy is not a key of checklists; did you mean "monthly"?',
    );
  });

  it('refuses a cadence it does not know, naming the input', async () => {
    const platform = new FakePlatform({ inputs: { cadence: 'daily' } });
    expect(() => parseInputs(spec, (n) => platform.getInput(n))).toThrow(
      'Input "cadence" must be one of weekly, monthly, quarterly (got "daily").',
    );
  });
});

describe('postmortem (kind: postmortem)', () => {
  const SHA = '1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b';
  const failedDeploy = {
    kind: 'postmortem',
    'deployed-image': 'ghcr.io/acme/app:1.4.2',
    'backup-id': 'production/20261207T031500Z-1a2b3c4',
    'failed-checks': 'book a slot,ready',
    rollback: 'redeployed ghcr.io/acme/app:1.4.1 | healthy again',
  };
  async function postmortem(inputs: Record<string, string>, previous?: FakePlatform) {
    const platform = new FakePlatform({
      inputs: { token: TOKEN, ...inputs },
      context: { workspace, runUrl: 'https://example.test/runs/9', sha: SHA, refName: 'main' },
      changeRequest: false,
    });
    if (previous) platform.issues.push(...previous.issues);
    const result = await run({ platform, inputs: parseInputs(spec, (n) => platform.getInput(n)) }, DEC_02);
    return { platform, result };
  }

  it('opens one issue per failed deploy with the timeline of the run; a re-run finds it', async () => {
    const first = await postmortem(failedDeploy);

    expect(first.result).toMatchObject({
      verdict: 'passed',
      outputs: { 'issue-url': 'https://example.test/issues/1', created: 'true' },
    });
    const [issue] = first.platform.issues;
    expect(issue).toMatchObject({
      title: 'Postmortem: production deploy of 1a2b3c4d5e6f failed on 2026-12-02',
      labels: ['postmortem'],
      marker: `postmortem:production:${SHA}`,
    });
    expect(issue?.body).toContain(
      [
        '## Timeline',
        '',
        '| | |',
        '|---|---|',
        '| Run | https://example.test/runs/9 |',
        `| Commit deployed | \`${SHA}\` on \`main\` |`,
        '| Image deployed | `ghcr.io/acme/app:1.4.2` |',
        '| Backup taken before the deploy | `production/20261207T031500Z-1a2b3c4` |',
        '| Failing checks | `book a slot`, `ready` |',
        '| Rollback | redeployed ghcr.io/acme/app:1.4.1 \\| healthy again |',
        '| Issue opened | 2026-12-02 06:00 UTC |',
      ].join('\n'),
    );
    for (const heading of ['## Impact', '## Root cause', '## Actions'])
      expect(issue?.body).toContain(heading);

    const again = await postmortem(failedDeploy, first.platform);
    expect(again.result.outputs).toEqual({ 'issue-url': 'https://example.test/issues/1', created: 'false' });
    expect(again.platform.issues).toHaveLength(1);
  });

  it('without a token: the summary holds the postmortem, with a warning', async () => {
    const platform = new FakePlatform({ inputs: { kind: 'postmortem' }, context: { workspace, sha: SHA } });
    platform.repoHost = () => undefined;
    const result = await run({ platform, inputs: parseInputs(spec, (n) => platform.getInput(n)) }, DEC_02);

    expect(result).toMatchObject({ verdict: 'passed', outputs: { 'issue-url': '', created: 'false' } });
    expect(platform.summaries[0]).toContain('| Image deployed | _not given_ |');
    expect(platform.lines).toContainEqual({
      level: 'warning',
      message: 'No postmortem issue: there is no repository host or token here (set `token`).',
    });
  });

  it('a checklist without cadence stops with one line saying what to set', async () => {
    await expect(runWith({})).rejects.toThrow(
      'Input "cadence" is required for a checklist: set it to weekly, monthly or quarterly (or set kind: postmortem).',
    );
  });
});

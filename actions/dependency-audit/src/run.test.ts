/**
 * The action end to end through core's entry with a FakePlatform: pip-audit JSON (a stand-in
 * `pip-audit` on PATH, or a report file), severities from a local OSV-shaped server, and
 * `pip list --outdated` run for real with Debian's pip in a venv against a local PEP 503 index.
 */
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { configFor, executeAction, loadConfig } from '@maint-actions/core';
import { FakePlatform, fixturesDir } from '@maint-actions/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { dependencyAudit, spec } from './index';
import { FIXTURE_RECORDS, type OsvServer, startOsvServer } from './test-support/osv-server';
import { buildWheels, makeVenv, type PackageIndex, startPackageIndex } from './test-support/pypi';

const VULNERABLE = path.join(fixturesDir, 'pip-audit', 'vulnerable.json');
const CLEAN = path.join(fixturesDir, 'pip-audit', 'clean.json');

let tmp: string;
let osv: OsvServer;
let index: PackageIndex;
let venvPython: string;
/** Directory with the stand-in pip-audit. */
let fakeBin: string;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'dependency-audit-'));
  osv = await startOsvServer({ records: FIXTURE_RECORDS });
  const wheels = path.join(tmp, 'wheels');
  await buildWheels(wheels, {
    alpha: ['1.0.0', '2.0.0'],
    beta: ['1.0.0', '1.1.0'],
    gamma: ['1.0.0', '1.0.1'],
    delta: ['1.0.0', '2.0.0rc1'],
    epsilon: ['1.0.0'],
  });
  index = await startPackageIndex(wheels);
  const installed = ['alpha', 'beta', 'gamma', 'delta', 'epsilon'].map((n) =>
    path.join(wheels, `${n}-1.0.0-py3-none-any.whl`),
  );
  venvPython = await makeVenv(path.join(tmp, 'venv'), installed);
  fakeBin = path.join(tmp, 'bin');
  await fakePipAudit(fakeBin, VULNERABLE);
}, 120_000);

afterAll(async () => {
  await osv?.close();
  await index?.close();
  await rm(tmp, { recursive: true, force: true });
});

/** A `pip-audit` that records its arguments and environment, prints `report` and exits 1 as pip-audit does when it finds something. */
async function fakePipAudit(bin: string, report: string): Promise<void> {
  const { mkdir } = await import('node:fs/promises');
  await mkdir(bin, { recursive: true });
  const q = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;
  const script = `#!/bin/sh\necho "$@" > ${q(path.join(bin, 'args'))}\necho "$PIPAPI_PYTHON_LOCATION" >> ${q(path.join(bin, 'args'))}\ncat ${q(report)}\nexit 1\n`;
  await writeFile(path.join(bin, 'pip-audit'), script);
  await chmod(path.join(bin, 'pip-audit'), 0o755);
}

let workspace: string;
beforeEach(async () => {
  workspace = await mkdtemp(path.join(tmp, 'repo-'));
  await writeFile(
    path.join(workspace, 'requirements.txt'),
    '# pinned\nDjango==3.2.0\nrequests==2.25.0\nurllib3==2.2.2\n',
  );
});

interface RunOptions {
  readonly inputs: Record<string, string>;
  readonly env?: Record<string, string | undefined>;
  readonly event?: string;
}

async function audit({ inputs, env, event }: RunOptions) {
  const platform = new FakePlatform({
    inputs: { 'osv-url': osv.url, ...inputs },
    env: env ?? { PATH: process.env.PATH, HOME: process.env.HOME },
    context: { workspace, ...(event ? { event } : {}), runUrl: 'https://example.test/runs/7' },
    changeRequest: false,
  });
  // As the entries do: this action's section of .maint-actions.yml fills inputs left unset.
  const config = configFor(await loadConfig(workspace), spec);
  const exitCode = await executeAction(dependencyAudit, platform, { config });
  const errors = platform.lines.filter((l) => l.level === 'error').map((l) => l.message);
  return { platform, exitCode, errors, summary: platform.summaries.join('\n') };
}

const reportFile = (name: string): Promise<string> =>
  readFile(path.join(workspace, '.maint-actions', 'reports', 'dependency-audit', name), 'utf8');

const offline = { 'pip-audit-report': VULNERABLE, outdated: 'false' };

describe('dependency-audit with pip-audit on PATH and pip against a local index', () => {
  const env = (): Record<string, string | undefined> => ({
    PATH: `${fakeBin}${path.delimiter}${process.env.PATH}`,
    HOME: process.env.HOME,
    PIP_INDEX_URL: index.url,
    PIP_NO_CACHE_DIR: '1',
    // The machine's pip config adds other indexes and wheel directories: the test uses its own index only.
    PIP_CONFIG_FILE: '/dev/null',
  });

  it('audits the requirement file, rates from OSV, classifies outdated packages and fails on high', async () => {
    const { platform, exitCode, errors, summary } = await audit({
      inputs: { python: venvPython, requirements: 'requirements.txt' },
      env: env(),
    });

    expect(exitCode).toBe(1);
    expect(errors[0]).toMatch(
      /^Dependency audit failed: vulnerabilities: 3 vulnerabilities \(1 critical, 1 high, 1 medium\), 2 over the policy, 1 skipped; outdated: 3 outdated packages \(1 major, 1 minor, 1 patch\)$/,
    );
    expect(Object.fromEntries(platform.outputs)).toMatchObject({
      vulnerabilities: '3',
      'highest-severity': 'critical',
      outdated: '3',
    });
    const args = (await readFile(path.join(fakeBin, 'args'), 'utf8')).split('\n');
    expect(args[0]).toBe('--format json -r requirements.txt');

    // Vulnerable first, most severe first; then outdated, furthest behind first.
    const order = [
      'GHSA-2gwj-7jmv-h26r',
      'PYSEC-2021-439',
      'GHSA-j8r2-6x86-q33q',
      '| alpha |',
      '| beta |',
      '| gamma |',
    ];
    const at = order.map((text) => summary.indexOf(text));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(summary).toContain('| critical (9.8) | django | 3.2.0 |');
    expect(summary).toContain(
      '| high (7.3) | django | 3.2.0 | [PYSEC-2021-439](https://osv.dev/vulnerability/PYSEC-2021-439), CVE-2021-44420, GHSA-v6rh-hp5x-86rv | 3.2.10 |',
    );
    expect(summary).toContain('| alpha | 1.0.0 | 2.0.0 | major |');
    expect(summary).toContain('- myapp: Dependency not found on PyPI');
    expect(summary).not.toContain('delta'); // 2.0.0rc1 is a pre-release: not offered without include-pre-releases

    const scanning = JSON.parse(await reportFile('gl-dependency-scanning-report.json'));
    expect(scanning.version).toMatch(/^15\./);
    expect(scanning.scan).toMatchObject({ type: 'dependency_scanning', status: 'success' });
    expect(scanning.scan.start_time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/);
    expect(scanning.vulnerabilities[0]).toMatchObject({
      severity: 'Critical',
      solution: 'Upgrade django to 3.2.14 or later.',
      location: { file: 'requirements.txt', dependency: { package: { name: 'django' }, version: '3.2.0' } },
    });
    expect(scanning.vulnerabilities[0].identifiers.map((i: { type: string }) => i.type)).toEqual([
      'ghsa',
      'cve',
      'pysec',
    ]);

    const sarif = JSON.parse(await reportFile('report.sarif'));
    const critical = sarif.runs[0].results.find((r: { ruleId: string }) =>
      r.ruleId.endsWith('GHSA-2gwj-7jmv-h26r'),
    );
    expect(critical.level).toBe('error');
    expect(critical.locations[0].physicalLocation).toMatchObject({
      artifactLocation: { uri: 'requirements.txt' },
      region: { startLine: 2 },
    });
    const codeQuality = JSON.parse(await reportFile('gl-code-quality-report.json'));
    expect(codeQuality.filter((i: { severity: string }) => i.severity === 'critical')).toHaveLength(2);
    expect(await reportFile('summary.md')).toBe(summary);
  });

  it('offers pre-releases with include-pre-releases and fails on a major update with fail-on-outdated', async () => {
    const { platform, exitCode, summary } = await audit({
      inputs: {
        python: venvPython,
        'include-pre-releases': 'true',
        'fail-on': 'none',
        'fail-on-outdated': 'major',
      },
      env: env(),
    });

    expect(exitCode).toBe(1);
    expect(summary).toContain('| delta | 1.0.0 | 2.0.0rc1 | pre-release |');
    expect(summary).toContain(
      '**Outdated packages**: 4 outdated packages (1 major, 1 minor, 1 patch, 1 pre-release), 1 over the policy',
    );
    // No requirement files: the environment is audited, and pip-audit is told which interpreter's.
    const args = (await readFile(path.join(fakeBin, 'args'), 'utf8')).split('\n');
    expect(args.slice(0, 2)).toEqual(['--format json', venvPython]);
    expect(platform.outputs.get('outdated')).toBe('4');
  });
});

describe('fail-on', () => {
  it.each([
    ['critical', 1, 1],
    ['high', 1, 2],
    ['medium', 1, 3],
    ['low', 1, 3],
    ['any', 1, 3],
    ['none', 0, 0],
  ])('fail-on: %s exits %d with %d over the policy', async (failOn, code, over) => {
    const { exitCode, platform } = await audit({ inputs: { ...offline, 'fail-on': failOn } });
    expect(exitCode).toBe(code);
    const report = JSON.parse(await reportFile('report.json'));
    const errors = report.checks[0].findings.filter((f: { severity: string }) => f.severity === 'error');
    expect(errors).toHaveLength(over);
    expect(platform.outputs.get('vulnerabilities')).toBe('3');
  });

  it('says severities are unknown with enrich: false, and counts them as critical', async () => {
    const asked = osv.requests.length;
    const { exitCode, summary, platform } = await audit({
      inputs: { ...offline, enrich: 'false', 'fail-on': 'critical' },
    });
    expect(exitCode).toBe(1);
    expect(summary).toContain(
      '> Severities are unknown: enrichment is off (`enrich: false`), and `fail-on` counts an unknown severity as critical.',
    );
    expect(platform.outputs.get('highest-severity')).toBe('unknown');
    expect(osv.requests).toHaveLength(asked); // offline: OSV was not asked
  });

  it('says why severities are unknown when OSV fails, and still reports', async () => {
    const broken = await startOsvServer({ records: FIXTURE_RECORDS, fail: { '/v1/': 500 } });
    try {
      const { exitCode, summary } = await audit({ inputs: { ...offline, 'osv-url': broken.url } });
      expect(exitCode).toBe(1);
      expect(summary).toContain(
        `Severities are unknown: OSV POST /v1/querybatch failed: ${new URL(broken.url).host}: answered HTTP 500 Internal Server Error: internal error (3 attempts in`,
      );
    } finally {
      await broken.close();
    }
  });

  it('passes a clean report', async () => {
    const { exitCode, platform, summary } = await audit({
      inputs: { 'pip-audit-report': CLEAN, outdated: 'false' },
    });
    expect(exitCode).toBe(0);
    expect(platform.outputs.get('highest-severity')).toBe('none');
    expect(summary).toContain('**Vulnerabilities**: no known vulnerabilities in 3 packages');
  });
});

describe('ignores', () => {
  const config = (entries: string): Promise<void> =>
    writeFile(
      path.join(workspace, '.maint-actions.yml'),
      `dependency-audit:\n  fail-on: critical\ndependency-audit-ignore:\n${entries}`,
    );

  it('ignores a vulnerability by an alias until its date, and flags an unused entry', async () => {
    await config(
      '  - id: CVE-2022-34265\n    reason: Trunc/Extract never see user input\n    owner: "@db-team"\n    expires: 2999-12-31\n' +
        '  - id: GHSA-0000-0000-0000\n    reason: old\n    owner: "@sec"\n    expires: 2999-01-01\n',
    );
    const { exitCode, summary, platform } = await audit({ inputs: offline });
    expect(exitCode).toBe(0);
    expect(platform.outputs.get('vulnerabilities')).toBe('2');
    expect(summary).toContain('| @db-team | 2999-12-31 | Trunc/Extract never see user input |');
    const report = JSON.parse(await reportFile('report.json'));
    const ignores = report.checks.find((c: { id: string }) => c.id === 'ignores');
    expect(ignores.findings[0]).toMatchObject({
      severity: 'notice',
      file: '.maint-actions.yml',
      message: 'The ignore of GHSA-0000-0000-0000 (owner @sec) matches no vulnerability any more: remove it.',
    });
  });

  it('fails on an expired ignore and names its owner, whatever fail-on says', async () => {
    await writeFile(
      path.join(workspace, 'audit-ignore.yml'),
      'dependency-audit-ignore:\n  - id: GHSA-2gwj-7jmv-h26r\n    reason: waiting for 4.2\n    owner: "@alice"\n    expires: 2001-02-03\n',
    );
    const { exitCode, errors, summary } = await audit({
      inputs: { ...offline, 'fail-on': 'none', 'ignore-file': 'audit-ignore.yml' },
    });
    expect(exitCode).toBe(1);
    expect(errors[0]).toContain('ignores: 1 expired ignore: GHSA-2gwj-7jmv-h26r (owner @alice)');
    expect(summary).toContain(
      '- `GHSA-2gwj-7jmv-h26r` expired on 2001-02-03, owner **@alice**: fix it or renew the entry.',
    );
  });

  it('stops with one line for an entry without an owner', async () => {
    await config('  - id: CVE-2022-34265\n    reason: later\n    expires: 2999-12-31\n');
    const { exitCode, errors } = await audit({ inputs: offline });
    expect(exitCode).toBe(2);
    expect(errors).toEqual([
      '.maint-actions.yml: dependency-audit-ignore entry 1 (CVE-2022-34265) needs "owner": every ignore has id, reason, owner, expires.',
    ]);
  });

  it('stops with one line for a date that is not one', async () => {
    await config('  - id: CVE-2022-34265\n    reason: later\n    owner: me\n    expires: 2024-02-30\n');
    const { errors } = await audit({ inputs: offline });
    expect(errors).toEqual([
      '.maint-actions.yml: dependency-audit-ignore entry 1 (CVE-2022-34265) "expires" must be a date as YYYY-MM-DD (got "2024-02-30").',
    ]);
  });
});

describe('without pip-audit', () => {
  // Debian's interpreter without pip_audit, and a PATH without pip-audit.
  const bare = { PATH: '/usr/bin:/bin', HOME: process.env.HOME };

  it('is a configuration error naming the package', async () => {
    const { exitCode, errors } = await audit({
      inputs: { python: '/usr/bin/python3', outdated: 'false' },
      env: bare,
    });
    expect(exitCode).toBe(2);
    expect(errors).toEqual([
      'pip-audit is not installed: add it to your dev requirements (pip install pip-audit)',
    ]);
  });

  it('in warn mode gives an outdated-only report that says why', async () => {
    const outdated = path.join(workspace, 'outdated.json');
    await writeFile(
      outdated,
      JSON.stringify([
        { name: 'Django', version: '4.2.16', latest_version: '5.1.3', latest_filetype: 'wheel' },
      ]),
    );
    const { exitCode, summary, platform } = await audit({
      inputs: {
        python: '/usr/bin/python3',
        mode: 'warn',
        'outdated-report': 'outdated.json',
        'fail-on-outdated': 'major',
      },
      env: bare,
    });
    expect(exitCode).toBe(0);
    expect(summary).toContain('## Dependency audit: reported (warn mode)');
    expect(summary).toContain(
      '> pip-audit is not installed (pip install pip-audit): vulnerabilities were not audited, this report has outdated packages only.',
    );
    expect(summary).toContain('| Django | 4.2.16 | 5.1.3 | major |');
    expect(platform.outputs.get('vulnerabilities')).toBe('0');
  });
});

describe('report files given as inputs', () => {
  it('stops with one line naming the input for a file that is not pip-audit JSON', async () => {
    await writeFile(path.join(workspace, 'audit.json'), '[]');
    const { exitCode, errors } = await audit({
      inputs: { 'pip-audit-report': 'audit.json', outdated: 'false' },
    });
    expect(exitCode).toBe(2);
    expect(errors).toEqual([
      'Input "pip-audit-report": audit.json is not in the expected JSON format: expected an object with a "dependencies" list.',
    ]);
  });
});

describe('tracking issue', () => {
  it('is created on a scheduled run, updated with what is new, and closed when all is clean', async () => {
    const platform = new FakePlatform({ changeRequest: false });
    const run = async (report: string, event = 'schedule') => {
      const p = new FakePlatform({
        inputs: {
          'osv-url': osv.url,
          'pip-audit-report': report,
          outdated: 'false',
          'fail-on': 'none',
          token: 'ghs_tracking-token',
        },
        env: { PATH: process.env.PATH },
        context: { workspace, event, runUrl: 'https://example.test/runs/7' },
        changeRequest: false,
      });
      // One host for every run: the issues a run leaves are there for the next.
      Object.assign(p, { issues: platform.issues });
      const exitCode = await executeAction(dependencyAudit, p);
      return { exitCode, summary: p.summaries.join('\n'), log: p.logText };
    };
    const partial = path.join(workspace, 'partial.json');
    const full = JSON.parse(await readFile(VULNERABLE, 'utf8'));
    await writeFile(partial, JSON.stringify({ ...full, dependencies: full.dependencies.slice(1) }));

    expect((await run(partial, 'push')).exitCode).toBe(0);
    expect(platform.issues).toHaveLength(0); // not a scheduled run

    const first = await run(partial);
    expect(first.summary).toContain('_Tracking issue created: https://example.test/issues/1._');
    expect(platform.issues[0]).toMatchObject({
      state: 'open',
      title: 'Dependency audit: 1 open finding',
      labels: ['dependencies', 'security'],
    });
    expect(platform.issues[0]?.body).toMatch(
      /^<!-- maint-actions:dependency-audit -->\n## Dependency audit: passed/,
    );
    expect(platform.issues[0]?.body).toContain(
      '<!-- maint-actions:dependency-audit:tracked vuln:requests:GHSA-j8r2-6x86-q33q -->',
    );

    await run(VULNERABLE);
    expect(platform.issues).toHaveLength(1);
    expect(platform.issues[0]?.title).toBe('Dependency audit: 3 open findings');
    expect(platform.issues[0]?.comments).toEqual([
      'New since the last run:\n\n- django 3.2.0: GHSA-2gwj-7jmv-h26r (critical (9.8)), upgrade to 3.2.14\n- django 3.2.0: PYSEC-2021-439 (high (7.3)), upgrade to 3.2.10',
    ]);

    const clean = await run(CLEAN);
    expect(clean.summary).toContain('_Tracking issue closed: https://example.test/issues/1._');
    expect(platform.issues[0]?.state).toBe('closed');
    expect(platform.issues[0]?.comments.at(-1)).toMatch(
      /^All clean as of \d{4}-\d\d-\d\d: nothing left to track\./,
    );
    expect(JSON.stringify(platform.issues) + clean.log + clean.summary).not.toContain('ghs_tracking-token');
  });
});

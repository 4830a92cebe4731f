/**
 * The real gates on a second Django service laid out unlike the example (manage.py at the
 * repository root, `config.settings`, a models package, pytest classes): what a new user of
 * issue 14 and 20 tripped over. Each service is a fresh git repository with one commit.
 */
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { publishResult, type Report } from '@maint-actions/core';
import { afterEach, describe, expect, it } from 'vitest';
import { annotationLine } from '../../../packages/cli/src/terminal';
import { copyClinicRepo, gitStatus, inputsWith, platformAt, tempDir } from './gates/test-support';
import { run as runAction } from './run';

/** `run`, then what the entry does with its result: publishes the report files, summary and annotations. */
async function run(ctx: Parameters<typeof runAction>[0]): ReturnType<typeof runAction> {
  const result = await runAction(ctx);
  await publishResult(ctx.platform, result);
  return result;
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
});

async function scratch(): Promise<string> {
  const { dir, cleanup } = await tempDir('qg-clinic-');
  cleanups.push(cleanup);
  return dir;
}

const REPORTS = '.maint-actions/reports/quality-gates';

interface Files {
  readonly json: Report;
  readonly sarif: {
    runs: [
      {
        results: {
          level: string;
          message: { text: string };
          locations?: {
            physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number } };
          }[];
        }[];
      },
    ];
  };
  readonly codeQuality: {
    severity: string;
    description: string;
    location: { path: string; lines: { begin: number } };
  }[];
  readonly junit: string;
  readonly summary: string;
}

async function reportFiles(dir: string): Promise<Files> {
  const read = (name: string): Promise<string> => readFile(path.join(dir, name), 'utf8');
  return {
    json: JSON.parse(await read('report.json')) as Report,
    sarif: JSON.parse(await read('report.sarif')) as Files['sarif'],
    codeQuality: JSON.parse(await read('gl-code-quality-report.json')) as Files['codeQuality'],
    junit: await read('junit.xml'),
    summary: await read('summary.md'),
  };
}

/** Two lint problems at known places in bookings/slots.py. */
async function addLintProblems(repo: string): Promise<void> {
  await writeFile(
    path.join(repo, 'bookings/slots.py'),
    'import os\n"""Opening hours: 30-minute slots from 9:00."""\n\n\ndef slot_count(hours):\n    return hours * 2  # thirty-minute slots, from nine in the morning to closing\n',
  );
}

describe('the gates on a second service (clinic-service)', () => {
  it('gives findings the file and line relative to the repository of the working directory, from a sibling directory', async () => {
    const root = await scratch();
    const repo = await copyClinicRepo(path.join(root, 'clinic'));
    const elsewhere = path.join(root, 'elsewhere');
    await mkdir(elsewhere);
    await addLintProblems(repo);
    // A terminal run started in a sibling directory: the workspace is where the command runs.
    const platform = platformAt(elsewhere);
    const reportDir = path.join(root, 'reports');
    const inputs = inputsWith({ gates: ['lint'], workingDirectory: '../clinic', reportDir: '../reports' });

    const result = await run({ platform, inputs });

    const lint = result.report?.checks.find((c) => c.id === 'lint');
    expect(lint?.findings.map((f) => [f.rule, f.file, f.line])).toEqual([
      ['F401', 'bookings/slots.py', 1],
      ['E501', 'bookings/slots.py', 6],
    ]);
    const files = await reportFiles(reportDir);
    expect(files.json.checks[0]?.findings.map((f) => f.file)).toEqual([
      'bookings/slots.py',
      'bookings/slots.py',
    ]);
    expect(
      files.sarif.runs[0].results.map((r) => [
        r.locations?.[0]?.physicalLocation.artifactLocation.uri,
        r.locations?.[0]?.physicalLocation.region?.startLine,
      ]),
    ).toEqual([
      ['bookings/slots.py', 1],
      ['bookings/slots.py', 6],
    ]);
    expect(files.codeQuality.map((i) => [i.location.path, i.location.lines.begin])).toEqual([
      ['bookings/slots.py', 1],
      ['bookings/slots.py', 6],
    ]);
    // What the terminal prints for each finding.
    expect(platform.annotations.map((f) => annotationLine(f))).toEqual([
      "bookings/slots.py:1:1: error: 'os' imported but unused [F401]",
      'bookings/slots.py:6:80: error: line too long (80 > 79 characters) [E501]',
    ]);
  });

  it('gives absolute paths when the working directory is in no repository and outside the workspace', async () => {
    const root = await scratch();
    const repo = await copyClinicRepo(path.join(root, 'plain'));
    await import('node:fs/promises').then(({ rm }) => rm(path.join(repo, '.git'), { recursive: true }));
    const elsewhere = path.join(root, 'elsewhere');
    await mkdir(elsewhere);
    await addLintProblems(repo);

    const result = await run({
      platform: platformAt(elsewhere),
      inputs: inputsWith({ gates: ['lint'], workingDirectory: '../plain', reportDir: '../reports' }),
    });

    expect(result.report?.checks[0]?.findings.map((f) => f.file)).toEqual([
      path.join(repo, 'bookings/slots.py'),
      path.join(repo, 'bookings/slots.py'),
    ]);
  });

  it('names a failing test by its node id, file and line on every surface', async () => {
    const repo = await copyClinicRepo(await scratch());
    const testFile = path.join(repo, 'tests/test_booking.py');
    const source = await readFile(testFile, 'utf8');
    await writeFile(testFile, source.replace('assert slot_count(8) == 16', 'assert slot_count(8) == 15'));
    const platform = platformAt(repo);

    const result = await run({ platform, inputs: inputsWith({ gates: ['pytest'] }) });

    const nodeId = 'tests/test_booking.py::TestBooking::test_slots';
    const message = `${nodeId} failed: assert 16 == 15`;
    const pytest = result.report?.checks[0];
    expect(pytest?.findings).toEqual([
      expect.objectContaining({ severity: 'error', message, file: 'tests/test_booking.py', line: 18 }),
    ]);
    const files = await reportFiles(path.join(repo, REPORTS));
    expect(files.json.checks[0]?.findings[0]).toMatchObject({
      message,
      file: 'tests/test_booking.py',
      line: 18,
    });
    expect(files.summary).toContain(
      '`tests/test_booking.py:18` — `pytest` — tests/test\\_booking.py::TestBooking::test\\_slots failed: assert 16 == 15',
    );
    expect(platform.summaries.join('')).toContain(nodeId);
    expect(files.codeQuality).toEqual([
      expect.objectContaining({
        severity: 'critical',
        description: `pytest: ${message}`,
        location: { path: 'tests/test_booking.py', lines: { begin: 18 } },
      }),
    ]);
    expect(files.sarif.runs[0].results[0]).toMatchObject({
      level: 'error',
      message: { text: message },
      locations: [
        {
          physicalLocation: { artifactLocation: { uri: 'tests/test_booking.py' }, region: { startLine: 18 } },
        },
      ],
    });
    expect(files.junit).toContain(
      `<testcase name="test_slots" classname="tests.test_booking.TestBooking" file="tests/test_booking.py" line="18"`,
    );
    expect(files.junit).toContain(`<failure message="${message}" type="failure">`);
    expect(annotationLine(platform.annotations[0]!)).toBe(
      `tests/test_booking.py:18: error: ${message} [pytest]`,
    );
  });

  it("shows an enforced gate's findings as errors and a warn-mode gate's as warnings", async () => {
    const repo = await copyClinicRepo(await scratch());
    await addLintProblems(repo);

    const enforced = platformAt(repo);
    await run({ platform: enforced, inputs: inputsWith({ gates: ['lint'] }) });
    const enforcedFiles = await reportFiles(path.join(repo, REPORTS));

    expect(enforced.annotations.map((f) => f.severity)).toEqual(['error', 'error']);
    expect(enforcedFiles.codeQuality.map((i) => i.severity)).toEqual(['critical', 'critical']);
    expect(enforcedFiles.sarif.runs[0].results.map((r) => r.level)).toEqual(['error', 'error']);
    expect(enforcedFiles.summary).toContain("- ❌ `bookings/slots.py:1` — `F401` — 'os' imported but unused");

    const warned = platformAt(repo);
    const result = await run({ platform: warned, inputs: inputsWith({ gates: ['lint'], warn: ['lint'] }) });
    const warnedFiles = await reportFiles(path.join(repo, REPORTS));

    expect(result.verdict).toBe('passed');
    expect(warned.annotations.map((f) => f.severity)).toEqual(['warning', 'warning']);
    expect(warnedFiles.codeQuality.map((i) => i.severity)).toEqual(['minor', 'minor']);
    expect(warnedFiles.sarif.runs[0].results.map((r) => r.level)).toEqual(['warning', 'warning']);
  });

  it('leaves a clean checkout clean: no database file, no import-linter cache, .maint-actions ignores itself', async () => {
    const root = await scratch();
    const repo = await copyClinicRepo(path.join(root, 'clinic'));
    // lint-imports as import-linter 1.3+ behaves: its graph cache goes to --cache-dir, else to
    // .import_linter_cache in the current directory. Debian has no import-linter package.
    const bin = path.join(root, 'bin');
    await mkdir(bin);
    await writeFile(
      path.join(bin, 'lint-imports'),
      [
        '#!/bin/sh',
        'dir=.import_linter_cache',
        // biome-ignore lint/suspicious/noTemplateCurlyInString: a shell parameter expansion
        'for arg in "$@"; do case "$arg" in --cache-dir=*) dir="${arg#--cache-dir=}";; esac; done',
        'mkdir -p "$dir" && echo "{}" > "$dir/bookings.meta.json"',
        "printf 'Contracts: 0 kept, 0 broken.\\n'",
      ].join('\n'),
    );
    await chmod(path.join(bin, 'lint-imports'), 0o755);
    const platform = platformAt(repo, { env: { PATH: `${bin}:${process.env.PATH}` } });

    const result = await run({
      platform,
      inputs: inputsWith({ gates: ['pytest', 'import-linter', 'django-check', 'migrations', 'lint'] }),
    });

    expect(result.report?.checks.map((c) => [c.id, c.status])).toEqual([
      ['pytest', 'passed'],
      ['import-linter', 'passed'],
      ['django-check', 'passed'],
      ['migrations', 'passed'],
      ['lint', 'passed'],
    ]);
    expect(gitStatus(repo)).toBe('');
    expect(await readFile(path.join(repo, '.maint-actions/.gitignore'), 'utf8')).toMatch(/^\*$/m);
    expect(
      await readFile(path.join(repo, '.maint-actions/cache/import-linter/bookings.meta.json'), 'utf8'),
    ).toBe('{}\n');
  });

  it('points a missing migration at the model class in the models package', async () => {
    const repo = await copyClinicRepo(await scratch());
    const models = path.join(repo, 'bookings/models/appointment.py');
    const source = await readFile(models, 'utf8');
    await writeFile(
      models,
      source.replace(
        '    starts_at = models.DateTimeField()\n',
        '    starts_at = models.DateTimeField()\n    note = models.TextField(default="")\n',
      ),
    );

    const result = await run({ platform: platformAt(repo), inputs: inputsWith({ gates: ['migrations'] }) });

    expect(result.report?.checks[0]?.findings).toEqual([
      expect.objectContaining({
        title: 'Missing migration for bookings',
        file: 'bookings/models/appointment.py',
        line: 4,
      }),
    ]);
    expect(gitStatus(repo)).toBe(' M bookings/models/appointment.py\n');
  });

  it('lints neither virtualenvs, build and cache folders, nor what .gitignore ignores', async () => {
    const repo = await copyClinicRepo(await scratch());
    const bad = 'import os\nimport sys\n';
    const junk = [
      '.venv/lib/python3.11/site-packages/pkg/mod.py',
      'venv/lib/mod.py',
      'envs/py311/lib/mod.py',
      'generated/client.py',
      '.gitlab-ci-local/builds/job/mod.py',
      'build/lib/mod.py',
      'dist/mod.py',
      'node_modules/pkg/mod.py',
      '.tox/py311/mod.py',
      'pkg.egg/mod.py',
    ];
    for (const file of junk) {
      await mkdir(path.dirname(path.join(repo, file)), { recursive: true });
      await writeFile(path.join(repo, file), bad);
    }
    // A virtualenv under a name of its own, known by its pyvenv.cfg.
    await writeFile(path.join(repo, 'envs/py311/pyvenv.cfg'), 'home = /usr/bin\n');
    // A project file is still linted.
    await writeFile(path.join(repo, 'bookings/extra.py'), bad);

    const result = await run({ platform: platformAt(repo), inputs: inputsWith({ gates: ['lint'] }) });

    const files = new Set(result.report?.checks[0]?.findings.map((f) => f.file));
    expect([...files]).toEqual(['bookings/extra.py']);
  });
});

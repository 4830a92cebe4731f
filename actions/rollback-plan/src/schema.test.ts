/**
 * What the classes mean on real databases. The example service's releases (packages/testing
 * releases.ts) are migrated on SQLite and PostgreSQL, then the OLD release's own code (its
 * seed_demo command and an ORM query) runs on the NEW schema: it works after the additive
 * migration and fails after the field removal, and the RunPython without a reverse cannot be
 * migrated back. The clinic service (manage.py at the root, config.settings) shows the reversible
 * case: a NOT NULL field with a Python default breaks the old code's inserts until
 * `migrate bookings 0001_initial`, which rollback-plan names.
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { parseInputs } from '@maint-actions/core';
import {
  type DatabaseServer,
  FakePlatform,
  fixturesDir,
  makeReleaseRepo,
  postgresMissing,
  type ReleaseRepo,
  type ReleaseTag,
  startPostgres,
  systemPython,
} from '@maint-actions/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from './run';
import { spec } from './spec';

const execFileAsync = promisify(execFile);

let repo: ReleaseRepo;
let trees: string;
let pg: DatabaseServer | undefined;
const code = {} as Record<ReleaseTag, string>;

beforeAll(async () => {
  repo = await makeReleaseRepo();
  trees = await mkdtemp(path.join(os.tmpdir(), 'maint-rollback-trees-'));
  for (const tag of ['v1.0.0', 'v1.1.0', 'v1.2.0', 'v1.3.0'] as const) {
    code[tag] = await exportTree(repo.root, `${tag}:${repo.workingDirectory}`, path.join(trees, tag));
  }
  if (!postgresMissing) pg = await startPostgres();
}, 180_000);
afterAll(async () => {
  await pg?.stop();
  await repo?.cleanup();
  await rm(trees, { recursive: true, force: true });
});

async function exportTree(root: string, treeish: string, dest: string): Promise<string> {
  await mkdir(dest, { recursive: true });
  const tar = `${dest}.tar`;
  await execFileAsync('git', ['archive', '--format=tar', `--output=${tar}`, treeish], { cwd: root });
  await execFileAsync('tar', ['-x', '-f', tar, '-C', dest]);
  await rm(tar);
  return dest;
}

/** `python manage.py args` in a release's tree against `databaseUrl`; never throws. */
async function manage(dir: string, databaseUrl: string | undefined, ...args: string[]) {
  try {
    const { stdout, stderr } = await execFileAsync(systemPython, ['manage.py', ...args], {
      cwd: dir,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        PYTHONDONTWRITEBYTECODE: '1',
        ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
      },
    });
    return { ok: true, out: stdout + stderr };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    return { ok: false, out: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

const QUERY = [
  'from onboarding.infrastructure.models import Questionnaire',
  'q = Questionnaire.objects.get(slug="kyc-basic")',
  'print("read", q.slug, q.description[:8])',
].join('\n');

const backends: { name: string; url: (db: string) => Promise<string> }[] = [
  {
    name: 'SQLite',
    url: async (db) => `sqlite:///${path.join(trees, `${db}.sqlite3`)}`.replace('sqlite:///', 'sqlite:////'),
  },
  {
    name: 'PostgreSQL',
    url: async (db) => {
      if (!pg) throw new Error(postgresMissing);
      await pg.sql('postgres', `CREATE DATABASE ${db}`);
      return pg.url(db);
    },
  },
];

describe.each(backends)('the example service on $name', ({ name, url }) => {
  it.skipIf(name === 'PostgreSQL' && postgresMissing !== undefined)(
    'additive: v1.0.0 code runs on v1.1.0 schema; removal: v1.1.0 code fails on v1.2.0 schema; RunPython: no way back',
    async () => {
      const databaseUrl = await url(`rollback_${name.toLowerCase()}`);
      // v1.1.0 deployed: its migrations applied, then the old release's own code on the new schema.
      expect((await manage(code['v1.1.0'], databaseUrl, 'migrate', '--no-input')).ok).toBe(true);
      const seeded = await manage(code['v1.0.0'], databaseUrl, 'seed_demo');
      expect(seeded.out).toContain('"seeded": "kyc-basic"');
      const read = await manage(code['v1.0.0'], databaseUrl, 'shell', '-c', QUERY);
      expect(read.ok, read.out).toBe(true);
      expect(read.out).toContain('read kyc-basic');

      // v1.2.0 deployed: the description column is gone, and the v1.1.0 code needs it.
      expect((await manage(code['v1.2.0'], databaseUrl, 'migrate', '--no-input')).ok).toBe(true);
      const broken = await manage(code['v1.1.0'], databaseUrl, 'shell', '-c', QUERY);
      expect(broken.ok).toBe(false);
      expect(broken.out).toMatch(/description/);
      // Migrating back brings the column, not its data: every description is empty now.
      expect(
        (await manage(code['v1.2.0'], databaseUrl, 'migrate', 'onboarding', '0002', '--no-input')).ok,
      ).toBe(true);
      const emptied = await manage(code['v1.1.0'], databaseUrl, 'shell', '-c', QUERY);
      expect(emptied.out).toContain('read kyc-basic \n');

      // v1.3.0 deployed: its RunPython has no reverse, so Django refuses to go back.
      expect((await manage(code['v1.3.0'], databaseUrl, 'migrate', '--no-input')).ok).toBe(true);
      const back = await manage(code['v1.3.0'], databaseUrl, 'migrate', 'onboarding', '0003', '--no-input');
      expect(back.ok).toBe(false);
      expect(back.out).toContain('is not reversible');
    },
    180_000,
  );
});

describe('the clinic service (manage.py at the root, config.settings): the reversible case', () => {
  let clinic: string;
  beforeAll(async () => {
    clinic = await mkdtemp(path.join(os.tmpdir(), 'maint-rollback-clinic-'));
    await cp(path.join(fixturesDir, 'clinic-service'), clinic, { recursive: true });
    const git = (...args: string[]) =>
      execFileAsync('git', ['-c', 'user.name=Clinic', '-c', 'user.email=clinic@example.test', ...args], {
        cwd: clinic,
      });
    await git('init', '-q', '-b', 'main');
    await git('add', '-A');
    await git('commit', '-q', '-m', 'Clinic');
    await git('tag', 'v2.0.0');
    const model = path.join(clinic, 'bookings/models/appointment.py');
    const text = await readFile(model, 'utf8');
    await writeFile(
      model,
      text.replace(
        '    starts_at = models.DateTimeField()\n',
        '    starts_at = models.DateTimeField()\n    room = models.CharField(max_length=20, default="A")\n',
      ),
    );
    await execFileAsync(
      systemPython,
      ['manage.py', 'makemigrations', 'bookings', '--name', 'appointment_room'],
      {
        cwd: clinic,
        env: { PATH: process.env.PATH, HOME: process.env.HOME },
      },
    );
    await rm(path.join(clinic, 'db.sqlite3'), { force: true });
    await git('add', '-A');
    await git('commit', '-q', '-m', 'Rooms');
    await git('tag', 'v2.1.0');
  }, 60_000);
  afterAll(async () => {
    await rm(clinic, { recursive: true, force: true });
  });

  it('plans `migrate bookings 0001_initial`, and on SQLite that is what lets the old code insert again', async () => {
    const platform = new FakePlatform({
      inputs: { python: systemPython, 'settings-module': 'config.settings' },
      context: { workspace: clinic },
    });
    const result = await run({ platform, inputs: parseInputs(spec, (n) => platform.getInput(n)) });
    expect(result.outputs).toMatchObject({
      safe: 'false',
      steps: 'migrate:bookings:0001_initial,redeploy:v2.0.0',
      destructive: '',
    });
    expect(result.publish?.summaryMarkdown).toContain('`python manage.py migrate bookings 0001_initial`');
    expect(result.publish?.summaryMarkdown).toContain(
      'a NOT NULL column whose default Django keeps in Python only: the old code’s inserts fail',
    );

    // One database file shared by both releases' trees (the clinic's settings name BASE_DIR/db.sqlite3).
    const newCode = await exportTree(clinic, 'v2.1.0', path.join(clinic, '.trees/new'));
    const oldCode = await exportTree(clinic, 'v2.0.0', path.join(clinic, '.trees/old'));
    await symlink(path.join(newCode, 'db.sqlite3'), path.join(oldCode, 'db.sqlite3'));
    const insert =
      'from bookings.models import Appointment\nfrom django.utils import timezone\nAppointment.objects.create(patient="Ada", starts_at=timezone.now())\nprint("inserted")';
    expect((await manage(newCode, undefined, 'migrate', '--no-input')).ok).toBe(true);
    const refused = await manage(oldCode, undefined, 'shell', '-c', insert);
    expect(refused.ok).toBe(false);
    expect(refused.out).toContain('NOT NULL constraint failed: bookings_appointment.room');
    expect((await manage(newCode, undefined, 'migrate', 'bookings', '0001_initial', '--no-input')).ok).toBe(
      true,
    );
    const accepted = await manage(oldCode, undefined, 'shell', '-c', insert);
    expect(accepted.out).toContain('inserted');
  }, 120_000);
});

/**
 * `maint-actions schedules` through runCli, against a local HTTP server that answers like GitLab's
 * pipeline schedules API (list, get with variables, create, edit, create/edit a variable).
 */
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from './cli';

const TOKEN = 'glpat-schedules-secret-0123456789';
const PROJECT = 'acme/backend';

interface Variable {
  key: string;
  value: string;
  variable_type: 'env_var';
}
interface Schedule {
  id: number;
  description: string;
  ref: string;
  cron: string;
  cron_timezone: string;
  active: boolean;
  variables: Variable[];
}

/** A fake GitLab holding one project's schedules; it records every request. */
class FakeGitLab {
  readonly schedules = new Map<number, Schedule>();
  readonly requests: { method: string; path: string; token: string | undefined }[] = [];
  /** When set, every request fails with this status and message. */
  failWith: { status: number; message: string } | undefined;
  private nextId = 10;
  private server: Server | undefined;
  url = '';

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      void this.handle(req).then(([status, body, headers]) => {
        res.writeHead(status, { 'content-type': 'application/json', ...headers });
        res.end(body === undefined ? '' : JSON.stringify(body));
      });
    });
    this.server.listen(0, '127.0.0.1');
    await once(this.server, 'listening');
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/api/v4`;
  }

  async stop(): Promise<void> {
    this.server?.close();
  }

  /** Adds a schedule as a person would have made it in the UI. */
  seed(fields: Omit<Schedule, 'id'>): Schedule {
    const schedule = { id: this.nextId++, ...fields };
    this.schedules.set(schedule.id, schedule);
    return schedule;
  }

  private async handle(req: IncomingMessage): Promise<[number, unknown, Record<string, string>?]> {
    const url = new URL(req.url ?? '/', 'http://x');
    const token = req.headers['private-token'] as string | undefined;
    this.requests.push({ method: req.method ?? '', path: url.pathname, token });
    let raw = '';
    for await (const chunk of req) raw += chunk;
    const body = raw ? JSON.parse(raw) : {};
    if (this.failWith) return [this.failWith.status, { message: this.failWith.message }];
    if (token !== TOKEN) return [401, { message: '401 Unauthorized' }];

    const prefix = `/api/v4/projects/${encodeURIComponent(PROJECT)}/pipeline_schedules`;
    if (!url.pathname.startsWith(prefix)) return [404, { message: '404 Project Not Found' }];
    const [idText, sub, key] = url.pathname.slice(prefix.length).split('/').filter(Boolean);
    const schedule = idText ? this.schedules.get(Number(idText)) : undefined;
    if (idText && !schedule) return [404, { message: '404 Not found' }];

    if (!idText && req.method === 'GET') {
      const list = [...this.schedules.values()].map(({ variables: _, ...rest }) => rest);
      return [200, list, { 'x-next-page': '' }];
    }
    if (!idText && req.method === 'POST') {
      return [201, this.seed({ ...body, ref: `refs/heads/${body.ref}`, variables: [] })];
    }
    if (schedule && !sub && req.method === 'GET') return [200, schedule];
    if (schedule && !sub && req.method === 'PUT') {
      Object.assign(schedule, body, { ref: `refs/heads/${body.ref}` });
      return [200, schedule];
    }
    if (schedule && sub === 'variables' && !key && req.method === 'POST') {
      if (schedule.variables.some((v) => v.key === body.key)) {
        return [400, { message: { key: ['has already been taken'] } }];
      }
      const variable: Variable = { key: body.key, value: body.value, variable_type: 'env_var' };
      schedule.variables.push(variable);
      return [201, variable];
    }
    if (schedule && sub === 'variables' && key && req.method === 'PUT') {
      const variable = schedule.variables.find((v) => v.key === key);
      if (!variable) return [404, { message: '404 Variable Not Found' }];
      variable.value = body.value;
      return [200, variable];
    }
    return [405, { message: '405 Method Not Allowed' }];
  }

  /** The schedules as `description → cron, ref, MAINT_CADENCE`, for assertions. */
  summary(): Record<string, string> {
    return Object.fromEntries(
      [...this.schedules.values()].map((s) => [
        s.description,
        `${s.cron} ${s.cron_timezone} ${s.ref} active=${s.active} ${s.variables.map((v) => `${v.key}=${v.value}`).join(',')}`,
      ]),
    );
  }

  writes(): string[] {
    return this.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`);
  }
}

let gitlab: FakeGitLab;
beforeEach(async () => {
  gitlab = new FakeGitLab();
  await gitlab.start();
});
afterEach(() => gitlab.stop());

async function schedules(args: string[], env: Record<string, string> = { GITLAB_TOKEN: TOKEN }) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(['schedules', ...args], {
    env: { CI_API_V4_URL: gitlab.url, ...env },
    stdout: { write: (t: string) => out.push(t) },
    stderr: { write: (t: string) => err.push(t) },
    isTTY: false,
    cwd: process.cwd(),
  });
  const stdout = out.join('');
  const stderr = err.join('');
  expect(stdout + stderr).not.toContain(TOKEN);
  return { code, stdout, stderr };
}

const CREATED = {
  'maint-actions: weekly maintenance': '0 6 * * 1 UTC refs/heads/main active=true MAINT_CADENCE=weekly',
  'maint-actions: monthly maintenance': '0 6 1 * * UTC refs/heads/main active=true MAINT_CADENCE=monthly',
  'maint-actions: quarterly maintenance':
    '0 6 1 1,4,7,10 * UTC refs/heads/main active=true MAINT_CADENCE=quarterly',
};

describe('maint-actions schedules', () => {
  it('creates the three schedules with their MAINT_CADENCE variable, the token only in the header', async () => {
    const { code, stdout, stderr } = await schedules(['--project', PROJECT, '--ref', 'main']);

    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(gitlab.summary()).toEqual(CREATED);
    expect(stdout).toBe(
      'created weekly schedule #10: "0 6 * * 1" UTC on main, MAINT_CADENCE=weekly\n' +
        'created monthly schedule #11: "0 6 1 * *" UTC on main, MAINT_CADENCE=monthly\n' +
        'created quarterly schedule #12: "0 6 1 1,4,7,10 *" UTC on main, MAINT_CADENCE=quarterly\n',
    );
    expect(gitlab.requests.every((r) => r.token === TOKEN && !r.path.includes(TOKEN))).toBe(true);
  });

  it('updates the schedules in place on a second run and leaves the right ones alone', async () => {
    await schedules(['--project', PROJECT]);
    // Someone edits two schedules by hand: a cron, a paused schedule and a wrong variable value.
    const [weekly, monthly] = [...gitlab.schedules.values()];
    weekly!.cron = '0 3 * * 5';
    monthly!.active = false;
    monthly!.variables[0]!.value = 'weekly';
    gitlab.requests.length = 0;

    const { code, stdout } = await schedules(['--project', PROJECT]);

    expect(code).toBe(0);
    expect(gitlab.summary()).toEqual(CREATED);
    expect(gitlab.schedules.size).toBe(3);
    expect(gitlab.writes()).toEqual([
      `PUT /api/v4/projects/${encodeURIComponent(PROJECT)}/pipeline_schedules/10`,
      `PUT /api/v4/projects/${encodeURIComponent(PROJECT)}/pipeline_schedules/11`,
      `PUT /api/v4/projects/${encodeURIComponent(PROJECT)}/pipeline_schedules/11/variables/MAINT_CADENCE`,
    ]);
    expect(stdout).toContain('updated weekly schedule #10');
    expect(stdout).toContain('updated monthly schedule #11');
    expect(stdout).toContain('unchanged quarterly schedule #12');
  });

  it('adds a missing variable to a schedule made by hand and moves it to the given branch', async () => {
    gitlab.seed({
      description: 'maint-actions: quarterly maintenance',
      ref: 'develop',
      cron: '0 6 1 1,4,7,10 *',
      cron_timezone: 'UTC',
      active: true,
      variables: [],
    });

    const { code } = await schedules(['--project', PROJECT, '--ref', 'main']);

    expect(code).toBe(0);
    expect(gitlab.summary()).toEqual(CREATED);
  });

  it('changes nothing on a dry run and says what it would do', async () => {
    gitlab.seed({
      description: 'maint-actions: weekly maintenance',
      ref: 'main',
      cron: '0 6 * * 1',
      cron_timezone: 'Europe/Paris',
      active: true,
      variables: [{ key: 'MAINT_CADENCE', value: 'weekly', variable_type: 'env_var' }],
    });
    const before = gitlab.summary();

    const { code, stdout } = await schedules(['--project', PROJECT, '--dry-run']);

    expect(code).toBe(0);
    expect(gitlab.writes()).toEqual([]);
    expect(gitlab.summary()).toEqual(before);
    expect(stdout).toBe(
      'would update weekly schedule #10: "0 6 * * 1" UTC on main, MAINT_CADENCE=weekly\n' +
        'would create monthly schedule: "0 6 1 * *" UTC on main, MAINT_CADENCE=monthly\n' +
        'would create quarterly schedule: "0 6 1 1,4,7,10 *" UTC on main, MAINT_CADENCE=quarterly\n',
    );
  });

  it('asks for GITLAB_TOKEN when it is not set, and calls nothing', async () => {
    const { code, stderr } = await schedules(['--project', PROJECT], {});

    expect(code).toBe(2);
    expect(stderr).toContain(
      'maint-actions schedules: Set GITLAB_TOKEN to a project access token with the api scope (the token is never a flag).',
    );
    expect(gitlab.requests).toEqual([]);
  });

  it('refuses a token flag and a missing --project with a one-line message', async () => {
    const flag = await schedules(['--project', PROJECT, '--token', 'x']);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toMatch(/^maint-actions schedules: Unknown option '--token'/);

    expect(flag.stderr).toContain("Run 'maint-actions schedules --help' for usage.");

    const missing = await schedules(['--ref', 'main']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--project is required: the id or path of the GitLab project.');
  });

  it("reports GitLab's refusal with its message, and never the token", async () => {
    gitlab.failWith = { status: 403, message: `403 Forbidden for ${TOKEN}` };

    const { code, stderr } = await schedules(['--project', PROJECT]);

    expect(code).toBe(1);
    expect(stderr).toBe(
      `maint-actions schedules: GitLab API GET /projects/${encodeURIComponent(PROJECT)}/pipeline_schedules?per_page=100&page=1 failed: HTTP 403: 403 Forbidden for ***\n`,
    );
  });

  it('prints its usage with --help, without a token', async () => {
    const { code, stdout } = await schedules(['--help'], {});

    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: maint-actions schedules --project <id or path>/);
    expect(stdout).toContain('GITLAB_TOKEN');
    expect(gitlab.requests).toEqual([]);
  });
});

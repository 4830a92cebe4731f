/**
 * generate-openapi's sticky pull request comment, end to end: the bundle (GitHub runner
 * protocol) on a `pull_request` event, through the real adapter, against a local GitHub API.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { copyExampleService, runBundle, systemPython, type Workspace } from '@maint-actions/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PULL_NUMBER } from '../../packages/platform-github/src/github-server.fixture';
import { useHostServers } from './servers';

const TOKEN = 'ghs_hostOpenapiToken0123456789';
const hosts = useHostServers(TOKEN);

let ws: Workspace;

beforeEach(async () => {
  ws = await copyExampleService('host-openapi-');
});
afterEach(async () => ws.cleanup());

const run = () =>
  runBundle('generate-openapi', {
    workspace: ws.root,
    inputs: { 'working-directory': ws.workingDirectory, python: systemPython, token: TOKEN },
    env: { GITHUB_API_URL: hosts.github.baseUrl },
    event: {
      name: 'pull_request',
      payload: { pull_request: { number: PULL_NUMBER, base: { ref: 'main' } } },
    },
  });

/** The run's logs and every file under the workspace's report directory. */
async function leaks(runs: { stdout: string; stderr: string }[]): Promise<string> {
  const reports = path.join(ws.root, '.maint-actions');
  const entries = await readdir(reports, { recursive: true, withFileTypes: true }).catch(() => []);
  const files = entries.filter((e) => e.isFile());
  const texts = await Promise.all(files.map((e) => readFile(path.join(e.parentPath, e.name), 'utf8')));
  return [...runs.flatMap((r) => [r.stdout.replaceAll(`::add-mask::${TOKEN}`, ''), r.stderr]), ...texts].join(
    '\n',
  );
}

describe('generate-openapi comment on a GitHub pull request (bundle)', () => {
  it('creates one sticky comment, leaves it on an identical re-run and updates it in place on a change', async () => {
    const first = await run();

    expect(first.exitCode, first.stdout + first.stderr).toBe(0);
    expect(hosts.github.comments).toHaveLength(1);
    const [comment] = hosts.github.comments;
    expect(comment?.body).toMatch(/^<!-- maint-actions:[\w.:/-]+ -->\n/);
    expect(comment?.body).toContain('backend/schema.yml');
    const firstBody = comment?.body;

    const same = await run();

    expect(same.exitCode, same.stdout + same.stderr).toBe(0);
    expect(hosts.github.comments).toHaveLength(1);
    const writes = (method: string) =>
      hosts.github.requests.filter((r) => r.method === method && r.url.includes('/comments'));
    expect(writes('PATCH')).toHaveLength(0);

    // A new field the committed schema lacks: drift fails the run and changes the comment.
    const serializers = path.join(ws.service, 'onboarding', 'interfaces', 'api', 'serializers.py');
    const source = await readFile(serializers, 'utf8');
    await writeFile(
      serializers,
      source.replace(
        '    remaining = serializers.IntegerField()\n',
        '    remaining = serializers.IntegerField()\n    resets_at = serializers.DateTimeField()\n',
      ),
    );
    const second = await run();

    expect(second.exitCode, second.stdout + second.stderr).toBe(1);
    expect(hosts.github.comments).toHaveLength(1);
    expect(hosts.github.comments[0]?.id).toBe(comment?.id);
    expect(hosts.github.comments[0]?.body).not.toBe(firstBody);
    expect(hosts.github.comments[0]?.body).toContain('resets_at');
    expect(writes('PATCH')).toHaveLength(1);
    expect(writes('POST')).toHaveLength(1);
    expect(await leaks([first, same, second])).not.toContain(TOKEN);
  });

  it('passes with a read-only token and says in the summary that the comment was skipped', async () => {
    hosts.github.readOnly = true;
    const result = await run();

    expect(result.exitCode, result.stdout + result.stderr).toBe(0);
    expect(hosts.github.comments).toHaveLength(0);
    expect(result.summary).toContain(
      "> ℹ️ The pull/merge request comment was skipped (the token cannot write to this pull request (a fork's read-only token?)); this summary has the report.",
    );
    expect(
      result.commands.some(
        (c) => c.command === 'warning' && c.message.startsWith('The schema comment was not written:'),
      ),
    ).toBe(true);
    expect(await leaks([result])).not.toContain(TOKEN);
  });
});

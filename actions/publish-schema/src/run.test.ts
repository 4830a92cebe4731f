import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { publishSchema, spec } from './index';
import {
  git,
  gitFixture,
  listen,
  publish,
  type Server,
  startFileServer,
  type Temp,
  tempDir,
} from './test-support';

let temp: Temp;
let workspace: string;
const servers: Server[] = [];

beforeEach(async () => {
  temp = await tempDir('publish-schema-run-');
  workspace = (await gitFixture(temp.dir)).workspace;
});
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
  await temp.cleanup();
});

const site = (...parts: string[]): string => path.join(workspace, '.maint-actions', 'api-schema', ...parts);

/** A webhook answering `status`, keeping the JSON bodies it gets. */
async function webhook(status: number): Promise<{ url: string; bodies: Record<string, unknown>[] }> {
  const bodies: Record<string, unknown>[] = [];
  const server = await listen(
    http.createServer((req, res) => {
      let text = '';
      req.on('data', (chunk) => {
        text += chunk;
      });
      req.on('end', () => {
        bodies.push(JSON.parse(text));
        res.writeHead(status).end();
      });
    }),
  );
  servers.push(server);
  return { url: `${server.url}/services/T0/B0/webhook-secret-xyz`, bodies };
}

async function changeSchema(): Promise<void> {
  const file = path.join(workspace, 'schema.yml');
  await writeFile(
    file,
    (await readFile(file, 'utf8')).replace('title: Onboarding service API', 'title: Orders API'),
  );
}

describe('publish-schema through the entry', () => {
  it('publishes to the artifact directory by default, with outputs, a summary and a report', async () => {
    const { exitCode, platform } = await publish(workspace, { version: '1.0.0' });

    expect(exitCode, platform.logText).toBe(0);
    const index = JSON.parse(await readFile(site('index.json'), 'utf8'));
    expect(index).toMatchObject({ title: 'Onboarding service API', latest: '1.0.0' });
    expect(await readFile(site('1.0.0', 'schema.yml'), 'utf8')).toBe(
      await readFile(path.join(workspace, 'schema.yml'), 'utf8'),
    );
    expect(await readFile(site('latest', 'index.html'), 'utf8')).toContain(
      '<title>Onboarding service API 1.0.0</title>',
    );
    expect(Object.fromEntries(platform.outputs)).toEqual({
      version: '1.0.0',
      published: 'true',
      sha256: index.versions[0].sha256,
      index: site('index.json'),
      url: '',
      status: 'passed',
    });
    const summary = platform.summaries.join('\n');
    expect(summary).toContain('Publish schema');
    expect(summary).toContain('published 1.0.0: 8 files written, latest moved');
    const report = JSON.parse(
      await readFile(path.join(workspace, '.maint-actions/reports/publish-schema/report.json'), 'utf8'),
    );
    expect(report).toMatchObject({ verdict: 'passed', checks: [{ id: 'artifact', status: 'passed' }] });
    expect(publishSchema.spec).toBe(spec);
  });

  it('takes the version from the tag and the title from the input', async () => {
    await git(workspace, 'tag', 'v2.3.0');
    const { exitCode, platform } = await publish(workspace, { title: 'Onboarding' });
    expect(exitCode, platform.logText).toBe(0);
    expect(platform.outputs.get('version')).toBe('2.3.0');
    expect(await readFile(site('2.3.0', 'index.html'), 'utf8')).toContain('<title>Onboarding 2.3.0</title>');
  });

  it('stops with one line naming version when there is neither input nor tag, writing nothing', async () => {
    const { exitCode, platform } = await publish(workspace, {});
    expect(exitCode).toBe(2);
    expect(platform.lines.at(-1)).toEqual({
      level: 'error',
      message:
        'Input "version" is not set and the current commit has no tag: set "version", or run on a tag.',
    });
    expect(existsSync(site())).toBe(false);
  });

  it('uploads release files for the tag, and skips them once the indexed targets hold the schema', async () => {
    const first = await publish(workspace, {
      version: '1.0.0',
      targets: 'artifact,release',
      token: 'ghs_release-token-1',
    });
    expect(first.exitCode, first.platform.logText).toBe(0);
    expect(
      first.platform.hostFiles.map((f) => [
        f.tag,
        f.packageName,
        f.version,
        f.fileName,
        f.contentType,
        f.token,
      ]),
    ).toEqual([
      [
        'v1.0.0',
        'api-schema',
        '1.0.0',
        'schema.yml',
        'application/yaml; charset=utf-8',
        'ghs_release-token-1',
      ],
      ['v1.0.0', 'api-schema', '1.0.0', 'schema.json', 'application/json', 'ghs_release-token-1'],
      ['v1.0.0', 'api-schema', '1.0.0', 'schema.html', 'text/html; charset=utf-8', 'ghs_release-token-1'],
    ]);
    expect(first.platform.outputs.get('url')).toBe(
      'https://example.test/releases/download/v1.0.0/schema.html',
    );
    expect(first.text).not.toContain('ghs_release-token-1');

    const again = await publish(workspace, { version: '1.0.0', targets: 'artifact,release' });
    expect(again.exitCode).toBe(0);
    expect(again.platform.hostFiles).toEqual([]);
    expect(again.platform.outputs.get('published')).toBe('false');
    expect(again.platform.summaries.join('\n')).toContain(
      'already published on the other targets; nothing uploaded',
    );
  });

  it('names the token input when the release target has no host API', async () => {
    const { exitCode, platform } = await publish(
      workspace,
      { version: '1.0.0', targets: 'release' },
      { platform: { hostFiles: false } },
    );
    expect(exitCode).toBe(2);
    expect(platform.lines.at(-1)?.message).toMatch(
      /^Input "token": the release target needs the repository host's API; set "token"/,
    );
  });

  it('reports a refused upload as a failure of the release target only', async () => {
    const { exitCode, platform } = await publish(
      workspace,
      { version: '1.0.0', targets: 'release,artifact' },
      { platform: { hostFilesFailure: 'Not Found: the release v1.0.0 does not exist' } },
    );
    expect(exitCode).toBe(1);
    expect(platform.lines.at(-1)?.message).toBe(
      'publishing 1.0.0 failed on release: could not publish: Not Found: the release v1.0.0 does not exist',
    );
    expect(platform.outputs.get('published')).toBe('true');
    expect(existsSync(site('index.json'))).toBe(true);
  });

  it('publishes nowhere when one target holds the version with other content', async () => {
    await publish(workspace, { version: '1.0.0' });
    await changeSchema();
    const server = await startFileServer();
    servers.push(server);

    const { exitCode, platform } = await publish(workspace, {
      version: '1.0.0',
      targets: 'artifact,http',
      'http-url': server.url,
    });
    expect(exitCode).toBe(1);
    expect(platform.lines.at(-1)?.message).toMatch(
      /^publishing 1\.0\.0 failed on artifact: version 1\.0\.0 is already published with other content \(sha256 [0-9a-f]{12}, this schema [0-9a-f]{12}\): bump the version to publish it$/,
    );
    expect(server.requests.map((r) => r.method)).toEqual(['GET']);
    expect(platform.summaries.join('\n')).toContain('not published: 1.0.0 holds other content on artifact');
  });

  it('announces a new version with the changelog headline, and only then', async () => {
    const hook = await webhook(200);
    await writeFile(
      path.join(workspace, 'changelog.md'),
      '## Onboarding API\n\n**1 breaking change**, 2 additions (suggested version bump: major)\n',
    );
    const inputs = {
      version: '1.0.0',
      'webhook-url': hook.url,
      changelog: 'changelog.md',
      title: 'Onboarding API',
    };

    const first = await publish(workspace, inputs);
    expect(first.exitCode, first.platform.logText).toBe(0);
    expect(hook.bodies).toEqual([
      {
        text: 'Onboarding API 1.0.0 published: 1 breaking change, 2 additions (suggested version bump: major)',
        version: '1.0.0',
        url: null,
        headline: '1 breaking change, 2 additions (suggested version bump: major)',
      },
    ]);
    expect(first.platform.summaries.join('\n')).toContain('announced 1.0.0');

    await publish(workspace, inputs);
    expect(hook.bodies).toHaveLength(1);
  });

  it('warns when the announcement fails, without failing the publication or showing the URL', async () => {
    const hook = await webhook(500);
    const { exitCode, platform, text } = await publish(workspace, {
      version: '1.0.0',
      'webhook-url': hook.url,
    });
    expect(exitCode).toBe(0);
    expect(platform.outputs.get('published')).toBe('true');
    expect(platform.lines.filter((l) => l.level === 'warning').map((l) => l.message)).toEqual([
      'announcement not sent: the webhook answered 500 Internal Server Error',
    ]);
    expect(hook.bodies).toHaveLength(1);
    expect(text).not.toContain('webhook-secret-xyz');
  });

  it('names webhook-url without echoing it when it is not a URL', async () => {
    const { exitCode, platform } = await publish(workspace, {
      version: '1.0.0',
      'webhook-url': 'hooks.example/secret-path',
    });
    expect(exitCode).toBe(2);
    expect(platform.lines.at(-1)?.message).toBe('Input "webhook-url" must be an http:// or https:// URL.');
  });
});

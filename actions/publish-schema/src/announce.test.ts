import { writeFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { announcementText, headlineOf, postAnnouncement, readHeadline } from './announce';
import { listen, type Server, type Temp, tempDir } from './test-support';

let temp: Temp;
const servers: Server[] = [];
beforeEach(async () => {
  temp = await tempDir('publish-schema-announce-');
});
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
  await temp.cleanup();
});

/** A webhook answering `status`, recording the bodies it gets. */
async function webhook(status: number): Promise<{ url: string; bodies: unknown[] }> {
  const bodies: unknown[] = [];
  const server = await listen(
    http.createServer((req, res) => {
      let text = '';
      req.on('data', (chunk) => {
        text += chunk;
      });
      req.on('end', () => {
        bodies.push({ method: req.method, type: req.headers['content-type'], body: JSON.parse(text) });
        res.writeHead(status).end();
      });
    }),
  );
  servers.push(server);
  return { url: `${server.url}/hooks/T000/B000/secret`, bodies };
}

describe('headlineOf', () => {
  it('takes the first line of text, skipping headings and emphasis', () => {
    expect(
      headlineOf(
        '## Onboarding API\n\n**2 breaking changes**, 1 addition (suggested version bump: major)\n\n### Breaking\n',
      ),
    ).toBe('2 breaking changes, 1 addition (suggested version bump: major)');
    expect(headlineOf('\n  No API changes.\n')).toBe('No API changes.');
    expect(headlineOf('# Only a heading\n')).toBe('Only a heading');
    expect(headlineOf('\n\n')).toBeUndefined();
  });

  it('reads the changelog file, naming the input when it is missing', async () => {
    const file = path.join(temp.dir, 'changelog.md');
    await writeFile(file, 'No breaking changes, 3 additions (suggested version bump: minor)\n');
    expect(await readHeadline(file, 'changelog.md')).toBe(
      'No breaking changes, 3 additions (suggested version bump: minor)',
    );
    await expect(readHeadline(path.join(temp.dir, 'gone.md'), 'gone.md')).rejects.toMatchObject({
      input: 'changelog',
      message:
        'Input "changelog": gone.md is not a readable file; point it at the changelog generate-openapi wrote, or leave it unset.',
    });
  });
});

describe('postAnnouncement', () => {
  const announcement = {
    title: 'Shop API',
    version: '1.2.0',
    url: 'https://docs.example.test/1.2.0/index.html',
    headline: 'No breaking changes',
  };

  it('posts a Slack-compatible text with the version, URL and headline', async () => {
    const hook = await webhook(200);
    await postAnnouncement(hook.url, announcement);
    expect(hook.bodies).toEqual([
      {
        method: 'POST',
        type: 'application/json',
        body: {
          text: 'Shop API 1.2.0 published: No breaking changes https://docs.example.test/1.2.0/index.html',
          version: '1.2.0',
          url: 'https://docs.example.test/1.2.0/index.html',
          headline: 'No breaking changes',
        },
      },
    ]);
  });

  it('says what went wrong without the URL', async () => {
    const hook = await webhook(403);
    await expect(postAnnouncement(hook.url, announcement)).rejects.toThrow(
      'the webhook answered 403 Forbidden',
    );
    const closed = await webhook(200);
    await servers.pop()?.close();
    const error = await postAnnouncement(closed.url, announcement).catch((e: Error) => e);
    expect(error).toEqual(new Error('the webhook could not be reached (ECONNREFUSED)'));
  });

  it('leaves out what is unknown from the text', () => {
    expect(
      announcementText({ title: 'Shop API', version: '2.0.0', url: undefined, headline: undefined }),
    ).toBe('Shop API 2.0.0 published');
  });
});

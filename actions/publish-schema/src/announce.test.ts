import { writeFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { forgetUnreachableHosts } from '@maint-actions/core';
import {
  FAST_NETWORK,
  FAST_NETWORK_DEADLINE_MS,
  HOSTILE_CASES,
  startHostileServer,
  startRecordingProxy,
} from '@maint-actions/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { announcementText, headlineOf, neutraliseMentions, postAnnouncement, readHeadline } from './announce';
import { listen, type Server, type Temp, tempDir } from './test-support';

let temp: Temp;
const servers: Server[] = [];
beforeEach(async () => {
  temp = await tempDir('publish-schema-announce-');
});
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
  await temp.cleanup();
  forgetUnreachableHosts();
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
    const error = await postAnnouncement(closed.url, announcement, FAST_NETWORK).catch((e: Error) => e);
    const host = new URL(closed.url).host;
    expect((error as Error).message).toMatch(
      new RegExp(
        `^the webhook could not be reached \\(${host}: connection refused \\(ECONNREFUSED\\) \\(3 attempts in [\\d.]+ s\\)\\)$`,
      ),
    );
    expect((error as Error).message).not.toContain('/hooks/');
  });

  for (const { mode, options, says } of HOSTILE_CASES) {
    it(`${mode}: fails naming the webhook's host (never its path), within the budget, posting once`, async () => {
      const hostile = await startHostileServer(mode, options);
      try {
        const started = Date.now();
        const error = (await postAnnouncement(
          `${hostile.url}/hooks/T0/B0/secret`,
          announcement,
          FAST_NETWORK,
        ).catch((e: unknown) => e)) as Error;
        if (mode === 'retry-after') {
          // A 503 to a POST is an answer: it was not retried, and says so.
          expect(error.message).toBe('the webhook answered 503 Service Unavailable');
        } else {
          expect(error.message).toMatch(new RegExp(`^the webhook could not be reached \\(${hostile.host}: `));
          expect(error.message).toMatch(says);
        }
        expect(error.message).not.toContain('secret');
        expect(hostile.requests).toEqual(['POST /hooks/T0/B0/secret']);
        expect(Date.now() - started).toBeLessThan(FAST_NETWORK_DEADLINE_MS);
      } finally {
        await hostile.close();
      }
    });
  }

  it('goes through HTTPS_PROXY/HTTP_PROXY, and straight to a NO_PROXY host', async () => {
    const hook = await webhook(200);
    const proxy = await startRecordingProxy();
    const saved = { ...process.env };
    try {
      process.env.HTTP_PROXY = proxy.url;
      delete process.env.NO_PROXY;
      delete process.env.no_proxy;
      await postAnnouncement(hook.url, announcement, FAST_NETWORK);
      expect(proxy.requests).toEqual([`POST ${hook.url}`]);
      process.env.NO_PROXY = '127.0.0.1';
      await postAnnouncement(hook.url, announcement, FAST_NETWORK);
      expect(proxy.requests).toHaveLength(1);
      expect(hook.bodies).toHaveLength(2);
    } finally {
      process.env = saved;
      await proxy.close();
    }
  });

  it('neutralises mentions from outside text in the exact payload the webhook receives', async () => {
    const hook = await webhook(200);
    await postAnnouncement(hook.url, {
      title: 'Shop <!channel> API',
      version: '1.3.0',
      url: 'https://docs.example.test/1.3.0/index.html?a=1&b=2',
      headline:
        'Ping <!here> <@U123ABC> <!subteam^S1|@team> @channel @everyone @here @all @alice <at>Bob</at>; mail ops@example.com',
    });
    const J = '\u2060';
    const headline = `Ping &lt;!here&gt; &lt;@${J}U123ABC&gt; &lt;!subteam^S1|@${J}team&gt; @${J}channel @${J}everyone @${J}here @${J}all @${J}alice &lt;at&gt;Bob&lt;/at&gt;; mail ops@example.com`;
    expect(hook.bodies).toEqual([
      {
        method: 'POST',
        type: 'application/json',
        body: {
          text: `Shop &lt;!channel&gt; API 1.3.0 published: ${headline} https://docs.example.test/1.3.0/index.html?a=1&amp;b=2`,
          version: '1.3.0',
          url: 'https://docs.example.test/1.3.0/index.html?a=1&b=2',
          headline,
        },
      },
    ]);
    const text = (hook.bodies[0] as { body: { text: string } }).body.text;
    expect(text).not.toMatch(/<[!@#]|<at>|(^|\s)@(channel|here|everyone|all)\b/);
    expect(neutraliseMentions('plain text, v1.2 & more')).toBe('plain text, v1.2 &amp; more');
  });

  it('leaves out what is unknown from the text', () => {
    expect(
      announcementText({ title: 'Shop API', version: '2.0.0', url: undefined, headline: undefined }),
    ).toBe('Shop API 2.0.0 published');
  });
});

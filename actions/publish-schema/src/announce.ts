/**
 * The announcement of a new version: the changelog's headline, and a JSON POST to a webhook with a
 * Slack-compatible `text` (Slack, Mattermost, Rocket.Chat and Teams workflows read it). The POST
 * goes through the core's `httpFetch` (a deadline, proxies; sent once, as a POST is not repeated
 * unless the connection was refused or the server answered 429). Text from outside (the schema's
 * title, the changelog) cannot mention anyone: see `neutraliseMentions`.
 */
import { readFile } from 'node:fs/promises';
import { ConfigError, httpFetch, type NetworkPolicy, networkErrorIn } from '@maint-actions/core';

export interface Announcement {
  readonly title: string;
  readonly version: string;
  readonly url: string | undefined;
  readonly headline: string | undefined;
}

/**
 * The headline of a Markdown changelog: its first non-empty line that is not a heading (headings
 * name the document, not the change), without emphasis markers; the first heading's text when
 * there is nothing else.
 *
 * @throws ConfigError naming `changelog` when the file cannot be read.
 */
export async function readHeadline(file: string, shown: string): Promise<string | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new ConfigError(
      `Input "changelog": ${shown} is not a readable file; point it at the changelog generate-openapi wrote, or leave it unset.`,
      { input: 'changelog' },
    );
  }
  return headlineOf(text);
}

export function headlineOf(markdown: string): string | undefined {
  const lines = markdown
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  const line = lines.find((l) => !l.startsWith('#')) ?? lines[0];
  if (line === undefined) return undefined;
  const plain = line
    .replace(/^#+\s*/, '')
    .replace(/\*\*|__/g, '')
    .trim();
  return plain || undefined;
}

/**
 * `Orders API 1.4.2 published: No breaking changes, 2 additions https://...`, with the title and
 * headline (text from outside) unable to mention anyone.
 */
export function announcementText({ title, version, url, headline }: Announcement): string {
  const said = neutraliseMentions(`${title} ${version} published${headline ? `: ${headline}` : ''}`);
  return `${said}${url ? ` ${escapeControl(url)}` : ''}`;
}

/** Slack's three control characters, escaped as Slack documents: no `<...>` sequence survives. */
function escapeControl(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A word joiner: invisible, and it breaks a mention's `@`. */
const JOINER = '\u2060';

/**
 * Text that notifies no one in Slack, Mattermost, Rocket.Chat, Discord or Teams: Slack's `<!channel>`,
 * `<!here>`, `<@U123>`, `<!subteam^...>` and Teams' `<at>` are escaped (`&lt;!channel&gt;`, shown as
 * typed), and a plain `@channel`, `@here`, `@everyone`, `@all` or `@someone` at the start of a
 * word gets a word joiner after its `@` (an e-mail address is left alone).
 */
export function neutraliseMentions(text: string): string {
  return escapeControl(text).replace(/(^|[^\p{L}\p{N}_.+-])@(?=[\p{L}\p{N}_])/gu, `$1@${JOINER}`);
}

/**
 * POSTs the announcement (sent once; see the module's note). `policy`: the core's network policy,
 * by default that of the environment.
 *
 * @throws Error saying what went wrong, naming the webhook's host (never the URL: it is a secret).
 */
export async function postAnnouncement(
  webhookUrl: string,
  announcement: Announcement,
  policy?: NetworkPolicy,
): Promise<void> {
  const body = JSON.stringify({
    text: announcementText(announcement),
    version: announcement.version,
    url: announcement.url ?? null,
    headline: announcement.headline === undefined ? null : neutraliseMentions(announcement.headline),
  });
  let response: Response;
  try {
    response = await httpFetch(webhookUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      redirect: 'error',
      ...(policy ? { policy } : {}),
    });
  } catch (error) {
    // The NetworkError starts with the host (and only the host) of the URL.
    const network = networkErrorIn(error);
    const e = error as Error & { cause?: { code?: string } };
    throw new Error(`the webhook could not be reached (${network?.message ?? e.cause?.code ?? e.message})`);
  }
  await response.body?.cancel();
  if (!response.ok)
    throw new Error(
      `the webhook answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`,
    );
}

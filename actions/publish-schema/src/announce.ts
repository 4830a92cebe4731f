/**
 * The announcement of a new version: the changelog's headline, and a JSON POST to a webhook with a
 * Slack-compatible `text` (Slack, Mattermost, Rocket.Chat and Teams workflows read it).
 */
import { readFile } from 'node:fs/promises';
import { ConfigError } from '@maint-actions/core';

/** The webhook gives up after this long. */
const WEBHOOK_TIMEOUT_MS = 30_000;

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

/** `Orders API 1.4.2 published: No breaking changes, 2 additions https://...`. */
export function announcementText({ title, version, url, headline }: Announcement): string {
  return `${title} ${version} published${headline ? `: ${headline}` : ''}${url ? ` ${url}` : ''}`;
}

/** POSTs the announcement. @throws Error saying what went wrong (never the URL: it is a secret). */
export async function postAnnouncement(webhookUrl: string, announcement: Announcement): Promise<void> {
  const body = JSON.stringify({
    text: announcementText(announcement),
    version: announcement.version,
    url: announcement.url ?? null,
    headline: announcement.headline ?? null,
  });
  let response: Response;
  try {
    response = await fetch(webhookUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      redirect: 'error',
      signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
    });
  } catch (error) {
    const e = error as Error & { cause?: { code?: string } };
    const reason =
      e.name === 'TimeoutError'
        ? `no answer within ${WEBHOOK_TIMEOUT_MS / 1000} s`
        : (e.cause?.code ?? e.message);
    throw new Error(`the webhook could not be reached (${reason})`);
  }
  await response.body?.cancel();
  if (!response.ok)
    throw new Error(
      `the webhook answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`,
    );
}

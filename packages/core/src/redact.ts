/**
 * Redaction of secrets from text, for every platform's logger, summary and report writer. GitHub
 * masks registered secrets itself; GitLab and the terminal rely on this alone.
 */

/** The replacement for every secret. */
export const REDACTED = '***';

/** Lines of a multi-line secret shorter than this are not redacted on their own (too common). */
const MIN_LINE_LENGTH = 4;

/** A set of secrets and the forms they are likely to appear in; `redact` replaces them all. */
export class Redactor {
  private readonly added = new Set<string>();
  private readonly patterns = new Set<string>();
  private matcher: RegExp | undefined;

  /**
   * Registers a secret (empty strings are ignored) with its URL-encoded, JSON-escaped and base64
   * forms; each line of 4+ characters of a multi-line secret is registered too.
   */
  add(secret: string): void {
    if (secret === '' || this.added.has(secret)) return;
    this.added.add(secret);
    const lines = secret.includes('\n')
      ? secret.split(/\r?\n/).filter((l) => l.length >= MIN_LINE_LENGTH)
      : [];
    for (const pattern of [...encodings(secret), ...lines]) this.patterns.add(pattern);
    this.matcher = undefined;
  }

  /** `text` with every registered secret (longest first) replaced by `***`. */
  redact(text: string): string {
    if (this.patterns.size === 0) return text;
    this.matcher ??= buildMatcher(this.patterns);
    return text.replace(this.matcher, REDACTED);
  }

  /** The number of distinct secrets added (their encodings and lines not counted). */
  get size(): number {
    return this.added.size;
  }
}

/** The secret and the forms it takes in URLs, JSON strings and base64 (padding dropped, so it matches either way). */
function encodings(secret: string): string[] {
  return [
    secret,
    encodeURIComponent(secret),
    JSON.stringify(secret).slice(1, -1),
    Buffer.from(secret, 'utf8').toString('base64').replace(/=+$/, ''),
  ].filter((form) => form !== '');
}

/** One alternation, longest pattern first, so a secret containing another is replaced whole. */
function buildMatcher(patterns: Iterable<string>): RegExp {
  const sorted = [...patterns].sort((a, b) => b.length - a.length);
  return new RegExp(sorted.map(escapeRegExp).join('|'), 'g');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** The process-wide redactor that every adapter's logger applies; `Platform.setSecret` feeds it too. */
export const secrets = new Redactor();

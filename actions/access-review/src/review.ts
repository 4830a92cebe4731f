/**
 * What a quarterly access review looks at: privileged accounts (flagged when inactive), the age
 * of the service tokens, and the checklist the review issue carries.
 */

const DAY_MS = 86_400_000;

/** A staff or superuser account, as the service's command lists it. */
export interface PrivilegedUser {
  readonly username: string;
  readonly email: string;
  readonly isStaff: boolean;
  readonly isSuperuser: boolean;
  readonly isActive: boolean;
  readonly lastLogin?: Date;
  readonly dateJoined?: Date;
}

/** An account with what the review says of it. */
export interface ReviewedUser extends PrivilegedUser {
  /** Active, and not logged in for more than the allowed days (or never). */
  readonly inactive: boolean;
  /** Whole days since the last login; undefined when never. */
  readonly idleDays?: number;
}

/** A service token and when it was last rotated. */
export interface TokenAge {
  readonly name: string;
  /** `YYYY-MM-DD`. */
  readonly rotated: string;
  readonly ageDays: number;
  /** Older than the maximum age. */
  readonly due: boolean;
}

/**
 * Reads the command's JSON list.
 * @throws Error saying what is wrong and where (the caller names the input).
 */
export function parseUsers(value: unknown): PrivilegedUser[] {
  if (!Array.isArray(value)) throw new Error('expected a JSON list of accounts');
  return value.map((item, index) => {
    if (typeof item !== 'object' || item === null || typeof item.username !== 'string' || !item.username) {
      throw new Error(`item ${index + 1} has no "username"`);
    }
    const lastLogin = dateOf(item.last_login, `"last_login" of ${item.username}`);
    const dateJoined = dateOf(item.date_joined, `"date_joined" of ${item.username}`);
    return {
      username: item.username,
      email: typeof item.email === 'string' ? item.email : '',
      isStaff: item.is_staff === true,
      isSuperuser: item.is_superuser === true,
      isActive: item.is_active !== false,
      ...(lastLogin ? { lastLogin } : {}),
      ...(dateJoined ? { dateJoined } : {}),
    };
  });
}

function dateOf(value: unknown, what: string): Date | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  const date = typeof value === 'string' ? new Date(value) : undefined;
  if (!date || Number.isNaN(date.getTime())) {
    throw new Error(`${what} is not an ISO date (got ${JSON.stringify(value)})`);
  }
  return date;
}

/** Flags the active accounts idle for more than `inactiveDays` (or never logged in); flagged first, then by name. */
export function reviewUsers(
  users: readonly PrivilegedUser[],
  inactiveDays: number,
  today: Date,
): ReviewedUser[] {
  return users
    .map((user) => {
      const idleDays = user.lastLogin
        ? Math.floor((today.getTime() - user.lastLogin.getTime()) / DAY_MS)
        : undefined;
      const inactive = user.isActive && (idleDays === undefined || idleDays > inactiveDays);
      return { ...user, inactive, ...(idleDays !== undefined ? { idleDays } : {}) };
    })
    .sort((a, b) => Number(b.inactive) - Number(a.inactive) || a.username.localeCompare(b.username));
}

/**
 * Reads `NAME: YYYY-MM-DD` lines.
 * @throws Error naming the bad line (the caller names the input).
 */
export function parseTokens(lines: readonly string[], maxAgeDays: number, today: Date): TokenAge[] {
  return lines.map((line) => {
    const match = /^([A-Za-z_][\w.-]*)\s*:\s*(\d{4}-\d{2}-\d{2})$/.exec(line.trim());
    const date = match ? new Date(`${match[2]}T00:00:00Z`) : undefined;
    if (!match || !date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== match[2]) {
      throw new Error(`"${line}" is not NAME: YYYY-MM-DD (when the token was last rotated)`);
    }
    const ageDays = Math.floor((today.getTime() - date.getTime()) / DAY_MS);
    if (ageDays < 0) throw new Error(`"${line}" is in the future`);
    return { name: match[1] as string, rotated: match[2] as string, ageDays, due: ageDays > maxAgeDays };
  });
}

/** The quarter of a date, such as `2026-Q4`. */
export function quarterOf(date: Date): string {
  return `${date.getUTCFullYear()}-Q${Math.floor(date.getUTCMonth() / 3) + 1}`;
}

/** One checklist line: `key` starts `text` and stays the same from run to run, so ticks survive updates. */
export interface ChecklistItem {
  readonly key: string;
  readonly text: string;
}

/** The walk-through every quarterly review carries. */
export const WALK_THROUGH: readonly string[] = [
  'Walk the offboarding checklist for everyone who left this quarter: accounts removed or deactivated, the tokens and keys they knew rotated.',
  'Walk the onboarding checklist for everyone who joined this quarter: accounts with the least privilege their work needs, nobody staff or superuser by default.',
];

export interface ChecklistOptions {
  readonly users: readonly ReviewedUser[];
  readonly tokens: readonly TokenAge[];
  readonly inactiveDays: number;
  readonly maxTokenAgeDays: number;
  readonly extra: readonly string[];
}

/** The review's checklist, in sections: accounts (flagged first), tokens, walk-through and extra lines. */
export function checklist(options: ChecklistOptions): { title: string; items: ChecklistItem[] }[] {
  const accounts = options.users.map((user) => {
    const key = `**${user.username}**`;
    const roles = [user.isSuperuser ? 'superuser' : '', user.isStaff ? 'staff' : '']
      .filter(Boolean)
      .join(', ');
    const email = user.email ? ` (${user.email})` : '';
    const seen = !user.isActive
      ? 'deactivated: remove its privileges'
      : user.idleDays === undefined
        ? 'never logged in'
        : `last login ${user.lastLogin?.toISOString().slice(0, 10)}, ${user.idleDays} days ago`;
    const flag = user.inactive ? `⚠️ inactive for more than ${options.inactiveDays} days: ` : '';
    return { key, text: `${key}${email}, ${roles}: ${flag}${seen}. Confirm or remove.` };
  });
  const tokens = options.tokens.map((token) => {
    const key = `**${token.name}**`;
    const verdict = token.due
      ? `⚠️ **rotate**: older than ${options.maxTokenAgeDays} days`
      : 'rotation not due yet';
    return { key, text: `${key}: last rotated ${token.rotated}, ${token.ageDays} days ago; ${verdict}.` };
  });
  const plain = (lines: readonly string[]) => lines.map((text) => ({ key: text, text }));
  return [
    { title: 'Privileged accounts', items: accounts },
    { title: 'Service tokens', items: tokens },
    { title: 'Onboarding and offboarding', items: plain(WALK_THROUGH) },
    { title: 'Also', items: plain(options.extra) },
  ].filter((section) => section.items.length > 0);
}

/**
 * The sections as Markdown task lists; an item ticked in `previous` (the issue's body as people
 * left it) stays ticked.
 */
export function renderChecklist(
  sections: readonly { title: string; items: readonly ChecklistItem[] }[],
  previous = '',
): string {
  const ticked = previous
    .split('\n')
    .filter((line) => /^- \[[xX]\] /.test(line))
    .map((line) => line.slice(6));
  const isTicked = (item: ChecklistItem) => ticked.some((text) => text.startsWith(item.key));
  return sections
    .map(
      (section) =>
        `### ${section.title}\n\n${section.items.map((item) => `- [${isTicked(item) ? 'x' : ' '}] ${item.text}`).join('\n')}`,
    )
    .join('\n\n');
}

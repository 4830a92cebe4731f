/**
 * The checklists themselves: periods of each cadence, the built-in items, the team's items from
 * the `checklists:` section of `.maint-actions.yml`, and the issue body.
 *
 * ```yaml
 * checklists:
 *   monthly:
 *     - Review the questionnaire rules still in force with the functional team.
 *     - Check the invoices of the vision API against its usage report.
 *   quarterly:
 *     - Renew the TLS certificate of the partner VPN.
 * ```
 */
import { ConfigError } from '@maint-actions/core';
import { CHECKLISTS_SECTION } from './spec';

export const CADENCES = ['weekly', 'monthly', 'quarterly'] as const;
export type Cadence = (typeof CADENCES)[number];

/**
 * The items every issue of a cadence lists first: the work only people can do, true of any
 * Django service. What only one service needs (its own rules, partners, invoices) is the team's,
 * in the `checklists:` section of `.maint-actions.yml`.
 */
export const BUILT_IN_ITEMS: Readonly<Record<Cadence, readonly string[]>> = {
  weekly: [],
  monthly: [
    'Read the dependency audit of the month and plan the upgrades it calls for (outdated packages, known vulnerabilities).',
    'Review the business rules, feature flags and settings still in force with the people who own them; retire what no longer applies.',
  ],
  quarterly: [
    'Review the architecture against the new requirements of the quarter.',
    'Decide which critical services need refactoring, and plan the work.',
    'Review the privileged accounts and rotate the service tokens (see the access review of the quarter).',
    'Walk the onboarding/offboarding checklist: who joined, who left, and what each can still reach.',
  ],
};

const DAY_MS = 86_400_000;

/** The period `day` (UTC) falls in: `2026-W48`, `2026-11` or `2026-Q4`. */
export function periodOf(cadence: Cadence, day: Date): string {
  const year = day.getUTCFullYear();
  const month = day.getUTCMonth();
  switch (cadence) {
    case 'weekly':
      return isoWeek(day);
    case 'monthly':
      return `${year}-${String(month + 1).padStart(2, '0')}`;
    case 'quarterly':
      return `${year}-Q${Math.floor(month / 3) + 1}`;
  }
}

/** The period before the one `day` falls in. */
export function previousPeriodOf(cadence: Cadence, day: Date): string {
  const year = day.getUTCFullYear();
  const month = day.getUTCMonth();
  switch (cadence) {
    case 'weekly':
      return isoWeek(new Date(day.getTime() - 7 * DAY_MS));
    case 'monthly':
      return periodOf(cadence, new Date(Date.UTC(year, month - 1, 1)));
    case 'quarterly':
      return periodOf(cadence, new Date(Date.UTC(year, month - 3, 1)));
  }
}

/** ISO 8601 week, such as `2026-W53`: the week belongs to the year of its Thursday. */
function isoWeek(day: Date): string {
  const thursday = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate()));
  thursday.setUTCDate(thursday.getUTCDate() + 4 - (thursday.getUTCDay() || 7));
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / DAY_MS / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** `Monthly maintenance checklist 2026-11`. */
export function issueTitle(cadence: Cadence, period: string): string {
  return `${cadence[0]?.toUpperCase()}${cadence.slice(1)} maintenance checklist ${period}`;
}

/** The marker of one period's issue, so each period keeps its own. */
export function issueMarker(cadence: Cadence, period: string): string {
  return `checklist:${cadence}:${period}`;
}

/** The label of every issue of a cadence, such as `maintenance-monthly`. */
export function issueLabel(cadence: Cadence): string {
  return `maintenance-${cadence}`;
}

/**
 * The team's items of `cadence` from the config data; the whole section is checked, so a typo in
 * another cadence is reported too.
 * @throws ConfigError (one line, naming the file and the key) for a malformed section.
 */
export function teamItems(data: Record<string, unknown>, file: string, cadence: Cadence): string[] {
  const section = data[CHECKLISTS_SECTION];
  if (section === undefined || section === null || section === '') return [];
  const where = `${file}: ${CHECKLISTS_SECTION}`;
  if (typeof section !== 'object' || Array.isArray(section)) {
    throw new ConfigError(
      `${where} must be a mapping of cadences (${CADENCES.join(', ')}) to lists of items.`,
    );
  }
  let mine: string[] = [];
  for (const [key, list] of Object.entries(section)) {
    if (!(CADENCES as readonly string[]).includes(key)) {
      throw new ConfigError(`${where} has no cadence "${key}"; cadences are ${CADENCES.join(', ')}.`);
    }
    const items = itemsOf(list, `${where}.${key}`);
    if (key === cadence) mine = items;
  }
  return mine;
}

function itemsOf(list: unknown, where: string): string[] {
  if (list === undefined || list === null || list === '') return [];
  if (!Array.isArray(list))
    throw new ConfigError(`${where} must be a list of items, each a line starting with "- ".`);
  return list.map((item, index) => {
    const text = typeof item === 'string' ? normalizeItem(item) : '';
    if (!text) throw new ConfigError(`${where} item ${index + 1} must be one line of text.`);
    return text;
  });
}

/** Items of the `items` input: one a line, blank lines dropped. */
export function inputItems(text: string | undefined): string[] {
  return (text ?? '')
    .split('\n')
    .map(normalizeItem)
    .filter((item) => item !== '');
}

/** Trims an item and drops a leading `- [ ]`, `- [x]`, `-` or `*`: the issue adds its own box. */
function normalizeItem(item: string): string {
  return item
    .trim()
    .replace(/^[-*]\s+(\[[ xX]\]\s+)?/, '')
    .replace(/\s+/g, ' ');
}

/** The items in order (built in, then the team's, then the input's), each once. */
export function mergeItems(...lists: readonly (readonly string[])[]): string[] {
  return [...new Set(lists.flat())];
}

/** A Markdown task list. */
export function renderItems(items: readonly string[]): string {
  return items.map((item) => `- [ ] ${item}`).join('\n');
}

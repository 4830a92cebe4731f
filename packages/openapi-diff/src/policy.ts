/**
 * The team's reading of the rules, from the `openapi-diff:` section of `.maint-actions.yml`:
 *
 * ```yaml
 * openapi-diff:
 *   levels:                            # raise or lower a rule, for every change it reports
 *     response-enum-value-added: breaking
 *     parameter-removed: info
 *   ignore:                            # one change, owned and with an end date
 *     - rule: response-field-removed
 *       operation: GET /api/users/{id}
 *       reason: the mobile app stopped reading it in 4.2
 *       owner: "@api-team"
 *       expires: 2026-12-31
 * ```
 *
 * An ignore applies through its `expires` day (UTC); an expired one no longer applies, and is
 * reported so it gets renewed or removed.
 */

import { shown } from './document';
import { isRuleId, RULES, type RuleId } from './rules';
import type { Change, DiffResult, Level } from './types';

export const POLICY_SECTION = 'openapi-diff';
const LEVELS: readonly Level[] = ['breaking', 'warning', 'info'];
const FIELDS = ['rule', 'operation', 'reason', 'owner', 'expires'] as const;

export interface IgnoreEntry {
  readonly rule: RuleId;
  /** `METHOD /path`, or a path alone for changes to a whole path. */
  readonly operation: string;
  readonly reason: string;
  readonly owner: string;
  readonly expires: string;
}

export interface Policy {
  readonly levels: Partial<Record<RuleId, Level>>;
  readonly ignore: readonly IgnoreEntry[];
}

export class PolicyError extends Error {
  override readonly name = 'PolicyError';
}

/** Reads the section (undefined or empty: no policy); `file` names the file in messages. */
export function parsePolicy(section: unknown, file: string): Policy {
  if (section === undefined || section === null || section === '') return { levels: {}, ignore: [] };
  const where = `${file}: ${POLICY_SECTION}`;
  if (!isMapping(section)) throw new PolicyError(`${where} must be a mapping with "levels" and/or "ignore".`);
  for (const key of Object.keys(section)) {
    if (key !== 'levels' && key !== 'ignore')
      throw new PolicyError(`${where} has no setting "${key}"; settings are: levels, ignore.`);
  }
  const levels: Partial<Record<RuleId, Level>> = {};
  if (section.levels !== undefined && section.levels !== null) {
    if (!isMapping(section.levels))
      throw new PolicyError(`${where}.levels must map rule ids to breaking, warning or info.`);
    for (const [id, level] of Object.entries(section.levels)) {
      if (!isRuleId(id))
        throw new PolicyError(`${where}.levels: "${id}" is not a rule (see docs/openapi-rules.md).`);
      if (!LEVELS.includes(level as Level))
        throw new PolicyError(
          `${where}.levels.${id} must be breaking, warning or info (got "${shown(level)}").`,
        );
      levels[id] = level as Level;
    }
  }
  const ignore: IgnoreEntry[] = [];
  if (section.ignore !== undefined && section.ignore !== null) {
    if (!Array.isArray(section.ignore))
      throw new PolicyError(`${where}.ignore must be a list of entries with ${FIELDS.join(', ')}.`);
    section.ignore.forEach((item, index) => {
      const at = `${where}.ignore entry ${index + 1}`;
      if (!isMapping(item)) throw new PolicyError(`${at} must be a mapping with ${FIELDS.join(', ')}.`);
      const value = (key: (typeof FIELDS)[number]) => {
        const raw = item[key];
        const text = raw instanceof Date ? dateText(raw) : typeof raw === 'string' ? raw.trim() : '';
        if (!text) throw new PolicyError(`${at} needs "${key}": every ignore has ${FIELDS.join(', ')}.`);
        return text;
      };
      const rule = value('rule');
      if (!isRuleId(rule))
        throw new PolicyError(`${at}: "${rule}" is not a rule (see docs/openapi-rules.md).`);
      const expires = value('expires');
      if (!isDay(expires))
        throw new PolicyError(`${at} "expires" must be a date as YYYY-MM-DD (got "${expires}").`);
      ignore.push({
        rule,
        operation: normaliseOperation(value('operation')),
        reason: value('reason'),
        owner: value('owner'),
        expires,
      });
    });
  }
  return { levels, ignore };
}

export interface Applied {
  readonly result: DiffResult;
  /** Changes an ignore entry took out, with the entry. */
  readonly ignored: readonly { readonly change: Change; readonly entry: IgnoreEntry }[];
  /** Entries past their `expires` day: they no longer apply. */
  readonly expired: readonly IgnoreEntry[];
}

/** Takes out the changes a live ignore entry covers and recounts; levels are applied by the engine. */
export function applyIgnores(result: DiffResult, policy: Policy, today: string): Applied {
  const live = policy.ignore.filter((entry) => entry.expires >= today);
  const expired = policy.ignore.filter((entry) => entry.expires < today);
  const ignored: { change: Change; entry: IgnoreEntry }[] = [];
  const changes = result.changes.filter((change) => {
    const operation = change.method ? `${change.method} ${change.path}` : change.path;
    const entry = live.find((e) => e.rule === change.rule && sameOperation(e.operation, operation));
    if (entry) ignored.push({ change, entry });
    return !entry;
  });
  const counts = { breaking: 0, warning: 0, info: 0 };
  for (const change of changes) counts[change.level]++;
  const bump =
    counts.breaking > 0
      ? 'major'
      : changes.some((c) => RULES[c.rule].additive)
        ? 'minor'
        : changes.length > 0
          ? 'patch'
          : 'none';
  return { result: { changes, counts, bump }, ignored, expired };
}

/**
 * Whether an ignore entry's operation names a change's: exactly, but for the method of a callback
 * (`POST /subscribe callback onEvent post {$request.body#/url}`), read in any case as the
 * operation's own method is (`normaliseOperation`). The change's label has it upper-case.
 */
function sameOperation(entry: string, label: string): boolean {
  if (entry === label) return true;
  const want = label.split(' ');
  const got = entry.split(' ');
  // `<METHOD> <path> callback <name> <METHOD> <expression>`: the callback's method is two words on.
  const at = want.indexOf('callback', 2) + 2;
  if (at < 4 || at >= want.length || got.length !== want.length) return false;
  return want.every((word, i) => word === got[i] || (i === at && word === got[i]!.toUpperCase()));
}

function normaliseOperation(text: string): string {
  const match = /^([A-Za-z]+)\s+(\/.*)$/.exec(text);
  return match ? `${match[1]!.toUpperCase()} ${match[2]}` : text;
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A date object (object input) as YYYY-MM-DD; one holding no time (toISOString would throw) or
 * a year outside 0000-9999 as it is, which isDay then refuses.
 */
function dateText(date: Date): string {
  if (Number.isNaN(date.getTime())) return 'Invalid Date';
  const text = date.toISOString();
  return /^\d{4}-/.test(text) ? text.slice(0, 10) : text;
}

function isDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

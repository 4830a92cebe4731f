/**
 * The lifecycle extensions shared by operations, parameters and schema properties: `deprecated`
 * with its `x-sunset` date, and `x-stability-level`.
 */
import { contentKey, shown } from './document';
import type { RuleId } from './rules';

export const STABILITY = ['draft', 'alpha', 'beta', 'stable'] as const;

export type Stability = (typeof STABILITY)[number];

/**
 * One of the four levels, read without regard to case (`Beta` is beta). oasdiff compares the
 * exact lower-case words and calls `Beta` invalid; here nothing a client relies on depends on
 * the case, so it is read, and no hint is given (decision 84).
 */
export function stability(value: unknown): Stability | undefined {
  if (typeof value !== 'string') return undefined;
  const lower = value.toLowerCase();
  return STABILITY.find((level) => level === lower);
}

/**
 * A lifecycle value that is not there: absent, `null` or an empty (or blank) string, which say
 * "no value" (YAML's `x-sunset:` with nothing after it is `null`).
 */
export function missing(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** An `x-stability-level` that is written but is none of the four levels. */
export function unreadableLevel(value: unknown): boolean {
  return !missing(value) && !stability(value);
}

/** An `x-sunset` that is written but is not a date `day` reads. */
export function unreadableSunset(value: unknown): boolean {
  return !missing(value) && !day(value);
}

/**
 * A lifecycle value quoted for a message: a string or a valid date object as its text, a date
 * object that holds no time as `(a date object that holds no time)`, anything else as JSON.
 */
export function quoted(value: unknown): string {
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? '(a date object that holds no time)' : `"${value.toISOString()}"`;
  return `"${shown(value)}"`;
}

/** The four levels, for messages. */
export const LEVELS = 'draft, alpha, beta or stable';

/** What the user can do about a value in the base that could not be read: it is past fixing. */
export const CHECK_BY_HAND =
  'check the change by hand, then add it to openapi-diff.ignore in .maint-actions.yml';

/**
 * A date as YYYY-MM-DD from `x-sunset`: a date, an RFC 3339 time (its date where it was written,
 * as the offset says; `t` and `z` may be lower case and the second may be a leap second, 60, as
 * RFC 3339 §5.6 allows), or a YAML date; undefined for anything else, a day that does not exist
 * (2026-02-30), a time out of range (T25:00:00Z) or a year past 9999.
 */
export function day(value: unknown): string | undefined {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return undefined;
    const text = value.toISOString().slice(0, 10);
    return /^\d{4}-\d{2}-\d{2}$/.test(text) ? text : undefined;
  }
  if (typeof value !== 'string') return undefined;
  const match =
    /^(\d{4}-\d{2}-\d{2})(?:[Tt](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|[+-](\d{2}):(\d{2})))?$/.exec(
      value.trim(),
    );
  if (!match) return undefined;
  const [, date, hours, minutes, seconds, offsetHours, offsetMinutes] = match;
  const within = (text: string | undefined, limit: number) => text === undefined || Number(text) <= limit;
  if (!within(hours, 23) || !within(minutes, 59) || !within(seconds, 60)) return undefined;
  if (!within(offsetHours, 23) || !within(offsetMinutes, 59)) return undefined;
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date ? date : undefined;
}

/** A lifecycle change: the rule, the keyword it is about, and the message's predicate. */
export interface LifecycleChange {
  readonly rule: RuleId;
  readonly keyword: 'x-sunset' | 'x-stability-level' | 'deprecated';
  readonly text: string;
}

export interface LifecycleOptions {
  readonly today: string;
  /** The rule for stability going down, where levels are compared (operations, properties). */
  readonly stability?: 'stability-decreased' | 'property-stability-decreased';
}

/**
 * What changed in the lifecycle of one thing (present on both sides): an invalid sunset date or
 * stability level the revision brought (one left as it was is not news: reported on every run,
 * it would fail every change to the API until someone fixed it), stability going down, the
 * sunset of something still deprecated removed or moved earlier, and a newly deprecated thing
 * whose sunset has already passed (no notice at all).
 *
 * Where one of those verdicts needs the base's value and the base's value cannot be read (a
 * level that is none of the four, a sunset that is not a date) while the revision changed it,
 * the verdict cannot be given: that is reported once, under the same rule as an invalid value
 * the revision brings, breaking. Nothing is reported for it when the revision's value is itself
 * invalid (that report stands for both), when the value is left as it was, or when no verdict
 * needs it: a level changed to `stable`, or removed, which reads as stable (nothing is above
 * it, so that is no decrease whatever the base meant); a sunset changed to a date not yet past,
 * which is all a newly deprecated thing must give (`deprecated-sunset-passed`), so clients, who
 * had no date they could read, lose nothing.
 *
 * A level or sunset `missing` (absent, null, empty) reads as not given. A level not given reads
 * as `stable`: one given where the base had none (draft, alpha or beta) went down, and one
 * removed went up (an increase, of which nothing is said). Levels are read without regard to case.
 */
export function lifecycleChanges(
  b: Record<string, unknown>,
  h: Record<string, unknown>,
  options: LifecycleOptions,
): LifecycleChange[] {
  const out: LifecycleChange[] = [];
  const changed = (key: string) =>
    !(missing(b[key]) && missing(h[key])) && contentKey(b[key]) !== contentKey(h[key]);
  const bSunsetRaw = b['x-sunset'];
  const hSunsetRaw = h['x-sunset'];
  const bSunset = day(bSunsetRaw);
  const hSunset = day(hSunsetRaw);
  const wasDeprecated = b.deprecated === true;
  const isDeprecated = h.deprecated === true;
  const stillDeprecated = wasDeprecated && isDeprecated;

  if (unreadableSunset(hSunsetRaw) && changed('x-sunset'))
    out.push({
      rule: 'invalid-sunset-date',
      keyword: 'x-sunset',
      text: `x-sunset ${quoted(hSunsetRaw)} is not a date (YYYY-MM-DD)`,
    });
  // The base's date cannot be read, so whether the new one is earlier cannot be told (oasdiff
  // says so too: its sunset-parse checks); `null` and blank read as no date (decision 87).
  else if (stillDeprecated && unreadableSunset(bSunsetRaw) && hSunset)
    out.push({
      rule: 'invalid-sunset-date',
      keyword: 'x-sunset',
      text: `the base's x-sunset ${quoted(bSunsetRaw)} is not a date, so whether the sunset moved earlier (now ${hSunset}${hSunset < options.today ? ', already past' : ''}) cannot be told: ${CHECK_BY_HAND}`,
    });

  const bLevelRaw = b['x-stability-level'];
  const hLevelRaw = h['x-stability-level'];
  const bs = stability(bLevelRaw);
  const hs = stability(hLevelRaw);
  if (unreadableLevel(hLevelRaw) && changed('x-stability-level'))
    out.push({
      rule: 'invalid-stability-level',
      keyword: 'x-stability-level',
      text: `x-stability-level ${quoted(hLevelRaw)} is not ${LEVELS}`,
    });
  else if (options.stability && unreadableLevel(bLevelRaw) && hs && hs !== 'stable')
    out.push({
      rule: 'invalid-stability-level',
      keyword: 'x-stability-level',
      text: `the base's x-stability-level ${quoted(bLevelRaw)} is not ${LEVELS}, so whether stability went down (now ${hs}) cannot be told: ${CHECK_BY_HAND}`,
    });
  // No level reads as stable (as oasdiff reads it): unmarked → draft is a decrease, and a level
  // removed is an increase, of which nothing is said.
  const from = missing(bLevelRaw) ? 'stable' : bs;
  if (options.stability && from && hs && STABILITY.indexOf(hs) < STABILITY.indexOf(from))
    out.push({
      rule: options.stability,
      keyword: 'x-stability-level',
      text: missing(bLevelRaw)
        ? `stability went down from stable to ${hs} (the base gave no x-stability-level; a missing level counts as stable)`
        : `stability went down from ${bs} to ${hs}`,
    });

  if (stillDeprecated && bSunset && hSunset && hSunset < bSunset)
    out.push({
      rule: 'sunset-date-earlier',
      keyword: 'x-sunset',
      text: `sunset moved earlier, from ${bSunset} to ${hSunset}`,
    });
  if (stillDeprecated && !missing(bSunsetRaw) && missing(hSunsetRaw))
    out.push({
      rule: 'sunset-date-removed',
      keyword: 'x-sunset',
      text: bSunset
        ? `sunset ${bSunset} was removed while still deprecated: clients lost the date they plan by`
        : `sunset ${quoted(bSunsetRaw)} (not a date) was removed while still deprecated: give clients a sunset date (YYYY-MM-DD) to plan by`,
    });
  if (!wasDeprecated && isDeprecated && hSunset && hSunset < options.today)
    out.push({
      rule: 'deprecated-sunset-passed',
      keyword: 'x-sunset',
      text: `was deprecated with a sunset already past (${hSunset}): no notice before removal`,
    });
  return out;
}

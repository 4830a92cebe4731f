/**
 * The lifecycle extensions shared by operations, parameters and schema properties: `deprecated`
 * with its `x-sunset` date, and `x-stability-level`.
 */
import { contentKey, shown } from './document';
import type { RuleId } from './rules';

export const STABILITY = ['draft', 'alpha', 'beta', 'stable'] as const;

export type Stability = (typeof STABILITY)[number];

export function stability(value: unknown): Stability | undefined {
  return STABILITY.find((level) => level === value);
}

/** A date as YYYY-MM-DD from `x-sunset` (a date, an RFC 3339 time, or a YAML date); undefined if none. */
export function day(value: unknown): string | undefined {
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  if (typeof value !== 'string') return undefined;
  const match = /^(\d{4}-\d{2}-\d{2})(T[\d:.]+(Z|[+-]\d{2}:\d{2}))?$/.exec(value.trim());
  if (!match) return undefined;
  const date = new Date(`${match[1]}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === match[1] ? match[1] : undefined;
}

/** A lifecycle change: the rule, the keyword it is about, and the message's predicate. */
export interface LifecycleChange {
  readonly rule: RuleId;
  readonly keyword: 'x-sunset' | 'x-stability-level' | 'deprecated';
  readonly text: string;
}

export interface LifecycleOptions {
  readonly today: string;
  /** Compare stability levels (operations do it with their own message). */
  readonly stability: boolean;
}

/**
 * What changed in the lifecycle of one thing (present on both sides): an invalid sunset date or
 * stability level the revision brought (one left as it was is not news: reported on every run,
 * it would fail every change to the API until someone fixed it), stability going down, the
 * sunset of something still deprecated removed or moved earlier, and a newly deprecated thing
 * whose sunset has already passed (no notice at all).
 */
export function lifecycleChanges(
  b: Record<string, unknown>,
  h: Record<string, unknown>,
  options: LifecycleOptions,
): LifecycleChange[] {
  const out: LifecycleChange[] = [];
  const hSunsetRaw = h['x-sunset'];
  const changed = (key: string) => contentKey(b[key]) !== contentKey(h[key]);
  if (hSunsetRaw !== undefined && !day(hSunsetRaw) && changed('x-sunset'))
    out.push({
      rule: 'invalid-sunset-date',
      keyword: 'x-sunset',
      text: `x-sunset "${shown(hSunsetRaw)}" is not a date (YYYY-MM-DD)`,
    });
  const hLevel = h['x-stability-level'];
  if (hLevel !== undefined && !stability(hLevel) && changed('x-stability-level'))
    out.push({
      rule: 'invalid-stability-level',
      keyword: 'x-stability-level',
      text: `x-stability-level "${shown(hLevel)}" is not draft, alpha, beta or stable`,
    });
  if (options.stability) {
    const bs = stability(b['x-stability-level']);
    const hs = stability(hLevel);
    if (bs && hs && STABILITY.indexOf(hs) < STABILITY.indexOf(bs))
      out.push({
        rule: 'stability-decreased',
        keyword: 'x-stability-level',
        text: `stability went down from ${bs} to ${hs}`,
      });
  }
  const bSunset = day(b['x-sunset']);
  const hSunset = day(hSunsetRaw);
  const wasDeprecated = b.deprecated === true;
  const isDeprecated = h.deprecated === true;
  if (wasDeprecated && isDeprecated && bSunset && hSunset && hSunset < bSunset)
    out.push({
      rule: 'sunset-date-earlier',
      keyword: 'x-sunset',
      text: `sunset moved earlier, from ${bSunset} to ${hSunset}`,
    });
  if (wasDeprecated && isDeprecated && bSunset && hSunsetRaw === undefined)
    out.push({
      rule: 'sunset-date-removed',
      keyword: 'x-sunset',
      text: `sunset ${bSunset} was removed while still deprecated: clients lost the date they plan by`,
    });
  if (!wasDeprecated && isDeprecated && hSunset && hSunset < options.today)
    out.push({
      rule: 'deprecated-sunset-passed',
      keyword: 'x-sunset',
      text: `was deprecated with a sunset already past (${hSunset}): no notice before removal`,
    });
  return out;
}

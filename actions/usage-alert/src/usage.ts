/** The usage a command reports, how much of the limit it is, and a forecast for the month's end. */

/** What the usage command prints: calls used in a month, the month's limit, the month. */
export interface Usage {
  readonly used: number;
  readonly limit: number;
  /** `YYYY-MM`. */
  readonly period: string;
}

/** A usage with its share of the limit and the forecast for the end of its month. */
export interface UsageForecast extends Usage {
  /** Percent of the limit used, to one decimal. */
  readonly percent: number;
  /** Calls forecast at the end of the month. */
  readonly forecast: number;
  /** Percent of the limit forecast, to one decimal. */
  readonly forecastPercent: number;
  /** Share of the month gone by, from 0 (exclusive) to 1. */
  readonly elapsed: number;
}

/**
 * Reads `{used, limit, period}`; `period` may be left out (then: the month of `today`).
 * @throws Error saying which field is wrong (the caller names the input).
 */
export function parseUsage(value: unknown, today: Date): Usage {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error('expected an object such as {"used": 7100, "limit": 10000, "period": "2026-11"}');
  }
  const record = value as Record<string, unknown>;
  const used = record.used;
  const limit = record.limit;
  if (typeof used !== 'number' || !Number.isFinite(used) || used < 0) {
    throw new Error(`"used" must be a number of 0 or more (got ${JSON.stringify(used)})`);
  }
  if (typeof limit !== 'number' || !Number.isFinite(limit) || limit <= 0) {
    throw new Error(`"limit" must be a number above 0 (got ${JSON.stringify(limit)})`);
  }
  const period = record.period ?? today.toISOString().slice(0, 7);
  if (typeof period !== 'string' || !/^\d{4}-(0[1-9]|1[0-2])$/.test(period)) {
    throw new Error(`"period" must be a month as YYYY-MM (got ${JSON.stringify(period)})`);
  }
  return { used, limit, period };
}

/**
 * The percent used and the forecast: linear from the day of the month, today counted as a whole
 * day (`used / (day / days in month)`). A past month is over (the forecast is the use); a month
 * not begun yet is forecast as its use so far.
 */
export function forecastUsage(usage: Usage, today: Date): UsageForecast {
  const [year, month] = usage.period.split('-').map(Number) as [number, number];
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const thisMonth = today.getUTCFullYear() * 12 + today.getUTCMonth();
  const periodMonth = year * 12 + month - 1;
  const elapsed = thisMonth === periodMonth ? today.getUTCDate() / days : 1;
  const forecast = Math.round(usage.used / elapsed);
  return {
    ...usage,
    percent: percentOf(usage.used, usage.limit),
    forecast,
    forecastPercent: percentOf(forecast, usage.limit),
    elapsed,
  };
}

function percentOf(value: number, limit: number): number {
  return Math.round((value / limit) * 1000) / 10;
}

/** The usage as Markdown, for the job summary and the alert issue. */
export function renderUsage(usage: UsageForecast, options: { name: string; threshold: number }): string {
  const n = (value: number) => value.toLocaleString('en-US');
  const over = usage.forecast - usage.limit;
  const verdict =
    over > 0 ? `**passes the limit by ${n(over)}**` : `stays within the limit (${n(-over)} to spare)`;
  const month = usage.elapsed < 1 ? ` (${Math.round(usage.elapsed * 100)}% of the month gone)` : '';
  return [
    `**${usage.percent}%** of the ${usage.period} limit of the ${options.name} used: ${n(usage.used)} of ${n(usage.limit)} calls (alert threshold ${options.threshold}%).`,
    '',
    `Forecast at the end of the month${month}: ${n(usage.forecast)} calls (${usage.forecastPercent}%), which ${verdict}.`,
  ].join('\n');
}

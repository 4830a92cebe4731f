import { describe, expect, it } from 'vitest';
import { forecastUsage, parseUsage, renderUsage } from './usage';

const NOV_15 = new Date('2026-11-15T12:00:00Z');

describe('parseUsage', () => {
  it('reads used, limit and period', () => {
    expect(parseUsage({ used: 7100, limit: 10000, period: '2026-11' }, NOV_15)).toEqual({
      used: 7100,
      limit: 10000,
      period: '2026-11',
    });
  });

  it('takes the month of today when the period is left out', () => {
    expect(parseUsage({ used: 1, limit: 2 }, NOV_15).period).toBe('2026-11');
  });

  it('says which field is wrong', () => {
    expect(() => parseUsage([], NOV_15)).toThrow(
      'expected an object such as {"used": 7100, "limit": 10000, "period": "2026-11"}',
    );
    expect(() => parseUsage({ used: '7100', limit: 10000 }, NOV_15)).toThrow(
      '"used" must be a number of 0 or more (got "7100")',
    );
    expect(() => parseUsage({ used: 1, limit: 0 }, NOV_15)).toThrow(
      '"limit" must be a number above 0 (got 0)',
    );
    expect(() => parseUsage({ used: 1, limit: 2, period: '2026-13' }, NOV_15)).toThrow(
      '"period" must be a month as YYYY-MM (got "2026-13")',
    );
  });
});

describe('forecastUsage', () => {
  it('extrapolates linearly from the day of the month', () => {
    // 15 of 30 days gone: twice the use so far.
    const usage = forecastUsage({ used: 4000, limit: 10000, period: '2026-11' }, NOV_15);
    expect(usage).toMatchObject({ percent: 40, forecast: 8000, forecastPercent: 80, elapsed: 0.5 });
  });

  it('counts today as a whole day and knows the length of the month', () => {
    const usage = forecastUsage(
      { used: 2900, limit: 10000, period: '2026-02' },
      new Date('2026-02-01T00:30:00Z'),
    );
    expect(usage.forecast).toBe(2900 * 28);
  });

  it('forecasts a month that is over as its use', () => {
    const usage = forecastUsage({ used: 9000, limit: 10000, period: '2026-10' }, NOV_15);
    expect(usage).toMatchObject({ forecast: 9000, elapsed: 1, percent: 90 });
  });
});

describe('renderUsage', () => {
  it('says when the forecast passes the limit', () => {
    const text = renderUsage(forecastUsage({ used: 7100, limit: 10000, period: '2026-11' }, NOV_15), {
      name: 'vision API',
      threshold: 70,
    });
    expect(text).toContain(
      '**71%** of the 2026-11 limit of the vision API used: 7,100 of 10,000 calls (alert threshold 70%).',
    );
    expect(text).toContain(
      'Forecast at the end of the month (50% of the month gone): 14,200 calls (142%), which **passes the limit by 4,200**.',
    );
  });

  it('says how much is left when it does not', () => {
    const text = renderUsage(forecastUsage({ used: 1000, limit: 10000, period: '2026-11' }, NOV_15), {
      name: 'vision API',
      threshold: 70,
    });
    expect(text).toContain('2,000 calls (20%), which stays within the limit (8,000 to spare).');
  });
});

/**
 * CVSS scores from vector strings, and their qualitative ratings. Each version is scored by its
 * own method, through ae-cvss-calculator (maintained, Apache-2.0, every FIRST version): v3.0 and
 * v3.1 by their base equations, v4.0 by its macro-vector lookup and interpolation. A v4.0 score
 * is that of the vector as written: CVSS-B for base metrics alone, CVSS-BT when the vector
 * carries a threat metric such as `E:U`, as FIRST names them.
 *
 * The library scores a vector that lacks a base metric as if the metric were "not defined" (a
 * v4.0 vector without `SA` scores 0); such a vector is refused here first, so an incomplete
 * record stays `unknown` instead of passing as harmless.
 */
import * as calculator from 'ae-cvss-calculator';

// The package is a webpack UMD bundle that marks itself `__esModule`. Bundlers (ncc, vite) give
// its named exports; Node's own ES module loader cannot list them and gives only `default`
// (its `module.exports`), which is how the unbundled sources run (@github/local-action, tsx).
const library: typeof calculator =
  'Cvss4P0' in calculator ? calculator : (calculator as unknown as { default: typeof calculator }).default;
const { Cvss3P0, Cvss3P1, Cvss4P0 } = library;

/** A CVSS rating; `none` is a score of 0. */
export type CvssRating = 'none' | 'low' | 'medium' | 'high' | 'critical';

/** The base metrics each version requires, with the values each may take. */
const V3_BASE: Readonly<Record<string, readonly string[]>> = {
  AV: ['N', 'A', 'L', 'P'],
  AC: ['L', 'H'],
  PR: ['N', 'L', 'H'],
  UI: ['N', 'R'],
  S: ['U', 'C'],
  C: ['H', 'L', 'N'],
  I: ['H', 'L', 'N'],
  A: ['H', 'L', 'N'],
};
const V4_BASE: Readonly<Record<string, readonly string[]>> = {
  AV: ['N', 'A', 'L', 'P'],
  AC: ['L', 'H'],
  AT: ['N', 'P'],
  PR: ['N', 'L', 'H'],
  UI: ['N', 'P', 'A'],
  VC: ['H', 'L', 'N'],
  VI: ['H', 'L', 'N'],
  VA: ['H', 'L', 'N'],
  SC: ['H', 'L', 'N'],
  SI: ['H', 'L', 'N'],
  SA: ['H', 'L', 'N'],
};

/**
 * The score (0.0–10.0) of a `CVSS:3.0/...`, `CVSS:3.1/...` or `CVSS:4.0/...` vector, each by
 * its version's method; undefined for any other text, a vector missing a base metric or with a
 * value the version does not define.
 */
export function cvssBaseScore(vector: string): number | undefined {
  const text = vector.trim();
  const parts = text.split('/');
  const version = /^CVSS:(3\.0|3\.1|4\.0)$/.exec(parts[0] ?? '')?.[1];
  if (!version) return undefined;
  const metrics = new Map<string, string>();
  for (const part of parts.slice(1)) {
    const [key, value, extra] = part.split(':');
    if (!key || value === undefined || extra !== undefined || metrics.has(key)) return undefined;
    metrics.set(key, value);
  }
  const required = version === '4.0' ? V4_BASE : V3_BASE;
  for (const [key, values] of Object.entries(required)) {
    if (!values.includes(metrics.get(key) ?? '')) return undefined;
  }
  try {
    if (version === '4.0') return new Cvss4P0(text).calculateScores().base;
    const cvss = version === '3.1' ? new Cvss3P1(text) : new Cvss3P0(text);
    return cvss.calculateScores().base;
  } catch {
    // A threat or environmental metric the library does not know: not a vector we can trust.
    return undefined;
  }
}

/** The rating of a score, by the CVSS v3.1/v4.0 table. */
export function ratingOf(score: number): CvssRating {
  if (score >= 9) return 'critical';
  if (score >= 7) return 'high';
  if (score >= 4) return 'medium';
  return score > 0 ? 'low' : 'none';
}

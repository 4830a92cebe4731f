/**
 * CVSS base scores from vector strings, and their qualitative ratings. v3.0/v3.1 vectors are
 * scored with the v3.1 base equations. v4.0 scores come from a lookup of macro-vectors this
 * module does not carry: a v4 vector is instead mapped onto the v3.1 metrics (AT:P as AC:H,
 * UI:P/A as UI:R, an impact on subsequent systems as a changed scope) and scored with the
 * same equations, which gives the same rating for the common vectors.
 */

/** A CVSS rating; `none` is a score of 0. */
export type CvssRating = 'none' | 'low' | 'medium' | 'high' | 'critical';

const AV: Record<string, number> = { N: 0.85, A: 0.62, L: 0.55, P: 0.2 };
const AC: Record<string, number> = { L: 0.77, H: 0.44 };
const UI: Record<string, number> = { N: 0.85, R: 0.62 };
const CIA: Record<string, number> = { H: 0.56, L: 0.22, N: 0 };
const PR_UNCHANGED: Record<string, number> = { N: 0.85, L: 0.62, H: 0.27 };
const PR_CHANGED: Record<string, number> = { N: 0.85, L: 0.68, H: 0.5 };

interface V3Metrics {
  readonly AV: string;
  readonly AC: string;
  readonly PR: string;
  readonly UI: string;
  readonly S: string;
  readonly C: string;
  readonly I: string;
  readonly A: string;
}

/**
 * The base score (0.0–10.0) of a `CVSS:3.x/...` or `CVSS:4.0/...` vector; undefined for any
 * other text or a vector missing a base metric.
 */
export function cvssBaseScore(vector: string): number | undefined {
  const parts = vector.trim().split('/');
  const version = /^CVSS:(3\.[01]|4\.0)$/.exec(parts[0] ?? '')?.[1];
  if (!version) return undefined;
  const metrics = new Map<string, string>();
  for (const part of parts.slice(1)) {
    const [key, value] = part.split(':');
    if (key && value) metrics.set(key, value);
  }
  const v3 = version === '4.0' ? fromV4(metrics) : fromV3(metrics);
  return v3 && score(v3);
}

/** The rating of a base score, by the CVSS v3.1/v4.0 table. */
export function ratingOf(score: number): CvssRating {
  if (score >= 9) return 'critical';
  if (score >= 7) return 'high';
  if (score >= 4) return 'medium';
  return score > 0 ? 'low' : 'none';
}

function fromV3(m: Map<string, string>): V3Metrics | undefined {
  const get = (key: string): string => m.get(key) ?? '';
  const metrics = {
    AV: get('AV'),
    AC: get('AC'),
    PR: get('PR'),
    UI: get('UI'),
    S: get('S'),
    C: get('C'),
    I: get('I'),
    A: get('A'),
  };
  return isComplete(metrics) ? metrics : undefined;
}

function fromV4(m: Map<string, string>): V3Metrics | undefined {
  const get = (key: string): string => m.get(key) ?? '';
  const subsequent = ['SC', 'SI', 'SA'].some((key) => get(key) === 'H' || get(key) === 'L');
  const worst = (a: string, b: string): string => ((CIA[b] ?? 0) > (CIA[a] ?? 0) ? b : a);
  const metrics = {
    AV: get('AV'),
    AC: get('AT') === 'P' ? 'H' : get('AC'),
    PR: get('PR'),
    UI: get('UI') === 'P' || get('UI') === 'A' ? 'R' : get('UI'),
    S: subsequent ? 'C' : 'U',
    C: subsequent ? worst(get('VC'), get('SC')) : get('VC'),
    I: subsequent ? worst(get('VI'), get('SI')) : get('VI'),
    A: subsequent ? worst(get('VA'), get('SA')) : get('VA'),
  };
  return isComplete(metrics) && get('AT') !== '' ? metrics : undefined;
}

function isComplete(m: V3Metrics): boolean {
  return (
    m.AV in AV &&
    m.AC in AC &&
    m.PR in PR_UNCHANGED &&
    m.UI in UI &&
    (m.S === 'U' || m.S === 'C') &&
    m.C in CIA &&
    m.I in CIA &&
    m.A in CIA
  );
}

/** The CVSS v3.1 base equations. */
function score(m: V3Metrics): number {
  const changed = m.S === 'C';
  const iss = 1 - (1 - CIA[m.C]!) * (1 - CIA[m.I]!) * (1 - CIA[m.A]!);
  const impact = changed ? 7.52 * (iss - 0.029) - 3.25 * (iss - 0.02) ** 15 : 6.42 * iss;
  if (impact <= 0) return 0;
  const pr = (changed ? PR_CHANGED : PR_UNCHANGED)[m.PR]!;
  const exploitability = 8.22 * AV[m.AV]! * AC[m.AC]! * pr * UI[m.UI]!;
  const sum = changed ? 1.08 * (impact + exploitability) : impact + exploitability;
  return roundUp(Math.min(sum, 10));
}

/** CVSS v3.1 Roundup: the smallest one-decimal number not below `value`, free of float noise. */
function roundUp(value: number): number {
  const scaled = Math.round(value * 100_000);
  return scaled % 10_000 === 0 ? scaled / 100_000 : (Math.floor(scaled / 10_000) + 1) / 10;
}

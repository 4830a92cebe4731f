/**
 * Long chains of component schemas, S0 → S1 → … → Sn, each reaching the next through one keyword
 * (a plain `$ref` property, an `anyOf` member, an `allOf` member, `items`,
 * `additionalProperties`, a double `not`), open or closed into a cycle (Sn back to S0), used by
 * one operation's request and response bodies, with one change at the end of the chain (Sn's
 * `leaf` from string to integer) or none. The user sees that one change once per body, at its
 * place; the work (pairs of schema nodes compared, reference targets checked, edges `reach`
 * follows) must grow linearly with n; a 10,000-long chain must not exhaust the call stack.
 */
import { describe, expect, it } from 'vitest';
import { diffWithStats } from './diff';
import { doc, json } from './test-docs';

type Json = Record<string, unknown>;

const VIAS = ['ref', 'anyOf', 'allOf', 'items', 'additionalProperties', 'not'] as const;
type Via = (typeof VIAS)[number];

/** The schema of property `next`, leading to `target` through `via`. */
function link(via: Via, target: Json): Json {
  switch (via) {
    case 'ref':
      return target;
    case 'anyOf':
      return { anyOf: [target, { type: 'string' }] };
    case 'allOf':
      return { allOf: [target] };
    case 'items':
      return { type: 'array', items: target };
    case 'additionalProperties':
      return { type: 'object', additionalProperties: target };
    case 'not':
      return { not: { not: target } };
  }
}

/** How the property path reads one step down the chain. */
const STEP: Record<Via, string> = {
  ref: 'next.',
  anyOf: 'next.',
  allOf: 'next.',
  items: 'next[].',
  additionalProperties: 'next.*.',
  not: 'next.(not).(not).',
};

/** `POST /x` taking and returning S0 of a chain of n + 1 schemas, with Sn's `leaf` of type `leaf`. */
function chain(n: number, via: Via, cyclic: boolean, leaf: string): Json {
  const schemas: Json = {};
  for (let i = 0; i <= n; i++) {
    const next = i < n ? i + 1 : cyclic ? 0 : undefined;
    const properties: Json = {};
    if (next !== undefined) properties.next = link(via, { $ref: `#/components/schemas/S${next}` });
    if (i === n) properties.leaf = { type: leaf };
    schemas[`S${i}`] = { type: 'object', properties };
  }
  const body = json({ $ref: '#/components/schemas/S0' });
  const post = { requestBody: body, responses: { '200': { description: 'OK', ...body } } };
  return doc({ '/x': { post } }, { components: { schemas } });
}

function diffChain(n: number, via: Via, cyclic: boolean, change: boolean) {
  return diffWithStats(
    chain(n, via, cyclic, 'string'),
    chain(n, via, cyclic, change ? 'integer' : 'string'),
    {
      today: '2026-12-07',
    },
  );
}

/** The two changes the one edit at the end of the chain makes. */
function expected(n: number, via: Via) {
  const path = `${STEP[via].repeat(n)}leaf`;
  const location = `/components/schemas/S${n}/properties/leaf`;
  return [
    {
      rule: 'request-type-changed',
      level: 'breaking',
      path: '/x',
      method: 'POST',
      location,
      message: `POST /x: request body property "${path}" type changed from string to integer`,
    },
    {
      rule: 'response-type-changed',
      level: 'breaking',
      path: '/x',
      method: 'POST',
      location,
      message: `POST /x: response 200 property "${path}" type changed from string to integer`,
    },
  ];
}

describe('long chains of schemas: one change found once, in linear work', () => {
  for (const via of VIAS) {
    for (const cyclic of [false, true]) {
      const shape = `${cyclic ? 'a cycle' : 'an open chain'} through ${via}`;

      it(`${shape}, changed at the end: two changes, and twice the chain costs about twice the work`, () => {
        const small = diffChain(200, via, cyclic, true);
        const large = diffChain(400, via, cyclic, true);
        expect(small.result.changes).toEqual(expected(200, via));
        expect(large.result.changes).toEqual(expected(400, via));
        expect(large.result.bump).toBe('major');
        // Each schema pair is compared a bounded number of times (request and response: twice).
        expect(large.comparisons).toBeGreaterThanOrEqual(400);
        expect(large.comparisons).toBeLessThanOrEqual(2.2 * small.comparisons);
        expect(large.comparisons).toBeLessThanOrEqual(12 * 400);
        expect(large.targetChecks).toBeLessThanOrEqual(2.2 * small.targetChecks);
        expect(large.reachSteps).toBeLessThanOrEqual(2.2 * small.reachSteps);
        expect(large.reachSteps).toBeLessThanOrEqual(12 * 400);
      });

      it(`${shape}, unchanged: no change, and work no more than linear`, () => {
        const small = diffChain(200, via, cyclic, false);
        const large = diffChain(400, via, cyclic, false);
        expect(large.result.changes).toEqual([]);
        expect(large.result.bump).toBe('none');
        expect(large.comparisons).toBeLessThanOrEqual(2.2 * small.comparisons);
        expect(large.targetChecks).toBeLessThanOrEqual(2.2 * small.targetChecks);
        expect(large.targetChecks).toBeLessThanOrEqual(2 * 401);
        expect(large.reachSteps).toBeLessThanOrEqual(2.2 * small.reachSteps);
      });
    }
  }

  for (const via of ['ref', 'anyOf', 'not'] as const) {
    it(`an open chain of 10,000 schemas through ${via}: the change at its end is found, without exhausting the call stack`, () => {
      const { result } = diffChain(10_000, via, false, true);
      expect(result.changes).toEqual(expected(10_000, via));
    }, 120_000);
  }

  /**
   * S0 → … → Sn, each `anyOf: [{$ref: next}, boolean]`, renamed T0 → … → Tn in the revision, with
   * Sn a string and Tn an integer. No variant pairs by reference, so whether the revision still
   * accepts S1 is asked by comparing S1 with T1, which asks it of S2 and T2, and so on: each
   * question inside the walk of the one before it.
   */
  function renamed(n: number, name: string, leaf: string): Json {
    const schemas: Json = {};
    for (let i = 0; i < n; i++)
      schemas[`${name}${i}`] = {
        anyOf: [{ $ref: `#/components/schemas/${name}${i + 1}` }, { type: 'boolean' }],
      };
    schemas[`${name}${n}`] = { type: leaf };
    const body = json({ $ref: `#/components/schemas/${name}0` });
    const post = { requestBody: body, responses: { '200': { description: 'OK', ...body } } };
    return doc({ '/x': { post } }, { components: { schemas } });
  }

  it('a chain of 2,000 anyOf schemas renamed in the revision, its end changed: bounded work, no exhausted call stack; past the nesting limit the renamed chain is taken as accepted, so only the added variants are said', () => {
    const { result, comparisons } = diffWithStats(
      renamed(2000, 'S', 'string'),
      renamed(2000, 'T', 'integer'),
      {
        today: '2026-12-07',
      },
    );
    const at = { path: '/x', method: 'POST', location: '/components/schemas/T0' };
    expect(result.changes).toEqual([
      {
        rule: 'request-variant-added',
        level: 'info',
        ...at,
        message: 'POST /x: request body may now be #/components/schemas/T1',
      },
      {
        rule: 'response-variant-removed',
        level: 'info',
        ...at,
        message: 'POST /x: response 200 may no longer be #/components/schemas/S1',
      },
    ]);
    // The questions nest a bounded number of times, so the work does not grow with the chain.
    expect(comparisons).toBeLessThan(200);
  }, 60_000);

  it('the same chain only renamed, ten long: the revision still accepts S1 (only T1 is new)', () => {
    const { result } = diffWithStats(renamed(10, 'S', 'string'), renamed(10, 'T', 'string'), {
      today: '2026-12-07',
    });
    expect(result.changes.map((c) => `${c.rule} ${c.message}`)).toEqual([
      'request-variant-added POST /x: request body may now be #/components/schemas/T1',
      'response-variant-removed POST /x: response 200 may no longer be #/components/schemas/S1',
    ]);
  });
});

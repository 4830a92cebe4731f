/**
 * A nullable or alternative schema written as `oneOf`/`anyOf` members says what the type-list
 * (3.1) or `nullable` (3.0) spelling says: the same rule ids and levels, request and response
 * (oasdiff's tests replayed with their 3.0 pairs re-spelled as 3.1).
 */
import { describe, expect, it } from 'vitest';
import { diffOpenApi } from './diff';
import { ref } from './test-docs';

type Json = Record<string, unknown>;
type Side = 'request' | 'response';
const TODAY = '2026-12-08';

const body =
  (side: Side) =>
  (schema: unknown): Json => {
    const content = { 'application/json': { schema } };
    return side === 'request'
      ? {
          '/p': {
            post: { requestBody: { required: true, content }, responses: { '204': { description: 'OK' } } },
          },
        }
      : { '/p': { get: { responses: { '200': { description: 'OK', content } } } } };
  };
const query = (schema: unknown): Json => ({
  '/p': {
    get: { parameters: [{ name: 'q', in: 'query', schema }], responses: { '204': { description: 'OK' } } },
  },
});
const header = (schema: unknown): Json => ({
  '/p': { get: { responses: { '200': { description: 'OK', headers: { 'X-Rate': { schema } } } } } },
});

/** `rule:level` of each change from `b` to `h` (schemas placed by `at`), with components. */
/** The changes between two documents that differ in one schema placed by `at` (and their components). */
function changesOf(
  openapi: string,
  at: (schema: unknown) => Json,
  b: unknown,
  h: unknown,
  bSchemas: Json = {},
  hSchemas: Json = bSchemas,
) {
  const open = (schema: unknown, schemas: Json) => ({
    openapi,
    info: { title: 't', version: '1' },
    paths: at(schema),
    components: { schemas },
  });
  return diffOpenApi(open(b, bSchemas), open(h, hSchemas), { today: TODAY }).changes;
}

function said(...args: Parameters<typeof changesOf>): string[] {
  return changesOf(...args).map((c) => `${c.rule}:${c.level}`);
}

const pet = { type: 'object', properties: { id: { type: 'integer' } } };
const petRequired = { ...pet, required: ['id'] };
const petIdText = { type: 'object', properties: { id: { type: 'string' } } };
const SIDES: Side[] = ['request', 'response'];
const required = {
  request: ['request-body-required-field-added:breaking'],
  response: ['response-field-made-required:info'],
};

describe('a member whose text did not change is compared: a $ref inside it may lead to a change', () => {
  for (const side of SIDES) {
    it(`${side}: anyOf [allOf [$ref], null] (3.1) says what allOf [$ref] + nullable (3.0) says`, () => {
      const members = { anyOf: [{ allOf: [ref('Pet')] }, { type: 'null' }] };
      const nullable = { allOf: [ref('Pet')], nullable: true };
      const at = body(side);
      expect(said('3.0.3', at, nullable, nullable, { Pet: pet }, { Pet: petRequired })).toEqual(
        required[side],
      );
      expect(said('3.1.0', at, members, members, { Pet: pet }, { Pet: petRequired })).toEqual(required[side]);
    });

    for (const openapi of ['3.0.3', '3.1.0']) {
      it(`${side} ${openapi}: oneOf [allOf [$ref], string] says what oneOf [$ref, string] says`, () => {
        const wrapped = { oneOf: [{ allOf: [ref('Pet')] }, { type: 'string' }] };
        const direct = { oneOf: [ref('Pet'), { type: 'string' }] };
        const at = body(side);
        expect(said(openapi, at, direct, direct, { Pet: pet }, { Pet: petRequired })).toEqual(required[side]);
        expect(said(openapi, at, wrapped, wrapped, { Pet: pet }, { Pet: petRequired })).toEqual(
          required[side],
        );
      });
    }

    it(`${side}: anyOf [array of $ref, null] says what type [array, null] says`, () => {
      const members = { anyOf: [{ type: 'array', items: ref('Pet') }, { type: 'null' }] };
      const list = { type: ['array', 'null'], items: ref('Pet') };
      const changed = [`${side}-type-changed:breaking`];
      const at = body(side);
      expect(said('3.1.0', at, list, list, { Pet: pet }, { Pet: petIdText })).toEqual(changed);
      expect(said('3.1.0', at, members, members, { Pet: pet }, { Pet: petIdText })).toEqual(changed);
    });

    it(`${side} 3.0: oneOf [array of $ref, object] says what the array alone says`, () => {
      const members = { oneOf: [{ type: 'array', items: ref('Pet') }, { type: 'object' }] };
      const plain = { type: 'array', items: ref('Pet') };
      const changed = [`${side}-type-changed:breaking`];
      const at = body(side);
      expect(said('3.0.3', at, plain, plain, { Pet: pet }, { Pet: petIdText })).toEqual(changed);
      expect(said('3.0.3', at, members, members, { Pet: pet }, { Pet: petIdText })).toEqual(changed);
    });

    it(`${side}: unchanged documents with such members say nothing`, () => {
      const at = body(side);
      const schemas = { Pet: pet };
      for (const openapi of ['3.0.3', '3.1.0']) {
        const wrapped = { oneOf: [{ allOf: [ref('Pet')] }, { type: 'array', items: ref('Pet') }] };
        expect(said(openapi, at, wrapped, wrapped, schemas)).toEqual([]);
      }
      const members = {
        anyOf: [{ allOf: [ref('Pet')] }, { type: 'array', items: ref('Pet') }, { type: 'null' }],
      };
      expect(said('3.1.0', at, members, members, schemas)).toEqual([]);
    });
  }

  it('a cyclic document with such members still ends, and finds the change through the cycle', () => {
    const node = (idType: string) => ({
      type: 'object',
      properties: {
        id: { type: idType },
        parent: { anyOf: [{ allOf: [ref('Node')] }, { type: 'null' }] },
        children: {
          anyOf: [{ type: 'array', items: { anyOf: [{ allOf: [ref('Node')] }] } }, { type: 'null' }],
        },
      },
    });
    const root = { anyOf: [{ allOf: [ref('Node')] }, { type: 'null' }] };
    for (const side of SIDES) {
      const at = body(side);
      expect(said('3.1.0', at, root, root, { Node: node('integer') })).toEqual([]);
      expect(said('3.1.0', at, root, root, { Node: node('integer') }, { Node: node('string') })).toEqual([
        `${side}-type-changed:breaking`,
      ]);
    }
  });
});

const VERSIONS = ['3.0.3', '3.1.0'];
/** `x` or null, as members: `{type: 'null'}` in 3.1, `{enum: [null]}` in 3.0. */
const orNull = (openapi: string, x: Json): Json => ({
  anyOf: [x, openapi === '3.0.3' ? { enum: [null] } : { type: 'null' }],
});
/** `type` or null, as a type list (3.1) or with `nullable` (3.0). */
const nullable = (openapi: string, type: string): Json =>
  openapi === '3.0.3' ? { type, nullable: true } : { type: [type, 'null'] };

describe('an inline member whose type changed is one change, as in a type list', () => {
  const cases: [string, (schema: unknown) => Json, string, string, string[]][] = [
    ['query parameter', query, 'string', 'number', ['parameter-type-changed:breaking']],
    ['request body', body('request'), 'string', 'integer', ['request-type-changed:breaking']],
    ['response body', body('response'), 'string', 'integer', ['response-type-changed:breaking']],
    ['response header', header, 'number', 'string', ['response-type-changed:breaking']],
  ];
  for (const openapi of VERSIONS) {
    for (const [where, at, from, to, expected] of cases) {
      it(`${openapi} ${where}: ${from} or null → ${to} or null`, () => {
        expect(said(openapi, at, nullable(openapi, from), nullable(openapi, to))).toEqual(expected);
        const [b, h] = [orNull(openapi, { type: from }), orNull(openapi, { type: to })];
        expect(said(openapi, at, b, h)).toEqual(expected);
      });
    }
  }

  for (const side of SIDES) {
    it(`${side}: oneOf [string, object] → [integer, object] (3.0) says what type [string, object] → [integer, object] (3.1) says`, () => {
      const at = body(side);
      const expected = [`${side}-type-changed:breaking`];
      expect(said('3.1.0', at, { type: ['string', 'object'] }, { type: ['integer', 'object'] })).toEqual(
        expected,
      );
      const members = (type: string) => ({ oneOf: [{ type }, { type: 'object' }] });
      expect(said('3.0.3', at, members('string'), members('integer'))).toEqual(expected);
    });
  }

  for (const side of SIDES) {
    it(`${side}: under not, and from a member that took any value, as the type list says`, () => {
      const at = body(side);
      const not = (x: unknown) => ({ not: x });
      const [list, members] = [
        said('3.1.0', at, not({ type: ['string', 'null'] }), not({ type: ['integer', 'null'] })),
        said(
          '3.1.0',
          at,
          not(orNull('3.1.0', { type: 'string' })),
          not(orNull('3.1.0', { type: 'integer' })),
        ),
      ];
      expect(list).toEqual([`${side}-type-changed:breaking`]);
      expect(members).toEqual(list);
      const fromAny =
        side === 'request' ? ['request-type-changed:breaking'] : ['response-type-narrowed:info'];
      expect(said('3.1.0', at, {}, { type: ['string', 'null'] })).toEqual(fromAny);
      expect(said('3.1.0', at, orNull('3.1.0', {}), orNull('3.1.0', { type: 'string' }))).toEqual(fromAny);
    });
  }

  it('other changes of the member are still found on it', () => {
    const [b, h] = [
      { type: 'string', maxLength: 5 },
      { type: 'string', maxLength: 3 },
    ];
    expect(said('3.1.0', body('request'), orNull('3.1.0', b), orNull('3.1.0', h))).toEqual([
      'request-max-length-decreased:breaking',
    ]);
    const [bo, ho] = [
      { type: 'object', properties: { a: { type: 'string' } } },
      { type: 'object', required: ['a'], properties: { a: { type: 'integer' } } },
    ];
    expect(said('3.1.0', body('request'), orNull('3.1.0', bo), orNull('3.1.0', ho))).toEqual([
      'request-body-required-field-added:breaking',
      'request-type-changed:breaking',
    ]);
  });
});

describe('in text, a member that becomes a string takes what was sent, as a type does', () => {
  const cases: [string, (schema: unknown) => Json, string, string, string[]][] = [
    ['query parameter', query, 'number', 'string', ['request-type-widened:info']],
    ['response header', header, 'string', 'number', ['response-type-narrowed:info']],
  ];
  for (const openapi of VERSIONS) {
    for (const [where, at, from, to, expected] of cases) {
      it(`${openapi} ${where}: ${from} or null → ${to} or null`, () => {
        expect(said(openapi, at, nullable(openapi, from), nullable(openapi, to))).toEqual(expected);
        const [b, h] = [orNull(openapi, { type: from }), orNull(openapi, { type: to })];
        expect(said(openapi, at, b, h)).toEqual(expected);
      });
    }
  }

  it('a member that no new member takes still breaks: an array is several values, a format refuses text', () => {
    const list = { type: ['array', 'null'], items: { type: 'string' } };
    const array = orNull('3.1.0', { type: 'array', items: { type: 'string' } });
    const expected = ['parameter-type-changed:breaking'];
    expect(said('3.1.0', query, list, { type: ['string', 'null'] })).toEqual(expected);
    expect(said('3.1.0', query, array, orNull('3.1.0', { type: 'string' }))).toEqual(expected);
    // The union's types show no format: the member's comparison says what the type list says.
    const dated = { type: 'string', format: 'date' };
    expect(
      said('3.1.0', query, { type: ['number', 'null'] }, { type: ['string', 'null'], format: 'date' }),
    ).toEqual(expected);
    expect(said('3.1.0', query, orNull('3.1.0', { type: 'number' }), orNull('3.1.0', dated))).toEqual([
      'parameter-type-changed:breaking',
      'request-type-widened:info',
    ]);
  });

  it('members of several types that become a string and null are taken one by one', () => {
    const b = { anyOf: [{ type: 'integer' }, { type: 'boolean' }] };
    const h = { anyOf: [{ type: 'string' }, { type: 'null' }] };
    expect(said('3.1.0', query, b, h)).toEqual([
      'request-type-widened:info',
      'request-variant-added:info',
      'request-variant-added:info',
    ]);
  });
});

describe('a union of typed members says what the type list of their types says', () => {
  const S = { type: 'string' };
  const I = { type: 'integer' };
  const inline = (which: 'anyOf' | 'oneOf') => ({ [which]: [S, I] });
  const byRef = (which: 'anyOf' | 'oneOf') => ({ [which]: [ref('S'), ref('I')] });
  const schemas = { S, I };
  const list = { type: ['string', 'integer'] };
  for (const side of SIDES) {
    const at = body(side);
    for (const which of ['anyOf', 'oneOf'] as const) {
      for (const [how, members] of [
        ['inline', inline(which)],
        ['$ref', byRef(which)],
      ] as const) {
        it(`${side} 3.1: ${which} [string, integer] (${how}) and type [string, integer] are the same, both ways`, () => {
          expect(said('3.1.0', at, members, list, schemas)).toEqual([]);
          expect(said('3.1.0', at, list, members, schemas)).toEqual([]);
        });

        it(`${side} 3.1: ${which} [string, integer] (${how}) → type [string] says what type [string, integer] → [string] says`, () => {
          const one = { type: ['string'] };
          const expected = said('3.1.0', at, list, one, schemas);
          expect(expected.length).toBeGreaterThan(0);
          expect(said('3.1.0', at, members, one, schemas)).toEqual(expected);
          const back = said('3.1.0', at, one, list, schemas);
          expect(said('3.1.0', at, one, members, schemas)).toEqual(back);
        });

        it(`${side} 3.1: ${which} [string, integer] (${how}) → type [string, integer, boolean] says what the type list says`, () => {
          const three = { type: ['string', 'integer', 'boolean'] };
          const expected = said('3.1.0', at, list, three, schemas);
          expect(expected.length).toBeGreaterThan(0);
          expect(said('3.1.0', at, members, three, schemas)).toEqual(expected);
          expect(said('3.1.0', at, three, members, schemas)).toEqual(said('3.1.0', at, three, list, schemas));
        });
      }
    }

    it(`${side} 3.1: a keyword of one type in the list is that member's (maxLength on the string)`, () => {
      const short = { type: ['string', 'integer'], maxLength: 5 };
      const members = { anyOf: [{ type: 'string', maxLength: 5 }, ref('I')] };
      expect(said('3.1.0', at, members, short, schemas)).toEqual([]);
      expect(said('3.1.0', at, short, members, schemas)).toEqual([]);
      // The bound changed on the string: said as the type list says it.
      const longer = { type: ['string', 'integer'], maxLength: 8 };
      const expected = said('3.1.0', at, short, longer, schemas);
      expect(expected.length).toBeGreaterThan(0);
      expect(said('3.1.0', at, members, longer, schemas)).toEqual(expected);
      // An integer member is compared with the list's numbers: its bound too.
      const numbers = { type: ['number', 'string'], maximum: 5 };
      const integers = { anyOf: [{ type: 'integer', maximum: 3 }, ref('S')] };
      const narrowed = said('3.1.0', at, numbers, { type: ['integer', 'string'], maximum: 3 }, schemas);
      expect(narrowed).toHaveLength(2);
      // The order aside: the union's type change is said before its members'.
      expect(said('3.1.0', at, numbers, integers, schemas).sort()).toEqual(narrowed.sort());
    });

    it(`${side} 3.1: with null, anyOf [string, integer, null] and type [string, integer, null] are the same`, () => {
      const members = { anyOf: [ref('S'), { type: 'integer' }, { type: 'null' }] };
      const withNull = { type: ['string', 'integer', 'null'] };
      expect(said('3.1.0', at, members, withNull, schemas)).toEqual([]);
      expect(said('3.1.0', at, withNull, members, schemas)).toEqual([]);
      // Null dropped is said as the type list says it.
      expect(said('3.1.0', at, members, list, schemas)).toEqual(said('3.1.0', at, withNull, list, schemas));
    });

    it(`${side} 3.1: a format and listed values go with the types they are of`, () => {
      const dated = { type: ['string', 'integer'], format: 'date' };
      const members = { anyOf: [{ type: 'string', format: 'date' }, ref('I')] };
      expect(said('3.1.0', at, dated, members, schemas)).toEqual([]);
      expect(said('3.1.0', at, members, dated, schemas)).toEqual([]);
      // The format dropped is said as the type list says it.
      const expected = said('3.1.0', at, dated, list, schemas);
      expect(expected).toEqual([
        side === 'request' ? 'request-type-widened:info' : 'response-type-changed:breaking',
      ]);
      expect(said('3.1.0', at, dated, byRef('anyOf'), schemas)).toEqual(expected);
      const listed = { type: ['string', 'integer'], enum: ['a', 1] };
      const split = {
        anyOf: [
          { type: 'string', enum: ['a'] },
          { type: 'integer', enum: [1] },
        ],
      };
      expect(said('3.1.0', at, listed, split, schemas)).toEqual([]);
      expect(said('3.1.0', at, split, listed, schemas)).toEqual([]);
      const more = { type: ['string', 'integer'], enum: ['a', 1, 2] };
      const splitMore = {
        anyOf: [
          { type: 'string', enum: ['a'] },
          { type: 'integer', enum: [1, 2] },
        ],
      };
      expect(said('3.1.0', at, listed, splitMore, schemas)).toEqual(said('3.1.0', at, listed, more, schemas));
    });

    it(`${side} 3.1: an object member's change is said as the type list's object part says it`, () => {
      const props = { properties: { a: { type: 'string' } } };
      const plain = { type: ['object', 'string'], ...props };
      const members = { anyOf: [{ type: 'object', ...props, required: ['a'] }, ref('S')] };
      const expected = said('3.1.0', at, plain, { ...plain, required: ['a'] }, schemas);
      expect(expected).toEqual(required[side]);
      expect(said('3.1.0', at, plain, members, schemas)).toEqual(expected);
    });

    it(`${side}: oneOf [number, integer] is not type [number, integer]: an integer matches both members`, () => {
      const overlapping = { oneOf: [{ type: 'number' }, ref('I')] };
      const numbers = { type: ['number', 'integer'] };
      // The list took integers the oneOf refuses: breaking where the oneOf now receives (a
      // request) or the list now sends (a response); the other way it takes more, or sends less.
      const breaks =
        side === 'request'
          ? [
              said('3.1.0', at, numbers, overlapping, schemas),
              'oneOf refuses a value of integer | number that two of its members take, which type integer | number took',
            ]
          : [
              said('3.1.0', at, overlapping, numbers, schemas),
              'type integer | number may now send a value of integer | number that two members of the oneOf took, which it refused',
            ];
      expect(breaks[0]).toEqual([`${side}-type-changed:breaking`]);
      const messages = (b: unknown, h: unknown) =>
        diffOpenApi(
          { openapi: '3.1.0', info: { title: 't', version: '1' }, paths: at(b), components: { schemas } },
          { openapi: '3.1.0', info: { title: 't', version: '1' }, paths: at(h), components: { schemas } },
          { today: TODAY },
        ).changes.map((c) => c.message);
      const [b, h] = side === 'request' ? [numbers, overlapping] : [overlapping, numbers];
      expect(messages(b, h)[0]).toContain(breaks[1]);
      expect(said('3.1.0', at, h, b, schemas)).toEqual([]);
      // anyOf takes what either member takes: the same as the list.
      const anyOf = { anyOf: [{ type: 'number' }, { type: 'integer' }] };
      expect(said('3.1.0', at, anyOf, numbers, schemas)).toEqual([]);
      expect(said('3.1.0', at, numbers, anyOf, schemas)).toEqual([]);
    });

    it(`${side} 3.0: anyOf [string, integer] → string says what 3.1's type [string, integer] → string says`, () => {
      const plain = { type: 'string' };
      const expected = said('3.1.0', at, list, plain, schemas);
      expect(said('3.0.3', at, inline('anyOf'), plain, schemas)).toEqual(expected);
      expect(said('3.0.3', at, byRef('oneOf'), plain, schemas)).toEqual(expected);
      expect(said('3.0.3', at, plain, byRef('anyOf'), schemas)).toEqual(
        said('3.1.0', at, plain, list, schemas),
      );
    });

    it(`${side} 3.0: anyOf [string, integer] with nullable says what 3.1's type list with null says`, () => {
      const members = { anyOf: [S, I], nullable: true };
      const plain = { type: 'string', nullable: true };
      const withNull = { type: ['string', 'integer', 'null'] };
      const expected = said('3.1.0', at, withNull, { type: ['string', 'null'] }, schemas);
      expect(said('3.0.3', at, members, plain, schemas)).toEqual(expected);
    });
  }

  it('in text (a query parameter, a response header) too: the same, and a type removed breaks as the list says', () => {
    for (const at of [query, header]) {
      expect(said('3.1.0', at, byRef('anyOf'), list, schemas)).toEqual([]);
      expect(said('3.1.0', at, list, inline('oneOf'), schemas)).toEqual([]);
      const one = { type: ['integer'] };
      const expected = said('3.1.0', at, list, one, schemas);
      expect(expected.length).toBeGreaterThan(0);
      expect(said('3.1.0', at, inline('anyOf'), one, schemas)).toEqual(expected);
    }
  });
});

/** `rule:level message` of each change from `b` to `h` (schemas placed by `at`), with components. */
function told(...args: Parameters<typeof changesOf>): string[] {
  return changesOf(...args).map((c) => `${c.rule}:${c.level} ${c.message}`);
}

describe('a member left over on each side is not one member changed when another member takes it', () => {
  const str = { type: 'string' };
  it('response: a new string member the old string member allowed is no integer changed to a string', () => {
    const b = { anyOf: [str, { type: 'integer' }] };
    const h = { anyOf: [str, { type: 'string', maxLength: 3 }] };
    expect(told('3.1.0', body('response'), b, h)).toEqual([
      'response-type-narrowed:info GET /p: response 200 type changed from integer | string to string',
      'response-variant-removed:info GET /p: response 200 may no longer be an inline schema',
    ]);
  });

  for (const openapi of VERSIONS) {
    for (const [what, member] of [
      ['a shorter string', { type: 'string', maxLength: 3 }],
      ['listed strings', { type: 'string', enum: ['a', 'b'] }],
    ] as const) {
      it(`request ${openapi}: ${what} the remaining string takes is no member changed to an integer`, () => {
        const b = { anyOf: [str, member] };
        const h = { anyOf: [str, { type: 'integer' }] };
        expect(told(openapi, body('request'), b, h)).toEqual([
          'request-type-widened:info POST /p: request body type changed from string to integer | string',
          'request-variant-added:info POST /p: request body may now be an inline schema',
        ]);
      });
    }
  }

  it('response: a new object member the kept one allowed is no string changed to an object', () => {
    const b = { anyOf: [pet, { type: 'string' }] };
    const h = { anyOf: [pet, petRequired] };
    expect(told('3.1.0', body('response'), b, h)).toEqual([
      'response-type-narrowed:info GET /p: response 200 type changed from object | string to object',
      'response-variant-removed:info GET /p: response 200 may no longer be an inline schema',
    ]);
  });

  it('a member paired with one of no common type says its type change only, not the new keywords', () => {
    const uuid = { type: 'string', format: 'uuid' };
    const b = { anyOf: [uuid, { type: 'integer' }] };
    const h = { anyOf: [uuid, { type: 'string', pattern: '^[0-9]+$' }] };
    expect(told('3.1.0', body('request'), b, h)).toEqual([
      'request-type-changed:breaking POST /p: request body type changed from integer | string to string',
    ]);
    const [bo, ho] = [orNull('3.1.0', { type: 'integer' }), orNull('3.1.0', { type: 'string', enum: ['a'] })];
    expect(told('3.1.0', body('response'), bo, ho)).toEqual([
      'response-type-changed:breaking GET /p: response 200 type changed from integer | null to null | string',
    ]);
  });
});

describe('a member whose type changed keeps its other changes, as the type list does', () => {
  const list = (x: Json): Json => ({ ...x, type: [...[x.type].flat(), 'null'] });
  const cases: [string, Json, Json, Record<Side, string[]>][] = [
    [
      'a maxLength',
      { type: 'string', maxLength: 5 },
      { type: ['string', 'integer'], maxLength: 3 },
      {
        request: [
          'request-max-length-decreased:breaking POST /p: request body maxLength changed from 5 to 3',
          'request-type-widened:info POST /p: request body type changed from null | string to integer | null | string',
        ],
        response: [
          'response-type-changed:breaking GET /p: response 200 type changed from null | string to integer | null | string',
          'response-max-length-decreased:info GET /p: response 200 maxLength changed from 5 to 3',
        ],
      },
    ],
    [
      'a maximum',
      { type: 'integer', maximum: 10 },
      { type: 'number', maximum: 5 },
      {
        request: [
          'request-maximum-decreased:breaking POST /p: request body maximum changed from 10 to 5',
          'request-type-widened:info POST /p: request body type changed from integer | null to null | number',
        ],
        response: [
          'response-type-changed:breaking GET /p: response 200 type changed from integer | null to null | number',
          'response-maximum-decreased:info GET /p: response 200 maximum changed from 10 to 5',
        ],
      },
    ],
    [
      'listed values',
      { type: 'string', enum: ['a', 'b'] },
      { type: ['string', 'integer'], enum: ['a'] },
      {
        request: [
          'request-enum-value-removed:breaking POST /p: request body no longer accepts "b"',
          'request-type-widened:info POST /p: request body type changed from null | string to integer | null | string',
        ],
        response: [
          'response-type-changed:breaking GET /p: response 200 type changed from null | string to integer | null | string',
          'response-enum-value-removed:info GET /p: response 200 will no longer be "b"',
        ],
      },
    ],
    [
      'a format',
      { type: 'string', format: 'date' },
      { type: ['string', 'integer'], format: 'date-time' },
      {
        request: [
          'request-type-changed:breaking POST /p: request body type changed from string (date) to integer | string (date-time)',
          'request-type-widened:info POST /p: request body type changed from null | string to integer | null | string',
        ],
        response: [
          'response-type-changed:breaking GET /p: response 200 type changed from null | string to integer | null | string',
        ],
      },
    ],
  ];
  for (const side of SIDES) {
    for (const [what, b, h, expected] of cases) {
      it(`${side}: ${what} changed in a member of another type (or null)`, () => {
        const at = body(side);
        expect(told('3.1.0', at, orNull('3.1.0', b), orNull('3.1.0', h))).toEqual(expected[side]);
        // The list says a format change once, with its type change; the members keep the
        // member's (more serious) one beside the union's.
        const listed = said('3.1.0', at, list(b), list(h));
        const members = said('3.1.0', at, orNull('3.1.0', b), orNull('3.1.0', h));
        if ('format' in b && side === 'request')
          expect(members).toEqual([...listed, 'request-type-widened:info']);
        else expect(members).toEqual(listed);
      });
    }
  }
});

describe('in text, a member kept under its reference takes a removed member as text', () => {
  const S = { S: { type: 'string' } };
  it('query: anyOf [$ref S (string), integer] → anyOf [$ref S] says what type [string, integer] → string says', () => {
    const expected = [
      'request-type-widened:info GET /p: query parameter "q" type changed from integer | string to string',
    ];
    expect(told('3.1.0', query, { type: ['string', 'integer'] }, { type: 'string' })).toEqual(expected);
    const b = { anyOf: [ref('S'), { type: 'integer' }] };
    expect(told('3.1.0', query, b, { anyOf: [ref('S')] }, S)).toEqual(expected);
  });

  it('a removed member the kept one does not take still breaks: an array in a query, any member in a body', () => {
    const b = { anyOf: [ref('S'), { type: 'array', items: { type: 'integer' } }] };
    expect(said('3.1.0', query, b, { anyOf: [ref('S')] }, S)).toContain('request-variant-removed:breaking');
    const json = { anyOf: [ref('S'), { type: 'integer' }] };
    expect(said('3.1.0', body('request'), json, { anyOf: [ref('S')] }, S)).toEqual([
      'request-type-changed:breaking',
      'request-variant-removed:breaking',
    ]);
  });
});

describe('members of one type that send are each compared with the type list', () => {
  const I = { I: { type: 'integer' } };
  const members = [{ type: 'string', maxLength: 3 }, { type: 'string', minLength: 2 }, ref('I')];
  for (const which of ['oneOf', 'anyOf']) {
    it(`response: type [string, integer] → ${which} [short string, long string, $ref integer] sends within the list`, () => {
      expect(
        told('3.1.0', body('response'), { type: ['string', 'integer'] }, { [which]: members }, I),
      ).toEqual([
        'response-max-length-decreased:info GET /p: response 200 maxLength changed from none to 3',
        'response-min-length-increased:info GET /p: response 200 minLength changed from none to 2',
      ]);
    });
    it(`request: ${which} [short string, long string, $ref integer] → type [string, integer] takes more`, () => {
      expect(
        told('3.1.0', body('request'), { [which]: members }, { type: ['string', 'integer'] }, I),
      ).toEqual([
        'request-max-length-increased:info POST /p: request body maxLength changed from 3 to none',
        'request-min-length-decreased:info POST /p: request body minLength changed from 2 to none',
      ]);
    });
  }

  it('response: a member beyond the list is still said, each on its own', () => {
    const object = (type: string) => ({ type: 'object', properties: { a: { type } } });
    const b = { type: ['object', 'null'], properties: { a: { type: 'string' } } };
    const h = { anyOf: [object('string'), object('integer'), { type: 'null' }] };
    expect(told('3.1.0', body('response'), b, h)).toEqual([
      'response-type-changed:breaking GET /p: response 200 property "a" type changed from string to integer',
    ]);
    const [list, mixed] = [
      { type: ['string', 'integer'] },
      { anyOf: [{ type: 'string', maxLength: 3 }, { type: 'string' }, { type: 'boolean' }] },
    ];
    expect(told('3.1.0', body('response'), list, mixed)).toEqual([
      'response-type-changed:breaking GET /p: response 200 type changed from integer | string to boolean | string',
      'response-max-length-decreased:info GET /p: response 200 maxLength changed from none to 3',
    ]);
  });
});

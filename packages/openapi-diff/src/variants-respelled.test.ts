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
function said(
  openapi: string,
  at: (schema: unknown) => Json,
  b: unknown,
  h: unknown,
  bSchemas: Json = {},
  hSchemas: Json = bSchemas,
): string[] {
  const open = (schema: unknown, schemas: Json) => ({
    openapi,
    info: { title: 't', version: '1' },
    paths: at(schema),
    components: { schemas },
  });
  return diffOpenApi(open(b, bSchemas), open(h, hSchemas), { today: TODAY }).changes.map(
    (c) => `${c.rule}:${c.level}`,
  );
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

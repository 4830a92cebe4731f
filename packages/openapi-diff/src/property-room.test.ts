/**
 * Where a property name or a count of properties may occur (decision 85), in the cases a review
 * found read too narrowly: `unevaluatedProperties: false` beside subschemas that may evaluate the
 * names, required names a side does not send, `propertyNames` and `type` written oddly, a 3.0
 * document's `propertyNames`, and a reference cycle or a deep reference chain under `not`.
 */
import { describe, expect, it } from 'vitest';
import { diffOpenApi } from './diff';
import { components, getReturns, postBody } from './test-docs';

type Json = Record<string, unknown>;

/** Rule, level and message of each change, on the request side (POST body) or the response side (GET 200). */
function changes(
  side: 'request' | 'response',
  base: unknown,
  head: unknown,
  openapi = '3.1.0',
  schemas: [Json, Json] = [{}, {}],
): string[] {
  const build = side === 'request' ? postBody : getReturns;
  const open = (schema: unknown, extra: Json) => ({ ...build(schema, components(extra)), openapi });
  return diffOpenApi(open(base, schemas[0]), open(head, schemas[1])).changes.map(
    (c) => `${c.rule}:${c.level}: ${c.message.replace(/^[A-Z]+ \/api\/submissions\/: /, '')}`,
  );
}

const negated = (schema: Json) => ({ type: 'object', not: { type: 'object', ...schema } });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

describe('unevaluatedProperties: false beside subschemas that may evaluate the names', () => {
  const Base = {
    type: 'object',
    properties: { a: { type: 'string' }, b: { type: 'string' }, c: { type: 'string' } },
  };
  const both: [Json, Json] = [{ Base }, { Base }];

  it('does not make a count no object can have: the change counts (an allOf reference, a branch, a $ref beside it)', () => {
    const member = (maxProperties: number) => ({
      type: 'object',
      allOf: [ref('Base')],
      unevaluatedProperties: false,
      maxProperties,
    });
    expect(changes('request', member(3), member(1), '3.1.0', both)).toEqual([
      'request-max-properties-decreased:breaking: request body maxProperties changed from 3 to 1',
    ]);
    expect(changes('response', member(1), member(3), '3.1.0', both)).toEqual([
      'response-max-properties-increased:breaking: response 200 maxProperties changed from 1 to 3',
    ]);
    const branches = (maxProperties: number) => ({
      type: 'object',
      anyOf: [{ properties: { a: {}, b: {} } }, { properties: { c: {} } }],
      unevaluatedProperties: false,
      maxProperties,
    });
    expect(changes('request', branches(2), branches(1))).toEqual([
      'request-max-properties-decreased:breaking: request body maxProperties changed from 2 to 1',
    ]);
    const sibling = (maxProperties: number) => ({
      ...ref('Base'),
      unevaluatedProperties: false,
      maxProperties,
    });
    expect(changes('request', sibling(3), sibling(1), '3.1.0', both)).toEqual([
      'request-max-properties-decreased:breaking: request body maxProperties changed from 3 to 1',
    ]);
  });

  it('under not, a required name an allOf reference may list is the undecided warning, not silence', () => {
    const schema = (required: string[]) =>
      negated({ allOf: [ref('Base')], unevaluatedProperties: false, required });
    expect(changes('request', schema(['a']), schema(['a', 'b']), '3.1.0', both)).toEqual([
      'negated-property-changed:warning: request body property "(not).b" is now required (under not: the values accepted may change either way)',
    ]);
    expect(changes('response', schema(['a', 'b']), schema(['a']), '3.1.0', both)).toEqual([
      'negated-property-changed:warning: response 200 property "(not).b" is no longer required (under not: the values that may come may change either way)',
    ]);
  });

  it('a required name leaving properties that an allOf reference still lists keeps a value: nothing changed', () => {
    const B2 = { type: 'object', properties: { a: { type: 'string' } } };
    const schema = (own: boolean) => ({
      type: 'object',
      allOf: [ref('B2')],
      ...(own ? { properties: { a: { type: 'string' } } } : {}),
      required: ['a'],
      unevaluatedProperties: false,
    });
    expect(changes('response', schema(true), schema(false), '3.1.0', [{ B2 }, { B2 }])).toEqual([]);
    expect(changes('request', schema(true), schema(false), '3.1.0', [{ B2 }, { B2 }])).toEqual([]);
  });
});

describe.each(['3.0.3', '3.1.0'])(
  'a required name leaving properties, still listed by an allOf reference (OpenAPI %s)',
  (openapi) => {
    it('follows that listing: only what differs from it is reported', () => {
      const Base = { type: 'object', properties: { a: { type: 'string' } } };
      const schema = (own: boolean) => ({
        type: 'object',
        allOf: [ref('Base')],
        ...(own ? { properties: { a: { type: 'string', maxLength: 5 } } } : {}),
        required: ['a'],
      });
      const why =
        'no longer listed but still required: its value now follows the allOf member that lists it (/components/schemas/Base/properties/a)';
      expect(changes('response', schema(true), schema(false), openapi, [{ Base }, { Base }])).toEqual([
        `response-max-length-increased:breaking: response 200 property "a" maxLength changed from 5 to none (${why})`,
      ]);
      expect(changes('request', schema(true), schema(false), openapi, [{ Base }, { Base }])).toEqual([
        `request-max-length-increased:info: request body property "a" maxLength changed from 5 to none (${why})`,
      ]);
    });
  },
);

describe.each(['3.0.3', '3.1.0'])(
  'property counts with names a side does not send (OpenAPI %s)',
  (openapi) => {
    it('a readOnly required name does not fill a request, a writeOnly one not a response', () => {
      const request = (minProperties: number) => ({
        type: 'object',
        properties: { id: { type: 'string', readOnly: true }, a: { type: 'string' } },
        required: ['id', 'a'],
        minProperties,
      });
      expect(changes('request', request(1), request(2), openapi)).toEqual([
        'request-min-properties-increased:breaking: request body minProperties changed from 1 to 2',
      ]);
      const capped = (maxProperties: number) => ({
        type: 'object',
        properties: { id: { type: 'string', readOnly: true }, a: {}, b: {} },
        required: ['id', 'a', 'b'],
        maxProperties,
      });
      expect(changes('request', capped(2), capped(1), openapi)).toEqual([
        'request-max-properties-decreased:breaking: request body maxProperties changed from 2 to 1',
      ]);
      const response = (minProperties: number) => ({
        type: 'object',
        properties: { pw: { type: 'string', writeOnly: true }, a: { type: 'string' } },
        required: ['pw', 'a'],
        minProperties,
      });
      expect(changes('response', response(2), response(1), openapi)).toEqual([
        'response-min-properties-decreased:breaking: response 200 minProperties changed from 2 to 1',
      ]);
    });

    it('items without type do not rule objects out', () => {
      const schema = (maxProperties: number) => ({ items: { type: 'string' }, maxProperties });
      expect(changes('request', schema(3), schema(1), openapi)).toEqual([
        'request-max-properties-decreased:breaking: request body maxProperties changed from 3 to 1',
      ]);
    });
  },
);

describe('propertyNames read for room', () => {
  it('an unknown type name or a length that is no length restricts nothing', () => {
    for (const propertyNames of [{ type: 'String' }, { type: 5 }, { maxLength: -1 }, { minLength: 1.5 }]) {
      const schema = (maxProperties: number) => ({ type: 'object', propertyNames, maxProperties });
      expect(changes('request', schema(3), schema(1))).toEqual([
        'request-max-properties-decreased:breaking: request body maxProperties changed from 3 to 1',
      ]);
    }
  });

  it('is not read in a 3.0 document, where it is no keyword', () => {
    const names = { enum: ['a'] };
    const schema = (maxProperties: number) => ({ type: 'object', propertyNames: names, maxProperties });
    expect(changes('response', schema(1), schema(3), '3.0.3')).toEqual([
      'response-max-properties-increased:breaking: response 200 maxProperties changed from 1 to 3',
    ]);
    expect(changes('response', schema(1), schema(3), '3.1.0')).toEqual([]);
    const listed = (properties: Json) => negated({ propertyNames: names, properties });
    const a = { a: { type: 'string' } };
    expect(changes('response', listed(a), listed({ ...a, b: { type: 'integer' } }), '3.0.3')).toEqual([
      'response-type-changed:breaking: response 200 property "(not).b" was added (optional) (under not: more values may come)',
    ]);
    expect(changes('response', listed(a), listed({ ...a, b: { type: 'integer' } }), '3.1.0')).toEqual([]);
  });
});

describe('references below a property whose room under not is undecided', () => {
  it('a cycle: the change below is one warning, whatever order the properties are in', () => {
    const node = (type: string, selfFirst: boolean) => {
      const self = { self: ref('Node') };
      const v = { v: { type } };
      return {
        type: 'object',
        propertyNames: { pattern: '^x' },
        properties: selfFirst ? { ...self, ...v } : { ...v, ...self },
      };
    };
    const top = { type: 'object', not: ref('Node') };
    for (const selfFirst of [true, false]) {
      expect(
        changes('request', top, top, '3.1.0', [
          { Node: node('string', selfFirst) },
          { Node: node('integer', selfFirst) },
        ]),
      ).toEqual([
        'negated-property-changed:warning: request body property "(not).self" changed, and whether its name may be present is not known (under not: the values accepted may change either way)',
        'negated-property-changed:warning: request body property "(not).v" type changed from string to integer (under not: the values accepted may change either way)',
      ]);
    }
  });

  it('a cycle beside another reference: each warning only if something below changed', () => {
    const node = (description: string, leafFirst: boolean) => {
      const self = { self: ref('Node') };
      const w = { w: ref('Leaf') };
      return {
        type: 'object',
        description,
        propertyNames: { pattern: '^x' },
        properties: leafFirst ? { ...w, ...self } : { ...self, ...w },
      };
    };
    const top = { type: 'object', not: ref('Node') };
    for (const leafFirst of [true, false]) {
      const before = { Node: node('a', leafFirst), Leaf: { type: 'string' } };
      expect(
        changes('request', top, top, '3.1.0', [before, { ...before, Node: node('b', leafFirst) }]),
      ).toEqual([]);
      expect(
        changes('request', top, top, '3.1.0', [
          before,
          { Node: node('b', leafFirst), Leaf: { type: 'integer' } },
        ]),
      ).toEqual([
        'negated-property-changed:warning: request body property "(not).self" changed, and whether its name may be present is not known (under not: the values accepted may change either way)',
        'negated-property-changed:warning: request body property "(not).w" changed, and whether its name may be present is not known (under not: the values accepted may change either way)',
      ]);
    }
  });

  it('a chain 3000 references deep: the warning, no exception', () => {
    const chain = (last: string) => {
      const schemas: Json = {};
      for (let i = 0; i < 3000; i++)
        schemas[`S${i}`] = {
          type: 'object',
          propertyNames: { pattern: '^x' },
          properties: { n: ref(`S${i + 1}`) },
        };
      schemas.S3000 = { type: last };
      return schemas;
    };
    const top = { type: 'object', not: ref('S0') };
    expect(changes('request', top, top, '3.1.0', [chain('string'), chain('integer')])).toEqual([
      'negated-property-changed:warning: request body property "(not).n" changed, and whether its name may be present is not known (under not: the values accepted may change either way)',
    ]);
    const same = chain('string');
    expect(changes('request', top, top, '3.1.0', [same, chain('string')])).toEqual([]);
  });
});

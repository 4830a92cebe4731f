/**
 * OpenAPI 3.1 / JSON Schema 2020-12 cases: `null` in enums, types and constants, nullable
 * wrappers written two ways; request side and response side, and 3.0 where the feature exists.
 */
import { describe, expect, it } from 'vitest';
import { diffOpenApi } from './diff';
import { components, getReturns, obj, postBody, ref } from './test-docs';

type Json = Record<string, unknown>;

const v31 = (document: Json): Json => ({ ...document, openapi: '3.1.0' });

/** Rule and message of each change, on the request side (POST body) or the response side (GET 200). */
function changes(side: 'request' | 'response', base: unknown, head: unknown, version = '3.1'): string[] {
  const build = side === 'request' ? postBody : getReturns;
  const extra = components({ Name: { type: 'string' } });
  const open = (schema: unknown) => (version === '3.1' ? v31(build(schema, extra)) : build(schema, extra));
  return diffOpenApi(open(base), open(head)).changes.map(
    (c) => `${c.rule}: ${c.message.replace(/^[A-Z]+ \/api\/submissions\/: /, '')}`,
  );
}

describe('null in enum, type and const (3.1)', () => {
  const withNull = { type: ['string', 'null'], enum: ['draft', 'sent', null] };
  const withoutNull = { type: ['string', 'null'], enum: ['draft', 'sent'] };

  it('null dropped from an enum while type still lists it: requests break, responses narrow', () => {
    expect(changes('request', withNull, withoutNull)).toEqual([
      'request-enum-value-removed: request body no longer accepts null',
    ]);
    expect(changes('response', withNull, withoutNull)).toEqual([
      'response-enum-value-removed: response 200 will no longer be null',
    ]);
  });

  it('null added to an enum whose type lists it: requests widen, responses break', () => {
    expect(changes('request', withoutNull, withNull)).toEqual([
      'request-enum-value-added: request body now also accepts null',
    ]);
    expect(changes('response', withoutNull, withNull)).toEqual([
      'response-type-changed: response 200 may now be null',
    ]);
  });

  it('type: [x, "null"] beside an enum without null means the same as type: x: no change', () => {
    const plain = { type: 'string', enum: ['draft', 'sent'] };
    expect(changes('request', withoutNull, plain)).toEqual([]);
    expect(changes('response', plain, withoutNull)).toEqual([]);
  });

  it('null added to or removed from a type list of a nested property and of array items', () => {
    const prop = (type: unknown) => obj({ note: { type } });
    expect(changes('request', prop('string'), prop(['string', 'null']))).toEqual([
      'request-type-widened: request body property "note" type changed from string to null | string',
    ]);
    expect(changes('request', prop(['string', 'null']), prop('string'))).toEqual([
      'request-type-changed: request body property "note" type changed from null | string to string',
    ]);
    expect(changes('response', prop('string'), prop(['string', 'null']))).toEqual([
      'response-type-changed: response 200 property "note" type changed from string to null | string',
    ]);
    const items = (type: unknown) => ({ type: 'array', items: { type } });
    expect(changes('response', items(['integer', 'null']), items('integer'))).toEqual([
      'response-type-narrowed: response 200 property "[]" type changed from integer | null to integer',
    ]);
  });

  it('const: null is type: "null"; a constant changed to or from null is one change', () => {
    expect(changes('request', { const: null }, { type: 'null' })).toEqual([]);
    expect(changes('response', { const: null }, { const: null })).toEqual([]);
    expect(changes('request', { const: null }, { const: 'a' })).toEqual([
      'request-type-changed: request body const changed from null to "a"',
    ]);
    expect(changes('response', { const: 'a' }, { const: null })).toEqual([
      'response-type-changed: response 200 const changed from "a" to null',
    ]);
  });
});

describe('null among the values of a schema without type', () => {
  it('a const that becomes an enum listing null: responses may now be null (breaks), requests accept one more', () => {
    expect(changes('response', { const: 'a' }, { enum: ['a', null] })).toEqual([
      'response-type-changed: response 200 may now be null',
    ]);
    expect(changes('request', { const: 'a' }, { enum: ['a', null] })).toEqual([
      'request-enum-value-added: request body now also accepts null',
    ]);
  });

  it('an enum listing null that becomes a const: requests no longer accept null (breaks), responses narrow', () => {
    expect(changes('request', { enum: ['a', null] }, { const: 'a' })).toEqual([
      'request-enum-value-removed: request body no longer accepts null',
    ]);
    expect(changes('response', { enum: ['a', null] }, { const: 'a' })).toEqual([
      'response-enum-value-removed: response 200 will no longer be null',
    ]);
    expect(changes('request', { enum: ['a', null] }, { enum: [null, 'a'] })).toEqual([]);
  });

  it('3.0: nullable beside an enum without type gained or lost is null gained or lost', () => {
    expect(changes('request', { enum: ['a'], nullable: true }, { enum: ['a'] }, '3.0')).toEqual([
      'request-enum-value-removed: request body no longer accepts null',
    ]);
    expect(changes('response', { enum: ['a'] }, { enum: ['a'], nullable: true }, '3.0')).toEqual([
      'response-type-changed: response 200 may now be null',
    ]);
    expect(
      changes('response', { enum: ['a'], nullable: true }, { enum: ['a'], nullable: true }, '3.0'),
    ).toEqual([]);
  });
});

describe('anyOf of false alone', () => {
  it('admits nothing: a string variant removed leaves nothing, said so', () => {
    const base = { type: 'object', properties: { a: { anyOf: [{ type: 'string' }, false] } } };
    const head = { type: 'object', properties: { a: { anyOf: [false] } } };
    expect(changes('request', base, head)).toEqual([
      'request-type-changed: request body property "a" type changed from string to nothing',
      'request-variant-removed: request body property "a" may no longer be an inline schema',
    ]);
  });
});

describe('nullable written two ways', () => {
  const wrappers: [string, unknown, unknown][] = [
    [
      'anyOf: [X, {type: null}] and type: [X, null]',
      { anyOf: [{ type: 'string' }, { type: 'null' }] },
      { type: ['string', 'null'] },
    ],
    [
      'oneOf: [$ref, {type: null}] and anyOf',
      { oneOf: [ref('Name'), { type: 'null' }] },
      { anyOf: [ref('Name'), { type: 'null' }] },
    ],
    [
      'an object in a nullable wrapper and with type: [object, null]',
      { anyOf: [obj({ a: { type: 'string' } }), { type: 'null' }] },
      { ...obj({ a: { type: 'string' } }), type: ['object', 'null'] },
    ],
    [
      'an enum in a nullable wrapper and with null in both type and enum',
      { anyOf: [{ type: 'string', enum: ['a', 'b'] }, { type: 'null' }] },
      { type: ['string', 'null'], enum: ['a', 'b', null] },
    ],
    [
      'nullable: true and type: [x, null] (3.0 to 3.1 wording)',
      { type: 'string', nullable: true },
      { type: ['string', 'null'] },
    ],
  ];
  it.each(wrappers)('%s: no change, both ways, request and response', (_, a, b) => {
    for (const side of ['request', 'response'] as const) {
      expect(changes(side, a, b)).toEqual([]);
      expect(changes(side, b, a)).toEqual([]);
    }
  });

  it('a real change under a nullable wrapper is still found once', () => {
    const base = { anyOf: [{ type: 'string', enum: ['a', 'b'] }, { type: 'null' }] };
    const head = { type: ['string', 'null'], enum: ['a', null] };
    expect(changes('request', base, head)).toEqual([
      'request-enum-value-removed: request body no longer accepts "b"',
    ]);
    expect(changes('response', base, head)).toEqual([
      'response-enum-value-removed: response 200 will no longer be "b"',
    ]);
  });

  it('a nullable wrapper losing its null variant: requests break, responses narrow', () => {
    const base = { anyOf: [{ type: 'string' }, { type: 'null' }] };
    expect(changes('request', base, { type: 'string' })).toEqual([
      'request-type-changed: request body type changed from null | string to string',
    ]);
    expect(changes('response', base, { type: 'string' })).toEqual([
      'response-type-narrowed: response 200 type changed from null | string to string',
    ]);
  });
});

describe('null in enums, 3.0', () => {
  it('nullable: true keeps admitting null beside an enum without it (the lenient reading)', () => {
    const nullable = { type: 'string', nullable: true, enum: ['a'] };
    expect(
      changes('request', nullable, { type: 'string', nullable: true, enum: ['a', null] }, '3.0'),
    ).toEqual([]);
    expect(changes('request', nullable, { type: 'string', enum: ['a'] }, '3.0')).toEqual([
      'request-type-changed: request body type changed from null | string to string',
    ]);
    expect(changes('response', { type: 'string', enum: ['a'] }, nullable, '3.0')).toEqual([
      'response-type-changed: response 200 type changed from string to null | string',
    ]);
  });
});

describe('a request allOf that gains a member (3.0 and 3.1)', () => {
  const schemas = {
    Pet: obj({ name: { type: 'string' } }, ['name']),
    Tagged: obj({ tag: { type: 'string' } }, ['tag']),
    Stamped: obj({ id: { type: 'integer', readOnly: true }, created: { type: 'string', readOnly: true } }, [
      'id',
    ]),
    Short: { properties: { name: { type: 'string', maxLength: 5 } } },
    Small: { type: 'object', maxProperties: 3 },
    Either: { anyOf: [{ required: ['name'] }, { required: ['tag'] }] },
  };
  const compare = (version: string, side: 'request' | 'response', member: string): string[] => {
    const at = (schema: unknown) => {
      const build = side === 'request' ? postBody : getReturns;
      const document = build(schema, components(schemas));
      return version === '3.1' ? v31(document) : document;
    };
    const result = diffOpenApi(at({ allOf: [ref('Pet')] }), at({ allOf: [ref('Pet'), ref(member)] }));
    return result.changes.map((c) => `${c.rule}: ${c.message.replace(/^[A-Z]+ \/api\/submissions\/: /, '')}`);
  };

  for (const version of ['3.0', '3.1']) {
    it(`${version}: a member that only adds a required property is one finding, by the property rule`, () => {
      expect(compare(version, 'request', 'Tagged')).toEqual([
        'request-body-required-field-added: request body property "tag" was added and is required',
      ]);
    });

    it(`${version}: a member that only adds readOnly properties asks nothing of a request`, () => {
      expect(compare(version, 'request', 'Stamped')).toEqual([]);
    });

    it(`${version}: a member that only adds a bound is one finding, by the bound's rule`, () => {
      expect(compare(version, 'request', 'Small')).toEqual([
        'request-max-properties-decreased: request body maxProperties changed from none to 3',
      ]);
    });

    it(`${version}: a member that constrains what the base already had, or adds a composition, is the allOf rule`, () => {
      expect(compare(version, 'request', 'Short')).toEqual([
        'request-all-of-member-added: request body allOf gained #/components/schemas/Short: what is sent must match it too',
      ]);
      expect(compare(version, 'request', 'Either')).toEqual([
        'request-all-of-member-added: request body allOf gained #/components/schemas/Either: what is sent must match it too',
      ]);
    });

    it(`${version}: a member that constrains a name the base admitted through additionalProperties or patternProperties is the allOf rule`, () => {
      const opens: Json[] = [{ additionalProperties: { type: 'string' } }, { additionalProperties: true }];
      if (version === '3.1') opens.push({ patternProperties: { '^t': { type: 'string' } } });
      for (const open of opens) {
        const own = {
          Pet: { ...obj({ name: { type: 'string' } }), ...open },
          T: obj({ tag: { type: 'integer' } }),
        };
        const at = (schema: unknown) => {
          const document = postBody(schema, components(own));
          return version === '3.1' ? v31(document) : document;
        };
        const result = diffOpenApi(at({ allOf: [ref('Pet')] }), at({ allOf: [ref('Pet'), ref('T')] }));
        expect(
          result.changes.filter((c) => c.level === 'breaking').map((c) => c.rule),
          JSON.stringify(open),
        ).toEqual(['request-all-of-member-added']);
      }
    });

    it(`${version}: in a response, a new member is no break`, () => {
      expect(compare(version, 'response', 'Tagged').filter((c) => c.includes('all-of'))).toEqual([]);
      expect(compare(version, 'response', 'Stamped')).toEqual([
        'response-field-added: response 200 property "created" was added',
        'response-field-added: response 200 property "id" was added',
      ]);
    });
  }
});

describe('boolean schemas (3.1): judged by what they accept', () => {
  const S = { type: 'string' };
  const object = (extra: Json) => ({ type: 'object', properties: { a: S }, ...extra });
  const array = (items: unknown) => ({ type: 'array', items });
  // [what changed, base, head, request side, response side]
  const cases: [string, unknown, unknown, string[], string[]][] = [
    [
      'additionalProperties true → a schema',
      object({ additionalProperties: true }),
      object({ additionalProperties: S }),
      ['request-type-changed: request body property "*" type changed from any to string'],
      ['response-type-narrowed: response 200 property "*" type changed from any to string'],
    ],
    [
      'additionalProperties a schema → true',
      object({ additionalProperties: S }),
      object({ additionalProperties: true }),
      ['request-type-widened: request body property "*" type changed from string to any'],
      ['response-type-changed: response 200 property "*" type changed from string to any'],
    ],
    [
      'additionalProperties {} → false',
      object({ additionalProperties: {} }),
      object({ additionalProperties: false }),
      ['request-additional-properties-closed: request body no longer accepts other properties'],
      [],
    ],
    [
      'additionalProperties true → {} → absent',
      object({ additionalProperties: true }),
      object({ additionalProperties: {} }),
      [],
      [],
    ],
    ['additionalProperties true → absent', object({ additionalProperties: true }), object({}), [], []],
    [
      'items true → false',
      array(true),
      array(false),
      ['request-type-changed: request body property "[]" type changed from any to nothing'],
      ['response-type-narrowed: response 200 property "[]" type changed from any to nothing'],
    ],
    [
      'items false → a schema',
      array(false),
      array(S),
      ['request-type-widened: request body property "[]" type changed from nothing to string'],
      ['response-type-changed: response 200 property "[]" type changed from nothing to string'],
    ],
    [
      'items false → absent (after prefixItems)',
      { type: 'array', prefixItems: [S], items: false },
      { type: 'array', prefixItems: [S] },
      ['request-type-widened: request body property "[]" type changed from nothing to any'],
      ['response-type-changed: response 200 property "[]" type changed from nothing to any'],
    ],
    ['items {} → true', array({}), array(true), [], []],
    [
      'a property x: false → a schema',
      object({ properties: { x: false } }),
      object({ properties: { x: S } }),
      ['request-type-widened: request body property "x" type changed from nothing to string'],
      ['response-type-changed: response 200 property "x" type changed from nothing to string'],
    ],
    [
      'a property x: a schema → true',
      object({ properties: { x: S } }),
      object({ properties: { x: true } }),
      ['request-type-widened: request body property "x" type changed from string to any'],
      ['response-type-changed: response 200 property "x" type changed from string to any'],
    ],
    [
      'the body schema true → false',
      true,
      false,
      ['request-type-changed: request body type changed from any to nothing'],
      ['response-type-narrowed: response 200 type changed from any to nothing'],
    ],
    [
      'an allOf member true → false',
      { allOf: [true] },
      { allOf: [false] },
      ['request-type-changed: request body type changed from any to nothing'],
      ['response-type-narrowed: response 200 type changed from any to nothing'],
    ],
    ['an anyOf variant false dropped', { anyOf: [S, false] }, { anyOf: [S] }, [], []],
  ];

  it.each(cases)('%s', (_, base, head, request, response) => {
    expect(changes('request', base, head)).toEqual(request);
    expect(changes('response', base, head)).toEqual(response);
  });

  it('never throws, whatever keyword holds a boolean on either side', () => {
    const keywords = [
      'items',
      'additionalProperties',
      'not',
      'if',
      'then',
      'else',
      'contains',
      'propertyNames',
      'unevaluatedItems',
      'unevaluatedProperties',
      'contentSchema',
    ];
    for (const keyword of keywords)
      for (const a of [true, false, {}, S])
        for (const b of [true, false, {}, S])
          for (const side of ['request', 'response'] as const)
            expect(() => changes(side, { [keyword]: a }, { [keyword]: b })).not.toThrow();
  });
});

/**
 * minProperties and maxProperties (OpenAPI 3.0 and 3.1) and propertyNames (3.1) outside `not`:
 * a request that accepts less breaks, a response that may send more breaks; the other way is
 * info. A count no object can have (past the names a closed object lists) changes nothing.
 * Under `not` they are in not.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { diffOpenApi } from './diff';
import { getReturns, postBody } from './test-docs';

type Json = Record<string, unknown>;

/** Rule, level and message of each change, on the request side (POST body) or the response side (GET 200). */
function changes(side: 'request' | 'response', base: Json, head: Json, openapi: string): string[] {
  const build = side === 'request' ? postBody : getReturns;
  const open = (schema: Json) => ({ ...build(schema), openapi });
  return diffOpenApi(open(base), open(head)).changes.map(
    (c) => `${c.rule}:${c.level}: ${c.message.replace(/^[A-Z]+ \/api\/submissions\/: /, '')}`,
  );
}

const object = (extra: Json) => ({ type: 'object', ...extra });

describe.each(['3.0.3', '3.1.0'])('property counts, OpenAPI %s', (openapi) => {
  it('maxProperties lowered or set: a request accepts less (breaking), a response promises more (info)', () => {
    for (const [base, from] of [
      [object({ maxProperties: 3 }), '3'],
      [object({}), 'none'],
    ] as const) {
      expect(changes('request', base, object({ maxProperties: 2 }), openapi)).toEqual([
        `request-max-properties-decreased:breaking: request body maxProperties changed from ${from} to 2`,
      ]);
      expect(changes('response', base, object({ maxProperties: 2 }), openapi)).toEqual([
        `response-max-properties-decreased:info: response 200 maxProperties changed from ${from} to 2`,
      ]);
    }
  });

  it('maxProperties raised: a response may send more (breaking), unless no object can hold that many', () => {
    expect(changes('response', object({ maxProperties: 2 }), object({ maxProperties: 5 }), openapi)).toEqual([
      'response-max-properties-increased:breaking: response 200 maxProperties changed from 2 to 5',
    ]);
    const closed = (maxProperties: number) =>
      object({ properties: { a: {}, b: {} }, additionalProperties: false, maxProperties });
    expect(changes('response', closed(2), closed(5), openapi)).toEqual([]);
    expect(changes('request', closed(5), closed(2), openapi)).toEqual([]);
    expect(changes('request', closed(5), closed(1), openapi)).toEqual([
      'request-max-properties-decreased:breaking: request body maxProperties changed from 5 to 1',
    ]);
  });

  it('minProperties raised: a request accepts less; lowered: a response may send fewer', () => {
    expect(changes('request', object({ minProperties: 1 }), object({ minProperties: 2 }), openapi)).toEqual([
      'request-min-properties-increased:breaking: request body minProperties changed from 1 to 2',
    ]);
    expect(changes('response', object({ minProperties: 1 }), object({ minProperties: 2 }), openapi)).toEqual([
      'response-min-properties-increased:info: response 200 minProperties changed from 1 to 2',
    ]);
    expect(changes('response', object({ minProperties: 2 }), object({ minProperties: 1 }), openapi)).toEqual([
      'response-min-properties-decreased:breaking: response 200 minProperties changed from 2 to 1',
    ]);
    // Required names already ask for two: a minimum of one or two admits the same objects.
    const required = (minProperties: number) => object({ required: ['a', 'b'], minProperties });
    expect(changes('request', required(1), required(2), openapi)).toEqual([]);
  });
});

describe('propertyNames (OpenAPI 3.1)', () => {
  it('gained, or its names narrowed: a request accepts less (breaking), a response promises more (info)', () => {
    const names = (schema: Json) => object({ propertyNames: schema });
    expect(changes('request', object({}), names({ enum: ['a', 'b'] }), '3.1.0')).toEqual([
      'request-schema-keyword-added:breaking: request body gained propertyNames',
    ]);
    expect(changes('response', object({}), names({ enum: ['a', 'b'] }), '3.1.0')).toEqual([
      'response-schema-keyword-added:info: response 200 gained propertyNames',
    ]);
    expect(changes('request', names({ enum: ['a', 'b'] }), names({ enum: ['a'] }), '3.1.0')).toEqual([
      'request-enum-value-removed:breaking: request body property "(propertyNames)" no longer accepts "b"',
    ]);
    expect(
      changes('request', names({ type: 'string' }), names({ type: 'string', pattern: '^[a-z]+$' }), '3.1.0'),
    ).toEqual([
      'request-pattern-added:breaking: request body property "(propertyNames)" must now match ^[a-z]+$',
    ]);
  });

  it('its names widened: a response may carry names clients were told it would not', () => {
    const names = (schema: Json) => object({ propertyNames: schema });
    expect(changes('response', names({ maxLength: 3 }), names({ maxLength: 5 }), '3.1.0')).toEqual([
      'response-max-length-increased:breaking: response 200 property "(propertyNames)" maxLength changed from 3 to 5',
    ]);
    expect(changes('response', names({ maxLength: 3 }), object({}), '3.1.0')).toEqual([
      'response-schema-keyword-removed:breaking: response 200 lost propertyNames',
    ]);
    // A name listed more is an enum value added: a warning, as for any response value.
    expect(changes('response', names({ enum: ['a'] }), names({ enum: ['a', 'b'] }), '3.1.0')).toEqual([
      'response-enum-value-added:warning: response 200 property "(propertyNames)" may now be "b"',
    ]);
  });
});

/**
 * Review of decisions 77 and 79: in text, `oneOf`/`anyOf` members removed still break a request
 * when the new schema is a string; a schema without `type` admits null however it is written
 * (plain, or through `allOf` members and `$ref`s), and one that gets a type from its members does not.
 */
import { describe, expect, it } from 'vitest';
import { diffOpenApi } from './diff';

type Json = Record<string, unknown>;
const TODAY = '2026-12-08';
const VERSIONS = ['3.0.3', '3.1.0'] as const;
const str = { type: 'string' };
const int = { type: 'integer' };
const bool = { type: 'boolean' };

const query = (schema: Json) => ({
  '/p': {
    get: { parameters: [{ name: 'q', in: 'query', schema }], responses: { '204': { description: 'OK' } } },
  },
});
const body = (side: 'request' | 'response') => (schema: Json) => {
  const content = { 'application/json': { schema } };
  return side === 'request'
    ? {
        '/p': {
          post: { requestBody: { required: true, content }, responses: { '204': { description: 'OK' } } },
        },
      }
    : { '/p': { post: { responses: { '200': { description: 'OK', content } } } } };
};

for (const openapi of VERSIONS) {
  const said = (paths: (s: Json) => Json, b: Json, h: Json, components: Json = {}) =>
    diffOpenApi(
      { openapi, info: { title: 't', version: '1' }, paths: paths(b), components },
      { openapi, info: { title: 't', version: '1' }, paths: paths(h), components },
      { today: TODAY },
    ).changes.map((c) => `${c.rule}:${c.level}: ${c.message}`);

  describe(`${openapi} in text, oneOf/anyOf members removed for a string still break a request`, () => {
    for (const keyword of ['oneOf', 'anyOf']) {
      it(`${keyword}: [integer, boolean] → string`, () => {
        expect(said(query, { [keyword]: [int, bool] }, str)).toEqual([
          'parameter-type-changed:breaking: GET /p: query parameter "q" type changed from boolean | integer to string',
          'request-variant-added:info: GET /p: query parameter "q" is no longer one of several schemas',
        ]);
      });

      it(`${keyword}: [string, integer] → string`, () => {
        expect(said(query, { [keyword]: [str, int] }, str)).toEqual([
          'parameter-type-changed:breaking: GET /p: query parameter "q" type changed from integer | string to string',
          'request-variant-removed:breaking: GET /p: query parameter "q" may no longer be an inline schema',
        ]);
      });
    }

    it('a plain type still becomes a string as info', () => {
      expect(said(query, int, str)).toEqual([
        'request-type-widened:info: GET /p: query parameter "q" type changed from integer to string',
      ]);
    });
  });

  describe(`${openapi} a schema without type anywhere admits null, written plain or through allOf`, () => {
    const props = { properties: { name: str } };
    const nullableObject =
      openapi === '3.0.3'
        ? { type: 'object', nullable: true, ...props }
        : { type: ['object', 'null'], ...props };
    const request = body('request');
    const response = body('response');

    it('a request whose nullable object became an untyped allOf still takes null', () => {
      expect(said(request, nullableObject, props)).toEqual([]);
      expect(said(request, nullableObject, { allOf: [props] })).toEqual([]);
      expect(said(request, nullableObject, { ...props, allOf: [{ required: ['name'] }] })).toEqual([
        'request-body-required-field-added:breaking: POST /p: request body property "name" is now required',
      ]);
      // Through a reference member without type.
      const components = { schemas: { Named: props } };
      expect(
        said(request, nullableObject, { allOf: [{ $ref: '#/components/schemas/Named' }] }, components),
      ).toEqual([]);
    });

    it('a response that declares null where its untyped allOf declared nothing promises what it did', () => {
      expect(said(response, { allOf: [props] }, nullableObject)).toEqual([]);
    });

    it('a type in an allOf member, plain or referenced, still refuses null', () => {
      expect(said(request, nullableObject, { allOf: [{ type: 'object' }, props] })).toEqual([
        'request-type-changed:breaking: POST /p: request body type changed from null | object to object',
      ]);
      const components = { schemas: { Typed: { type: 'object', ...props } } };
      expect(
        said(
          request,
          nullableObject,
          { ...props, allOf: [{ $ref: '#/components/schemas/Typed' }] },
          components,
        ),
      ).toEqual([
        'request-type-changed:breaking: POST /p: request body type changed from null | object to object',
      ]);
    });
  });
}

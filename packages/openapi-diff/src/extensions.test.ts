/**
 * `x-` keys are specification extensions only in objects the spec says may be extended (decision
 * 85): Paths, Path Item, Responses, Callback, OAuth Flows. In maps of names (schema properties,
 * parameters, headers, discriminator mappings, components, scopes) an `x-` name is a name.
 */
import { describe, expect, it } from 'vitest';
import { diffOpenApi } from './diff';

type Json = Record<string, unknown>;
const VERSIONS = ['3.0.3', '3.1.0'] as const;
const S = { type: 'string' };

function said(base: Json, head: Json): [string, string][] {
  return diffOpenApi(base, head, { today: '2026-12-08' }).changes.map((c) => [
    `${c.rule}:${c.level}`,
    c.message,
  ]);
}

for (const openapi of VERSIONS) {
  const api = (paths: Json, more: Json = {}): Json => ({
    openapi,
    info: { title: 't', version: '1' },
    paths,
    ...more,
  });
  const responding = (responses: Json) => api({ '/x': { get: { responses } } });
  const okJson = { description: 'OK', content: { 'application/json': { schema: S } } };

  describe(`${openapi} extensions are no part of the API`, () => {
    it('an x- key of a Responses object is no status', () => {
      const base = responding({ '200': okJson, 'x-summary': 'legacy' });
      const head = responding({ '200': okJson });
      expect(said(base, head)).toEqual([]);
      expect(said(head, base)).toEqual([]);
      const meta = (type: string) =>
        responding({
          '200': okJson,
          'x-meta': { description: 'm', content: { 'application/json': { schema: { type } } } },
        });
      expect(said(meta('string'), meta('integer'))).toEqual([]);
      expect(said(meta('string'), responding({ '200': okJson, 'x-meta': { description: 'm' } }))).toEqual([]);
    });

    it('statuses beside x- keys are still compared', () => {
      const base = responding({ '200': okJson, '404': { description: 'gone' }, 'x-summary': 'a' });
      const head = responding({ '200': okJson, '409': { description: 'conflict' }, 'x-summary': 'b' });
      expect(said(base, head)).toEqual([
        ['response-non-success-status-removed:info', 'GET /x: response 404 was removed'],
        ['response-status-added:info', 'GET /x: response 409 was added'],
      ]);
    });

    it('an x- key of Paths or a Path Item is no path nor operation', () => {
      const item = { get: { responses: { '200': okJson } } };
      const base = api({ '/x': item });
      const head = api({
        '/x': { ...item, 'x-post': { responses: { '200': okJson } } },
        'x-internal': { get: { responses: { '200': okJson } } },
      });
      expect(said(base, head)).toEqual([]);
      expect(said(head, base)).toEqual([]);
    });
  });

  describe(`${openapi} x- names in maps of names are names`, () => {
    it('a property named x-… is compared', () => {
      const body = (properties: Json, required: string[]) =>
        api({
          '/x': {
            get: {
              responses: {
                '200': {
                  description: 'OK',
                  content: { 'application/json': { schema: { type: 'object', properties, required } } },
                },
              },
            },
          },
        });
      expect(said(body({ 'x-id': S }, ['x-id']), body({}, []))).toEqual([
        ['response-field-removed:breaking', 'GET /x: response 200 property "x-id" was removed'],
      ]);
      expect(said(body({ 'x-id': S }, ['x-id']), body({ 'x-id': { type: 'integer' } }, ['x-id']))).toEqual([
        [
          'response-type-changed:breaking',
          'GET /x: response 200 property "x-id" type changed from string to integer',
        ],
      ]);
    });

    it('a parameter or a response header named x-… is compared', () => {
      const params = (parameters: Json[]) =>
        api({ '/x': { get: { parameters, responses: { '200': okJson } } } });
      const header = { name: 'X-Request-Id', in: 'header', required: true, schema: S };
      const query = { name: 'x-mode', in: 'query', schema: S };
      expect(said(params([header, query]), params([query]))).toEqual([
        ['parameter-removed:warning', 'GET /x: header parameter "X-Request-Id" was removed'],
      ]);
      expect(said(params([query]), params([{ ...query, required: true }]))).toEqual([
        ['parameter-made-required:breaking', 'GET /x: query parameter "x-mode" is now required'],
      ]);
      const headers = (h: Json) => responding({ '200': { ...okJson, headers: h } });
      expect(said(headers({ 'X-Rate-Limit': { required: true, schema: S } }), headers({}))).toEqual([
        ['response-header-removed:breaking', 'GET /x: response 200 header "x-rate-limit" was removed'],
      ]);
    });

    it('a discriminator mapping value x-… is compared', () => {
      const pet = (mapping: Json): Json =>
        api(
          {
            '/x': {
              post: {
                requestBody: {
                  content: {
                    'application/json': {
                      schema: {
                        oneOf: [{ $ref: '#/components/schemas/Cat' }, { $ref: '#/components/schemas/Dog' }],
                        discriminator: { propertyName: 'kind', mapping },
                      },
                    },
                  },
                },
                responses: { '200': okJson },
              },
            },
          },
          {
            components: {
              schemas: {
                Cat: { type: 'object', properties: { kind: S } },
                Dog: { type: 'object', properties: { kind: S } },
              },
            },
          },
        );
      expect(
        said(
          pet({ 'x-cat': '#/components/schemas/Cat', dog: '#/components/schemas/Dog' }),
          pet({ 'x-cat': '#/components/schemas/Dog', dog: '#/components/schemas/Dog' }),
        ),
      ).toEqual([
        [
          'discriminator-mapping-changed:breaking',
          'POST /x: request body discriminator mapping changed for x-cat',
        ],
      ]);
    });
  });
}

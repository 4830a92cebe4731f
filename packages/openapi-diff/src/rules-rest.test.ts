/**
 * The rules no other test file names, and a check that every rule of the table is exercised by
 * some test of this package (by its id, as `'rule-id:level'` or `'rule-id'`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffOpenApi } from './diff';
import { RULES } from './rules';

type Json = Record<string, unknown>;
const VERSIONS = ['3.0.3', '3.1.0'] as const;
const ok = { '200': { description: 'OK' } };
const S = { type: 'string' };

function doc(openapi: string, paths: Json, extra: Json = {}): Json {
  return { openapi, info: { title: 't', version: '1' }, paths, ...extra };
}
function changes(base: Json, head: Json): string[] {
  return diffOpenApi(base, head, { today: '2026-12-07' }).changes.map((c) => `${c.rule}:${c.level}`);
}
function sides(openapi: string, base: Json, head: Json): [string[], string[]] {
  const request = (schema: Json) =>
    doc(openapi, {
      '/p': {
        post: {
          requestBody: { required: true, content: { 'application/json': { schema } } },
          responses: { '204': { description: 'OK' } },
        },
      },
    });
  const response = (schema: Json) =>
    doc(openapi, {
      '/p': {
        get: { responses: { '200': { description: 'OK', content: { 'application/json': { schema } } } } },
      },
    });
  return [changes(request(base), request(head)), changes(response(base), response(head))];
}

describe('schema rules not named elsewhere, request and response, 3.0 and 3.1', () => {
  const cases: [string, Json, Json, string[], string[]][] = [
    [
      'maxItems raised',
      { type: 'array', items: S, maxItems: 3 },
      { type: 'array', items: S, maxItems: 9 },
      ['request-max-items-increased:info'],
      ['response-max-items-increased:breaking'],
    ],
    [
      'minProperties lowered',
      { type: 'object', minProperties: 2 },
      { type: 'object', minProperties: 1 },
      ['request-min-properties-decreased:info'],
      ['response-min-properties-decreased:breaking'],
    ],
    [
      'property default removed',
      { type: 'object', properties: { a: { ...S, default: 'x' } } },
      { type: 'object', properties: { a: S } },
      ['request-default-changed:warning'],
      ['response-default-changed:info'],
    ],
    [
      'readOnly removed',
      { type: 'object', properties: { id: { ...S, readOnly: true } } },
      { type: 'object', properties: { id: S } },
      ['request-read-only-removed:info'],
      [],
    ],
    [
      'anyOf constraint added beside properties',
      { type: 'object', properties: { a: S, b: S } },
      { type: 'object', properties: { a: S, b: S }, anyOf: [{ required: ['a'] }, { required: ['b'] }] },
      ['composition-constraint-changed:warning'],
      ['composition-constraint-changed:warning'],
    ],
  ];
  for (const openapi of VERSIONS) {
    for (const [name, base, head, request, response] of cases) {
      it(`${openapi} ${name}`, () => {
        expect(sides(openapi, base, head)).toEqual([request, response]);
      });
    }
  }
});

describe('operation rules not named elsewhere', () => {
  for (const openapi of VERSIONS) {
    const op = (extra: Json, more: Json = {}) =>
      doc(openapi, { '/p': { get: { responses: ok, ...extra } } }, more);
    it(`${openapi} reactivation and operationId`, () => {
      expect(changes(op({ deprecated: true }), op({}))).toEqual(['operation-reactivated:info']);
      expect(changes(op({ operationId: 'listPets' }), op({ operationId: 'getPets' }))).toEqual([
        'operation-id-changed:warning',
      ]);
    });

    it(`${openapi} a request body made optional, a response header added`, () => {
      const body = (required: boolean) =>
        doc(openapi, {
          '/p': {
            post: {
              requestBody: { required, content: { 'application/json': { schema: S } } },
              responses: ok,
            },
          },
        });
      expect(changes(body(true), body(false))).toEqual(['request-body-made-optional:info']);
      const headers = (h: Json) => op({ responses: { '200': { description: 'OK', headers: h } } });
      expect(changes(headers({}), headers({ ETag: { schema: S } }))).toEqual(['response-header-added:info']);
    });

    it(`${openapi} a way to authenticate dropped, a scheme removed`, () => {
      const schemes = {
        token: { type: 'http', scheme: 'bearer' },
        basic: { type: 'http', scheme: 'basic' },
      };
      const secured = (security: Json[], s: Json = schemes) =>
        op({ security }, { components: { securitySchemes: s } });
      expect(changes(secured([{ token: [] }, { basic: [] }]), secured([{ token: [] }]))).toEqual([
        'security-requirement-changed:breaking',
      ]);
      expect(changes(secured([{ token: [] }]), secured([{ token: [] }], { token: schemes.token }))).toEqual([
        'security-scheme-removed:breaking',
      ]);
    });
  }

  it('3.1 a webhook added', () => {
    const hooks = (w: Json) => ({ ...doc('3.1.0', {}), webhooks: w });
    expect(changes(hooks({}), hooks({ ping: { post: { responses: ok } } }))).toEqual(['webhook-added:info']);
  });
});

describe('the rule table', () => {
  it('has every rule exercised by a test of this package', () => {
    const here = import.meta.dirname;
    const tests = readdirSync(here)
      .filter(
        (name) =>
          name.endsWith('.test.ts') && name !== 'oasdiff-coverage.test.ts' && name !== 'rules-rest.test.ts',
      )
      .map((name) => readFileSync(join(here, name), 'utf8'))
      .join('\n');
    const own = readFileSync(join(here, 'rules-rest.test.ts'), 'utf8').split("describe('the rule table'")[0]!;
    const all = tests + own;
    const untested = Object.keys(RULES).filter(
      (rule) => !all.includes(`'${rule}:`) && !all.includes(`'${rule}'`),
    );
    expect(untested).toEqual([]);
  });
});

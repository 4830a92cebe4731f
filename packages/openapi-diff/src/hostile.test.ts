/**
 * Malformed and hostile documents (issue 16: "never crash, on any document"). fuzz.test.ts
 * mutates real schemas and cycles.test.ts builds cyclic ones; here a seeded generator puts wrong
 * shapes, odd `$ref`s, hostile names and object cycles at every position of a document that uses
 * every part of OpenAPI 3.0/3.1 (path item, parameter, response, header, request body and
 * example refs, callbacks, links, webhooks, security, discriminators, 3.1 keywords), as base, as
 * revision and against itself. Then one named case per crash found, and the command on malformed
 * files: exit 0, 1 or 2, a one-line error, never a stack trace.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALIAS_EXPANSION_LIMIT, treeSize } from './aliases';
import { runOpenapiDiffCommand } from './command';
import { diffOpenApi, diffWithStats, InvalidDocumentError } from './diff';
import { parseDocumentText } from './load';
import { PolicyError, parsePolicy } from './policy';
import { generator } from './test-docs';

type Json = Record<string, unknown>;
type Holder = Record<string | number, unknown>;

const HOSTILE_NAMES = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'toJSON', '$ref', ''];
const ODD_VALUES: unknown[] = [
  null,
  0,
  -1,
  1e308,
  -1e-308,
  'NaN',
  'Infinity',
  '',
  'x'.repeat(10_000),
  true,
  false,
  [],
  [null],
  {},
  [[]],
  { toString: 1 },
  { valueOf: 'x', toString: {} },
  ['a', { toString: 1 }],
  { $ref: 1 },
  JSON.parse('{"__proto__": {"type": "string"}}'),
  JSON.parse('{"constructor": {"prototype": 1}}'),
];
const ODD_REFS = [
  '#/',
  '#',
  '',
  '#/components/schemas/~2',
  '#/components/schemas/%',
  '#/components/schemas/%41',
  '#/components/schemas/__proto__',
  '#/components/schemas/constructor',
  '#/components/__proto__/x',
  '#/paths',
  '#/paths/~1t~1{id}',
  '#/paths/~1t~1{id}/get/parameters/0',
  '#/paths/~1t~1{id}/get/parameters/length',
  '#/components/parameters/P',
  '#/components/responses/R',
  '#/components/headers/H',
  '#/components/requestBodies/B',
  '#/components/examples/E',
  '#/info',
  '#/openapi',
  'other.yaml#/X',
  'http://example.com/x.json',
  '#/components/schemas/A/properties/toString',
  '#/components/schemas/A/__proto__',
];

/** Every part of a document the engine reads, with refs through every kind of component. */
function full(openapi: string): Json {
  return {
    openapi,
    info: { title: 't', version: '1' },
    security: [{ k: [] }],
    servers: [{ url: 'https://example.com' }],
    paths: {
      '/t/{id}': {
        parameters: [
          { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
          { $ref: '#/components/parameters/P' },
        ],
        get: {
          operationId: 'g',
          deprecated: true,
          'x-sunset': '2020-01-01',
          'x-stability-level': 'beta',
          security: [{ k: ['a'] }, {}],
          parameters: [
            {
              name: 'q',
              in: 'query',
              schema: { $ref: '#/components/schemas/A' },
              style: 'form',
              explode: false,
              examples: { e: { $ref: '#/components/examples/E' } },
            },
            { name: 'h', in: 'header', content: { 'application/json': { schema: { type: 'integer' } } } },
          ],
          requestBody: { $ref: '#/components/requestBodies/B' },
          responses: {
            '200': {
              description: 'OK',
              headers: {
                'X-A': { $ref: '#/components/headers/H' },
                'X-B': { required: true, schema: { type: 'string' } },
              },
              links: { l: { operationId: 'g' }, m: { $ref: '#/components/links/L' } },
              content: {
                'application/json': {
                  schema: { $ref: '#/components/schemas/A' },
                  examples: { a: { value: 1 } },
                },
                'text/plain': { schema: { type: 'string', enum: ['a', 'b'] } },
              },
            },
            default: { $ref: '#/components/responses/R' },
          },
          callbacks: {
            c: { '{$request.body#/url}': { post: { responses: { '200': { description: 'x' } } } } },
          },
        },
        post: {
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['a'],
                  properties: { a: { type: 'string' } },
                  discriminator: { propertyName: 'a', mapping: { x: '#/components/schemas/A' } },
                  oneOf: [{ $ref: '#/components/schemas/A' }, { $ref: '#/components/schemas/C' }],
                },
              },
            },
          },
          responses: { '201': { description: 'x' } },
        },
      },
      '/u': { $ref: '#/paths/~1t~1{id}' },
      '/v': { $ref: '#/paths/~1v' },
      '/w': { $ref: '#/components/pathItems/PI' },
    },
    webhooks: {
      w: {
        post: {
          requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/C' } } } },
          responses: { '200': { description: 'x' } },
        },
      },
    },
    components: {
      schemas: {
        A: {
          type: 'object',
          required: ['id'],
          properties: {
            id: { type: 'integer', minimum: 1, maximum: 10, exclusiveMinimum: true, multipleOf: 2 },
            tags: {
              type: 'array',
              items: { type: 'string', pattern: '^a', maxLength: 3 },
              minItems: 1,
              uniqueItems: true,
            },
            c: { $ref: '#/components/schemas/C' },
            m: { type: 'object', additionalProperties: { $ref: '#/components/schemas/A' } },
          },
          allOf: [{ $ref: '#/components/schemas/C' }],
          'x-extensible-enum': ['a'],
        },
        C: {
          type: ['object', 'null'],
          properties: {
            a: { $ref: '#/components/schemas/A' },
            k: { const: 1, default: 2, enum: [1, 2] },
          },
          anyOf: [{ required: ['a'] }],
          prefixItems: [{ type: 'string' }],
          if: { type: 'object' },
          // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then/else keyword
          then: { required: ['a'] },
          else: { not: { type: 'null' } },
          dependentRequired: { a: ['k'] },
          dependentSchemas: { a: { $ref: '#/components/schemas/A' } },
          patternProperties: { '^x': { type: 'string' } },
        },
      },
      parameters: {
        P: {
          name: 'p',
          in: 'query',
          required: false,
          schema: { type: 'string' },
          deprecated: true,
          'x-sunset': '2030-01-01',
        },
      },
      requestBodies: {
        B: { content: { 'application/json': { schema: { $ref: '#/components/schemas/C' } } } },
      },
      responses: { R: { description: 'x', headers: { 'X-R': { $ref: '#/components/headers/H' } } } },
      headers: { H: { schema: { type: 'integer' } } },
      examples: { E: { value: 1 } },
      securitySchemes: {
        k: { type: 'oauth2', flows: { implicit: { authorizationUrl: 'https://a', scopes: { a: 'x' } } } },
      },
      links: { L: { operationId: 'g' } },
      callbacks: {},
      pathItems: { PI: { $ref: '#/components/pathItems/PI' } },
    },
  };
}

/** Every place (parent and key) below `root`, but the root's `openapi`, which keeps the version. */
function places(root: unknown): { parent: Holder; key: string | number }[] {
  const out: { parent: Holder; key: string | number }[] = [];
  const stack = [root];
  const seen = new Set<unknown>();
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node !== 'object' || node === null || seen.has(node)) continue;
    seen.add(node);
    for (const [key, value] of Object.entries(node)) {
      if (node === root && key === 'openapi') continue;
      out.push({ parent: node as Holder, key: Array.isArray(node) ? Number(key) : key });
      stack.push(value);
    }
  }
  return out;
}

/** One mutation of `doc` in place: a wrong shape, an odd `$ref`, a hostile name or a cycle. */
function mutate(doc: Json, pick: () => number): void {
  const one = <T>(list: readonly T[]): T => list[Math.floor(pick() * list.length)]!;
  const all = places(doc);
  const { parent, key } = one(all);
  const current = parent[key];
  switch (Math.floor(pick() * 9)) {
    case 0:
      parent[key] = one(ODD_VALUES);
      return;
    case 1:
      parent[key] = { $ref: one(ODD_REFS) };
      return;
    case 2:
      // A `$ref` with siblings (applied in 3.1, ignored in 3.0).
      parent[key] = { $ref: one(ODD_REFS), type: 'string', description: 'd', enum: ['x'] };
      return;
    case 3:
      if (!Array.isArray(parent))
        // defineProperty: an own `__proto__` key, as JSON.parse and js-yaml make it.
        Object.defineProperty(parent, one(HOSTILE_NAMES), {
          value: current,
          enumerable: true,
          configurable: true,
          writable: true,
        });
      return;
    case 4:
      parent[key] = [current];
      return;
    case 5:
      // An object where a list is expected and the reverse.
      parent[key] =
        typeof current === 'object' && current !== null && !Array.isArray(current)
          ? Object.values(current)
          : Array.isArray(current)
            ? { ...current }
            : { k: current };
      return;
    case 6: {
      // A subtree shared with another place (a YAML alias).
      const other = one(all);
      parent[key] = other.parent[other.key];
      return;
    }
    case 7:
      parent[key] = String(pick());
      return;
    default: {
      // An object cycle: another place now holds this one's parent (a YAML alias to an ancestor).
      const other = one(all);
      other.parent[other.key] = parent;
    }
  }
}

function nodes(root: unknown): number {
  return places(root).length + 1;
}

const VERSIONS = ['3.0.3', '3.1.0', '3.1.1', '3.0.0', '3.2.0'];
const CASES = 2000;

describe('generated hostile documents: no throw, no change against itself, bounded work', () => {
  it(`${CASES} documents with wrong shapes, odd refs, hostile names and cycles, diffed both ways and against themselves`, () => {
    const pick = generator(0x4057);
    let diffs = 0;
    let worst = 0;
    for (let n = 0; n < CASES; n++) {
      const base = full(VERSIONS[n % VERSIONS.length]!);
      for (let k = 1 + Math.floor(pick() * 4); k > 0; k--) mutate(base, pick);
      // structuredClone keeps shared subtrees and cycles as they are.
      const head = structuredClone(base);
      for (let k = Math.floor(pick() * 3); k > 0; k--) mutate(head, pick);
      const size = nodes(base) + nodes(head);
      for (const [a, b, self] of [
        [base, head, false],
        [head, base, false],
        [base, structuredClone(base), true],
      ] as const) {
        let stats: ReturnType<typeof diffWithStats>;
        try {
          stats = diffWithStats(a, b, { today: '2026-12-07' });
        } catch (error) {
          throw new Error(`case ${n} threw: ${(error as Error).stack}`);
        }
        diffs++;
        worst = Math.max(worst, stats.comparisons / size);
        if (self && stats.result.changes.length > 0)
          throw new Error(`case ${n} against itself: ${stats.result.changes[0]!.message}`);
      }
    }
    expect(diffs).toBe(CASES * 3);
    expect(worst).toBeLessThan(5);
  }, 60_000);
});

describe('named regressions: documents that made the engine throw or hang', () => {
  const wrap = (schemas: Json, schema: Json, openapi = '3.1.0'): Json => ({
    openapi,
    info: { title: 't', version: '1' },
    paths: {
      '/t': {
        get: {
          parameters: [{ name: 'q', in: 'query', schema }],
          responses: { '200': { description: 'OK', content: { 'application/json': { schema } } } },
        },
      },
    },
    components: { schemas },
  });

  it('a 3.1 $ref with a sibling keyword inside a cycle through allOf ends (it grew pointers without end)', () => {
    const doc = (sibling: boolean) =>
      wrap(
        {
          A: {
            type: 'object',
            allOf: [{ $ref: '#/components/schemas/C' }],
            properties: { c: { $ref: '#/components/schemas/C' } },
          },
          C: {
            type: 'object',
            properties: { a: { $ref: '#/components/schemas/A' } },
            dependentSchemas: {
              a: sibling
                ? { $ref: '#/components/schemas/A', minProperties: 1 }
                : { $ref: '#/components/schemas/A' },
            },
          },
        },
        { $ref: '#/components/schemas/A' },
      );
    const { result, comparisons } = diffWithStats(doc(false), doc(true), { today: '2026-12-07' });
    expect(result.changes.map((c) => c.message)).toEqual([
      'GET /t: query parameter "q" property "(a)" minProperties changed from none to 1',
      'GET /t: response 200 property "(a)" minProperties changed from none to 1',
    ]);
    expect(comparisons).toBeLessThan(20);
    expect(diffOpenApi(doc(true), doc(true)).changes).toEqual([]);
  });

  it('a property named to make a patternProperties regex backtrack exponentially is never matched against it', () => {
    // `^(a+)+$` against 30 a's and a "!" takes tens of seconds to fail: the engine never runs a
    // document's pattern against a property name (an added property, one under not, an allOf member).
    const name = `${'a'.repeat(30)}!`;
    const patterns = { '^(a+)+$': { type: 'string' } };
    const added = { [name]: { type: 'string' } };
    const plain = (properties: Json) => ({ type: 'object', properties, patternProperties: patterns });
    const negated = (properties: Json) => ({ type: 'object', not: plain(properties) });
    const { result, comparisons } = diffWithStats(wrap({}, plain({})), wrap({}, plain(added)), {
      today: '2026-12-07',
    });
    expect(result.changes.map((c) => `${c.rule}:${c.level}: ${c.message}`)).toEqual([
      `request-field-added-optional:info: GET /t: query parameter "q" property "${name}" was added (optional)`,
      `response-field-added:info: GET /t: response 200 property "${name}" was added`,
    ]);
    expect(comparisons).toBeLessThan(10);
    expect(
      diffOpenApi(wrap({}, negated({})), wrap({}, negated(added))).changes.map(
        (c) => `${c.rule}:${c.level}: ${c.message}`,
      ),
    ).toEqual([
      `negated-property-changed:warning: GET /t: query parameter "q" property "(not).${name}" was added (under not: the values accepted may change either way)`,
      `negated-property-changed:warning: GET /t: response 200 property "(not).${name}" was added (optional) (under not: the values that may come may change either way)`,
    ]);
    // A new allOf member of a request listing the name, beside a base with the pattern: it may
    // match, so the member is reported by the allOf rule as well.
    const post = (members: string[]): Json => ({
      openapi: '3.1.0',
      info: { title: 't', version: '1' },
      paths: {
        '/t': {
          post: {
            requestBody: {
              content: {
                'application/json': {
                  schema: { allOf: members.map((m) => ({ $ref: `#/components/schemas/${m}` })) },
                },
              },
            },
            responses: { '204': { description: 'none' } },
          },
        },
      },
      components: {
        schemas: {
          A: { type: 'object', patternProperties: patterns },
          B: { type: 'object', properties: added },
        },
      },
    });
    expect(
      diffOpenApi(post(['A']), post(['A', 'B'])).changes.map((c) => `${c.rule}:${c.level}: ${c.message}`),
    ).toEqual([
      'request-all-of-member-added:breaking: POST /t: request body allOf gained #/components/schemas/B: what is sent must match it too',
      `request-field-added-optional:info: POST /t: request body property "${name}" was added (optional)`,
    ]);
  });

  it('a mapping with a toString key where text is expected (x-sunset, x-stability-level, scopes, contentMediaType, dependentRequired)', () => {
    const odd = { toString: 1 };
    const doc = (value: unknown): Json => ({
      openapi: '3.1.0',
      info: { title: 't', version: '1' },
      paths: {
        '/t': {
          get: {
            deprecated: true,
            'x-sunset': value,
            'x-stability-level': value,
            security: [{ k: [value] }],
            responses: {
              '200': {
                description: 'OK',
                content: {
                  'text/plain': {
                    schema: { type: 'string', contentMediaType: value, dependentRequired: { a: [value] } },
                  },
                },
              },
            },
          },
        },
      },
    });
    const result = diffOpenApi(doc('2030-01-01'), doc(odd), { today: '2026-12-07' });
    expect(result.changes.map((c) => c.message)).toContain(
      'GET /t: x-sunset "{"toString":1}" is not a date (YYYY-MM-DD)',
    );
    expect(result.changes.map((c) => c.message)).toContain(
      'GET /t: response 200 contentMediaType changed from 2030-01-01 to {"toString":1}',
    );
    expect(diffOpenApi(doc(odd), doc(odd)).changes).toEqual([]);
    // In the base, where a verdict needs it (the new date is already past): named as written,
    // without a throw.
    const back = diffOpenApi(doc(odd), doc('2020-01-01'), { today: '2026-12-07' });
    expect(back.changes.map((c) => c.message)).toContain(
      'GET /t: the base\'s x-sunset "{"toString":1}" is not a date, so whether the sunset moved earlier (now 2020-01-01, already past) cannot be told: check the change by hand, then add it to openapi-diff.ignore in .maint-actions.yml',
    );
  });

  it('an enum value, default and const that contain themselves (YAML aliases) and one nested 10,000 deep', () => {
    const cyclic = (): Json => {
      const value: Json = { a: 1 };
      value.self = value;
      return value;
    };
    const deep = () => JSON.parse(`${'['.repeat(10_000)}${']'.repeat(10_000)}`);
    for (const make of [cyclic, deep]) {
      const schema = (...values: unknown[]) => ({
        type: 'object',
        enum: values,
        default: make(),
        const: make(),
      });
      const base = () => wrap({}, schema(make(), 'b'));
      const changes = diffOpenApi(base(), wrap({}, schema(make()))).changes.map((c) => c.rule);
      expect(changes).toContain('response-enum-value-removed');
      expect(diffOpenApi(base(), base()).changes).toEqual([]);
    }
  });

  it('oneOf/anyOf variants that pair by nothing: 1,000 of them, nested 8 deep, or 1,000 deep, diff in bounded work (quadratic, then a stack overflow)', () => {
    // Untyped variants pair by no reference, content or type: each left over is checked against
    // every variant of the other side, and each check compared the two again, down every level.
    const wide = (from: number) => ({
      oneOf: Array.from({ length: 1_000 }, (_, i) => ({ minimum: from + i })),
    });
    const nested = (depth: number, tag: number): Json =>
      depth === 0
        ? { minimum: tag }
        : { anyOf: [0, 1, 2].map((i) => ({ minimum: tag * 10 + i, ...nested(depth - 1, tag * 10 + i) })) };
    const chain = (leaf: Json) => {
      let schema = leaf;
      for (let i = 0; i < 1_000; i++) schema = { anyOf: [schema] };
      return schema;
    };
    const rules = [
      'request-variant-removed',
      'response-variant-added',
      'request-variant-added',
      'response-variant-removed',
    ];
    // The chain has one member left on each side at every level: one member changed, its type
    // said as a type change (decision 88), not as a variant removed and another added.
    const typeRules = ['parameter-type-changed', 'response-type-changed'];
    for (const [base, head, said] of [
      // Each head variant (a higher minimum) is taken whole by a base one (here and nested): no
      // response variant added, now that a union's checks are not cut short by another's work.
      [wide(100_000), wide(200_000), rules.filter((rule) => rule !== 'response-variant-added')],
      [nested(8, 1), nested(8, 2), rules.filter((rule) => rule !== 'response-variant-added')],
      [chain({ type: 'string' }), chain({ type: 'integer' }), typeRules],
    ] as const) {
      const { result, comparisons } = diffWithStats(wrap({}, base), wrap({}, head));
      expect([...new Set(result.changes.map((c) => c.rule))].sort()).toEqual([...said].sort());
      expect(comparisons).toBeLessThan(100_000);
    }
  });

  it('an inline schema 20,000 levels deep, changed at its bottom, costs a look at each level once (the equality shortcut looked 2,000 levels down from every level)', () => {
    const deep = (leaf: Json) => {
      let schema = leaf;
      for (let i = 0; i < 20_000; i++) schema = { items: schema };
      return schema;
    };
    const { result, sameSteps } = diffWithStats(
      wrap({}, deep({ type: 'string' })),
      wrap({}, deep({ type: 'integer' })),
    );
    expect(result.changes.map((c) => `${c.rule} ${c.message}`)).toEqual([
      `parameter-type-changed GET /t: query parameter "q" property "${'[]'.repeat(20_000)}" type changed from string to integer`,
      `response-type-changed GET /t: response 200 property "${'[]'.repeat(20_000)}" type changed from string to integer`,
    ]);
    // Twice each level (the parameter and the response) and a little more; it was 2,000 per level.
    expect(sameSteps).toBeLessThan(20_000 * 8);
  });

  it('security schemes and scopes whose names hold " + " or ", " are told apart (they were joined into one text and split again)', () => {
    const doc = (security: unknown[]): Json => ({
      openapi: '3.0.3',
      info: { title: 't', version: '1' },
      paths: { '/t': { get: { security, responses: { '200': { description: 'OK' } } } } },
      components: {
        securitySchemes: {
          k: { type: 'oauth2', flows: { implicit: { authorizationUrl: 'https://a', scopes: {} } } },
          'a + b': { type: 'http', scheme: 'basic' },
          a: { type: 'http', scheme: 'basic' },
          b: { type: 'http', scheme: 'basic' },
        },
      },
    });
    const rules = (base: unknown[], head: unknown[]) =>
      diffOpenApi(doc(base), doc(head)).changes.map((c) => `${c.rule}: ${c.message}`);
    // One scope named "read, write" is not the two scopes read and write.
    expect(rules([{ k: ['read, write'] }], [{ k: ['read', 'write'] }])).toEqual([
      'security-scope-added: GET /t: now needs scope read, write (k [read, write])',
      'security-scope-removed: GET /t: no longer needs scope read, write (k [read, write])',
    ]);
    // One scheme named "a + b" is not the schemes a and b together.
    expect(rules([{ 'a + b': [] }], [{ a: [], b: [] }])).toEqual([
      'security-requirement-changed: GET /t: security changed from a + b to a + b',
    ]);
    expect(rules([{ a: [], b: [] }, { k: ['x', 'y'] }], [{ k: ['y', 'x', 'x'] }, { b: [], a: [] }])).toEqual(
      [],
    );
    // A scope that is a mapping (a hostile document) is one value, key order aside.
    expect(rules([{ k: [{ a: 1, b: 2 }] }], [{ k: [{ b: 2, a: 1 }] }])).toEqual([]);
  });

  it("allOf members that bound the same keyword: the tighter bound holds, whatever the members' order", () => {
    const members = [
      { type: 'integer', minimum: 1, maximum: 100, maxItems: 9 },
      { minimum: 5, exclusiveMaximum: 100, maxItems: 3 },
    ];
    const base = wrap({}, { allOf: members });
    const reversed = wrap({}, { allOf: [...members].reverse() });
    expect(diffOpenApi(base, reversed).changes).toEqual([]);
    expect(diffOpenApi(reversed, base).changes).toEqual([]);
    // The bound both members hold is the one compared: 5 (exclusive 100) against a plain schema.
    const plain = wrap({}, { type: 'integer', minimum: 5, exclusiveMaximum: 100, maxItems: 3 });
    expect(diffOpenApi(base, plain).changes).toEqual([]);
    expect(diffOpenApi(reversed, plain).changes).toEqual([]);
  });

  it('an enum, const, default, x-extensible-enum or security scheme value written with its keys in another order is the same value', () => {
    const schema = (value: Json, other: Json, level: string) => ({
      type: 'object',
      description: level,
      enum: [value, 'x'],
      default: value,
      properties: {
        c: { const: value, description: level },
        d: { default: other, description: level },
        x: { type: 'string', 'x-extensible-enum': [value], description: level },
      },
    });
    const value = { a: 1, b: [1, { x: 1, y: 2 }] };
    const reordered = JSON.parse('{"b": [1, {"y": 2, "x": 1}], "a": 1}');
    const base = wrap({}, schema(value, { p: 1, q: 2 }, 'one'));
    const head = wrap({}, schema(reordered, { q: 2, p: 1 }, 'two'));
    expect(diffOpenApi(base, head).changes).toEqual([]);
    // Security scheme fields and x-extensible-enum values that are mappings too.
    const scheme = (flow: Json) => ({
      type: 'oauth2',
      flows: { implicit: { authorizationUrl: flow, scopes: {} } },
    });
    const withScheme = (doc: Json, flow: Json) => {
      const out = structuredClone(doc) as Json & { components: Json };
      out.components.securitySchemes = { k: scheme(flow) };
      return out;
    };
    expect(diffOpenApi(withScheme(base, { u: 1, v: 2 }), withScheme(head, { v: 2, u: 1 })).changes).toEqual(
      [],
    );
    // A value that did change is still found, shown as written.
    const changed = wrap({}, schema(reordered, { q: 2, p: 3 }, 'two'));
    expect(diffOpenApi(base, changed).changes.map((c) => c.message)).toEqual([
      'GET /t: query parameter "q" property "d" default changed from {"p":1,"q":2} to {"q":2,"p":3}',
      'GET /t: response 200 property "d" default changed from {"p":1,"q":2} to {"q":2,"p":3}',
    ]);
  });

  it('NaN (YAML .nan) in minimum, maximum, multipleOf or maxLength bounds nothing: a document read twice has no change', () => {
    const text =
      "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths:\n  /t:\n    get:\n      parameters:\n        - {name: q, in: query, schema: {type: number, minimum: .nan, exclusiveMaximum: .nan, multipleOf: .nan, maxLength: .nan}}\n      responses: {'200': {description: OK, content: {application/json: {schema: {type: number, maximum: .nan, exclusiveMinimum: .nan}}}}}\n";
    const read = () => parseDocumentText(text, 'nan.yaml');
    expect(diffOpenApi(read(), read()).changes).toEqual([]);
    const doc = read();
    expect(diffOpenApi(doc, doc).changes).toEqual([]);
  });

  /** Ten levels of ten aliases each below `x-l0`, the last used as an enum: 10^(levels+1) values written out. */
  const laughs = (levels: number) => {
    let text = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\nx-l0: &l0 [a, b, c, d, e, f, g, h, i, j]\n";
    for (let i = 1; i <= levels; i++)
      text += `x-l${i}: &l${i} [${Array(10)
        .fill(`*l${i - 1}`)
        .join(', ')}]\n`;
    return `${text}paths:\n  /t:\n    get:\n      responses:\n        "200": {description: OK, content: {application/json: {schema: {enum: *l${levels}}}}}\n`;
  };

  it('a billion-laughs YAML document is refused when read, after bounded work', () => {
    expect(() => parseDocumentText(laughs(9), 'bomb.yaml')).toThrow(
      `bomb.yaml: its YAML aliases (*name) stand for more than ${ALIAS_EXPANSION_LIMIT.toLocaleString('en-US')} nodes beyond those written (an alias bomb?); write shared parts once under components and refer to them with $ref`,
    );
    // The count sizes each parsed object once (and stops past the limit: 10^10 nodes are never
    // walked). Four levels: x-l0 to x-l4 written out are 11 + 111 + … + 111,111 nodes, the enum
    // 111,111 more, the rest 14; as parsed, 29.
    const bomb = parseDocumentText(laughs(4), 'small.yaml');
    expect(treeSize(bomb)).toEqual({ distinct: 29, expanded: 123_455 + 111_111 + 14 });
    // Four levels stay within the limit: read, and diffed like any document.
    expect(diffOpenApi(bomb, parseDocumentText(laughs(4), 'small.yaml')).changes).toEqual([]);
  });

  it('a property named __proto__ in a YAML document whose anchors make a cycle is still compared (the copy without cycles lost it)', () => {
    const text = (type: string) =>
      `openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      responses:\n        '200':\n          description: x\n          content:\n            application/json:\n              schema: &s\n                type: object\n                properties:\n                  __proto__: {type: ${type}}\n                  self: *s\n`;
    const read = (type: string) => parseDocumentText(text(type), 'proto.yaml');
    expect(diffOpenApi(read('string'), read('integer')).changes.map((c) => c.message)).toEqual([
      'GET /a: response 200 property "__proto__" type changed from string to integer',
      'GET /a: response 200 property "self.__proto__" type changed from string to integer',
    ]);
    expect(diffOpenApi(read('string'), read('string')).changes).toEqual([]);
  });

  it('a $ref to a oneOf/anyOf schema written as allOf: [{$ref}], or in 3.1 with x-internal beside it, is the same schema (it was a breaking type change)', () => {
    const schemas: Json = {
      C: { anyOf: [{ type: 'string' }, { type: 'integer' }] },
      D: { type: 'object', properties: { a: { type: 'string' } }, oneOf: [{ required: ['a'] }] },
      E: { oneOf: [{ $ref: '#/components/schemas/F' }], discriminator: { propertyName: 'k' } },
      F: { type: 'object', properties: { k: { type: 'string' } } },
    };
    for (const name of ['C', 'D', 'E']) {
      const ref = { $ref: `#/components/schemas/${name}` };
      for (const [openapi, written] of [
        ['3.0.3', { allOf: [ref] }],
        ['3.1.0', { allOf: [ref] }],
        ['3.1.0', { ...ref, 'x-internal': true }],
        ['3.1.0', { ...ref, deprecated: false }],
      ] as const) {
        const base = wrap(schemas, ref, openapi);
        const head = wrap(schemas, written, openapi);
        expect(diffOpenApi(base, head).changes, `${name} ${openapi} ${JSON.stringify(written)}`).toEqual([]);
        expect(diffOpenApi(head, base).changes, `${name} ${openapi} ${JSON.stringify(written)}`).toEqual([]);
      }
    }
    // A variant that did come is still found through the wrapper.
    const more = { ...schemas, C: { anyOf: [{ type: 'string' }, { type: 'integer' }, { type: 'boolean' }] } };
    const changes = diffOpenApi(
      wrap(schemas, { $ref: '#/components/schemas/C' }),
      wrap(more, { $ref: '#/components/schemas/C', 'x-internal': true }),
    ).changes.map((c) => c.rule);
    expect(changes).toContain('response-variant-added');
  });

  it('a path of 300,000 "{" and no "}" is read in linear time (the template pattern backtracked: quadratic, seconds)', () => {
    const doc = (required: boolean): Json => ({
      openapi: '3.0.3',
      info: { title: 't', version: '1' },
      paths: {
        [`/${'{'.repeat(300_000)}`]: { get: { responses: { '200': { description: 'OK' } } } },
        [`/a/${'{'.repeat(300_000)}x}`]: {
          get: {
            parameters: [{ name: 'q', in: 'query', required, schema: { type: 'string' } }],
            responses: {},
          },
        },
      },
    });
    const changes = diffOpenApi(doc(false), doc(true)).changes;
    expect(changes.map((c) => c.rule)).toEqual(['parameter-made-required']);
  }, 10_000);

  it('a YAML anchor used inside itself stays a document (an object cycle, read as a $ref)', () => {
    const text =
      "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths:\n  /t:\n    get:\n      responses:\n        '200': &r {description: OK, links: {self: *r}, content: {application/json: {schema: &s {enum: [*s], default: *s}}}}\n";
    const doc = parseDocumentText(text, 'self.yaml');
    expect(diffOpenApi(doc, parseDocumentText(text, 'self.yaml')).changes).toEqual([]);
  });

  it('a wide document (20,000 paths, a schema of 100,000 properties and enum values) diffs against itself in bounded work', () => {
    const wide = (): Json => {
      const paths: Json = {};
      for (let i = 0; i < 20_000; i++)
        paths[`/p${i}`] = {
          get: {
            responses: {
              '200': {
                description: 'x',
                content: { 'application/json': { schema: { $ref: '#/components/schemas/W' } } },
              },
            },
          },
        };
      const properties: Json = {};
      for (let i = 0; i < 100_000; i++) properties[`f${i}`] = { type: 'string', maxLength: i };
      const W = { type: 'object', properties, enum: Array.from({ length: 100_000 }, (_, i) => i) };
      return { openapi: '3.1.0', info: { title: 't', version: '1' }, paths, components: { schemas: { W } } };
    };
    const same = diffWithStats(wide(), wide());
    expect(same.result.changes).toEqual([]);
    const head = wide();
    (
      (head.components as { schemas: { W: { properties: Json } } }).schemas.W.properties.f7 as Json
    ).maxLength = 3;
    const changed = diffWithStats(wide(), head);
    // One change, reported for each of the 20,000 operations that use the schema; W compared once.
    expect(changed.result.changes.length).toBe(20_000);
    expect(changed.result.changes[0]!.message).toBe(
      'GET /p0: response 200 property "f7" maxLength changed from 7 to 3',
    );
    expect(changed.comparisons).toBeLessThan(10);
  }, 30_000);

  it('$ref loops through parameters, request bodies, responses, headers, examples and path items stay unresolved', () => {
    const loop = (kind: string) => ({
      A: { $ref: `#/components/${kind}/B` },
      B: { $ref: `#/components/${kind}/A` },
      S: { $ref: `#/components/${kind}/S` },
    });
    const doc = (extra: Json): Json => ({
      openapi: '3.1.0',
      info: { title: 't', version: '1' },
      paths: {
        '/self': { $ref: '#/paths/~1self' },
        '/item': { $ref: '#/components/pathItems/A' },
        '/t': {
          get: {
            parameters: [
              { $ref: '#/components/parameters/A' },
              { $ref: '#/components/parameters/S' },
              ...[extra],
            ],
            requestBody: { $ref: '#/components/requestBodies/A' },
            responses: {
              '200': {
                description: 'OK',
                headers: { 'X-A': { $ref: '#/components/headers/A' } },
                content: { 'application/json': { examples: { e: { $ref: '#/components/examples/A' } } } },
              },
              default: { $ref: '#/components/responses/S' },
            },
          },
        },
      },
      components: Object.fromEntries(
        ['parameters', 'requestBodies', 'responses', 'headers', 'examples', 'pathItems'].map((k) => [
          k,
          loop(k),
        ]),
      ),
    });
    expect(diffOpenApi(doc({}), doc({})).changes).toEqual([]);
    // A parameter added beside the loops is still seen.
    const added = diffOpenApi(doc({}), doc({ name: 'q', in: 'query', required: true }));
    expect(added.changes.map((c) => c.message)).toEqual([
      'GET /t: query parameter "q" was added and is required',
    ]);
  });

  it('a level in .maint-actions.yml that is a mapping with a toString key is a one-line error', () => {
    expect(() => parsePolicy({ levels: { 'path-removed': { toString: 1 } } }, '.maint-actions.yml')).toThrow(
      '.maint-actions.yml: openapi-diff.levels.path-removed must be breaking, warning or info (got "{"toString":1}").',
    );
  });

  it('an ignore whose expires is a date object (object input) holding no time, or past year 9999, is a one-line error', () => {
    const entry = (expires: unknown) => ({
      ignore: [{ rule: 'path-removed', operation: '/p', reason: 'r', owner: '@o', expires }],
    });
    const error = (expires: unknown) => {
      try {
        parsePolicy(entry(expires), '.maint-actions.yml');
      } catch (e) {
        return e instanceof PolicyError ? e.message : `not a PolicyError: ${String(e)}`;
      }
      return 'no error';
    };
    const at = '.maint-actions.yml: openapi-diff.ignore entry 1 "expires" must be a date as YYYY-MM-DD';
    expect(error(new Date(Number.NaN))).toBe(`${at} (got "Invalid Date").`);
    expect(error(new Date(Date.UTC(10000, 0, 1)))).toBe(`${at} (got "+010000-01-01T00:00:00.000Z").`);
    expect(parsePolicy(entry(new Date(Date.UTC(2030, 0, 31))), '.maint-actions.yml').ignore[0]?.expires).toBe(
      '2030-01-31',
    );
  });

  it('InvalidDocumentError for what is not OpenAPI 3, naming the side', () => {
    const bad: [unknown, string][] = [
      [null, 'the head document is not an OpenAPI document (expected a mapping)'],
      [[], 'the head document is not an OpenAPI document (expected a mapping)'],
      [{ swagger: '2.0' }, 'the head document is Swagger 2.0; only OpenAPI 3.0 and 3.1 are supported'],
      [
        { openapi: 3.1 },
        'the head document has "openapi: 3.1", a number: write the full version, such as openapi: 3.1.0 (a string)',
      ],
      [
        { openapi: '4.0.0' },
        'the head document has no "openapi: 3.x" field; only OpenAPI 3.0 and 3.1 are supported',
      ],
    ];
    for (const [head, message] of bad) {
      expect(() => diffOpenApi({ openapi: '3.0.3' }, head)).toThrow(InvalidDocumentError);
      expect(() => diffOpenApi({ openapi: '3.0.3' }, head)).toThrow(message);
    }
  });
});

describe('maint-actions openapi-diff on malformed files: exit 0, 1 or 2, one line, no stack trace', () => {
  let dir: string;
  const OK = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n";
  const JSON_OK = '{"openapi":"3.0.3","info":{"title":"t","version":"1"},"paths":{}}';
  const deepSchema = `{"openapi":"3.0.3","info":{"title":"t","version":"1"},"paths":{"/a":{"get":{"responses":{"200":{"description":"x","content":{"application/json":{"schema":${'{"type":"array","items":'.repeat(10_000)}{"enum":[${'['.repeat(10_000)}${']'.repeat(10_000)}]}${'}'.repeat(10_000)}}}}}}}}}`;
  let bomb = `${OK}x-l0: &l0 [a, b, c, d, e, f, g, h, i, j]\n`;
  for (let i = 1; i <= 9; i++)
    bomb += `x-l${i}: &l${i} [${Array(10)
      .fill(`*l${i - 1}`)
      .join(', ')}]\n`;
  /** File name, content, and the one error line (exit 2) or undefined (a diff, exit 0 or 1). */
  const FILES: [string, string | Buffer, string | undefined][] = [
    ['empty.yaml', '', 'the {side} document is not an OpenAPI document (expected a mapping)'],
    ['null.yaml', 'null', 'the {side} document is not an OpenAPI document (expected a mapping)'],
    ['list.json', '[]', 'the {side} document is not an OpenAPI document (expected a mapping)'],
    ['bom.json', `\uFEFF${JSON_OK}`, undefined],
    ['bom.yaml', `\uFEFF${OK}`, undefined],
    [
      'comments.json',
      `{\n// a comment\n${JSON_OK.slice(1)}`,
      `comments.json is not valid JSON: Expected property name or '}' in JSON at position 2`,
    ],
    [
      'invalid-utf8.yaml',
      Buffer.concat([
        Buffer.from('openapi: 3.0.3\ninfo: {title: "'),
        Buffer.from([0xff, 0xc3]),
        Buffer.from('", version: "1"}\npaths: {}\n'),
      ]),
      undefined,
    ],
    [
      'swagger.yaml',
      'swagger: "2.0"\ninfo: {title: t, version: "1"}\npaths: {}\n',
      'the {side} document is Swagger 2.0; only OpenAPI 3.0 and 3.1 are supported',
    ],
    [
      'number.yaml',
      'openapi: 3.1\ninfo: {title: t, version: "1"}\npaths: {}\n',
      'the {side} document has "openapi: 3.1", a number: write the full version, such as openapi: 3.1.0 (a string)',
    ],
    ['duplicate-keys.yaml', `openapi: 3.1.0\n${OK}`, undefined],
    ['deep.json', deepSchema, undefined],
    [
      'deep.yaml',
      `${OK}x: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`,
      'deep.yaml nests more than 1000 levels deep, past what the YAML reader follows: move inline schemas under components and refer to them with $ref, or give the document as JSON',
    ],
    ['deep-500.yaml', `${OK}x: ${'['.repeat(500)}${']'.repeat(500)}\n`, undefined],
    [
      'bomb.yaml',
      bomb,
      `bomb.yaml: its YAML aliases (*name) stand for more than 1,000,000 nodes beyond those written (an alias bomb?); write shared parts once under components and refer to them with $ref`,
    ],
    [
      'proto.json',
      '{"openapi":"3.0.3","info":{"title":"t","version":"1"},"paths":{"__proto__":{"get":{}},"/constructor":{"get":{"responses":{"200":{"description":"x"}}}}},"components":{"schemas":{"__proto__":{"type":"string"}}},"__proto__":{"x":1}}',
      undefined,
    ],
    [
      'merge-keys.yaml',
      `${OK.replace('paths: {}\n', '')}paths:\n  /a: &op\n    get: {responses: {'200': {description: OK}}}\n  /b:\n    <<: *op\n    post: {responses: {'201': {description: OK}}}\n    x-self: {<<: *op}\n`,
      undefined,
    ],
    [
      'merge-bomb.yaml',
      `${OK}x-0: &m0 {a: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]}\n${Array.from({ length: 9 }, (_, i) => `x-${i + 1}: &m${i + 1} {<<: *m${i}, k${i}: [${Array(10).fill(`*m${i}`).join(', ')}]}`).join('\n')}\n`,
      'merge-bomb.yaml: its YAML aliases (*name) stand for more than 1,000,000 nodes beyond those written (an alias bomb?); write shared parts once under components and refer to them with $ref',
    ],
    [
      'tabs.yaml',
      'openapi: 3.0.3\n\tinfo: x\n',
      'tabs.yaml is not valid YAML: tab characters must not be used in indentation (2:1)',
    ],
  ];

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'openapi-diff-hostile-'));
    await writeFile(path.join(dir, 'ok.yaml'), OK);
    for (const [name, content] of FILES) await writeFile(path.join(dir, name), content);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const run = async (args: string[]) => {
    let stdout = '';
    let stderr = '';
    const code = await runOpenapiDiffCommand([...args, '--format', 'json'], {
      cwd: dir,
      env: {},
      stdout: { write: (text: string) => (stdout += text) },
      stderr: { write: (text: string) => (stderr += text) },
      today: '2026-12-07',
    });
    return { code, stdout, stderr };
  };

  it('names with newlines (a property, a path, a $ref) never start a line of their own, in any format', async () => {
    const doc = (properties: Json) =>
      JSON.stringify({
        openapi: '3.1.0',
        info: { title: 't', version: '1' },
        paths: {
          '/p\n::error::path': {
            get: {
              responses: {
                '200': {
                  description: 'OK',
                  content: {
                    'application/json': {
                      schema: { type: 'object', properties, required: Object.keys(properties) },
                    },
                  },
                },
              },
            },
          },
        },
      });
    await writeFile(
      path.join(dir, 'inject-base.json'),
      doc({ 'id\n::error::injected\r\u2028': { type: 'string' }, far: { $ref: 'x\n::warning::y.yaml' } }),
    );
    await writeFile(path.join(dir, 'inject-head.json'), doc({ far: { $ref: 'x\n::warning::y.yaml' } }));
    for (const format of ['text', 'markdown', 'json']) {
      let stdout = '';
      let stderr = '';
      const code = await runOpenapiDiffCommand(['inject-base.json', 'inject-head.json', '--format', format], {
        cwd: dir,
        env: {},
        stdout: { write: (text: string) => (stdout += text) },
        stderr: { write: (text: string) => (stderr += text) },
        today: '2026-12-07',
      });
      expect(code).toBe(1);
      for (const line of `${stdout}\n${stderr}`.split(/\r?\n|\r|\u2028/)) expect(line).not.toMatch(/^\s*::/);
      const warning = (file: string, side: string) =>
        `maint-actions openapi-diff: warning: ${file}: $ref "x\\n::warning::y.yaml" not followed: x\\n::warning::y.yaml does not exist; it stays unresolved (${side})\n`;
      expect(stderr).toBe(warning('inject-base.json', 'base') + warning('inject-head.json', 'revision'));
      if (format === 'text')
        expect(stdout).toContain(
          'GET /p\\n::error::path: response 200 property "id\\n::error::injected\\r\\u2028" was removed',
        );
    }
  });

  it.skipIf(process.platform === 'win32')(
    'a $ref to a named pipe is not read (it waited for a writer for ever)',
    async () => {
      await mkdir(path.join(dir, 'pipe'), { recursive: true });
      execFileSync('mkfifo', [path.join(dir, 'pipe', 'schema.yaml')]);
      await writeFile(
        path.join(dir, 'pipe', 'root.yaml'),
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /p:\n    get:\n      responses:\n        '200': {description: OK, content: {application/json: {schema: {$ref: './schema.yaml'}}}}\n",
      );
      const { code, stdout, stderr } = await run(['pipe/root.yaml', 'pipe/root.yaml']);
      expect(code).toBe(0);
      expect(JSON.parse(stdout).changes).toEqual([]);
      expect(stderr).toBe(
        'maint-actions openapi-diff: warning: pipe/root.yaml: $ref "./schema.yaml" not followed: pipe/schema.yaml is not a regular file (a named pipe, a device or a socket); it stays unresolved (base and revision)\n',
      );
    },
    10_000,
  );

  it('a $ref to a file named __proto__ is bundled like any other file', async () => {
    // Each root beside its own __proto__ file: the file's key under components is `__proto__`.
    const root =
      "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /p:\n    get:\n      responses:\n        '200': {description: OK, content: {application/json: {schema: {$ref: './__proto__'}}}}\n";
    for (const [side, type] of [
      ['b', 'integer'],
      ['h', 'string'],
    ] as const) {
      await mkdir(path.join(dir, side), { recursive: true });
      await writeFile(path.join(dir, side, 'root.yaml'), root);
      await writeFile(
        path.join(dir, side, '__proto__'),
        JSON.stringify({ type: 'object', properties: { id: { type } } }),
      );
    }
    const { code, stdout, stderr } = await run(['b/root.yaml', 'h/root.yaml']);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(JSON.parse(stdout).changes.map((c: { message: string }) => c.message)).toEqual([
      'GET /p: response 200 property "id" type changed from integer to string',
    ]);
  });

  for (const [name, , error] of FILES) {
    it(`${name} as base, as revision and against itself`, async () => {
      for (const [args, side] of [
        [[name, 'ok.yaml'], 'base'],
        [['ok.yaml', name], 'head'],
        [[name, name], 'base'],
      ] as const) {
        const { code, stdout, stderr } = await run([...args]);
        expect(stderr).not.toMatch(/\n\s+at |maint-actions bug/);
        if (error === undefined) {
          expect(stderr).toBe('');
          expect(code).toBeLessThan(2);
          const out = JSON.parse(stdout);
          if (args[0] === args[1]) expect(out.changes).toEqual([]);
        } else {
          expect(code).toBe(2);
          expect(stderr).toBe(`maint-actions openapi-diff: ${error.replace('{side}', side)}\n`);
        }
      }
    }, 30_000);
  }
});

describe('a review of the hostile-document fixes (merged engine)', () => {
  const api = (paths: Record<string, unknown>) => ({
    openapi: '3.1.0',
    info: { title: 't', version: '1' },
    paths,
  });
  const post = (schema: unknown) => ({
    post: {
      requestBody: { content: { 'application/json': { schema } } },
      responses: { '200': { description: 'ok' } },
    },
  });
  const said = (base: unknown, head: unknown) =>
    diffOpenApi(base as never, head as never, { today: '2026-12-08' }).changes.map(
      (c) => `${c.rule}:${c.level} ${c.path}`,
    );

  it("one union's work budget does not change the verdict on another union, whatever the order of the paths", () => {
    const heavy = (from: number) => ({
      oneOf: Array.from({ length: 300 }, (_, i) => ({ minimum: from + i })),
    });
    const light = {
      b: { anyOf: [{ minimum: 5 }, { maximum: -5 }] },
      h: { anyOf: [{ maximum: -1 }, { minimum: 1 }, { multipleOf: 7 }] },
    };
    const alone = said(api({ '/b': post(light.b) }), api({ '/b': post(light.h) }));
    expect(alone).toEqual(['request-variant-added:info /b']);
    for (const heavyFirst of [true, false]) {
      const paths = (x: 'b' | 'h', from: number) =>
        heavyFirst
          ? { '/a': post(heavy(from)), '/b': post(light[x]) }
          : { '/b': post(light[x]), '/a': post(heavy(from)) };
      const onB = said(api(paths('b', 100_000)), api(paths('h', 200_000))).filter((c) => c.endsWith(' /b'));
      expect(onB, `heavy path first: ${heavyFirst}`).toEqual(alone);
    }
  });

  it('a count that is no number in one allOf member leaves the other member its bound, in either order', () => {
    const base = api({ '/p': post({ allOf: [{ type: 'string', maxLength: 5 }] }) });
    for (const odd of [Number.NaN, '7']) {
      for (const members of [
        [{ type: 'string', maxLength: odd }, { maxLength: 3 }],
        [{ maxLength: 3 }, { type: 'string', maxLength: odd }],
      ])
        expect(said(base, api({ '/p': post({ allOf: members }) }))).toEqual([
          'request-max-length-decreased:breaking /p',
        ]);
    }
  });

  it('Infinity, -Infinity and NaN in an enum are values apart from null and each other', () => {
    const values = (list: unknown[]) => api({ '/p': post({ type: 'number', enum: list }) });
    expect(said(values([Number.POSITIVE_INFINITY]), values([Number.NEGATIVE_INFINITY]))).toEqual([
      'request-enum-value-removed:breaking /p',
      'request-enum-value-added:info /p',
    ]);
    expect(said(values([1, Number.NaN]), values([1, Number.POSITIVE_INFINITY]))).toContain(
      'request-enum-value-removed:breaking /p',
    );
    expect(said(values([1, Number.NaN]), values([1, Number.NaN]))).toEqual([]);
  });

  it('a const of NaN (YAML .nan) equals itself: a document diffed against itself says nothing', () => {
    const doc = () =>
      api({ '/p': post({ type: 'number', const: Number.NaN, properties: { a: { const: Number.NaN } } }) });
    expect(said(doc(), doc())).toEqual([]);
    expect(
      said(
        doc(),
        api({ '/p': post({ type: 'number', const: 1, properties: { a: { const: Number.NaN } } }) }),
      ),
    ).toEqual(['request-type-changed:breaking /p']);
  });

  it('an object key whose value is undefined (objects built in code) is no key, as JSON writes it', () => {
    const values = (list: unknown[]) => api({ '/p': post({ type: 'object', enum: list }) });
    expect(said(values([{ a: 1 }]), values([{ a: 1, b: undefined }]))).toEqual([]);
    expect(said(values([{ a: 1, b: null }]), values([{ a: 1, b: undefined }]))).toContain(
      'request-enum-value-removed:breaking /p',
    );
  });
});

/**
 * Generated documents, seeded and deterministic: random structural mutations of the example
 * service's schema, of an OpenAPI 3.1 description of the clinic service and of crafted 3.1
 * documents (cycles, `$ref`s to missing targets, non-objects where objects belong, huge enums,
 * boolean schemas, `$ref` with sibling keywords), each pair diffed both ways. The engine must
 * never throw, and its work (pairs of schema nodes compared) must stay linear in the documents.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { withoutObjectCycles } from './acyclic';
import { diffWithStats } from './diff';
import { generator } from './test-docs';

type Json = Record<string, unknown>;

const example = yaml.load(
  readFileSync(join(import.meta.dirname, '../../../examples/django-service/schema.yml'), 'utf8'),
) as Json;

/** The clinic service (packages/testing/fixtures/clinic-service) described as OpenAPI 3.1. */
const clinic: Json = {
  openapi: '3.1.0',
  info: { title: 'Clinic', version: '1.0.0' },
  paths: {
    '/api/healthz': { get: { responses: { '200': { description: 'OK' } } } },
    '/api/appointments/': {
      get: {
        parameters: [{ name: 'patient', in: 'query', schema: { type: 'string', maxLength: 100 } }],
        responses: {
          '200': {
            description: 'OK',
            content: {
              'application/json': {
                schema: { type: 'array', items: { $ref: '#/components/schemas/Appointment' } },
              },
            },
          },
        },
      },
      post: {
        requestBody: {
          required: true,
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Appointment' } } },
        },
        responses: {
          '201': { description: 'Created', headers: { Location: { schema: { type: 'string' } } } },
        },
      },
    },
  },
  webhooks: {
    reminder: {
      post: {
        requestBody: {
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Appointment' } } },
        },
        responses: { '204': { description: 'OK' } },
      },
    },
  },
  components: {
    schemas: {
      Appointment: {
        type: 'object',
        properties: {
          id: { type: 'integer', readOnly: true },
          patient: { type: 'string', maxLength: 100 },
          starts_at: { type: 'string', format: 'date-time' },
          notes: { type: ['string', 'null'] },
        },
        required: ['patient', 'starts_at'],
      },
    },
  },
};

/** A 3.1 document built to hurt: cycles through many keywords, refs nowhere, odd values. */
const crafted: Json = {
  openapi: '3.1.0',
  info: { title: 'Crafted', version: '1' },
  paths: {
    '/t': {
      post: {
        requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Tree' } } } },
        responses: {
          '200': {
            description: 'OK',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Tree' } } },
          },
        },
      },
    },
    '/u': { $ref: '#/paths/~1t' },
  },
  components: {
    schemas: {
      Tree: {
        type: 'object',
        properties: {
          children: { type: 'array', items: { $ref: '#/components/schemas/Tree' } },
          any: true,
          none: false,
          also: { $ref: '#/components/schemas/Tree', description: 'a $ref with siblings', minProperties: 1 },
          gone: { $ref: '#/components/schemas/Missing' },
          far: { $ref: 'other.yaml#/Tree' },
        },
        allOf: [{ $ref: '#/components/schemas/Tree' }],
        oneOf: [{ $ref: '#/components/schemas/Tree' }, { type: 'null' }],
        anyOf: [{ $ref: '#/components/schemas/Leaf' }, { $ref: '#/components/schemas/Tree' }],
        if: { $ref: '#/components/schemas/Leaf' },
        // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then/else keyword
        then: { $ref: '#/components/schemas/Tree' },
        else: { not: { $ref: '#/components/schemas/Tree' } },
        patternProperties: { '^x-': { $ref: '#/components/schemas/Tree' } },
        dependentSchemas: { children: { $ref: '#/components/schemas/Leaf' } },
      },
      Leaf: {
        type: ['string', 'null'],
        enum: Array.from({ length: 3000 }, (_, i) => `v${i}`),
        prefixItems: [{ $ref: '#/components/schemas/Leaf' }],
        contains: { $ref: '#/components/schemas/Tree' },
        unevaluatedProperties: { $ref: '#/components/schemas/Leaf' },
      },
      Self: { $ref: '#/components/schemas/Self' },
      Loop: { $ref: '#/components/schemas/Pool' },
      Pool: { $ref: '#/components/schemas/Loop' },
    },
  },
};

/** Every object or array inside `root` (not `root` itself), with its parent and key. */
function places(root: unknown): { parent: Json | unknown[]; key: string | number }[] {
  const out: { parent: Json | unknown[]; key: string | number }[] = [];
  const stack: unknown[] = [root];
  const visited = new Set<unknown>();
  while (stack.length > 0) {
    const node = stack.pop();
    if (visited.has(node)) continue;
    visited.add(node);
    if (Array.isArray(node)) {
      node.forEach((value, index) => {
        out.push({ parent: node, key: index });
        if (value !== null && typeof value === 'object') stack.push(value);
      });
    } else if (node !== null && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (node === root && (key === 'openapi' || key === 'info')) continue;
        out.push({ parent: node as Json, key });
        if (value !== null && typeof value === 'object') stack.push(value);
      }
    }
  }
  return out;
}

function size(root: unknown): number {
  return places(root).length + 1;
}

const ODD_VALUES: unknown[] = [null, 0, -1, 1.5, '', 'text', true, false, [], [null], {}];
const BAD_REFS = ['#/components/schemas/Missing', '#/nowhere/~1x', 'other.yaml#/X', '#', '#/paths', '', 42];

/** One structural mutation of `doc`, in place; `pick` draws in [0, 1). */
function mutate(doc: Json, pick: () => number): void {
  const all = places(doc);
  if (all.length === 0) return;
  const one = <T>(list: readonly T[]): T => list[Math.floor(pick() * list.length)]!;
  const { parent, key } = one(all);
  const set = (value: unknown) => {
    (parent as Record<string | number, unknown>)[key] = value;
  };
  const current = (parent as Record<string | number, unknown>)[key];
  const schemaNames = Object.keys(((doc.components as Json | undefined)?.schemas as Json | undefined) ?? {});
  switch (Math.floor(pick() * 10)) {
    case 0:
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete (parent as Json)[key as string];
      return;
    case 1:
      set(one(ODD_VALUES));
      return;
    case 2:
      set(pick() < 0.5);
      return;
    case 3:
      set({ $ref: one(BAD_REFS) });
      return;
    case 4:
      // A cycle: a reference back to a component (or to the whole document's schemas).
      set({ $ref: schemaNames.length > 0 ? `#/components/schemas/${one(schemaNames)}` : '#' });
      return;
    case 5:
      // 3.1: a $ref with sibling keywords.
      set({
        $ref: `#/components/schemas/${one(schemaNames) ?? 'X'}`,
        type: 'string',
        maxLength: 3,
        enum: ['a'],
      });
      return;
    case 6:
      set({
        type: 'string',
        enum: Array.from({ length: 2000 + Math.floor(pick() * 3000) }, (_, i) => `e${i}`),
      });
      return;
    case 7:
      set({ [one(['allOf', 'oneOf', 'anyOf'])]: [current, { $ref: '#/components/schemas/Missing' }] });
      return;
    case 8: {
      // Move another subtree here (shared, not copied: the same object twice in the document).
      const other = one(all);
      set((other.parent as Record<string | number, unknown>)[other.key]);
      return;
    }
    default:
      set(structuredClone(one([crafted.components, example.paths, clinic.webhooks, current])));
  }
}

const SOURCES: [string, Json][] = [
  ['example', example],
  ['clinic', clinic],
  ['crafted', crafted],
];
const CASES_PER_SOURCE = 100;

describe('generated documents: the engine never throws, and its work stays linear', () => {
  for (const [name, source] of SOURCES) {
    it(`${CASES_PER_SOURCE} mutations of the ${name} document, diffed both ways`, () => {
      const pick = generator(0x5eed + name.length);
      let worst = 0;
      for (let n = 0; n < CASES_PER_SOURCE; n++) {
        // structuredClone keeps shared subtrees shared, so a mutation may make a DAG or a cycle of objects.
        const base = structuredClone(source);
        for (let k = Math.floor(pick() * 3); k > 0; k--) mutate(base, pick);
        const head = structuredClone(base);
        for (let k = 1 + Math.floor(pick() * 3); k > 0; k--) mutate(head, pick);
        const work = size(base) + size(head);
        for (const [a, b] of [
          [base, head],
          [head, base],
        ] as const) {
          let comparisons = 0;
          try {
            comparisons = diffWithStats(a, b, { today: '2026-12-07' }).comparisons;
          } catch (error) {
            throw new Error(`case ${n} of ${name} threw: ${(error as Error).stack}`);
          }
          worst = Math.max(worst, comparisons / work);
        }
      }
      expect(worst).toBeLessThan(0.5);
    });
  }

  it('a YAML document whose anchor is used inside itself (an object that contains itself)', () => {
    const text = (maxLength: number) => `
openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /t:
    post:
      requestBody:
        content:
          application/json:
            schema: &node
              type: object
              properties:
                name: {type: string, maxLength: ${maxLength}}
                child: *node
                children: {type: array, items: *node}
                either: {oneOf: [*node, {type: 'null'}]}
                all: {allOf: [*node, *node]}
      responses:
        '200': {description: OK, content: {application/json: {schema: *node}}}
`;
    const base = yaml.load(text(10)) as Json;
    const head = yaml.load(text(5)) as Json;
    const node = (base.paths as Json)['/t'] as Json;
    expect(JSON.stringify(Object.keys(node))).toBe('["post"]');
    const forward = diffWithStats(base, head).result.changes.map((c) => `${c.rule}:${c.level}`);
    expect(forward).toContain('request-max-length-decreased:breaking');
    expect(forward).toContain('response-max-length-decreased:info');
    expect(diffWithStats(head, base).result.counts.breaking).toBeGreaterThan(0);
    expect(diffWithStats(base, base).result.changes).toEqual([]);
    // Documents without such objects are used as they are; this one is given with `$ref`s.
    expect(withoutObjectCycles(example)).toBe(example);
    const converted = withoutObjectCycles(base) as Json;
    expect(JSON.stringify(converted)).toContain(
      '"child":{"$ref":"#/paths/~1t/post/requestBody/content/application~1json/schema"}',
    );
  });

  it('an object cycle longer than the inline depth, changed inside, ends and reports once', () => {
    const chain = (maxLength: number): Json => {
      const top: Json = { type: 'object', properties: {} };
      let node = top;
      for (let i = 0; i < 150; i++) {
        const next: Json = { type: 'object', properties: { label: { type: 'string', maxLength } } };
        (node.properties as Json).next = next;
        node = next;
      }
      (node.properties as Json).next = top;
      return {
        openapi: '3.1.0',
        info: { title: 't', version: '1' },
        paths: {
          '/c': {
            get: {
              responses: { '200': { description: 'OK', content: { 'application/json': { schema: top } } } },
            },
          },
        },
      };
    };
    const { result, comparisons } = diffWithStats(chain(9), chain(3));
    expect(result.counts.breaking).toBe(0);
    expect(new Set(result.changes.map((c) => c.rule))).toEqual(new Set(['response-max-length-decreased']));
    // Each label once from the operation's own schema, and at most once more through the
    // reference the cycle became.
    expect(result.changes.length).toBeGreaterThanOrEqual(151);
    expect(result.changes.length).toBeLessThanOrEqual(2 * 151);
    expect(comparisons).toBeLessThan(151 * 8);
  });
});

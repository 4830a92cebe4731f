/**
 * The OpenAPI diff engine against the floor of any diff: parsing both YAML texts and visiting
 * every node of each document once. A synthetic API of 5,000 operations (1,250 paths × 4
 * methods) over shared component schemas with nested objects, references and cycles, against a
 * second version with a few hundred scattered changes. Target: diff at most 3 × the floor.
 *
 * Run: pnpm exec tsx bench/openapi-diff.ts
 */

import { pathToFileURL } from 'node:url';
import { parse, stringify } from 'yaml';
import { diffOpenApi } from '../packages/openapi-diff/src/index';
import { type Figure, interleave, median, printFigure, timeFn } from './lib';

type Json = Record<string, unknown>;

const PATHS = 1250;
const SCHEMAS = 200;
const ROUNDS = 5;
const TARGET = 3;

/** A small deterministic generator, so every run measures the same documents. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 2 ** 32;
    return state / 2 ** 32;
  };
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const SCALARS = [
  { type: 'string' },
  { type: 'integer' },
  { type: 'string', format: 'date-time' },
  { type: 'boolean' },
  { type: 'number', nullable: true },
  { type: 'string', enum: ['draft', 'sent', 'accepted', 'rejected'] },
];

function schemaName(i: number): string {
  return `Model${i}`;
}

/** Components: objects with scalar fields, nested inline objects, arrays of and references to other models. */
function componentSchemas(next: () => number): Json {
  const schemas: Json = {};
  for (let i = 0; i < SCHEMAS; i++) {
    const properties: Json = { id: { type: 'integer', readOnly: true } };
    for (let f = 0; f < 8; f++) properties[`field${f}`] = structuredClone(SCALARS[(i + f) % SCALARS.length]);
    properties.meta = {
      type: 'object',
      properties: {
        created: { type: 'string', format: 'date-time' },
        tags: { type: 'array', items: { type: 'string' } },
      },
    };
    // Refer forward to later models (a tree of depth ~4), and every 20th model back to an earlier one: cycles.
    if (i + 1 < SCHEMAS)
      properties.owner = ref(schemaName(Math.min(SCHEMAS - 1, i + 1 + Math.floor(next() * 10))));
    if (i + 2 < SCHEMAS && i % 3 === 0) properties.items = { type: 'array', items: ref(schemaName(i + 2)) };
    if (i % 20 === 19) properties.parent = ref(schemaName(i - 19));
    if (i % 10 === 0) properties.self = { type: 'array', items: ref(schemaName(i)) };
    schemas[schemaName(i)] = { type: 'object', required: ['id', 'field0', 'field1'], properties };
  }
  schemas.Error = { type: 'object', required: ['detail'], properties: { detail: { type: 'string' } } };
  schemas.Page = {
    type: 'object',
    properties: { count: { type: 'integer' }, next: { type: 'string', nullable: true } },
  };
  return schemas;
}

function operation(model: string, method: string, p: number): Json {
  const responses: Json = {
    '400': { description: 'Bad request', content: { 'application/json': { schema: ref('Error') } } },
    '404': { $ref: '#/components/responses/NotFound' },
  };
  const op: Json = {
    operationId: `${method}${p}`,
    tags: [`tag${p % 30}`],
    parameters: [
      { name: 'X-Request-Id', in: 'header', schema: { type: 'string', format: 'uuid' } },
      { $ref: '#/components/parameters/Expand' },
    ],
    responses,
  };
  if (method === 'get') {
    (op.parameters as unknown[]).push({ name: 'page', in: 'query', schema: { type: 'integer', minimum: 1 } });
    responses['200'] = {
      description: 'A page',
      content: {
        'application/json': {
          schema: {
            allOf: [ref('Page')],
            type: 'object',
            properties: { results: { type: 'array', items: ref(model) } },
          },
        },
      },
    };
  } else if (method === 'delete') {
    responses['204'] = { description: 'Deleted' };
  } else {
    op.requestBody = {
      required: true,
      content: {
        'application/json': {
          schema: {
            type: 'object',
            required: ['data'],
            properties: {
              data: ref(model),
              note: { type: 'string', maxLength: 200 },
              options: {
                type: 'object',
                properties: { notify: { type: 'boolean' }, at: { type: 'string' } },
              },
            },
          },
        },
      },
    };
    responses[method === 'post' ? '201' : '200'] = {
      description: 'Saved',
      content: { 'application/json': { schema: ref(model) } },
    };
  }
  return op;
}

function baseSpec(): Json {
  const next = random(42);
  const paths: Json = {};
  for (let p = 0; p < PATHS; p++) {
    const model = schemaName(Math.floor(next() * SCHEMAS));
    const item: Json = {
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer' } }],
    };
    for (const method of ['get', 'post', 'put', 'delete']) item[method] = operation(model, method, p);
    paths[`/api/v1/resource${p}/{id}/`] = item;
  }
  return {
    openapi: '3.0.3',
    info: { title: 'Synthetic', version: '1.0.0' },
    security: [{ token: [] }],
    paths,
    components: {
      schemas: componentSchemas(next),
      parameters: {
        Expand: { name: 'expand', in: 'query', schema: { type: 'string', enum: ['owner', 'items'] } },
      },
      responses: {
        NotFound: { description: 'Not found', content: { 'application/json': { schema: ref('Error') } } },
      },
      securitySchemes: { token: { type: 'http', scheme: 'bearer' } },
    },
  };
}

/** A few hundred changes scattered over operations and shared schemas. */
function headSpec(base: Json): Json {
  const head = structuredClone(base);
  const next = random(7);
  const paths = head.paths as Record<string, Record<string, Json>>;
  const keys = Object.keys(paths);
  const pick = () => paths[keys[Math.floor(next() * keys.length)]!]!;
  for (let i = 0; i < 60; i++) {
    const op = pick().get!;
    (op.parameters as unknown[]).push({
      name: `filter${i}`,
      in: 'query',
      required: i % 2 === 0,
      schema: { type: 'string' },
    });
  }
  for (let i = 0; i < 60; i++) {
    const body = (pick().post!.requestBody as Json).content as Record<string, Json>;
    const schema = body['application/json']!.schema as { required: string[]; properties: Json };
    if (i % 2 === 0) schema.required.push('note');
    else schema.properties.options = { type: 'object', properties: { notify: { type: 'string' } } };
  }
  for (let i = 0; i < 50; i++) delete (pick().delete!.responses as Json)['404'];
  for (let i = 0; i < 30; i++) pick().put!.deprecated = true;
  for (let i = 0; i < 20; i++) delete pick().delete;
  for (let i = 0; i < 20; i++) paths[`/api/v2/new${i}/`] = { get: operation(schemaName(i), 'get', i) };
  const schemas = (head.components as Json).schemas as Record<
    string,
    { properties: Json; required: string[] }
  >;
  for (let i = 0; i < 40; i++) {
    const model = schemas[schemaName(Math.floor(next() * SCHEMAS))]!;
    if (i % 4 === 0) delete model.properties.field3;
    else if (i % 4 === 1) model.properties.field4 = { type: 'string', format: 'email' };
    else if (i % 4 === 2) model.properties[`extra${i}`] = { type: 'string' };
    else model.required.push('field2');
  }
  return head;
}

/** The floor: a plain recursive visit of every node. */
function visit(node: unknown): number {
  if (Array.isArray(node)) {
    let count = 1;
    for (const item of node) count += visit(item);
    return count;
  }
  if (typeof node === 'object' && node !== null) {
    let count = 1;
    for (const value of Object.values(node)) count += visit(value);
    return count;
  }
  return 1;
}

/** The diff of two versions of a 5,000-operation spec against parsing both and walking them once. */
export async function bench(): Promise<Figure> {
  const base = baseSpec();
  const baseYaml = stringify(base, { aliasDuplicateObjects: false });
  const headYaml = stringify(headSpec(base), { aliasDuplicateObjects: false });
  const probe = diffOpenApi(parse(baseYaml), parse(headYaml));
  console.log(
    `documents: ${(baseYaml.length / 1e6).toFixed(1)} MB and ${(headYaml.length / 1e6).toFixed(1)} MB of YAML; ` +
      `${probe.changes.length} changes (${probe.counts.breaking} breaking, ${probe.counts.warning} warnings, ` +
      `${probe.counts.info} info), bump ${probe.bump}`,
  );

  const baseDoc = parse(baseYaml);
  const headDoc = parse(headYaml);
  const alone = await interleave(
    ROUNDS,
    () => timeFn(async () => diffOpenApi(baseDoc, headDoc)),
    () => timeFn(async () => visit(baseDoc) + visit(headDoc)),
  );
  console.log(
    `without parsing: diff ${median(alone.subject).toFixed(1)} ms, visit ${median(alone.baseline).toFixed(1)} ms`,
  );

  let sink = 0;
  const result = await interleave(
    ROUNDS,
    () =>
      timeFn(async () => {
        sink += diffOpenApi(parse(baseYaml), parse(headYaml)).changes.length;
      }),
    () =>
      timeFn(async () => {
        sink += visit(parse(baseYaml)) + visit(parse(headYaml));
      }),
  );
  const subjectMs = median(result.subject);
  const baselineMs = median(result.baseline);
  const figure: Figure = {
    name: 'openapi-diff',
    measure: 'parse both YAML documents and diff them, vs parse both and visit every node',
    subjectMs,
    baselineMs,
    value: subjectMs / baselineMs,
    unit: 'ratio',
    target: `<= ${TARGET}`,
    ok: subjectMs / baselineMs <= TARGET,
  };
  printFigure(figure);
  if (sink < 0) console.log(sink);
  return figure;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await bench();

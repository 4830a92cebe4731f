/**
 * `$anchor`, `$id`-relative references and `$dynamicRef` (JSON Schema 2020-12, OpenAPI 3.1),
 * resolved within the document (src/resources.ts); nothing is fetched.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runOpenapiDiffCommand } from './command';
import { diffOpenApi, diffWithStats } from './diff';
import { doc, json } from './test-docs';

type Json = Record<string, unknown>;

/** A 3.1 document: POST /pets takes `request`, GET /pets returns `response`, beside `schemas`. */
function api(request: unknown, response: unknown, schemas: Json): Json {
  return doc(
    {
      '/pets': {
        post: {
          requestBody: { required: true, ...json(request) },
          responses: { '201': { description: 'Created' } },
        },
        get: { responses: { '200': { description: 'OK', ...json(response) } } },
      },
    },
    { components: { schemas } },
    '3.1.0',
  );
}

/** Rule and message of each change, sorted by message (the order of the result is tested elsewhere). */
function summary(base: unknown, head: unknown): [string, string][] {
  const changes = diffOpenApi(base, head).changes.map((c): [string, string] => [c.rule, c.message]);
  return changes.sort((a, b) => a[1].localeCompare(b[1]));
}

const pet = (required: string[]) => ({
  type: 'object',
  required,
  properties: { name: { type: 'string' }, tag: { type: 'string' } },
});

describe('$anchor', () => {
  const anchored = (required: string[]) => ({ Pet: { $anchor: 'pet', ...pet(required) } });

  it('follows `#pet` to the schema that declares it: request and response side', () => {
    const base = api({ $ref: '#pet' }, { $ref: '#pet' }, anchored(['name']));
    const head = api({ $ref: '#pet' }, { $ref: '#pet' }, anchored(['tag']));
    expect(summary(base, head)).toEqual([
      ['response-field-made-optional', 'GET /pets: response 200 property "name" may now be absent'],
      ['response-field-made-required', 'GET /pets: response 200 property "tag" is now always present'],
      ['request-field-made-optional', 'POST /pets: request body property "name" is no longer required'],
      ['request-body-required-field-added', 'POST /pets: request body property "tag" is now required'],
    ]);
  });

  it('an anchor and the pointer to the same schema are the same reference: no change', () => {
    const base = api({ $ref: '#pet' }, { $ref: '#/components/schemas/Pet' }, anchored(['name']));
    const head = api({ $ref: '#/components/schemas/Pet' }, { $ref: '#pet' }, anchored(['name']));
    expect(summary(base, head)).toEqual([]);
  });

  it('a cycle through anchors ends, and a change inside it is found once per operation', () => {
    const node = (extra: Json) => ({
      Node: {
        $anchor: 'node',
        type: 'object',
        properties: { children: { type: 'array', items: { $ref: '#node' } }, ...extra },
      },
    });
    const base = api({ $ref: '#node' }, { $ref: '#node' }, node({}));
    expect(summary(base, base)).toEqual([]);
    const head = api({ $ref: '#node' }, { $ref: '#node' }, node({ label: { type: 'string' } }));
    expect(summary(base, head)).toEqual([
      ['response-field-added', 'GET /pets: response 200 property "label" was added'],
      ['request-field-added-optional', 'POST /pets: request body property "label" was added (optional)'],
    ]);
  });

  it('an anchor that is declared nowhere stays unresolved, as any unresolvable reference', () => {
    const base = api({ $ref: '#nowhere' }, { $ref: '#nowhere' }, anchored(['name']));
    expect(summary(base, base)).toEqual([]);
    const head = api({ $ref: '#pet' }, { $ref: '#nowhere' }, anchored(['name']));
    expect(summary(base, head)).toEqual([
      ['request-type-changed', 'POST /pets: request body schema changed from #nowhere to #pet'],
    ]);
  });

  it('an anchor declared twice in one resource is ambiguous and stays unresolved', () => {
    const schemas = { A: { $anchor: 'x', type: 'string' }, B: { $anchor: 'x', type: 'integer' } };
    const base = api({ $ref: '#x' }, { $ref: '#x' }, schemas);
    const head = api({ $ref: '#x' }, { $ref: '#x' }, { ...schemas, B: { $anchor: 'x', type: 'boolean' } });
    expect(summary(base, head)).toEqual([]);
  });
});

describe('$id', () => {
  const withIds = (required: string[]) => ({
    Pet: { $id: 'https://example.com/schemas/pet', ...pet(required) },
    Order: {
      $id: 'https://example.com/schemas/order',
      type: 'object',
      properties: {
        pet: { $ref: 'pet' },
        owner: { $ref: 'https://example.com/schemas/pet#/properties/name' },
      },
    },
  });

  it('a reference relative to the enclosing $id, and an absolute one, lead to the schema that declares it', () => {
    const order = { $ref: 'https://example.com/schemas/order' };
    const base = api(order, order, withIds(['name']));
    const head = api(order, order, withIds(['tag']));
    expect(summary(base, head)).toEqual([
      ['response-field-made-optional', 'GET /pets: response 200 property "pet.name" may now be absent'],
      ['response-field-made-required', 'GET /pets: response 200 property "pet.tag" is now always present'],
      ['request-field-made-optional', 'POST /pets: request body property "pet.name" is no longer required'],
      ['request-body-required-field-added', 'POST /pets: request body property "pet.tag" is now required'],
    ]);
  });

  it('a pointer into a resource by its URI is followed too', () => {
    const order = { $ref: 'https://example.com/schemas/order' };
    const base = api(order, order, withIds(['name']));
    const head = structuredClone(base) as { components: { schemas: { Pet: Json } } };
    head.components.schemas.Pet.properties = { name: { type: 'integer' }, tag: { type: 'string' } };
    expect(summary(base, head)).toEqual([
      [
        'response-type-changed',
        'GET /pets: response 200 property "owner" type changed from string to integer',
      ],
      [
        'response-type-changed',
        'GET /pets: response 200 property "pet.name" type changed from string to integer',
      ],
      [
        'request-type-changed',
        'POST /pets: request body property "owner" type changed from string to integer',
      ],
      [
        'request-type-changed',
        'POST /pets: request body property "pet.name" type changed from string to integer',
      ],
    ]);
  });

  it('`$ref: "#"` inside a resource is the resource itself: a recursive schema ends', () => {
    const tree = (leaf: string) => ({
      Tree: {
        $id: 'https://example.com/tree',
        type: 'object',
        properties: { leaf: { type: leaf }, children: { type: 'array', items: { $ref: '#' } } },
      },
    });
    const root = { $ref: 'https://example.com/tree' };
    expect(summary(api(root, root, tree('string')), api(root, root, tree('string')))).toEqual([]);
    expect(summary(api(root, root, tree('string')), api(root, root, tree('integer')))).toEqual([
      [
        'response-type-changed',
        'GET /pets: response 200 property "leaf" type changed from string to integer',
      ],
      [
        'request-type-changed',
        'POST /pets: request body property "leaf" type changed from string to integer',
      ],
    ]);
  });

  it('the same relative text under two $ids means two schemas: each is compared where it is written', () => {
    const schemas = (bType: string) => ({
      A: { $id: 'https://a.example/root', type: 'object', properties: { x: { $ref: 'item' } } },
      AItem: { $id: 'https://a.example/item', type: 'string' },
      B: { $id: 'https://b.example/root', type: 'object', properties: { y: { $ref: 'item' } } },
      BItem: { $id: 'https://b.example/item', type: bType },
    });
    const body = {
      type: 'object',
      properties: { a: { $ref: 'https://a.example/root' }, b: { $ref: 'https://b.example/root' } },
    };
    expect(summary(api(body, body, schemas('integer')), api(body, body, schemas('integer')))).toEqual([]);
    expect(summary(api(body, body, schemas('integer')), api(body, body, schemas('boolean')))).toEqual([
      [
        'response-type-changed',
        'GET /pets: response 200 property "b.y" type changed from integer to boolean',
      ],
      [
        'request-type-changed',
        'POST /pets: request body property "b.y" type changed from integer to boolean',
      ],
    ]);
  });

  it('an $id in an example names nothing, and a URI no schema declares stays unresolved', () => {
    const schemas = {
      Pet: { type: 'object', example: { $id: 'https://example.com/schemas/ghost' }, properties: {} },
    };
    const ghost = { $ref: 'https://example.com/schemas/ghost' };
    expect(summary(api(ghost, ghost, schemas), api(ghost, ghost, schemas))).toEqual([]);
  });
});

describe('names that are not what they seem', () => {
  const cfg = (schemas: Json) =>
    api({ $ref: '#/components/schemas/Cfg' }, { $ref: '#/components/schemas/Cfg' }, schemas);

  it('two components of one $id name neither: reordering them changes nothing', () => {
    const x = { $id: 'https://example.com/dup', type: 'object', properties: { n: { type: 'string' } } };
    const y = { $id: 'https://example.com/dup', type: 'object', properties: { n: { type: 'integer' } } };
    const user = { type: 'object', properties: { d: { $ref: 'https://example.com/dup' } } };
    expect(summary(cfg({ X: x, Y: y, Cfg: user }), cfg({ Y: y, X: x, Cfg: user }))).toEqual([]);
    // Declared once, it leads to its schema.
    expect(
      summary(cfg({ X: x, Cfg: user }), cfg({ X: { ...x, properties: y.properties }, Cfg: user })),
    ).toEqual([
      ['response-type-changed', 'GET /pets: response 200 property "d.n" type changed from string to integer'],
      ['request-type-changed', 'POST /pets: request body property "d.n" type changed from string to integer'],
    ]);
  });

  it('properties named default, example, enum, const are schemas: an anchor reference or $id in them counts', () => {
    const money = (type: string) => ({
      Money: { $anchor: 'money', type },
      Cfg: { type: 'object', properties: { default: { $ref: '#money' } } },
    });
    expect(summary(cfg(money('string')), cfg(money('integer')))).toEqual([
      [
        'response-type-changed',
        'GET /pets: response 200 property "default" type changed from string to integer',
      ],
      [
        'request-type-changed',
        'POST /pets: request body property "default" type changed from string to integer',
      ],
    ]);
    const named = (type: string) => ({
      Cfg: {
        type: 'object',
        properties: {
          example: { $id: 'https://example.com/ex', type },
          x: { $ref: 'https://example.com/ex' },
        },
        $defs: { enum: { $anchor: 'e', type } },
      },
      Other: { type: 'object', properties: { const: { $ref: '#e' } } },
    });
    const both = { $ref: '#/components/schemas/Other' };
    expect(summary(cfg(named('string')), cfg(named('integer')))).toEqual([
      [
        'response-type-changed',
        'GET /pets: response 200 property "example" type changed from string to integer',
      ],
      ['response-type-changed', 'GET /pets: response 200 property "x" type changed from string to integer'],
      [
        'request-type-changed',
        'POST /pets: request body property "example" type changed from string to integer',
      ],
      ['request-type-changed', 'POST /pets: request body property "x" type changed from string to integer'],
    ]);
    expect(summary(api(both, both, named('string')), api(both, both, named('integer')))).toEqual([
      [
        'response-type-changed',
        'GET /pets: response 200 property "const" type changed from string to integer',
      ],
      [
        'request-type-changed',
        'POST /pets: request body property "const" type changed from string to integer',
      ],
    ]);
  });

  it("`#/…` inside a resource is the document's pointer when the root has it, else the resource's own", () => {
    const order = (qty: string) => ({
      Qty: { type: 'boolean' },
      Order: {
        $id: 'https://example.com/order',
        type: 'object',
        properties: { qty: { $ref: '#/$defs/qty' }, root: { $ref: '#/components/schemas/Qty' } },
        $defs: { qty: { type: qty } },
      },
    });
    const body = { $ref: 'https://example.com/order' };
    expect(summary(api(body, body, order('string')), api(body, body, order('string')))).toEqual([]);
    expect(summary(api(body, body, order('string')), api(body, body, order('integer')))).toEqual([
      ['response-type-changed', 'GET /pets: response 200 property "qty" type changed from string to integer'],
      ['request-type-changed', 'POST /pets: request body property "qty" type changed from string to integer'],
    ]);
    // The root's pointer wins where both exist: `/$defs/qty` at the root is meant.
    const withRootDefs = (qty: string) => ({
      ...api(body, body, order(qty)),
      $defs: { qty: { type: 'boolean' } },
    });
    expect(summary(withRootDefs('string'), withRootDefs('integer'))).toEqual([]);
  });
});

describe('the same text in every resource', () => {
  /** `n` resources, each `$anchor: a` with `self: {$ref: '#a'}` and a link to the next by relative `$id`; the last one's `v` is `last`. */
  const chain = (n: number, last: string) => {
    const schemas: Json = {};
    for (let i = 0; i < n; i++)
      schemas[`S${i}`] = {
        $id: `https://example.com/s${i}`,
        $anchor: 'a',
        type: 'object',
        properties: {
          v: { type: i === n - 1 ? last : 'string' },
          self: { $ref: '#a' },
          next: { $ref: `s${(i + 1) % n}` },
        },
      };
    const first = { $ref: 'https://example.com/s0' };
    return api(first, first, schemas);
  };

  it('an unchanged document is seen unchanged once per pair of targets, not once per path: 3,000 resources', () => {
    const n = 3000;
    const same = diffWithStats(chain(n, 'string'), chain(n, 'string'));
    expect(same.result.changes).toEqual([]);
    // `#a` means 3,000 different schemas; each pair of targets is compared once (two per resource: itself and the next).
    expect(same.targetChecks).toBeLessThanOrEqual(2 * n + 2);
    expect(same.comparisons).toBe(0);
  });

  it('a change in the last resource is still found through the chain, in linear work', () => {
    const n = 2000;
    const changed = diffWithStats(chain(n, 'string'), chain(n, 'integer'));
    const path = `${'next.'.repeat(n - 1)}v`;
    expect(changed.result.changes.map((c) => [c.rule, c.message])).toEqual([
      [
        'response-type-changed',
        `GET /pets: response 200 property "${path}" type changed from string to integer`,
      ],
      [
        'request-type-changed',
        `POST /pets: request body property "${path}" type changed from string to integer`,
      ],
    ]);
    expect(changed.targetChecks).toBeLessThanOrEqual(4 * n);
    expect(changed.comparisons).toBeLessThanOrEqual(4 * n);
  });
});

describe('$dynamicRef', () => {
  it('leads to the one $dynamicAnchor of its name', () => {
    const schemas = (type: string) => ({
      List: { type: 'array', items: { $dynamicRef: '#item' } },
      Item: { $dynamicAnchor: 'item', type },
    });
    const list = { $ref: '#/components/schemas/List' };
    expect(summary(api(list, list, schemas('string')), api(list, list, schemas('string')))).toEqual([]);
    expect(summary(api(list, list, schemas('string')), api(list, list, schemas('integer')))).toEqual([
      ['response-type-changed', 'GET /pets: response 200 property "[]" type changed from string to integer'],
      ['request-type-changed', 'POST /pets: request body property "[]" type changed from string to integer'],
    ]);
  });

  it('stays unresolved when several schemas declare the anchor (which one applies depends on the evaluation path)', () => {
    const schemas = (type: string) => ({
      List: {
        $id: 'https://example.com/list',
        type: 'array',
        items: { $dynamicRef: '#T' },
        $defs: { t: { $dynamicAnchor: 'T' } },
      },
      Strings: {
        $id: 'https://example.com/strings',
        $ref: 'list',
        $defs: { t: { $dynamicAnchor: 'T', type } },
      },
    });
    const list = { $ref: 'https://example.com/strings' };
    expect(() =>
      diffOpenApi(api(list, list, schemas('string')), api(list, list, schemas('integer'))),
    ).not.toThrow();
  });

  it('whose static target is a plain $anchor is a $ref to it, whatever $dynamicAnchor of that name is elsewhere', () => {
    const schemas = (type: string) => ({
      A: {
        $id: 'https://example.com/a',
        type: 'object',
        properties: { x: { $dynamicRef: '#node' } },
        $defs: { n: { $anchor: 'node', type } },
      },
      B: { $id: 'https://example.com/b', $dynamicAnchor: 'node', type: 'object' },
    });
    const a = { $ref: 'https://example.com/a' };
    expect(summary(api(a, a, schemas('string')), api(a, a, schemas('integer')))).toEqual([
      ['response-type-changed', 'GET /pets: response 200 property "x" type changed from string to integer'],
      ['request-type-changed', 'POST /pets: request body property "x" type changed from string to integer'],
    ]);
  });

  it('whose static target is a $dynamicAnchor, or missing, means the one $dynamicAnchor of its name', () => {
    const schemas = (type: string, local: boolean) => ({
      A: {
        $id: 'https://example.com/a',
        type: 'object',
        properties: { x: { $dynamicRef: '#node' } },
        ...(local ? { $defs: { n: { $dynamicAnchor: 'node', type } } } : {}),
      },
      ...(local ? {} : { B: { $id: 'https://example.com/b', $dynamicAnchor: 'node', type } }),
    });
    const a = { $ref: 'https://example.com/a' };
    for (const local of [true, false])
      expect(summary(api(a, a, schemas('string', local)), api(a, a, schemas('integer', local)))).toEqual([
        ['response-type-changed', 'GET /pets: response 200 property "x" type changed from string to integer'],
        ['request-type-changed', 'POST /pets: request body property "x" type changed from string to integer'],
      ]);
  });
});

describe('the command, with files', () => {
  const file = (required: string, extra = '') => `openapi: 3.1.0
info: {title: Pets, version: '1'}
paths:
  /pets:
    post:
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: 'https://example.com/schemas/order'}
      responses:
        '201': {description: Created}
components:
  schemas:
    Pet:
      $id: https://example.com/schemas/pet
      type: object
      required: [${required}]
      properties:
        name: {type: string}
        tag: {type: string}
    Order:
      $id: https://example.com/schemas/order
      type: object
      properties:
        pet: {$ref: pet}
        tags: {$ref: '#tags'}
        ${extra}
    Tags: {$anchor: tags, type: array, items: {type: string}}
`;

  it('reads $id and anchor references as schemas of the document: no file is looked for, no URL warned of', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'openapi-resources-'));
    try {
      await writeFile(path.join(dir, 'base.yaml'), file('name'));
      // The revision also refers to a file that does not exist: that one is still warned of.
      await writeFile(path.join(dir, 'head.yaml'), file('name, tag', 'missing: {$ref: missing.yaml}'));
      let stdout = '';
      let stderr = '';
      const exitCode = await runOpenapiDiffCommand(['base.yaml', 'head.yaml', '--format', 'json'], {
        cwd: dir,
        env: { PATH: process.env.PATH, HOME: process.env.HOME },
        stdout: { write: (t: string) => (stdout += t) },
        stderr: { write: (t: string) => (stderr += t) },
        readStdin: async () => '',
        today: '2026-12-07',
      });
      expect(stderr).toBe(
        'maint-actions openapi-diff: warning: head.yaml: $ref "missing.yaml" not followed: missing.yaml does not exist; it stays unresolved (revision)\n',
      );
      expect(exitCode).toBe(1);
      const changes = (JSON.parse(stdout) as { changes: { id: string; message: string }[] }).changes;
      expect(changes.map((c) => [c.id, c.message])).toEqual([
        ['request-body-required-field-added', 'POST /pets: request body property "pet.tag" is now required'],
        ['request-field-added-optional', 'POST /pets: request body property "missing" was added (optional)'],
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('a referenced file whose root declares $id reaches its own $defs by relative $id: no warning, the change found', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'openapi-resources-'));
    const rootDoc = `openapi: 3.1.0
info: {title: Pets, version: '1'}
paths:
  /pets:
    post:
      requestBody:
        content:
          application/json:
            schema: {$ref: './pet.yaml'}
      responses:
        '200': {description: OK}
`;
    const petFile = (idType: string) => `$id: https://example.com/schemas/pet
type: object
properties:
  owner: {$ref: owner}
$defs:
  owner:
    $id: https://example.com/schemas/owner
    type: object
    properties:
      id: {type: ${idType}}
`;
    try {
      for (const [side, idType] of [
        ['base', 'string'],
        ['head', 'integer'],
      ] as const) {
        await mkdir(path.join(dir, side));
        await writeFile(path.join(dir, side, 'openapi.yaml'), rootDoc);
        await writeFile(path.join(dir, side, 'pet.yaml'), petFile(idType));
      }
      let stdout = '';
      let stderr = '';
      const exitCode = await runOpenapiDiffCommand(
        ['base/openapi.yaml', 'head/openapi.yaml', '--format', 'json'],
        {
          cwd: dir,
          env: { PATH: process.env.PATH, HOME: process.env.HOME },
          stdout: { write: (t: string) => (stdout += t) },
          stderr: { write: (t: string) => (stderr += t) },
          readStdin: async () => '',
          today: '2026-12-07',
        },
      );
      expect(stderr).toBe('');
      expect(exitCode).toBe(1);
      const changes = (JSON.parse(stdout) as { changes: { id: string; message: string }[] }).changes;
      expect(changes.map((c) => [c.id, c.message])).toEqual([
        [
          'request-type-changed',
          'POST /pets: request body property "owner.id" type changed from string to integer',
        ],
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("an anchor inside a referenced file is the file's own: followed, beside one of the same name in the root", async () => {
    const rootDoc = (rootType: string) => `openapi: 3.1.0
info: {title: Pets, version: '1'}
paths:
  /pets:
    get:
      responses:
        '200':
          description: OK
          content:
            application/json:
              schema:
                type: object
                properties:
                  pet: {$ref: 'schemas/pet.yaml'}
                  label: {$ref: '#name'}
components:
  schemas:
    Label: {$anchor: name, type: ${rootType}}
`;
    const petFile = (nameType: string) =>
      `type: object\nproperties:\n  name: {$ref: '#name'}\n$defs:\n  name: {$anchor: name, type: ${nameType}}\n`;
    const dir = await mkdtemp(path.join(os.tmpdir(), 'openapi-resources-'));
    try {
      await mkdir(path.join(dir, 'base/schemas'), { recursive: true });
      await mkdir(path.join(dir, 'head/schemas'), { recursive: true });
      await writeFile(path.join(dir, 'base/openapi.yaml'), rootDoc('string'));
      await writeFile(path.join(dir, 'base/schemas/pet.yaml'), petFile('string'));
      await writeFile(path.join(dir, 'head/openapi.yaml'), rootDoc('string'));
      await writeFile(path.join(dir, 'head/schemas/pet.yaml'), petFile('integer'));
      let stdout = '';
      let stderr = '';
      await runOpenapiDiffCommand(
        ['base/openapi.yaml', 'head/openapi.yaml', '--format', 'json', '--fail-on', 'none'],
        {
          cwd: dir,
          env: { PATH: process.env.PATH, HOME: process.env.HOME },
          stdout: { write: (t: string) => (stdout += t) },
          stderr: { write: (t: string) => (stderr += t) },
          readStdin: async () => '',
          today: '2026-12-07',
        },
      );
      expect(stderr).toBe('');
      const changes = (JSON.parse(stdout) as { changes: { id: string; message: string; location: string }[] })
        .changes;
      expect(changes.map((c) => [c.id, c.message, c.location])).toEqual([
        [
          'response-type-changed',
          'GET /pets: response 200 property "pet.name" type changed from string to integer',
          'schemas/pet.yaml#/$defs/name',
        ],
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('odd references never throw', () => {
  it('bad URIs, non-string keywords, loops of $id references and `#` at the document level', () => {
    const schemas = {
      A: { $id: 'https://example.com/a', $ref: 'b' },
      B: { $id: 'https://example.com/b', $ref: 'a' },
      C: { $id: 42, $anchor: {}, $dynamicAnchor: [], type: 'string' },
      D: { $id: 'http://[bad', properties: { x: { $ref: 'http://[' } } },
      E: { $ref: '#' },
      F: { $dynamicRef: 5, $ref: '#%zz' },
      G: { $id: 'urn:example:g', properties: { y: { $ref: 'relative' }, z: { $ref: '#' } } },
    };
    const body = {
      type: 'object',
      properties: Object.fromEntries(
        Object.keys(schemas).map((name) => [name, { $ref: `#/components/schemas/${name}` }]),
      ),
    };
    const base = api(body, body, schemas);
    expect(summary(base, base)).toEqual([]);
    const head = api(body, body, { ...schemas, B: { $id: 'https://example.com/b', $ref: 'c' } });
    expect(() => diffOpenApi(base, head)).not.toThrow();
    expect(() => diffOpenApi(head, base)).not.toThrow();
  });
});

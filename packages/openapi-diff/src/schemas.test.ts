import { describe, expect, it } from 'vitest';
import { diffOpenApi } from './diff';
import { components, doc, getReturns, int, json, obj, postBody, ref, str } from './test-docs';

/** Rule and message of each change, the most readable thing to assert on. */
function summary(base: unknown, head: unknown): [string, string][] {
  return diffOpenApi(base, head).changes.map((c) => [c.rule, c.message]);
}

const BODY = '/paths/~1api~1submissions~1/post/requestBody/content/application~1json/schema';
const RESPONSE = '/paths/~1api~1submissions~1/get/responses/200/content/application~1json/schema';

describe('request bodies', () => {
  it('reports a property made required, at its place in the head document', () => {
    const result = diffOpenApi(postBody(obj({ email: str })), postBody(obj({ email: str }, ['email'])));
    expect(result.changes).toEqual([
      {
        rule: 'request-body-required-field-added',
        level: 'breaking',
        path: '/api/submissions/',
        method: 'POST',
        location: `${BODY}/properties/email`,
        message: 'POST /api/submissions/: request body property "email" is now required',
      },
    ]);
  });

  it('reports a new required property as breaking and a new optional one as info', () => {
    const base = postBody(obj({ title: str }));
    const head = postBody(obj({ title: str, email: str, note: str }, ['email']));
    expect(summary(base, head)).toEqual([
      [
        'request-body-required-field-added',
        'POST /api/submissions/: request body property "email" was added and is required',
      ],
      [
        'request-field-added-optional',
        'POST /api/submissions/: request body property "note" was added (optional)',
      ],
    ]);
  });

  it('warns when a property is removed', () => {
    expect(summary(postBody(obj({ title: str, draft: str })), postBody(obj({ title: str })))).toEqual([
      ['request-field-removed', 'POST /api/submissions/: request body property "draft" was removed'],
    ]);
  });

  it('reports a type or format change of nested properties and array items', () => {
    const base = postBody(obj({ author: obj({ age: int }), tags: { type: 'array', items: str }, at: str }));
    const head = postBody(
      obj({
        author: obj({ age: str }),
        tags: { type: 'array', items: int },
        at: { type: 'string', format: 'date' },
      }),
    );
    expect(summary(base, head)).toEqual([
      [
        'request-type-changed',
        'POST /api/submissions/: request body property "at" type changed from string to string (date)',
      ],
      [
        'request-type-changed',
        'POST /api/submissions/: request body property "author.age" type changed from integer to string',
      ],
      [
        'request-type-changed',
        'POST /api/submissions/: request body property "tags[]" type changed from string to integer',
      ],
    ]);
  });

  it('reports a request that accepts more (null, a wider number) as a widening, not a break', () => {
    const base = postBody(obj({ score: int, note: str }));
    const head = postBody(obj({ score: { type: 'number' }, note: { type: 'string', nullable: true } }));
    expect(summary(base, head)).toEqual([
      [
        'request-type-widened',
        'POST /api/submissions/: request body property "note" type changed from string to null | string',
      ],
      [
        'request-type-widened',
        'POST /api/submissions/: request body property "score" type changed from integer to number',
      ],
    ]);
  });

  it('ignores read-only properties, which clients do not send', () => {
    const base = postBody(obj({ title: str }));
    const head = postBody(obj({ title: str, id: { type: 'integer', readOnly: true } }, ['id', 'title']));
    expect(summary(base, head)).toEqual([
      [
        'request-body-required-field-added',
        'POST /api/submissions/: request body property "title" is now required',
      ],
    ]);
  });

  it('reports enum values: a removed one breaks, an added one is info', () => {
    const status = (values: string[]) => obj({ status: { type: 'string', enum: values } });
    expect(summary(postBody(status(['draft', 'sent'])), postBody(status(['sent', 'archived'])))).toEqual([
      [
        'request-enum-value-removed',
        'POST /api/submissions/: request body property "status" no longer accepts "draft"',
      ],
      [
        'request-enum-value-added',
        'POST /api/submissions/: request body property "status" now also accepts "archived"',
      ],
    ]);
  });

  it('treats an enum introduced on a request value as a narrowing of its type', () => {
    const base = postBody(obj({ status: str }));
    const head = postBody(obj({ status: { type: 'string', enum: ['draft', 'sent'] } }));
    expect(summary(base, head)).toEqual([
      [
        'request-type-changed',
        'POST /api/submissions/: request body property "status" is now limited to "draft", "sent"',
      ],
    ]);
  });
});

describe('responses', () => {
  it('reports a removed required property as breaking, an optional one as a warning, an added one as info', () => {
    const result = diffOpenApi(
      getReturns(obj({ id: int, legacy: str, old: str }, ['legacy'])),
      getReturns(obj({ id: int, email: str })),
    );
    expect(result.changes.map((c) => [c.rule, c.level, c.location, c.message])).toEqual([
      [
        'response-field-removed',
        'breaking',
        `${RESPONSE}/properties/legacy`,
        'GET /api/submissions/: response 200 property "legacy" was removed',
      ],
      [
        'response-optional-field-removed',
        'warning',
        `${RESPONSE}/properties/old`,
        'GET /api/submissions/: response 200 property "old" was removed',
      ],
      [
        'response-field-added',
        'info',
        `${RESPONSE}/properties/email`,
        'GET /api/submissions/: response 200 property "email" was added',
      ],
    ]);
  });

  it('warns when a property is no longer required, and ignores write-only ones', () => {
    const base = getReturns(obj({ id: int, password: str }, ['id']));
    const head = getReturns(obj({ id: int, secret: { type: 'string', writeOnly: true } }));
    expect(summary(base, head)).toEqual([
      ['response-field-made-optional', 'GET /api/submissions/: response 200 property "id" may now be absent'],
      [
        'response-optional-field-removed',
        'GET /api/submissions/: response 200 property "password" was removed',
      ],
    ]);
  });

  it('reports a response that may now be null as a type change, and a narrower one as info', () => {
    const base = getReturns(obj({ name: str, count: { type: 'number' } }));
    const head = getReturns(obj({ name: { type: ['string', 'null'] }, count: int }));
    expect(summary(base, head)).toEqual([
      [
        'response-type-changed',
        'GET /api/submissions/: response 200 property "name" type changed from string to null | string',
      ],
      [
        'response-type-narrowed',
        'GET /api/submissions/: response 200 property "count" type changed from number to integer',
      ],
    ]);
  });

  it('reports enum values: an added one warns, a removed one is info', () => {
    const status = (values: string[]) => obj({ status: { type: 'string', enum: values } });
    expect(summary(getReturns(status(['draft', 'sent'])), getReturns(status(['sent', 'archived'])))).toEqual([
      [
        'response-enum-value-added',
        'GET /api/submissions/: response 200 property "status" may now be "archived"',
      ],
      [
        'response-enum-value-removed',
        'GET /api/submissions/: response 200 property "status" will no longer be "draft"',
      ],
    ]);
  });

  it('warns when a response value is no longer limited to an enum', () => {
    const base = getReturns(obj({ status: { type: 'string', enum: ['a'] } }));
    expect(summary(base, getReturns(obj({ status: str })))).toEqual([
      [
        'response-enum-value-added',
        'GET /api/submissions/: response 200 property "status" is no longer limited to "a"',
      ],
    ]);
  });
});

describe('equivalent schemas', () => {
  it('finds nothing between identical documents', () => {
    const schema = obj({ id: int, tags: { type: 'array', items: ref('Tag') } }, ['id']);
    const make = () => getReturns(schema, components({ Tag: obj({ name: str }) }));
    expect(diffOpenApi(make(), make())).toEqual({
      changes: [],
      counts: { breaking: 0, warning: 0, info: 0 },
      bump: 'none',
    });
  });

  it('does not report the 3.0 and 3.1 spellings of nullable, example and examples', () => {
    const v30 = getReturns(obj({ name: { type: 'string', nullable: true, example: 'Ada' } }));
    const v31 = {
      ...getReturns(obj({ name: { type: ['string', 'null'], examples: ['Ada'] } })),
      openapi: '3.1.0',
    };
    expect(diffOpenApi(v30, v31).changes).toEqual([]);
    expect(diffOpenApi(v31, v30).changes).toEqual([]);
  });

  it('does not report a $ref replaced by the same schema inline, either way', () => {
    const inline = postBody(obj({ author: obj({ email: str }, ['email']) }));
    const byRef = postBody(
      obj({ author: ref('Author') }),
      components({ Author: obj({ email: str }, ['email']) }),
    );
    expect(diffOpenApi(inline, byRef).changes).toEqual([]);
    expect(diffOpenApi(byRef, inline).changes).toEqual([]);
  });

  it('ignores the order of keys, properties and required names', () => {
    const base = postBody({ type: 'object', required: ['a', 'b'], properties: { a: str, b: int } });
    const head = postBody({ properties: { b: int, a: str }, required: ['b', 'a'], type: 'object' });
    expect(diffOpenApi(base, head).changes).toEqual([]);
  });

  it('merges the properties and required names of allOf members', () => {
    const base = getReturns(obj({ id: int, name: str }, ['id', 'name']));
    const head = getReturns(
      { allOf: [ref('Base'), { type: 'object', properties: { name: str }, required: ['name'] }] },
      components({ Base: obj({ id: int }, ['id']) }),
    );
    expect(diffOpenApi(base, head).changes).toEqual([]);
  });

  it('reports a change inside an allOf member, at the member', () => {
    const make = (idType: unknown) =>
      getReturns({ allOf: [ref('Base'), obj({ name: str })] }, components({ Base: obj({ id: idType }) }));
    expect(diffOpenApi(make(int), make(str)).changes.map((c) => [c.rule, c.location, c.message])).toEqual([
      [
        'response-type-changed',
        '/components/schemas/Base/properties/id',
        'GET /api/submissions/: response 200 property "id" type changed from integer to string',
      ],
    ]);
  });
});

describe('shared and cyclic references', () => {
  it('reports a change in a shared component for each operation, pointing into the component', () => {
    const make = (email: unknown) =>
      doc(
        {
          '/a/': { get: { responses: { '200': { description: 'OK', ...json(ref('User')) } } } },
          '/b/': {
            get: {
              responses: { '200': { description: 'OK', ...json({ type: 'array', items: ref('User') }) } },
            },
          },
        },
        components({ User: obj({ email }) }),
      );
    expect(diffOpenApi(make(str), make(int)).changes.map((c) => [c.location, c.message])).toEqual([
      [
        '/components/schemas/User/properties/email',
        'GET /a/: response 200 property "email" type changed from string to integer',
      ],
      [
        '/components/schemas/User/properties/email',
        'GET /b/: response 200 property "[].email" type changed from string to integer',
      ],
    ]);
  });

  it('reports a change reached twice from one operation once, under the first path', () => {
    const make = (email: unknown) =>
      getReturns(obj({ author: ref('User'), editor: ref('User') }), components({ User: obj({ email }) }));
    expect(summary(make(str), make(int))).toEqual([
      [
        'response-type-changed',
        'GET /api/submissions/: response 200 property "author.email" type changed from string to integer',
      ],
    ]);
  });

  it('walks a self-referencing tree node to the end and reports a change inside it once', () => {
    const make = (label: unknown) =>
      getReturns(
        ref('Node'),
        components({ Node: obj({ label, children: { type: 'array', items: ref('Node') } }) }),
      );
    expect(summary(make(str), make(int))).toEqual([
      [
        'response-type-changed',
        'GET /api/submissions/: response 200 property "label" type changed from string to integer',
      ],
    ]);
  });

  it('walks a mutual A → B → A cycle and reports a change inside it once', () => {
    const make = (count: unknown) =>
      getReturns(
        ref('Author'),
        components({
          Author: obj({ name: str, books: { type: 'array', items: ref('Book') } }),
          Book: obj({ author: ref('Author'), pages: count }),
        }),
      );
    expect(diffOpenApi(make(int), make(str)).changes.map((c) => [c.location, c.message])).toEqual([
      [
        '/components/schemas/Book/properties/pages',
        'GET /api/submissions/: response 200 property "books[].pages" type changed from integer to string',
      ],
    ]);
  });

  it('follows a cycle whose schemas are renamed in the head', () => {
    const base = getReturns(ref('Node'), components({ Node: obj({ next: ref('Node'), v: int }) }));
    const head = getReturns(ref('Item'), components({ Item: obj({ next: ref('Item'), v: int, w: str }) }));
    expect(summary(base, head)).toEqual([
      ['response-field-added', 'GET /api/submissions/: response 200 property "w" was added'],
    ]);
  });

  it('compares references it cannot follow by their text', () => {
    const base = getReturns(
      obj({ a: { $ref: 'common.yaml#/A' }, b: { $ref: '#/components/schemas/Missing' } }),
    );
    const head = getReturns(
      obj({ a: { $ref: 'common.yaml#/B' }, b: { $ref: '#/components/schemas/Missing' } }),
    );
    expect(summary(base, head)).toEqual([
      [
        'response-type-changed',
        'GET /api/submissions/: response 200 property "a" schema changed from common.yaml#/A to common.yaml#/B',
      ],
    ]);
  });
});

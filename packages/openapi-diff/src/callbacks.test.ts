/**
 * Operation `callbacks` (issue: replaying pb33f/libopenapi's tests): requests the API sends to the
 * client's server, compared as webhooks are, with the directions swapped: the callback's request
 * body is written by the API (a response: loosening breaks), its responses by the client's server
 * (a request: tightening breaks). Also a parameter or header without `schema` reads as `{}`.
 */
import { describe, expect, it } from 'vitest';
import { diffOpenApi } from './diff';
import { applyIgnores, parsePolicy } from './policy';
import { doc, int, json, obj, str } from './test-docs';

type Json = Record<string, unknown>;

const EXPR = '{$request.body#/url}';

/** A callback path item whose POST takes `body` and answers 200 with `answer`. */
function hook(body: unknown, answer: unknown, extra: Json = {}): Json {
  return {
    post: {
      requestBody: { required: true, ...json(body) },
      responses: { '200': { description: 'OK', ...json(answer) } },
      ...extra,
    },
  };
}

/** `POST /subscribe` with `callbacks`; `op` adds to the operation, `extra` to the document. */
function subscribe(callbacks: unknown, version = '3.1.0', extra: Json = {}, op: Json = {}): Json {
  const post = { responses: { '201': { description: 'Created' } }, callbacks, ...op };
  return doc({ '/subscribe': { post } }, extra, version);
}

/** `rule:level: message` of each change. */
function seen(base: unknown, head: unknown): string[] {
  return diffOpenApi(base, head, { today: '2026-12-08' }).changes.map(
    (c) => `${c.rule}:${c.level}: ${c.message}`,
  );
}

const LABEL = `POST /subscribe callback onEvent POST ${EXPR}`;

describe.each(['3.0.3', '3.1.0'])('callbacks in OpenAPI %s', (version) => {
  const one = (body: unknown, answer: unknown) =>
    subscribe({ onEvent: { [EXPR]: hook(body, answer) } }, version);
  const nullable = version === '3.0.3' ? { type: 'string', nullable: true } : { type: ['string', 'null'] };

  it('a type changed in the body the API sends and in the answer it reads: both break', () => {
    const result = diffOpenApi(one(obj({ a: str }), obj({ a: str })), one(obj({ a: int }), obj({ a: int })));
    expect(result.changes.map((c) => [c.rule, c.level, c.path, c.method, c.location, c.message])).toEqual([
      [
        'response-type-changed',
        'breaking',
        `/subscribe callback onEvent POST ${EXPR}`,
        'POST',
        '/paths/~1subscribe/post/callbacks/onEvent/{$request.body#~1url}/post/requestBody/content/application~1json/schema/properties/a',
        `${LABEL}: request body property "a" type changed from string to integer`,
      ],
      [
        'request-type-changed',
        'breaking',
        `/subscribe callback onEvent POST ${EXPR}`,
        'POST',
        '/paths/~1subscribe/post/callbacks/onEvent/{$request.body#~1url}/post/responses/200/content/application~1json/schema/properties/a',
        `${LABEL}: response 200 property "a" type changed from string to integer`,
      ],
    ]);
    expect(result.bump).toBe('major');
  });

  it('loosened: the body the API sends may now hold null (breaks), the answer it reads may too (info)', () => {
    const widened = version === '3.0.3' ? 'string to nullable string' : 'string to null | string';
    const found = seen(
      one(obj({ a: str }), obj({ a: str })),
      one(obj({ a: nullable }), obj({ a: nullable })),
    );
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(
      /^response-type-changed:breaking: POST \/subscribe callback onEvent POST \{\$request\.body#\/url\}: request body property "a" /,
    );
    expect(found[1]).toMatch(
      /^request-type-widened:info: POST \/subscribe callback onEvent POST \{\$request\.body#\/url\}: response 200 property "a" /,
    );
    if (version === '3.1.0') expect(found[0]).toContain(widened);
  });

  it('tightened: an enum value dropped from the body the API sends is info, from the answer it reads breaks', () => {
    const e = (values: string[]) => obj({ a: { type: 'string', enum: values } });
    expect(seen(one(e(['x', 'y']), e(['x', 'y'])), one(e(['x']), e(['x'])))).toEqual([
      `request-enum-value-removed:breaking: ${LABEL}: response 200 property "a" no longer accepts "y"`,
      `response-enum-value-removed:info: ${LABEL}: request body property "a" will no longer be "y"`,
    ]);
  });

  it('a parameter of a callback is set by the API: its schema is compared as a response', () => {
    const withHeader = (schema: unknown) =>
      subscribe(
        {
          onEvent: {
            [EXPR]: {
              post: {
                parameters: [{ name: 'X-Sig', in: 'header', required: true, schema }],
                responses: { '200': { description: 'OK' } },
              },
            },
          },
        },
        version,
      );
    // Sent as text: every integer is also a string, so only the widening breaks.
    expect(seen(withHeader(int), withHeader(str))).toEqual([
      `response-type-changed:breaking: ${LABEL}: header parameter "X-Sig" type changed from integer to string`,
    ]);
    expect(seen(withHeader(str), withHeader(int))).toEqual([
      `response-type-narrowed:info: ${LABEL}: header parameter "X-Sig" type changed from string to integer`,
    ]);
    expect(seen(withHeader({ type: 'string', maxLength: 9 }), withHeader(str))).toEqual([
      `response-max-length-increased:breaking: ${LABEL}: header parameter "X-Sig" maxLength changed from 9 to none`,
    ]);
  });

  it('an unchanged document with callbacks gives nothing', () => {
    const a = one(obj({ a: str }), obj({ a: int }));
    expect(seen(a, structuredClone(a))).toEqual([]);
  });
});

describe('callbacks removed and added', () => {
  const two = {
    onEvent: { [EXPR]: hook(obj({ a: str }), obj({})), '{$request.body#/other}': hook(obj({}), obj({})) },
    onDone: { [EXPR]: hook(obj({}), obj({})) },
  };

  it('a callback removed breaks, as a removed webhook does; one added is info and a minor bump', () => {
    const { onDone: _, ...without } = two;
    expect(seen(subscribe(two), subscribe(without))).toEqual([
      'callback-removed:breaking: POST /subscribe callback onDone: callback was removed',
    ]);
    const added = diffOpenApi(subscribe(without), subscribe(two));
    expect(added.changes.map((c) => `${c.rule}:${c.level}: ${c.message} @${c.location}`)).toEqual([
      'callback-added:info: POST /subscribe callback onDone: callback was added @/paths/~1subscribe/post/callbacks/onDone',
    ]);
    expect(added.bump).toBe('minor');
  });

  it('an expression removed breaks; added is info', () => {
    const fewer = { ...two, onEvent: { [EXPR]: two.onEvent[EXPR] } };
    expect(seen(subscribe(two), subscribe(fewer))).toEqual([
      'callback-removed:breaking: POST /subscribe callback onEvent: callback expression {$request.body#/other} was removed',
    ]);
    expect(seen(subscribe(fewer), subscribe(two))).toEqual([
      'callback-added:info: POST /subscribe callback onEvent: callback expression {$request.body#/other} was added',
    ]);
  });

  it('a method removed from an expression is operation-removed (breaking); added is callback-added', () => {
    const withPut = { onEvent: { [EXPR]: { ...hook(obj({}), obj({})), put: hook(obj({}), obj({})).post } } };
    const without = { onEvent: { [EXPR]: hook(obj({}), obj({})) } };
    expect(seen(subscribe(withPut), subscribe(without))).toEqual([
      `operation-removed:breaking: POST /subscribe callback onEvent PUT ${EXPR}: operation was removed`,
    ]);
    expect(seen(subscribe(without), subscribe(withPut))).toEqual([
      `callback-added:info: POST /subscribe callback onEvent PUT ${EXPR}: callback operation was added`,
    ]);
  });

  it('a callback or expression whose every operation was deprecated: removed as deprecated operations are', () => {
    const deprecated = (sunset?: string) => ({
      onEvent: {
        [EXPR]: hook(obj({}), obj({}), { deprecated: true, ...(sunset ? { 'x-sunset': sunset } : {}) }),
      },
    });
    expect(seen(subscribe(deprecated()), subscribe({}))).toEqual([
      `deprecated-operation-removed:info: ${LABEL}: deprecated operation was removed`,
    ]);
    expect(seen(subscribe(deprecated('2027-01-01')), subscribe({}))).toEqual([
      `operation-removed-before-sunset:breaking: ${LABEL}: deprecated operation was removed before its sunset 2027-01-01`,
    ]);
    const both = { onEvent: { ...deprecated().onEvent, '{$request.body#/other}': hook(obj({}), obj({})) } };
    expect(seen(subscribe(both), subscribe({ onEvent: {} }))).toEqual([
      'callback-removed:breaking: POST /subscribe callback onEvent: callback expression {$request.body#/other} was removed',
      `deprecated-operation-removed:info: ${LABEL}: deprecated operation was removed`,
    ]);
    expect(seen(subscribe(both), subscribe({}))).toEqual([
      'callback-removed:breaking: POST /subscribe callback onEvent: callback was removed',
    ]);
  });

  it('the operation a callback belongs to removed: only the operation is reported', () => {
    const gone = doc({ '/subscribe': { get: { responses: { '200': { description: 'OK' } } } } }, {}, '3.1.0');
    const base = doc(
      {
        '/subscribe': {
          get: { responses: { '200': { description: 'OK' } } },
          post: { responses: { '201': { description: 'Created' } }, callbacks: two },
        },
      },
      {},
      '3.1.0',
    );
    expect(seen(base, gone)).toEqual(['operation-removed:breaking: POST /subscribe: operation was removed']);
  });

  it('a draft operation: breaking changes in its callbacks are info; a draft callback operation too', () => {
    const one = (a: unknown, extra: Json = {}) => ({ onEvent: { [EXPR]: hook(obj({ a }), obj({}), extra) } });
    const draft = { 'x-stability-level': 'draft' };
    expect(seen(subscribe(one(str), '3.1.0', {}, draft), subscribe(one(int), '3.1.0', {}, draft))).toEqual([
      `response-type-changed:info: ${LABEL}: request body property "a" type changed from string to integer`,
    ]);
    expect(seen(subscribe(one(str, draft)), subscribe(one(int, draft)))).toEqual([
      `response-type-changed:info: ${LABEL}: request body property "a" type changed from string to integer`,
    ]);
    expect(seen(subscribe({}, '3.1.0', {}, draft), subscribe(one(int), '3.1.0', {}, draft))).toEqual([
      'callback-added:info: POST /subscribe callback onEvent: callback was added',
    ]);
    expect(seen(subscribe(one(str), '3.1.0', {}, draft), subscribe({}, '3.1.0', {}, draft))).toEqual([
      'callback-removed:info: POST /subscribe callback onEvent: callback was removed',
    ]);
  });

  it('a level set in the options applies to the new rules', () => {
    const found = diffOpenApi(subscribe(two), subscribe({ onEvent: two.onEvent }), {
      levels: { 'callback-removed': 'warning' },
    });
    expect(found.changes.map((c) => `${c.rule}:${c.level}`)).toEqual(['callback-removed:warning']);
  });
});

describe('an ignore entry names a callback operation', () => {
  const one = (a: unknown) => subscribe({ onEvent: { [EXPR]: hook(obj({ a }), obj({})) } });
  const left = (operation: string) => {
    const policy = parsePolicy(
      {
        ignore: [
          { rule: 'response-type-changed', operation, reason: 'r', owner: '@o', expires: '2026-12-31' },
        ],
      },
      '.maint-actions.yml',
    );
    const applied = applyIgnores(diffOpenApi(one(str), one(int)), policy, '2026-12-08');
    return [applied.ignored.length, applied.result.counts.breaking];
  };

  it('with either method in any case, as an operation is; the name and expression as written', () => {
    expect(left(LABEL)).toEqual([1, 0]);
    expect(left(`post /subscribe callback onEvent post ${EXPR}`)).toEqual([1, 0]);
    expect(left(`Post /subscribe callback onEvent Post ${EXPR}`)).toEqual([1, 0]);
    expect(left(`POST /subscribe callback onevent POST ${EXPR}`)).toEqual([0, 1]);
    expect(left(`POST /subscribe callback onEvent POST {$request.body#/URL}`)).toEqual([0, 1]);
    expect(left(`POST /subscribe callback onEvent PUT ${EXPR}`)).toEqual([0, 1]);
  });
});

describe('callbacks by $ref', () => {
  const components = (a: unknown, pathItems?: Json) => ({
    components: {
      callbacks: { Event: { [EXPR]: hook(obj({ a }), obj({})) } },
      ...(pathItems ? { pathItems } : {}),
    },
  });
  const referencing = (a: unknown) =>
    doc(
      {
        '/subscribe': {
          post: {
            responses: { '201': { description: 'Created' } },
            callbacks: { onEvent: { $ref: '#/components/callbacks/Event' } },
          },
        },
        '/watch': {
          post: {
            responses: { '201': { description: 'Created' } },
            callbacks: { onWatch: { $ref: '#/components/callbacks/Event' } },
          },
        },
      },
      components(a),
      '3.1.0',
    );

  it('a change in a callback component is said for every operation that uses it, at the component', () => {
    const result = diffOpenApi(referencing(str), referencing(int));
    expect(result.changes.map((c) => `${c.rule}:${c.level}: ${c.message} @${c.location}`)).toEqual([
      `response-type-changed:breaking: ${LABEL}: request body property "a" type changed from string to integer @/components/callbacks/Event/{$request.body#~1url}/post/requestBody/content/application~1json/schema/properties/a`,
      `response-type-changed:breaking: POST /watch callback onWatch POST ${EXPR}: request body property "a" type changed from string to integer @/components/callbacks/Event/{$request.body#~1url}/post/requestBody/content/application~1json/schema/properties/a`,
    ]);
  });

  it('inline on one side, a $ref on the other: compared by what they mean', () => {
    const inline = subscribe(
      { onEvent: { [EXPR]: hook(obj({ a: str }), obj({})) } },
      '3.1.0',
      components(int),
    );
    const byRef = subscribe({ onEvent: { $ref: '#/components/callbacks/Event' } }, '3.1.0', components(int));
    expect(seen(inline, byRef)).toEqual([
      `response-type-changed:breaking: ${LABEL}: request body property "a" type changed from string to integer`,
    ]);
    const same = subscribe({ onEvent: { $ref: '#/components/callbacks/Event' } }, '3.1.0', components(str));
    expect(seen(inline, same)).toEqual([]);
  });

  it('3.1: an expression that is a $ref to components.pathItems', () => {
    const viaPathItem = (a: unknown) =>
      subscribe({ onEvent: { [EXPR]: { $ref: '#/components/pathItems/Hook' } } }, '3.1.0', {
        components: { pathItems: { Hook: hook(obj({}), obj({ a })) } },
      });
    expect(seen(viaPathItem(int), viaPathItem(str))).toEqual([
      `request-type-changed:breaking: ${LABEL}: response 200 property "a" type changed from integer to string`,
    ]);
  });

  it('a $ref that leads nowhere is neither compared nor said to be added or removed', () => {
    const broken = subscribe({ onEvent: { $ref: '#/components/callbacks/Missing' } });
    const good = subscribe({ onEvent: { [EXPR]: hook(obj({ a: str }), obj({})) } });
    expect(seen(broken, good)).toEqual([]);
    expect(seen(good, broken)).toEqual([]);
  });
});

describe('callbacks: order, cycles and odd shapes', () => {
  it('the order of callbacks, expressions and methods does not change the result', () => {
    const build = (a: unknown, reverse: boolean) => {
      const order = <T>(entries: [string, T][]) =>
        Object.fromEntries(reverse ? [...entries].reverse() : entries);
      const item = (x: unknown) =>
        order([
          ['put', hook(obj({ x }), obj({ x })).post],
          ['post', hook(obj({ a: x }), obj({})).post],
        ]);
      return subscribe(
        order([
          [
            'onEvent',
            order([
              [EXPR, item(a)],
              ['{$request.query.cb}', item(a)],
            ]),
          ],
          ['onDone', order([[EXPR, item(a)]])],
        ]),
      );
    };
    const forward = diffOpenApi(build(str, false), build(int, false));
    // Three expressions, each a PUT with two changes and a POST with one.
    expect(forward.counts.breaking).toBe(9);
    expect(diffOpenApi(build(str, true), build(int, true))).toEqual(forward);
    expect(diffOpenApi(build(str, false), build(int, true))).toEqual(forward);
  });

  it('callbacks of callbacks are not compared: a callback that holds itself is compared once', () => {
    const cyclic = (a: unknown) =>
      subscribe({ onEvent: { $ref: '#/components/callbacks/Loop' } }, '3.1.0', {
        components: {
          callbacks: {
            Loop: {
              [EXPR]: hook(obj({ a, self: { $ref: '#/components/schemas/Node' } }), obj({}), {
                callbacks: { again: { $ref: '#/components/callbacks/Loop' } },
              }),
            },
          },
          schemas: { Node: obj({ next: { $ref: '#/components/schemas/Node' } }) },
        },
      });
    expect(seen(cyclic(str), cyclic(int))).toEqual([
      `response-type-changed:breaking: ${LABEL}: request body property "a" type changed from string to integer`,
    ]);
    expect(seen(cyclic(str), cyclic(str))).toEqual([]);
  });

  it('a callback declared inside a callback operation is not compared (a documented limit)', () => {
    const nested = (a: unknown, inner: Json = { '{$request.body#/ack}': hook(obj({ a }), obj({})) }) =>
      subscribe({ onEvent: { [EXPR]: hook(obj({}), obj({}), { callbacks: { onAck: inner } }) } });
    expect(seen(nested(str), nested(int))).toEqual([]);
    expect(seen(nested(str), nested(str, {}))).toEqual([]);
  });

  it('a callback object inside itself twice over (YAML aliases) is compared once, and terminates', () => {
    const looped = (a: unknown): Json => {
      const callback: Json = { [EXPR]: hook(obj({ a }), obj({})) };
      (callback[EXPR] as { post: Json }).post.callbacks = { l: callback, r: callback };
      return subscribe({ onEvent: callback });
    };
    expect(seen(looped(str), looped(int))).toEqual([
      `response-type-changed:breaking: ${LABEL}: request body property "a" type changed from string to integer`,
    ]);
    expect(seen(looped(str), looped(str))).toEqual([]);
  });

  it('a callback shared by many operations, holding two of the next many times over: one change each', () => {
    const depth = 40;
    const operations = 200;
    const build = (a: unknown) => {
      const callbacks: Json = {};
      for (let i = 0; i < depth; i++) {
        const next =
          i + 1 < depth
            ? {
                l: { $ref: `#/components/callbacks/C${i + 1}` },
                r: { $ref: `#/components/callbacks/C${i + 1}` },
              }
            : {};
        callbacks[`C${i}`] = { [EXPR]: hook(obj({ a }), obj({}), { callbacks: next }) };
      }
      const paths: Json = {};
      for (let i = 0; i < operations; i++)
        paths[`/s${i}`] = {
          post: {
            responses: { '201': { description: 'Created' } },
            callbacks: { top: { $ref: '#/components/callbacks/C0' } },
          },
        };
      return doc(paths, { components: { callbacks } }, '3.1.0');
    };
    const started = performance.now();
    const result = diffOpenApi(build(str), build(int));
    expect(performance.now() - started).toBeLessThan(5000);
    // Each operation's own callback C0, once; C1 to C39 are callbacks of callbacks.
    expect(result.changes).toHaveLength(operations);
    expect(new Set(result.changes.map((c) => c.location)).size).toBe(1);
    expect(result.changes.every((c) => c.level === 'breaking')).toBe(true);
  });

  it('a callback shared by a draft and a stable operation: each at its own level, in any order', () => {
    const build = (a: unknown, draftFirst: boolean) => {
      const op = (draft: boolean) => ({
        ...(draft ? { 'x-stability-level': 'draft' } : {}),
        responses: { '201': { description: 'Created' } },
        callbacks: { onEvent: { $ref: '#/components/callbacks/Event' } },
      });
      const methods: [string, Json][] = [
        ['put', op(true)],
        ['post', op(false)],
      ];
      return doc(
        { '/subscribe': Object.fromEntries(draftFirst ? methods : [...methods].reverse()) },
        { components: { callbacks: { Event: { [EXPR]: hook(obj({ a }), obj({})) } } } },
        '3.1.0',
      );
    };
    const text = `request body property "a" type changed from string to integer`;
    for (const draftFirst of [true, false]) {
      const found = seen(build(str, draftFirst), build(int, draftFirst)).sort();
      expect(found).toEqual([
        `response-type-changed:breaking: ${LABEL}: ${text}`,
        `response-type-changed:info: PUT /subscribe callback onEvent POST ${EXPR}: ${text}`,
      ]);
    }
  });

  it('a callback operation is read at its level in the base: marked draft in the edit that breaks it, it breaks', () => {
    const one = (a: unknown, extra: Json = {}) =>
      subscribe({ onEvent: { [EXPR]: hook(obj({ a }), obj({}), extra) } });
    const draft = { 'x-stability-level': 'draft' };
    const text = `${LABEL}: request body property "a" type changed from string to integer`;
    // The marking itself is said too: no level in the base counts as stable (decision 87).
    expect(seen(one(str), one(int, draft))).toEqual([
      `response-type-changed:breaking: ${text}`,
      `stability-decreased:breaking: ${LABEL}: stability went down from stable to draft (the base gave no x-stability-level; a missing level counts as stable)`,
    ]);
    expect(seen(one(str, draft), one(int))).toEqual([`response-type-changed:info: ${text}`]);
  });

  it('callbacks as a list or text, an expression that is not a mapping, an x- key: no throw, nothing said', () => {
    const ok = { onEvent: { [EXPR]: hook(obj({ a: str }), obj({})) } };
    for (const odd of [
      [ok.onEvent],
      'text',
      3,
      null,
      { onEvent: [1] },
      { onEvent: 'x' },
      { onEvent: { [EXPR]: 'x' } },
      { onEvent: { [EXPR]: [hook(str, str)] } },
    ]) {
      expect(() => diffOpenApi(subscribe(ok), subscribe(odd))).not.toThrow();
      expect(() => diffOpenApi(subscribe(odd), subscribe(odd))).not.toThrow();
    }
    expect(seen(subscribe({ onEvent: { [EXPR]: 'x' } }), subscribe({ onEvent: { [EXPR]: 7 } }))).toEqual([]);
    const withExtension = (x: unknown) => subscribe({ onEvent: { ...ok.onEvent, 'x-note': x } });
    expect(seen(withExtension({ post: {} }), withExtension('gone'))).toEqual([]);
    expect(seen(subscribe(ok), withExtension(1))).toEqual([]);
  });
});

describe('a parameter or header without schema reads as {} (any value)', () => {
  const withParameter = (extra: Json, version = '3.0.3') =>
    doc(
      {
        '/p': {
          get: {
            parameters: [{ name: 'q', in: 'query', ...extra }],
            responses: { '200': { description: 'OK' } },
          },
        },
      },
      {},
      version,
    );

  it.each(['3.0.3', '3.1.0'])(
    '%s: no schema → {type: integer} is what {} → {type: integer} is',
    (version) => {
      const typed = withParameter({ schema: int }, version);
      const expected = [
        'parameter-type-changed:breaking: GET /p: query parameter "q" type changed from any to integer',
      ];
      expect(seen(withParameter({ schema: {} }, version), typed)).toEqual(expected);
      expect(seen(withParameter({}, version), typed)).toEqual(expected);
      expect(seen(typed, withParameter({}, version))).toEqual(
        seen(typed, withParameter({ schema: {} }, version)),
      );
      expect(seen(withParameter({}, version), withParameter({ schema: {} }, version))).toEqual([]);
    },
  );

  it.each(['3.0.3', '3.1.0'])(
    '%s: any (no schema, or {}) → a plain string in text is info, as [string, integer] → string is',
    (version) => {
      const widened = (from: string) =>
        `request-type-widened:info: GET /p: query parameter "q" type changed from ${from} to string`;
      const plain = withParameter({ schema: str }, version);
      expect(seen(withParameter({}, version), plain)).toEqual([widened('any')]);
      expect(seen(withParameter({ schema: {} }, version), plain)).toEqual([widened('any')]);
      expect(seen(withParameter({ schema: { type: ['string', 'integer'] } }, version), plain)).toEqual([
        widened('integer | string'),
      ]);
      // A format, a pattern or a length still constrains the text: that breaks.
      const dated = withParameter({ schema: { type: 'string', format: 'date-time' } }, version);
      expect(seen(withParameter({}, version), dated)).toEqual([
        'parameter-type-changed:breaking: GET /p: query parameter "q" type changed from any to string (date-time)',
      ]);
      const patterned = withParameter({ schema: { type: 'string', pattern: '^a$' } }, version);
      expect(seen(withParameter({ schema: {} }, version), patterned)).toEqual([
        'request-pattern-added:breaking: GET /p: query parameter "q" must now match ^a$',
        widened('any'),
      ]);
      const short = withParameter({ schema: { type: 'string', maxLength: 3 } }, version);
      expect(seen(withParameter({}, version), short)).toEqual([
        'request-max-length-decreased:breaking: GET /p: query parameter "q" maxLength changed from none to 3',
        widened('any'),
      ]);
    },
  );

  it('a header parameter without schema → a plain string is info too; a request body {} → string still breaks', () => {
    const withHeader = (extra: Json) =>
      doc({
        '/p': {
          get: {
            parameters: [{ name: 'X-Id', in: 'header', ...extra }],
            responses: { '200': { description: 'OK' } },
          },
        },
      });
    expect(seen(withHeader({}), withHeader({ schema: str }))).toEqual([
      'request-type-widened:info: GET /p: header parameter "X-Id" type changed from any to string',
    ]);
    const body = (schema: unknown) =>
      doc({ '/p': { post: { requestBody: json(schema), responses: { '200': { description: 'OK' } } } } });
    expect(seen(body({}), body(str))).toEqual([
      'request-type-changed:breaking: POST /p: request body type changed from any to string',
    ]);
  });

  it('a parameter described by content keeps its content compared', () => {
    const byContent = (schema: unknown) => withParameter({ content: { 'application/json': { schema } } });
    expect(seen(byContent(str), byContent(int))).toEqual([
      'parameter-type-changed:breaking: GET /p: query parameter "q" type changed from string to integer',
    ]);
  });

  it('a response header without schema → {type: integer}, as {} → {type: integer}', () => {
    const withHeader = (header: Json) =>
      doc({ '/p': { get: { responses: { '200': { description: 'OK', headers: { 'X-Rate': header } } } } } });
    const typed = withHeader({ schema: int });
    expect(seen(withHeader({}), typed)).toEqual(seen(withHeader({ schema: {} }), typed));
    expect(seen(withHeader({}), typed)).toEqual([
      'response-type-narrowed:info: GET /p: response 200 header "x-rate" type changed from any to integer',
    ]);
    expect(seen(typed, withHeader({}))).toEqual([
      'response-type-changed:breaking: GET /p: response 200 header "x-rate" type changed from integer to any',
    ]);
  });
});

/**
 * A `oneOf` accepts a value that matches exactly one of its members: values a receiver accepted
 * before that each match two members of the revision's `oneOf` are rejected now
 * (`request-one-of-overlap`, decision 90). Reported only where containment is proven; members
 * that share no value, or share values the base did not accept either, report nothing breaking.
 */
import { describe, expect, it } from 'vitest';
import { diffOpenApi, diffWithStats } from './diff';
import { bodyOf } from './test-docs';

type Json = Record<string, unknown>;
const VERSIONS = ['3.0.3', '3.1.0'] as const;
const TODAY = '2026-12-07';
const S = { type: 'string' };
const I = { type: 'integer' };
const N = { type: 'number' };

function document(openapi: string, paths: Json, schemas: Json = {}): Json {
  return { openapi, info: { title: 't', version: '1' }, paths, components: { schemas } };
}

function changes(base: Json, head: Json): string[] {
  return diffOpenApi(base, head, { today: TODAY }).changes.map((c) => `${c.rule}:${c.level}`);
}

function messages(base: Json, head: Json, rule: string): string[] {
  return diffOpenApi(base, head, { today: TODAY })
    .changes.filter((c) => c.rule === rule)
    .map((c) => c.message);
}

/** The changes of a request body (or response) going from `base` to `head`. */
function body(
  openapi: string,
  base: unknown,
  head: unknown,
  side: 'request' | 'response' = 'request',
  schemas: Json = {},
) {
  return changes(
    document(openapi, bodyOf(base, side), schemas),
    document(openapi, bodyOf(head, side), schemas),
  );
}

function breaking(found: string[]): string[] {
  return found.filter((c) => c.endsWith(':breaking'));
}

const strings = { foo: S, bar: S, baz: S };
/** oasdiff's TestRequestPropertyOneOfWrappingIsBreaking (data/checker/request_property_one_of_wrapped_*.yaml). */
const BOTH_REQUIRED = { type: 'object', required: ['foo', 'bar'], properties: strings };
const EITHER_REQUIRED = {
  oneOf: [
    { type: 'object', required: ['foo'], properties: strings },
    { type: 'object', required: ['bar'], properties: strings },
  ],
};

describe('a request oneOf whose members both take values accepted before', () => {
  for (const openapi of VERSIONS) {
    it(`${openapi} an object with two required properties wrapped in a oneOf of one required each breaks`, () => {
      expect(body(openapi, BOTH_REQUIRED, EITHER_REQUIRED)).toEqual([
        'request-one-of-overlap:breaking',
        'request-variant-added:info',
        'request-field-made-optional:info',
      ]);
      const base = document(openapi, bodyOf(BOTH_REQUIRED, 'request'));
      const head = document(openapi, bodyOf(EITHER_REQUIRED, 'request'));
      expect(messages(base, head, 'request-one-of-overlap')).toEqual([
        'POST /p: request body values accepted before now match oneOf members 1 (object) and 2 (object): a oneOf accepts a value that matches exactly one',
      ]);
      // The response side: a server sending such values is the server's concern (decision 90).
      expect(body(openapi, BOTH_REQUIRED, EITHER_REQUIRED, 'response')).not.toContain(
        'request-one-of-overlap:breaking',
      );
    });

    it(`${openapi} a oneOf member that takes what another took breaks: every integer is also a number`, () => {
      const base = document(openapi, bodyOf({ oneOf: [I, S] }, 'request'));
      const head = document(openapi, bodyOf({ oneOf: [I, S, N] }, 'request'));
      expect(changes(base, head)).toEqual([
        'request-one-of-overlap:breaking',
        'request-type-widened:info',
        'request-variant-added:info',
      ]);
      expect(messages(base, head, 'request-one-of-overlap')).toEqual([
        'POST /p: request body values accepted before by oneOf member 1 (integer) now match oneOf members 1 (integer) and 3 (number): a oneOf accepts a value that matches exactly one',
      ]);
    });

    it(`${openapi} an anyOf that became a oneOf of the same members breaks where they overlap`, () => {
      expect(breaking(body(openapi, { anyOf: [I, N] }, { oneOf: [I, N] }))).toEqual([
        'request-one-of-overlap:breaking',
      ]);
      expect(breaking(body(openapi, { anyOf: [I, S] }, { oneOf: [I, S] }))).toEqual([]);
    });

    it(`${openapi} a property of a request body, by its path`, () => {
      const wrap = (schema: Json) => ({ type: 'object', properties: { amount: schema } });
      const base = document(openapi, bodyOf(wrap(I), 'request'));
      const head = document(openapi, bodyOf(wrap({ oneOf: [I, N] }), 'request'));
      expect(messages(base, head, 'request-one-of-overlap')).toEqual([
        'POST /p: request body property "amount" values accepted before now match oneOf members 1 (integer) and 2 (number): a oneOf accepts a value that matches exactly one',
      ]);
    });

    it(`${openapi} a base oneOf member told apart from the others by a const gains a twin`, () => {
      const kind = (k: string) => ({
        type: 'object',
        required: ['kind'],
        properties: { kind: { type: 'string', enum: [k] }, name: S },
      });
      const base = { oneOf: [kind('cat'), kind('dog')] };
      const head = { oneOf: [kind('cat'), kind('dog'), { type: 'object', properties: { name: S } }] };
      expect(breaking(body(openapi, base, head))).toEqual(['request-one-of-overlap:breaking']);
    });
  }

  it('3.1 with type lists: a nullable integer wrapped with a nullable number', () => {
    const head = { oneOf: [{ type: ['integer', 'null'] }, { type: ['number', 'null'] }] };
    expect(breaking(body('3.1.0', { type: ['integer', 'null'] }, head))).toEqual([
      'request-one-of-overlap:breaking',
    ]);
    // The same in 3.0, by `nullable`.
    const nullable = (t: string) => ({ type: t, nullable: true });
    expect(
      breaking(body('3.0.3', nullable('integer'), { oneOf: [nullable('integer'), nullable('number')] })),
    ).toEqual(['request-one-of-overlap:breaking']);
  });

  it('3.1: a member that takes anything (true, {}) overlaps every other member', () => {
    for (const any of [true, {}]) {
      expect(breaking(body('3.1.0', S, { oneOf: [S, any] }))).toEqual(['request-one-of-overlap:breaking']);
    }
  });

  it('under not in a response: a oneOf that now refuses integers lets the response be one', () => {
    for (const openapi of VERSIONS) {
      const base = document(openapi, bodyOf({ not: I }, 'response'));
      const head = document(openapi, bodyOf({ not: { oneOf: [I, N] } }, 'response'));
      // Said once, by the overlap rule (members named); the type-list reading of a oneOf of
      // number and integer (decision 88) does not say it again.
      expect(breaking(changes(base, head))).toEqual(['response-type-changed:breaking']);
      expect(messages(base, head, 'response-type-changed')).toEqual([
        'POST /p: response 200 property "(not)" values accepted before now match oneOf members 1 (integer) and 2 (number): a oneOf accepts a value that matches exactly one (under not: more values may come)',
      ]);
    }
  });

  it('does not depend on key order or on members written as references', () => {
    const reordered = {
      oneOf: [
        { properties: { baz: S, bar: S, foo: S }, required: ['bar'], type: 'object' },
        { $ref: '#/components/schemas/FooOnly' },
      ],
    };
    const schemas = {
      Both: { properties: { bar: S, foo: S, baz: S }, type: 'object', required: ['bar', 'foo'] },
      FooOnly: { required: ['foo'], type: 'object', properties: strings },
    };
    for (const openapi of VERSIONS) {
      const base = document(openapi, bodyOf({ $ref: '#/components/schemas/Both' }, 'request'), schemas);
      const head = document(openapi, bodyOf(reordered, 'request'), schemas);
      expect(messages(base, head, 'request-one-of-overlap')).toEqual([
        'POST /p: request body values accepted before now match oneOf members 1 (object) and 2 (#/components/schemas/FooOnly): a oneOf accepts a value that matches exactly one',
      ]);
    }
  });

  it('in parameters: by schema (query, header) and by content', () => {
    for (const openapi of VERSIONS) {
      const at = (parameter: Json) =>
        document(openapi, {
          '/p': { get: { parameters: [parameter], responses: { '200': { description: 'OK' } } } },
        });
      for (const where of ['query', 'header']) {
        const parameter = (schema: Json) => at({ name: 'limit', in: where, schema });
        expect(changes(parameter(I), parameter({ oneOf: [I, N] }))).toContain(
          'request-one-of-overlap:breaking',
        );
        expect(breaking(changes(parameter(I), parameter({ oneOf: [I, S] })))).toEqual([]);
      }
      const content = (schema: Json) =>
        at({ name: 'filter', in: 'query', content: { 'application/json': { schema } } });
      expect(changes(content(BOTH_REQUIRED), content(EITHER_REQUIRED))).toContain(
        'request-one-of-overlap:breaking',
      );
    }
  });

  it('3.1 webhooks: the API sends the request and receives the answer, so the answer is where it breaks', () => {
    const hook = (request: unknown, answer: unknown): Json => ({
      openapi: '3.1.0',
      info: { title: 't', version: '1' },
      webhooks: {
        paid: {
          post: {
            requestBody: { content: { 'application/json': { schema: request } } },
            responses: { '200': { description: 'OK', content: { 'application/json': { schema: answer } } } },
          },
        },
      },
    });
    // The answer (received by the API) wrapped so that old answers match both members: breaks.
    expect(changes(hook(S, BOTH_REQUIRED), hook(S, EITHER_REQUIRED))).toContain(
      'request-one-of-overlap:breaking',
    );
    // The request (sent by the API) so wrapped: the API's own concern, not reported by this rule.
    expect(changes(hook(BOTH_REQUIRED, S), hook(EITHER_REQUIRED, S))).not.toContain(
      'request-one-of-overlap:breaking',
    );
  });

  it('a oneOf with a discriminator is a warning: tools that read it pick one member', () => {
    const pet = { type: 'object', required: ['kind'], properties: { kind: S, name: S } };
    const schemas = { Cat: pet, AnyPet: { type: 'object', required: ['kind'], properties: { kind: S } } };
    const discriminated = (...names: string[]) => ({
      oneOf: names.map((n) => ({ $ref: `#/components/schemas/${n}` })),
      discriminator: { propertyName: 'kind' },
    });
    for (const openapi of VERSIONS) {
      const base = document(openapi, bodyOf(discriminated('Cat'), 'request'), schemas);
      const head = document(openapi, bodyOf(discriminated('Cat', 'AnyPet'), 'request'), schemas);
      expect(changes(base, head)).toEqual([
        'request-one-of-overlap-discriminator:warning',
        'request-variant-added:info',
      ]);
      expect(messages(base, head, 'request-one-of-overlap-discriminator')).toEqual([
        'POST /p: request body values accepted before by oneOf member 1 (#/components/schemas/Cat) now match oneOf members 1 (#/components/schemas/Cat) and 2 (#/components/schemas/AnyPet): a oneOf accepts a value that matches exactly one, unless the member is picked by its discriminator "kind" (strict JSON Schema validators do not)',
      ]);
    }
  });
});

describe('a request oneOf whose members share no value accepted before: nothing breaks', () => {
  for (const openapi of VERSIONS) {
    it(`${openapi} a string wrapped beside an integer`, () => {
      // Said as the type list it is (decision 88): the same as string → [string, integer].
      expect(body(openapi, S, { oneOf: [S, I] })).toEqual(['request-type-widened:info']);
    });

    it(`${openapi} objects told apart by a required property, closed to others`, () => {
      const closed = (name: string) => ({
        type: 'object',
        required: [name],
        properties: { [name]: S },
        additionalProperties: false,
      });
      expect(breaking(body(openapi, closed('a'), { oneOf: [closed('a'), closed('b')] }))).toEqual([]);
      expect(
        breaking(
          body(
            openapi,
            { oneOf: [closed('a'), closed('b')] },
            { oneOf: [closed('a'), closed('b'), closed('c')] },
          ),
        ),
      ).toEqual([]);
    });

    it(`${openapi} a number and an integer added where only strings were taken`, () => {
      // Integers now match two members, but no integer was accepted before.
      // (The two members added read alike, "may now be an inline schema": said once.)
      expect(body(openapi, { oneOf: [S] }, { oneOf: [S, N, I] })).toEqual([
        'request-type-widened:info',
        'request-variant-added:info',
      ]);
    });

    it(`${openapi} a member that adds an optional property proves nothing: values with another such property are its alone`, () => {
      const open = { type: 'object', properties: { a: S } };
      const withB = { type: 'object', properties: { a: S, b: I } };
      expect(breaking(body(openapi, open, { oneOf: [open, withB] }))).toEqual([]);
    });

    it(`${openapi} a member that gains an items or additionalProperties schema proves nothing (inline or by reference)`, () => {
      const schemas = {
        Ints: { type: 'array', items: I },
        IntMap: { type: 'object', additionalProperties: I },
      };
      for (const [plain, narrowed, name] of [
        [{ type: 'array' }, { type: 'array', items: I }, 'Ints'],
        [{ type: 'object' }, { type: 'object', additionalProperties: I }, 'IntMap'],
      ] as const) {
        expect(breaking(body(openapi, plain, { oneOf: [plain, narrowed] }))).toEqual([]);
        expect(breaking(body(openapi, plain, { oneOf: [plain, ref(name)] }, 'request', schemas))).toEqual([]);
      }
    });

    it(`${openapi} a member whose nested oneOf (of more than 64 members) changed proves nothing`, () => {
      // Strings of each length from 0 to 69, one member each; then member 1 also takes length 1,
      // which member 2 takes: "a" matched one member of x before and matches two in the new one.
      const lengths = (first: number) => ({
        oneOf: Array.from({ length: 70 }, (_, i) => ({
          type: 'string',
          minLength: i,
          maxLength: i === 0 ? first : i,
        })),
      });
      const holder = (x: Json) => ({ type: 'object', properties: { x } });
      expect(
        body(openapi, holder(lengths(0)), { oneOf: [holder(lengths(0)), holder(lengths(1))] }),
      ).not.toContain('request-one-of-overlap:breaking');
    });

    it(`${openapi} a member whose allOf says a property twice proves nothing (inline or by reference)`, () => {
      const open = { type: 'object', properties: { a: S } };
      const short = { allOf: [open, { properties: { a: { maxLength: 1 } } }] };
      expect(breaking(body(openapi, open, { oneOf: [open, short] }))).toEqual([]);
      expect(
        breaking(body(openapi, open, { oneOf: [open, ref('Short')] }, 'request', { Short: short })),
      ).toEqual([]);
      // An allOf that only adds what no other part says is compared whole: still proven.
      const wider = { allOf: [{ type: 'object' }, { properties: { a: { type: ['string', 'integer'] } } }] };
      expect(breaking(body('3.1.0', open, { oneOf: [open, wider] }))).toEqual([
        'request-one-of-overlap:breaking',
      ]);
    });

    it(`${openapi} base oneOf members that already shared values (oasdiff's one_of_added pair): no new overlap is proven`, () => {
      const named = { type: 'object', properties: { name: S } };
      const schemas = {
        Dog: {
          type: 'object',
          properties: { name: S, breed: { type: 'object', oneOf: [ref('B1'), ref('B2')] } },
        },
        Cat: named,
        Rabbit: named,
        B1: named,
        B2: named,
        B3: named,
      };
      const withBreeds = (...breeds: string[]) => ({
        ...schemas,
        Dog: { ...schemas.Dog, properties: { name: S, breed: { type: 'object', oneOf: breeds.map(ref) } } },
      });
      const base = document(openapi, bodyOf({ oneOf: [ref('Dog'), ref('Cat')] }, 'request'), schemas);
      const head = document(
        openapi,
        bodyOf({ oneOf: [ref('Dog'), ref('Cat'), ref('Rabbit')] }, 'request'),
        withBreeds('B1', 'B2', 'B3'),
      );
      expect(changes(base, head)).toEqual(['request-variant-added:info', 'request-variant-added:info']);
    });

    it(`${openapi} an anyOf may overlap: it takes a value matching any member`, () => {
      expect(body(openapi, { anyOf: [I, S] }, { anyOf: [I, S, N] })).toEqual([
        'request-type-widened:info',
        'request-variant-added:info',
      ]);
    });
  }
});

describe('the overlap rule is bounded', () => {
  it('a oneOf of thousands of members is not looked at; one of 64 tries 64 proofs at most', () => {
    const many = (n: number) => ({
      oneOf: Array.from({ length: n }, (_, i) => ({ type: 'integer', minimum: -i })),
    });
    const at = (schema: unknown) => document('3.1.0', bodyOf(schema, 'request'));
    const huge = diffWithStats(at(I), at(many(5_000)), { today: TODAY });
    expect(huge.proofs).toBe(0);
    expect(huge.result.changes.map((c) => c.rule)).not.toContain('request-one-of-overlap');
    const capped = diffWithStats(at({ oneOf: [S, ...many(63).oneOf] }), at(many(64)), { today: TODAY });
    expect(capped.proofs).toBeLessThanOrEqual(64);
    // The base's integer members already shared their values (none is proven alone): no overlap.
    expect(capped.result.changes.map((c) => c.rule)).not.toContain('request-one-of-overlap');
  });

  it('many oneOfs in one document spend one budget of proofs', () => {
    const properties: Json = {};
    for (let i = 0; i < 1_500; i++) properties[`p${i}`] = I;
    const base = document('3.1.0', bodyOf({ type: 'object', properties }, 'request'));
    const wrapped: Json = {};
    for (let i = 0; i < 1_500; i++) wrapped[`p${i}`] = { oneOf: [I, N, S] };
    const head = document('3.1.0', bodyOf({ type: 'object', properties: wrapped }, 'request'));
    const { result, proofs } = diffWithStats(base, head, { today: TODAY });
    expect(proofs).toBeLessThanOrEqual(2_000);
    const overlaps = result.changes.filter((c) => c.rule === 'request-one-of-overlap').length;
    // Two proofs per property (integer in integer, in number; a string member is ruled out by
    // its type without one) until the budget of 2,000 is spent: 1,000 properties of 1,500.
    expect(proofs).toBe(2_000);
    expect(overlaps).toBe(1_000);
  });
});

describe('chains of references do not exhaust the call stack', () => {
  const chain = (n: number, schema: (i: number, next: Json) => Json, prefix = 'S') => {
    const schemas: Json = {};
    for (let i = 0; i < n; i++) schemas[`${prefix}${i}`] = schema(i, ref(`${prefix}${(i + 1) % n}`));
    return document('3.1.0', bodyOf(ref(`${prefix}0`), 'request'), schemas);
  };

  it('3,000 schemas, each an anyOf of the next that became a oneOf with overlapping members', () => {
    const member = (i: number) => ({ type: 'object', properties: { v: ref(`S${(i + 7) % 3_000}`) } });
    const base = chain(3_000, (i, next) => ({ anyOf: [next, member(i), I] }));
    const head = chain(3_000, (i, next) => ({ oneOf: [next, member(i), { type: 'object' }, I, N] }));
    const { result, proofs } = diffWithStats(base, head, { today: TODAY });
    expect(proofs).toBeLessThanOrEqual(2_000);
    expect(result.changes.map((c) => c.rule)).toContain('request-one-of-overlap');
  }, 60_000);

  it('5,000 schemas, each an anyOf of the next, renamed (each pair asks whether the next accepts)', () => {
    // This threw RangeError before the depth of such walks was bounded (`SUBWALK_DEPTH`).
    const anyOfNext = (_: number, next: Json) => ({ anyOf: [next, I] });
    const base = chain(5_000, anyOfNext, 'S');
    const head = chain(5_000, anyOfNext, 'T');
    const breakingChanges = diffOpenApi(base, head, { today: TODAY }).changes.filter(
      (c) => c.level === 'breaking',
    );
    expect(breakingChanges).toEqual([]);
  }, 60_000);
});

function ref(name: string): Json {
  return { $ref: `#/components/schemas/${name}` };
}

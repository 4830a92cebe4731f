/**
 * How the media types of a request body or a response are paired (review of decisions 78 and 80):
 * names that differ only in case, whitespace or quoting are one media type; pairing goes in passes
 * (same name, same normalised name, same essence, structured-syntax suffix) whatever the order of
 * the keys; a parameter whose value changed names another media type; a response media type whose
 * old schema described nothing lost nothing when the schema went.
 */
import { describe, expect, it } from 'vitest';
import { diffOpenApi, type MediaName, type PairingWork, pairMedia, parseMedia } from './diff';
import { responding, sending } from './test-docs';

type Json = Record<string, unknown>;
const TODAY = '2026-12-08';
const VERSIONS = ['3.0.3', '3.1.0'] as const;

const pet = { type: 'object', required: ['id'], properties: { id: { type: 'integer' } } };
const problem = { type: 'object', required: ['title'], properties: { title: { type: 'string' } } };

for (const openapi of VERSIONS) {
  const said = (paths: (c: Json) => Json, b: Json, h: Json) =>
    diffOpenApi(
      { openapi, info: { title: 't', version: '1' }, paths: paths(b) },
      { openapi, info: { title: 't', version: '1' }, paths: paths(h) },
      { today: TODAY },
    ).changes.map((c) => `${c.rule}:${c.level}: ${c.message}`);
  /** The same content map with its keys in the other order. */
  const reversed = (content: Json) => Object.fromEntries(Object.entries(content).reverse());

  describe(`${openapi} media type names equal once normalised (RFC 9110: names and charset without case)`, () => {
    it('a charset value, type or parameter name in another case, or other spaces: nothing reported', () => {
      const cases: [string, string][] = [
        ['application/json; charset=UTF-8', 'application/json; charset=utf-8'],
        ['Application/JSON', 'application/json'],
        ['application/json;charset=utf-8', 'application/json; charset=utf-8'],
        ['application/json; Charset = "utf-8"', 'application/json; charset=utf-8'],
        ['text/plain; charset=utf-8; format=flowed', 'text/plain;format=flowed;charset=UTF-8'],
      ];
      for (const [from, to] of cases) {
        for (const paths of [responding, sending]) {
          expect(said(paths, { [from]: { schema: pet } }, { [to]: { schema: pet } })).toEqual([]);
        }
      }
    });

    it('the schemas are still compared, under the name the revision uses', () => {
      const loose = { ...pet, required: [] };
      expect(
        said(
          responding,
          { 'application/json; charset=UTF-8': { schema: pet } },
          { 'application/json; charset=utf-8': { schema: loose } },
        ),
      ).toEqual([
        'response-field-made-optional:breaking: GET /p: response 200 property "id" may now be absent',
      ]);
    });

    it('a parameter value other than charset keeps its case: another value, another media type', () => {
      expect(
        said(
          sending,
          { 'application/vnd.acme+json; profile=A': { schema: pet } },
          { 'application/vnd.acme+json; profile=a': { schema: pet } },
        ),
      ).toEqual([
        'request-media-type-removed:breaking: POST /p: request body no longer accepts application/vnd.acme+json; profile=A',
        'media-type-added:info: POST /p: request body now accepts application/vnd.acme+json; profile=a',
      ]);
    });
  });

  describe(`${openapi} pairing in passes, whatever the order of the keys`, () => {
    it('case A: one essence is paired before a suffix refinement', () => {
      const head = {
        'application/problem+json': { schema: problem },
        'application/json; charset=utf-8': { schema: pet },
      };
      for (const content of [head, reversed(head)]) {
        expect(said(responding, { 'application/json': { schema: pet } }, content)).toEqual([
          'media-type-parameters-changed:info: GET /p: response 200 now comes as application/json; charset=utf-8 instead of application/json',
          'media-type-added:info: GET /p: response 200 now comes as application/problem+json',
        ]);
      }
    });

    it('case B: a suffix type given parameters pairs with itself, not with the type it refines', () => {
      const base = { 'application/json': { schema: pet }, 'application/problem+json': { schema: problem } };
      for (const content of [base, reversed(base)]) {
        expect(
          said(responding, content, { 'application/problem+json; charset=utf-8': { schema: problem } }),
        ).toEqual([
          'response-media-type-removed:breaking: GET /p: response 200 no longer comes as application/json',
          'media-type-parameters-changed:info: GET /p: response 200 now comes as application/problem+json; charset=utf-8 instead of application/problem+json',
        ]);
      }
    });

    it('an exact name is kept before a normalised one', () => {
      const head = { 'application/json': { schema: pet }, 'Application/JSON': { schema: problem } };
      for (const content of [head, reversed(head)]) {
        expect(said(responding, { 'application/json': { schema: pet } }, content)).toEqual([
          'media-type-added:info: GET /p: response 200 now comes as Application/JSON',
        ]);
      }
    });
  });

  describe(`${openapi} a parameter whose value changed names another media type`, () => {
    it('version=1 → version=2, or another charset: removed and added, in a request and a response', () => {
      expect(
        said(
          sending,
          { 'application/json; version=1': { schema: pet } },
          { 'application/json; version=2': { schema: pet } },
        ),
      ).toEqual([
        'request-media-type-removed:breaking: POST /p: request body no longer accepts application/json; version=1',
        'media-type-added:info: POST /p: request body now accepts application/json; version=2',
      ]);
      expect(
        said(
          responding,
          { 'text/plain; charset=utf-8': { schema: { type: 'string' } } },
          { 'text/plain; charset=iso-8859-1': { schema: { type: 'string' } } },
        ),
      ).toEqual([
        'response-media-type-removed:breaking: GET /p: response 200 no longer comes as text/plain; charset=utf-8',
        'media-type-added:info: GET /p: response 200 now comes as text/plain; charset=iso-8859-1',
      ]);
    });

    it('a parameter added beside the ones kept is still the same media type', () => {
      expect(
        said(
          sending,
          { 'application/json; version=1': { schema: pet } },
          { 'application/json; version=1; charset=utf-8': { schema: pet } },
        ),
      ).toEqual([
        'media-type-parameters-changed:info: POST /p: request body now accepts application/json; version=1; charset=utf-8 instead of application/json; version=1',
      ]);
    });
  });

  describe(`${openapi} in a request, several names of one essence pair with the one the revision keeps`, () => {
    it('two versions, two charsets, two spellings → one name: info, whatever the order of the keys', () => {
      const text = { type: 'string' };
      const cases: [Json, string, string[]][] = [
        [
          { 'application/json; v=1': { schema: pet }, 'application/json; v=2': { schema: pet } },
          'application/json',
          [
            'media-type-parameters-changed:info: POST /p: request body now accepts application/json instead of application/json; v=1',
            'media-type-parameters-changed:info: POST /p: request body now accepts application/json instead of application/json; v=2',
          ],
        ],
        [
          {
            'text/plain; charset=utf-8': { schema: text },
            'text/plain; charset=iso-8859-1': { schema: text },
          },
          'text/plain',
          [
            'media-type-parameters-changed:info: POST /p: request body now accepts text/plain instead of text/plain; charset=iso-8859-1',
            'media-type-parameters-changed:info: POST /p: request body now accepts text/plain instead of text/plain; charset=utf-8',
          ],
        ],
        [
          { 'Application/JSON': { schema: pet }, 'application/json': { schema: pet } },
          'application/json',
          [],
        ],
      ];
      for (const [base, to, expected] of cases) {
        const schema = (base[Object.keys(base)[0]!] as Json).schema;
        for (const content of [base, reversed(base)]) {
          expect(said(sending, content, { [to]: { schema } })).toEqual(expected);
        }
      }
      // A response still pairs one to one: the other name is gone.
      expect(
        said(
          responding,
          { 'application/json; v=1': { schema: pet }, 'application/json; v=2': { schema: pet } },
          { 'application/json': { schema: pet } },
        ),
      ).toEqual([
        'response-media-type-removed:breaking: GET /p: response 200 no longer comes as application/json; v=2',
        'media-type-parameters-changed:info: GET /p: response 200 now comes as application/json instead of application/json; v=1',
      ]);
    });
  });

  describe(`${openapi} media ranges: wider where values are received`, () => {
    it('a request type that became a range holding it, or a response range that became a type in it: info', () => {
      for (const range of ['*/*', 'application/*']) {
        expect(said(sending, { 'application/json': { schema: pet } }, { [range]: { schema: pet } })).toEqual([
          `media-type-range-changed:info: POST /p: request body now accepts ${range} instead of application/json`,
        ]);
        expect(
          said(responding, { [range]: { schema: pet } }, { 'application/json': { schema: pet } }),
        ).toEqual([
          `media-type-range-changed:info: GET /p: response 200 now comes as application/json instead of ${range}`,
        ]);
      }
    });

    it('several request types may become one range; the schemas are still compared', () => {
      const base = { 'application/json': { schema: pet }, 'application/xml': { schema: pet } };
      for (const content of [base, reversed(base)]) {
        expect(said(sending, content, { '*/*': { schema: { ...pet, required: ['id', 'name'] } } })).toEqual([
          // Found for both types it now holds, said once.
          'request-body-required-field-added:breaking: POST /p: request body (*/*) property "name" is now required',
          'media-type-range-changed:info: POST /p: request body now accepts */* instead of application/json',
          'media-type-range-changed:info: POST /p: request body now accepts */* instead of application/xml',
        ]);
      }
    });

    it('a request type dropped beside a range listed on both sides is still held by it', () => {
      const base = { 'application/json': { schema: pet }, '*/*': { schema: pet } };
      for (const content of [base, reversed(base)]) {
        expect(said(sending, content, { '*/*': { schema: pet } })).toEqual([
          'media-type-range-changed:info: POST /p: request body now accepts */* instead of application/json',
        ]);
        // Compared with both; what both show is said once.
        expect(said(sending, content, { '*/*': { schema: { ...pet, required: ['id', 'name'] } } })).toEqual([
          'request-body-required-field-added:breaking: POST /p: request body (*/*) property "name" is now required',
          'media-type-range-changed:info: POST /p: request body now accepts */* instead of application/json',
        ]);
      }
    });

    it('a response range dropped beside a type it holds, kept on both sides: what comes is still in it', () => {
      const base = { '*/*': { schema: pet }, 'application/json': { schema: pet } };
      for (const content of [base, reversed(base)]) {
        expect(said(responding, content, { 'application/json': { schema: pet } })).toEqual([
          'media-type-range-changed:info: GET /p: response 200 now comes as application/json instead of */*',
        ]);
      }
    });

    it("a request type held by a range is read in the text the client sends, not the range's", () => {
      for (const range of ['text/*', '*/*']) {
        expect(
          said(
            sending,
            { 'text/plain': { schema: { type: 'integer' } } },
            { [range]: { schema: { type: 'string' } } },
          ),
        ).toEqual([
          `media-type-range-changed:info: POST /p: request body now accepts ${range} instead of text/plain`,
          'request-type-widened:info: POST /p: request body type changed from integer to string',
        ]);
      }
      const form = (type: string) => ({
        schema: { type: 'object', properties: { a: { type } } },
      });
      for (const range of ['application/*', '*/*']) {
        expect(
          said(
            sending,
            { 'application/x-www-form-urlencoded': form('integer') },
            { [range]: form('string') },
          ),
        ).toEqual([
          `media-type-range-changed:info: POST /p: request body now accepts ${range} instead of application/x-www-form-urlencoded`,
          'request-type-widened:info: POST /p: request body property "a" type changed from integer to string',
        ]);
      }
      // JSON stays JSON: an integer is no string there.
      expect(
        said(
          sending,
          { 'application/json': { schema: { type: 'integer' } } },
          { '*/*': { schema: { type: 'string' } } },
        ),
      ).toEqual([
        'request-type-changed:breaking: POST /p: request body type changed from integer to string',
        'media-type-range-changed:info: POST /p: request body now accepts */* instead of application/json',
      ]);
    });

    it('a range that became a range holding it (RFC 9110 12.5.1): wider where values are received, info', () => {
      expect(said(sending, { 'application/*': { schema: pet } }, { '*/*': { schema: pet } })).toEqual([
        'media-type-range-changed:info: POST /p: request body now accepts */* instead of application/*',
      ]);
      expect(said(responding, { '*/*': { schema: pet } }, { 'application/*': { schema: pet } })).toEqual([
        'media-type-range-changed:info: GET /p: response 200 now comes as application/* instead of */*',
      ]);
      // Whatever the order of the keys, beside a type paired by its own name.
      expect(
        said(sending, reversed({ 'application/*': { schema: pet }, 'text/plain': { schema: pet } }), {
          'text/plain': { schema: pet },
          '*/*': { schema: problem },
        }),
      ).toEqual([
        'request-body-required-field-added:breaking: POST /p: request body (*/*) property "title" was added and is required',
        'request-field-removed:warning: POST /p: request body (*/*) property "id" was removed',
        'media-type-range-changed:info: POST /p: request body now accepts */* instead of application/*',
      ]);
    });

    it('a range widened where values are sent, or narrowed where received: removed, breaking', () => {
      expect(said(responding, { 'application/*': { schema: pet } }, { '*/*': { schema: pet } })).toEqual([
        'response-media-type-removed:breaking: GET /p: response 200 no longer comes as application/*',
        'media-type-added:info: GET /p: response 200 now comes as */*',
      ]);
      expect(said(sending, { '*/*': { schema: pet } }, { 'application/*': { schema: pet } })).toEqual([
        'request-media-type-removed:breaking: POST /p: request body no longer accepts */*',
        'media-type-added:info: POST /p: request body now accepts application/*',
      ]);
    });

    it('the other way round promises less or accepts less: removed, breaking', () => {
      expect(said(responding, { 'application/json': { schema: pet } }, { '*/*': { schema: pet } })).toEqual([
        'response-media-type-removed:breaking: GET /p: response 200 no longer comes as application/json',
        'media-type-added:info: GET /p: response 200 now comes as */*',
      ]);
      expect(
        said(sending, { 'application/*': { schema: pet } }, { 'application/json': { schema: pet } }),
      ).toEqual([
        'request-media-type-removed:breaking: POST /p: request body no longer accepts application/*',
        'media-type-added:info: POST /p: request body now accepts application/json',
      ]);
      // A range of another type holds nothing of this one.
      expect(said(sending, { 'application/json': { schema: pet } }, { 'text/*': { schema: pet } })).toEqual([
        'request-media-type-removed:breaking: POST /p: request body no longer accepts application/json',
        'media-type-added:info: POST /p: request body now accepts text/*',
      ]);
    });
  });

  describe(`${openapi} a response media type whose old schema described nothing`, () => {
    it('{}, true or annotations only, then no schema: nothing lost, nothing reported', () => {
      const olds: unknown[] = [
        {},
        { description: 'anything' },
        { title: 'Any', examples: [1], $comment: 'c' },
        { deprecated: true },
        { readOnly: true },
        { writeOnly: true },
        { default: 5 },
        { allOf: [{}] },
        { allOf: [{ description: 'a' }, { deprecated: true }] },
      ];
      if (openapi === '3.1.0')
        olds.push(
          true,
          { $schema: 'https://json-schema.org/draft/2020-12/schema' },
          { $id: 'https://example.com/any', $anchor: 'any' },
          { allOf: [true] },
        );
      for (const schema of olds) {
        expect(said(responding, { 'application/json': { schema } }, { 'application/json': {} })).toEqual([]);
      }
      // Through a reference too.
      const withComponents = (content: Json) => ({ ...responding(content) });
      const doc = (content: Json) => ({
        openapi,
        info: { title: 't', version: '1' },
        paths: withComponents(content),
        components: { schemas: { Any: {} } },
      });
      expect(
        diffOpenApi(
          doc({ 'application/json': { schema: { $ref: '#/components/schemas/Any' } } }),
          doc({ 'application/json': {} }),
          { today: TODAY },
        ).changes,
      ).toEqual([]);
    });

    it('a schema that described something is still a warning when it goes', () => {
      for (const schema of [pet, { allOf: [{}, { type: 'string' }] }, { deprecated: true, minLength: 1 }]) {
        expect(said(responding, { 'application/json': { schema } }, { 'application/json': {} })).toEqual([
          'response-media-type-schema-removed:warning: GET /p: response 200 (application/json) no longer has a schema: what comes is not described',
        ]);
      }
    });
  });
}

describe('media type names are read once and indexed', () => {
  it('parseMedia reads names, parameters and suffixes as RFC 9110 and RFC 6838 do', () => {
    expect(parseMedia(' Application/Vnd.A+B+JSON ; Charset="UTF-8" ;q ')).toEqual({
      essence: 'application/vnd.a+b+json',
      type: 'application',
      subtype: 'vnd.a+b+json',
      suffix: 'json',
      params: new Map([
        ['charset', 'utf-8'],
        ['q', ''],
      ]),
      normal: 'application/vnd.a+b+json;charset=utf-8;q=',
    });
    expect(parseMedia('not a media type')).toBeUndefined();
    expect(parseMedia('application/')).toBeUndefined();
  });

  it('parseMedia reads a quoted value whole: a ";" inside quotes, and backslash escapes (RFC 9110 5.6.4)', () => {
    const quoted = parseMedia('application/json; profile="a;b"; v=1');
    expect(quoted?.params).toEqual(
      new Map([
        ['profile', 'a;b'],
        ['v', '1'],
      ]),
    );
    expect(quoted?.normal).toBe('application/json;profile="a;b";v=1');
    // A quoted-pair stands for the character it escapes: \" a quote, \\ a backslash, \; a ";".
    expect(parseMedia(String.raw`text/plain; note="say \"hi\"; a\\b\;c"`)?.params).toEqual(
      new Map([['note', String.raw`say "hi"; a\b;c`]]),
    );
    // Quoted or not, a token value is the same value; a value that needs quotes is written quoted.
    expect(parseMedia('application/json; v="1"')?.normal).toBe('application/json;v=1');
    expect(parseMedia(String.raw`application/json; p="x\"y"`)?.normal).toBe(
      String.raw`application/json;p="x\"y"`,
    );
    // A quote left open is no quoted-string: the value is kept as written, up to the end.
    expect(parseMedia('application/json; p="a;b')?.params).toEqual(new Map([['p', '"a;b']]));
  });

  it('a quoted ";" in a parameter does not split it: pairing reads the whole value', () => {
    const profile = 'application/json; profile="https://example.com/p;v=2"';
    expect(pairMedia([profile], ['application/json;profile="https://example.com/p;v=2"'], false)).toEqual(
      new Map([[profile, { to: 'application/json;profile="https://example.com/p;v=2"', how: 'same' }]]),
    );
    // Another quoted value is another media type. Split at the ";", both read as profile="a
    // with a parameter b or c added, and were paired as one type that changed parameters.
    expect(pairMedia(['application/json; p="a;b"'], ['application/json; p="a;c"'], false).size).toBe(0);
  });

  it('2,000 media types on each side: each name parsed at most once, every pair found', () => {
    const n = 2000;
    const base = Array.from({ length: n }, (_, i) => `application/x${i}`);
    const head = Array.from({ length: n }, (_, i) => `application/x${i}; v=1`);
    let parsed = 0;
    const counting = (name: string): MediaName | undefined => {
      parsed += 1;
      return parseMedia(name);
    };
    const pairs = pairMedia(base, head.reverse(), true, counting);
    expect(parsed).toBe(2 * n);
    expect(pairs.size).toBe(n);
    expect(pairs.get('application/x1234')).toEqual({ to: 'application/x1234; v=1', how: 'parameters' });
    // Unrelated names: nothing paired, still each read once.
    parsed = 0;
    const other = Array.from({ length: n }, (_, i) => `application/y${i}+x${i}`);
    expect(pairMedia(base, other, false, counting).size).toBe(0);
    expect(parsed).toBe(2 * n);
    // One essence, a parameter of 2,000 values: each pairs with the name of its own value only.
    parsed = 0;
    const versions = Array.from({ length: n }, (_, i) => `application/json; v=${i}`);
    const kept = pairMedia(
      versions,
      versions.map((name) => `${name}; charset=utf-8`),
      false,
      counting,
    );
    expect(parsed).toBe(2 * n);
    expect(kept.get('application/json; v=77')).toEqual({
      to: 'application/json; v=77; charset=utf-8',
      how: 'parameters',
    });
    expect([...kept].every(([from, { to }]) => to === `${from}; charset=utf-8`)).toBe(true);
    const changed = pairMedia(
      versions,
      versions.map((_, i) => `application/json; v=x${i}`),
      false,
    );
    expect(changed.size).toBe(0);
    // One essence, each name with a parameter name of its own: every name pairs, at a bounded
    // number of comparisons per name (no base name looks at every group of the revision).
    for (const suffixes of [true, false]) {
      const own = (tag: string) => Array.from({ length: n }, (_, i) => `application/json; ${tag}${i}=x`);
      const work: PairingWork = { comparisons: 0 };
      const paired = pairMedia(own('b'), own('h'), suffixes, parseMedia, work);
      expect(paired.size).toBe(n);
      expect(paired.get('application/json; b0=x')).toEqual({
        to: 'application/json; h0=x',
        how: 'parameters',
      });
      expect(work.comparisons).toBeGreaterThanOrEqual(n);
      expect(work.comparisons).toBeLessThanOrEqual(2 * n);
      // A value changed everywhere: nothing pairs, still a bounded number of comparisons each.
      const apart = (tag: string) => Array.from({ length: n }, (_, i) => `application/json; v=${tag}${i}`);
      const none: PairingWork = { comparisons: 0 };
      expect(pairMedia(apart('b'), apart('h'), suffixes, parseMedia, none).size).toBe(0);
      expect(none.comparisons).toBeGreaterThanOrEqual(n);
      expect(none.comparisons).toBeLessThanOrEqual(40 * n);
    }
    // Names found on both sides are not parsed at all.
    parsed = 0;
    expect(pairMedia(base, base, true, counting).size).toBe(n);
    expect(parsed).toBe(0);
  });
});

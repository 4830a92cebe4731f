/**
 * Parameters and response headers described by `content` (one media type) instead of `schema`:
 * a media type that changed, `schema` ↔ `content`, path-level and operation-level parameters.
 * No `Content-Type` travels with such a value, so what counts is whether a value written the old
 * way is still read the same (decision 84).
 */
import { describe, expect, it } from 'vitest';
import { diffOpenApi, type MediaType, type PairingWork, pairContent } from './diff';

type Json = Record<string, unknown>;
const TODAY = '2026-12-08';
const VERSIONS = ['3.0.3', '3.1.0'] as const;

const filter = { type: 'object', properties: { status: { type: 'string' } } };
const int = { type: 'integer' };
const str = { type: 'string' };
const content = (media: string, schema: unknown = filter) => ({ content: { [media]: { schema } } });

for (const openapi of VERSIONS) {
  const document = (paths: Json, extra: Json = {}) => ({
    openapi,
    info: { title: 't', version: '1' },
    paths,
    ...extra,
  });
  const said = (b: Json, h: Json) =>
    diffOpenApi(b, h, { today: TODAY }).changes.map((c) => `${c.rule}:${c.level}: ${c.message}`);
  /** `GET /p` with one query parameter `filter`, described by `described`. */
  const query = (described: Json, extra: Json = {}) =>
    document({
      '/p': {
        get: {
          parameters: [{ name: 'filter', in: 'query', ...extra, ...described }],
          responses: { '204': { description: 'OK' } },
        },
      },
    });
  /** `GET /p` answering 200 with one header `X-Meta`, described by `described`. */
  const header = (described: Json) =>
    document({
      '/p': { get: { responses: { '200': { description: 'OK', headers: { 'X-Meta': described } } } } },
    });

  describe(`${openapi} a parameter's content media type changed`, () => {
    it('another type or syntax: breaking, it was reported by nothing', () => {
      for (const to of ['text/plain', 'application/xml', 'application/x-www-form-urlencoded']) {
        expect(said(query(content('application/json')), query(content(to)))).toEqual([
          `parameter-media-type-changed:breaking: GET /p: query parameter "filter" is now serialised as ${to} instead of application/json`,
        ]);
      }
    });

    it('the location names the new media type', () => {
      const changes = diffOpenApi(query(content('application/json')), query(content('text/plain')), {
        today: TODAY,
      }).changes;
      expect(changes.map((c) => c.location)).toEqual(['/paths/~1p/get/parameters/0/content/text~1plain']);
    });

    it('a spelling of the same name (case, spaces, charset case): nothing, beside a real change that is said', () => {
      // Two parameters: `filter` is only spelled otherwise, `other` really changed.
      const two = (filterMedia: string, otherMedia: string) =>
        document({
          '/p': {
            get: {
              parameters: [
                { name: 'filter', in: 'query', ...content(filterMedia) },
                { name: 'other', in: 'query', ...content(otherMedia) },
              ],
              responses: { '204': { description: 'OK' } },
            },
          },
        });
      const cases: [string, string][] = [
        ['application/json', 'Application/JSON'],
        ['application/json;charset=UTF-8', 'application/json; charset=utf-8'],
        ['text/plain;charset=UTF-8', 'text/plain ; Charset="utf-8"'],
      ];
      for (const [from, to] of cases)
        expect(said(two(from, 'application/json'), two(to, 'text/plain'))).toEqual([
          'parameter-media-type-changed:breaking: GET /p: query parameter "other" is now serialised as text/plain instead of application/json',
        ]);
    });

    it('parameters added or dropped: info; a parameter value changed: another media type, breaking', () => {
      expect(
        said(query(content('application/json')), query(content('application/json; charset=utf-8'))),
      ).toEqual([
        'parameter-media-type-compatible:info: GET /p: query parameter "filter" is now serialised as application/json; charset=utf-8 instead of application/json: only its media type parameters changed, the value is written as before',
      ]);
      expect(
        said(
          query(content('text/plain; charset=utf-8', str)),
          query(content('text/plain; charset=iso-8859-1', str)),
        ),
      ).toEqual([
        'parameter-media-type-changed:breaking: GET /p: query parameter "filter" is now serialised as text/plain; charset=iso-8859-1 instead of text/plain; charset=utf-8: a value written in utf-8 is not read the same in iso-8859-1',
      ]);
      expect(
        said(query(content('application/json; version=1')), query(content('application/json; version=2'))),
      ).toEqual([
        'parameter-media-type-changed:breaking: GET /p: query parameter "filter" is now serialised as application/json; version=2 instead of application/json; version=1',
      ]);
    });

    it('a structured-syntax suffix added or dropped over the same subtype: one syntax, info either way', () => {
      expect(said(query(content('application/json')), query(content('application/problem+json')))).toEqual([
        'parameter-media-type-compatible:info: GET /p: query parameter "filter" is now serialised as application/problem+json instead of application/json: both are json (a structured-syntax suffix names the other), the value is written as before',
      ]);
      expect(said(query(content('application/vnd.acme+json')), query(content('application/json')))).toEqual([
        'parameter-media-type-compatible:info: GET /p: query parameter "filter" is now serialised as application/json instead of application/vnd.acme+json: both are json (a structured-syntax suffix names the other), the value is written as before',
      ]);
      // Two types of one syntax that are not type and refinement: another media type.
      expect(
        said(query(content('application/geo+json')), query(content('application/vnd.acme+json'))),
      ).toEqual([
        'parameter-media-type-changed:breaking: GET /p: query parameter "filter" is now serialised as application/vnd.acme+json instead of application/geo+json',
      ]);
    });

    it('a media range: wider where the server reads the value', () => {
      expect(said(query(content('application/json')), query(content('*/*')))).toEqual([
        'parameter-media-type-compatible:info: GET /p: query parameter "filter" is now serialised as */* instead of application/json: the range */* holds application/json, so a value written as before is still read',
      ]);
      expect(said(query(content('application/*')), query(content('application/json')))).toEqual([
        'parameter-media-type-changed:breaking: GET /p: query parameter "filter" is now serialised as application/json instead of application/*',
      ]);
    });

    it('a range that became a wider range holds it: info where the server reads, breaking narrowed', () => {
      // RFC 9110, 12.5.1: `*/*` holds every type `application/*` does.
      expect(said(query(content('application/*')), query(content('*/*')))).toEqual([
        'parameter-media-type-compatible:info: GET /p: query parameter "filter" is now serialised as */* instead of application/*: the range */* holds application/*, so a value written as before is still read',
      ]);
      expect(said(query(content('*/*')), query(content('application/*')))).toEqual([
        'parameter-media-type-changed:breaking: GET /p: query parameter "filter" is now serialised as application/* instead of */*',
      ]);
    });

    it('the schemas are compared under the new media type, in its text or types', () => {
      const count = (type: string) => ({ type: 'object', properties: { n: { type } } });
      expect(
        said(
          query(content('application/json', count('string'))),
          query(content('application/xml', count('integer'))),
        ),
      ).toEqual([
        'parameter-media-type-changed:breaking: GET /p: query parameter "filter" is now serialised as application/xml instead of application/json',
        'parameter-type-changed:breaking: GET /p: query parameter "filter" property "n" type changed from string to integer',
      ]);
    });

    it('several entries (OpenAPI allows one): a name on both sides is compared, whatever the order', () => {
      const two = { 'application/json': { schema: filter }, 'text/plain': { schema: str } };
      const reversed = { 'text/plain': { schema: str }, 'application/json': { schema: filter } };
      expect(said(query({ content: two }), query({ content: reversed }))).toEqual([]);
    });
  });

  describe(`${openapi} several content entries: paired as a body's are, every pair compared`, () => {
    const count = (type: string) => ({ type: 'object', properties: { n: { type } } });
    /** The same content map with its keys in the other order. */
    const reversed = (map: Json) => Object.fromEntries(Object.entries(map).reverse());

    it('a schema changed under one of them is said whatever the order of the keys', () => {
      const base = { 'application/json': { schema: count('string') }, 'text/plain': { schema: str } };
      const head = { 'application/json': { schema: count('integer') }, 'text/plain': { schema: str } };
      const expected = [
        'parameter-type-changed:breaking: GET /p: query parameter "filter" (application/json) property "n" type changed from string to integer',
      ];
      expect(said(query({ content: base }), query({ content: head }))).toEqual(expected);
      expect(said(query({ content: reversed(base) }), query({ content: reversed(head) }))).toEqual(expected);
      expect(said(query({ content: base }), query({ content: reversed(head) }))).toEqual(expected);
    });

    it('names are paired once normalised: another spelling in another order is the same entry', () => {
      const base = { 'Application/JSON': { schema: count('string') }, 'text/plain': { schema: str } };
      const head = { 'text/plain': { schema: str }, 'application/json': { schema: count('integer') } };
      expect(said(query({ content: base }), query({ content: head }))).toEqual([
        'parameter-type-changed:breaking: GET /p: query parameter "filter" (application/json) property "n" type changed from string to integer',
      ]);
    });

    it('no name in common: each is paired by its syntax, whatever the order, and each pair said', () => {
      const base = { 'application/json': { schema: str }, 'text/plain': { schema: str } };
      const head = { 'application/problem+json': { schema: str }, 'text/csv': { schema: str } };
      const expected = [
        'parameter-media-type-changed:breaking: GET /p: query parameter "filter" is now serialised as text/csv instead of text/plain',
        'parameter-media-type-compatible:info: GET /p: query parameter "filter" is now serialised as application/problem+json instead of application/json: both are json (a structured-syntax suffix names the other), the value is written as before',
      ];
      for (const b of [base, reversed(base)])
        for (const h of [head, reversed(head)])
          expect(said(query({ content: b }), query({ content: h }))).toEqual(expected);
    });

    it('an entry the server no longer reads: breaking; one it reads beside the others: nothing', () => {
      const both = { 'application/json': { schema: str }, 'text/plain': { schema: str } };
      const json = { 'application/json': { schema: str } };
      expect(said(query({ content: both }), query({ content: json }))).toEqual([
        'parameter-media-type-changed:breaking: GET /p: query parameter "filter" is no longer read as text/plain',
      ]);
      expect(said(query({ content: json }), query({ content: both }))).toEqual([]);
    });

    it('a response header: an entry the server may now write that clients never read breaks; one dropped does not', () => {
      const both = { 'application/json': { schema: str }, 'text/plain': { schema: str } };
      const json = { 'application/json': { schema: str } };
      expect(said(header({ content: json }), header({ content: both }))).toEqual([
        'response-header-media-type-changed:breaking: GET /p: response 200 header "x-meta" may now be written as text/plain, which no entry it had reads',
      ]);
      expect(said(header({ content: both }), header({ content: json }))).toEqual([]);
      // One range clients read holds every type the server may now write.
      const types = { 'application/xml': { schema: str }, 'application/json': { schema: str } };
      expect(said(header(content('*/*', str)), header({ content: types }))).toEqual([
        'response-header-media-type-compatible:info: GET /p: response 200 header "x-meta" is now serialised as application/json instead of */*: application/json is one of the types the range */* allowed',
        'response-header-media-type-compatible:info: GET /p: response 200 header "x-meta" is now serialised as application/xml instead of */*: application/xml is one of the types the range */* allowed',
      ]);
    });

    it('a response header: each pair judged where the client reads', () => {
      const base = { '*/*': { schema: str }, 'text/plain': { schema: str } };
      const head = { 'text/plain': { schema: int }, 'application/json': { schema: str } };
      const expected = [
        'response-header-media-type-compatible:info: GET /p: response 200 header "x-meta" is now serialised as application/json instead of */*: application/json is one of the types the range */* allowed',
        'response-type-narrowed:info: GET /p: response 200 header "x-meta" (text/plain) type changed from string to integer',
      ];
      expect(said(header({ content: base }), header({ content: head }))).toEqual(expected);
      expect(said(header({ content: reversed(base) }), header({ content: reversed(head) }))).toEqual(
        expected,
      );
    });
  });

  describe(`${openapi} a charset, which no Content-Type carries for a parameter or header`, () => {
    const text = (charset?: string) =>
      content(charset ? `text/plain; charset=${charset}` : 'text/plain', str);

    it('in a request parameter (the server reads): US-ASCII (no charset) read as UTF-8 is info', () => {
      expect(said(query(text()), query(text('utf-8')))).toEqual([
        'parameter-media-type-compatible:info: GET /p: query parameter "filter" is now serialised as text/plain; charset=utf-8 instead of text/plain: a value written in us-ascii (no charset, RFC 2046) reads the same in utf-8',
      ]);
      expect(said(query(text('us-ascii')), query(text('UTF-8')))).toEqual([
        'parameter-media-type-compatible:info: GET /p: query parameter "filter" is now serialised as text/plain; charset=UTF-8 instead of text/plain; charset=us-ascii: a value written in us-ascii reads the same in utf-8',
      ]);
    });

    it('in a request parameter: a charset dropped, narrowed or not holding ASCII is breaking', () => {
      expect(said(query(text('utf-8')), query(text()))).toEqual([
        'parameter-media-type-changed:breaking: GET /p: query parameter "filter" is now serialised as text/plain instead of text/plain; charset=utf-8: a value written in utf-8 is not read the same in us-ascii (no charset, RFC 2046)',
      ]);
      expect(said(query(text('iso-8859-1')), query(text()))).toEqual([
        'parameter-media-type-changed:breaking: GET /p: query parameter "filter" is now serialised as text/plain instead of text/plain; charset=iso-8859-1: a value written in iso-8859-1 is not read the same in us-ascii (no charset, RFC 2046)',
      ]);
      expect(said(query(text()), query(text('utf-16')))).toEqual([
        'parameter-media-type-changed:breaking: GET /p: query parameter "filter" is now serialised as text/plain; charset=utf-16 instead of text/plain: a value written in us-ascii (no charset, RFC 2046) is not read the same in utf-16',
      ]);
    });

    it('in a response header (the client reads): the other way round', () => {
      // The server now writes US-ASCII; clients decode it as the UTF-8 they were told.
      expect(said(header(text('utf-8')), header(text()))).toEqual([
        'response-header-media-type-compatible:info: GET /p: response 200 header "x-meta" is now serialised as text/plain instead of text/plain; charset=utf-8: a value written in us-ascii (no charset, RFC 2046) reads the same in utf-8',
      ]);
      expect(said(header(text()), header(text('utf-8')))).toEqual([
        'response-header-media-type-changed:breaking: GET /p: response 200 header "x-meta" is now serialised as text/plain; charset=utf-8 instead of text/plain: a value written in utf-8 is not read the same in us-ascii (no charset, RFC 2046)',
      ]);
      expect(said(header(text('iso-8859-1')), header(text()))).toEqual([
        'response-header-media-type-compatible:info: GET /p: response 200 header "x-meta" is now serialised as text/plain instead of text/plain; charset=iso-8859-1: a value written in us-ascii (no charset, RFC 2046) reads the same in iso-8859-1',
      ]);
      expect(said(header(text()), header(text('utf-16')))).toEqual([
        'response-header-media-type-changed:breaking: GET /p: response 200 header "x-meta" is now serialised as text/plain; charset=utf-16 instead of text/plain: a value written in utf-16 is not read the same in us-ascii (no charset, RFC 2046)',
      ]);
    });

    it('a JSON charset says nothing (JSON is UTF-8); another type: a charset changed on both sides breaks', () => {
      expect(
        said(
          query(content('application/json; charset=utf-8')),
          query(content('application/json; charset=utf-16')),
        ),
      ).toEqual([
        'parameter-media-type-compatible:info: GET /p: query parameter "filter" is now serialised as application/json; charset=utf-16 instead of application/json; charset=utf-8: only its media type parameters changed, the value is written as before',
      ]);
      expect(
        said(
          query(content('application/xml; charset=utf-8')),
          query(content('application/xml; charset=utf-16')),
        ),
      ).toEqual([
        'parameter-media-type-changed:breaking: GET /p: query parameter "filter" is now serialised as application/xml; charset=utf-16 instead of application/xml; charset=utf-8: its charset utf-8 became utf-16',
      ]);
      expect(
        said(query(content('application/xml')), query(content('application/xml; charset=utf-8'))),
      ).toEqual([
        'parameter-media-type-compatible:info: GET /p: query parameter "filter" is now serialised as application/xml; charset=utf-8 instead of application/xml: only its media type parameters changed, the value is written as before',
      ]);
    });
  });

  describe(`${openapi} a parameter that moved between schema and content`, () => {
    it('a value a style and the media type write otherwise: breaking, both ways', () => {
      // `?filter=open` against JSON's `"open"`; an object `status,open` against `{"status":"open"}`.
      expect(said(query({ schema: str }), query(content('application/json', str)))).toEqual([
        'parameter-media-type-changed:breaking: GET /p: query parameter "filter" is now serialised as application/json instead of by style form/explode',
      ]);
      expect(said(query(content('application/json')), query({ schema: filter }, { explode: false }))).toEqual(
        [
          'parameter-media-type-changed:breaking: GET /p: query parameter "filter" is now serialised by style form/no explode instead of as application/json',
        ],
      );
    });

    it('a style that writes no bare value: breaking whatever the type', () => {
      const path = (described: Json, extra: Json = {}) =>
        document({
          '/p/{id}': {
            get: {
              parameters: [{ name: 'id', in: 'path', required: true, ...extra, ...described }],
              responses: { '204': { description: 'OK' } },
            },
          },
        });
      // `/p/.3` under label, `/p/3` as JSON.
      expect(said(path({ schema: int }, { style: 'label' }), path(content('application/json', int)))).toEqual(
        [
          'parameter-media-type-changed:breaking: GET /p/{id}: path parameter "id" is now serialised as application/json instead of by style label/no explode',
        ],
      );
      expect(said(path({ schema: int }), path(content('application/json', int)))).toEqual([
        'parameter-media-type-compatible:info: GET /p/{id}: path parameter "id" is now serialised as application/json instead of by style simple/no explode: its integer values are written the same way',
      ]);
    });

    it('numbers and booleans in JSON, any scalar in text/plain: written alike, info', () => {
      const flag = { type: 'boolean' };
      expect(said(query({ schema: flag }), query(content('application/json', flag)))).toEqual([
        'parameter-media-type-compatible:info: GET /p: query parameter "filter" is now serialised as application/json instead of by style form/explode: its boolean values are written the same way',
      ]);
      expect(said(query(content('text/plain', str)), query({ schema: str }))).toEqual([
        'parameter-media-type-compatible:info: GET /p: query parameter "filter" is now serialised by style form/explode instead of as text/plain: its string values are written the same way',
      ]);
    });

    it("only the writer's values need be written alike: a reader's schema without a type is compared", () => {
      // Clients write `?filter=3`; a server reading any JSON reads 3.
      expect(said(query({ schema: int }), query({ content: { 'application/json': {} } }))).toEqual([
        'parameter-media-type-compatible:info: GET /p: query parameter "filter" is now serialised as application/json instead of by style form/explode: its integer values are written the same way',
      ]);
      expect(said(query({ schema: int }), query(content('application/json', {})))).toEqual([
        'parameter-media-type-compatible:info: GET /p: query parameter "filter" is now serialised as application/json instead of by style form/explode: its integer values are written the same way',
        'request-type-widened:info: GET /p: query parameter "filter" type changed from integer to any',
      ]);
      // The other way the writer is the JSON without a type: `"abc"` is no form value.
      expect(said(query(content('application/json', {})), query({ schema: int }))).toEqual([
        'parameter-media-type-changed:breaking: GET /p: query parameter "filter" is now serialised by style form/explode instead of as application/json',
        'parameter-type-changed:breaking: GET /p: query parameter "filter" type changed from any to integer',
      ]);
      expect(said(query({ content: { 'application/json': {} } }), query({ schema: int }))).toEqual([
        'parameter-media-type-changed:breaking: GET /p: query parameter "filter" is now serialised by style form/explode instead of as application/json',
      ]);
    });

    it('a nullable value or a schema without a type cannot be shown to be written alike: breaking', () => {
      const nullable =
        openapi === '3.0.3' ? { type: 'integer', nullable: true } : { type: ['integer', 'null'] };
      expect(said(query({ schema: nullable }), query(content('application/json', nullable)))).toEqual([
        'parameter-media-type-changed:breaking: GET /p: query parameter "filter" is now serialised as application/json instead of by style form/explode',
      ]);
      expect(
        said(query({ schema: { enum: [1, 2] } }), query(content('application/json', { enum: [1, 2] }))),
      ).toEqual([
        'parameter-media-type-changed:breaking: GET /p: query parameter "filter" is now serialised as application/json instead of by style form/explode',
      ]);
    });

    it('a style written on a parameter that became content is not reported as a style change', () => {
      expect(
        said(query({ schema: filter }, { style: 'deepObject' }), query(content('application/json'))),
      ).toEqual([
        'parameter-media-type-changed:breaking: GET /p: query parameter "filter" is now serialised as application/json instead of by style deepObject/no explode',
      ]);
    });
  });

  describe(`${openapi} path-level and operation-level parameters`, () => {
    const item = (pathLevel: Json[], get: Json[] = [], post: Json[] = []) =>
      document({
        '/p': {
          parameters: pathLevel,
          get: { parameters: get, responses: { '204': { description: 'OK' } } },
          post: { parameters: post, responses: { '204': { description: 'OK' } } },
        },
      });
    const param = (media: string) => ({ name: 'filter', in: 'query', ...content(media) });

    it('a path-level parameter that changed is reported for every operation', () => {
      expect(said(item([param('application/json')]), item([param('text/plain')]))).toEqual([
        'parameter-media-type-changed:breaking: GET /p: query parameter "filter" is now serialised as text/plain instead of application/json',
        'parameter-media-type-changed:breaking: POST /p: query parameter "filter" is now serialised as text/plain instead of application/json',
      ]);
    });

    it("an operation's own parameter overrides the path's: only what the operation uses counts", () => {
      // GET overrides it with the same media type: nothing changes for GET.
      expect(
        said(item([param('application/json')]), item([param('text/plain')], [param('application/json')])),
      ).toEqual([
        'parameter-media-type-changed:breaking: POST /p: query parameter "filter" is now serialised as text/plain instead of application/json',
      ]);
      // Moved from the path item into the operation with another media type.
      expect(
        said(
          item([param('application/json')]),
          item([], [param('application/xml')], [param('application/json')]),
        ),
      ).toEqual([
        'parameter-media-type-changed:breaking: GET /p: query parameter "filter" is now serialised as application/xml instead of application/json',
      ]);
    });

    it('a parameter given by $ref is read where it is defined', () => {
      const byRef = (media: string) =>
        document(
          {
            '/p': {
              get: {
                parameters: [{ $ref: '#/components/parameters/Filter' }],
                responses: { '204': { description: 'OK' } },
              },
            },
          },
          { components: { parameters: { Filter: param(media) } } },
        );
      const changes = diffOpenApi(byRef('application/json'), byRef('text/plain'), { today: TODAY }).changes;
      expect(changes.map((c) => [c.rule, c.location])).toEqual([
        ['parameter-media-type-changed', '/components/parameters/Filter/content/text~1plain'],
      ]);
    });
  });

  describe(`${openapi} a response header described by content`, () => {
    it('another media type: breaking for clients, who parse it the old way', () => {
      expect(said(header(content('application/json')), header(content('text/plain')))).toEqual([
        'response-header-media-type-changed:breaking: GET /p: response 200 header "x-meta" is now serialised as text/plain instead of application/json',
      ]);
    });

    it('a suffix either way or parameters added: info; a range is wider where clients read', () => {
      expect(said(header(content('application/problem+json')), header(content('application/json')))).toEqual([
        'response-header-media-type-compatible:info: GET /p: response 200 header "x-meta" is now serialised as application/json instead of application/problem+json: both are json (a structured-syntax suffix names the other), the value is written as before',
      ]);
      expect(said(header(content('*/*')), header(content('application/json')))).toEqual([
        'response-header-media-type-compatible:info: GET /p: response 200 header "x-meta" is now serialised as application/json instead of */*: application/json is one of the types the range */* allowed',
      ]);
      // Clients that parsed JSON may now get anything.
      expect(said(header(content('application/json')), header(content('*/*')))).toEqual([
        'response-header-media-type-changed:breaking: GET /p: response 200 header "x-meta" is now serialised as */* instead of application/json',
      ]);
    });

    it('its schema is compared, in the types or text of its media type (it was not compared)', () => {
      const meta = (type: string) => ({ type: 'object', properties: { n: { type } } });
      expect(
        said(
          header(content('application/json', meta('string'))),
          header(content('application/json', meta('integer'))),
        ),
      ).toEqual([
        'response-type-changed:breaking: GET /p: response 200 header "x-meta" property "n" type changed from string to integer',
      ]);
      // In text/plain a string that became an integer still reads as the text clients parsed.
      expect(said(header(content('text/plain', str)), header(content('text/plain', int)))).toEqual([
        'response-type-narrowed:info: GET /p: response 200 header "x-meta" type changed from string to integer',
      ]);
    });

    it('schema ↔ content: the writer is the server, so its revision must be written alike', () => {
      // The server now writes `3` by style simple; clients that read any JSON read 3.
      expect(said(header(content('application/json', {})), header({ schema: int }))).toEqual([
        'response-header-media-type-compatible:info: GET /p: response 200 header "x-meta" is now serialised by style simple/no explode instead of as application/json: its integer values are written the same way',
        'response-type-narrowed:info: GET /p: response 200 header "x-meta" type changed from any to integer',
      ]);
      // The server now writes any JSON: `"abc"` is no integer a client parsed.
      expect(said(header({ schema: int }), header(content('application/json', {})))).toEqual([
        'response-header-media-type-changed:breaking: GET /p: response 200 header "x-meta" is now serialised as application/json instead of by style simple/no explode',
        'response-type-changed:breaking: GET /p: response 200 header "x-meta" type changed from integer to any',
      ]);
    });

    it('a null schema beside content is read as content, as a parameter is', () => {
      const both = (media: string) => ({ schema: null, ...content(media, str) });
      expect(said(header(both('application/json')), header(both('text/plain')))).toEqual([
        'response-header-media-type-changed:breaking: GET /p: response 200 header "x-meta" is now serialised as text/plain instead of application/json',
      ]);
      expect(said(query(both('application/json')), query(both('text/plain')))).toEqual([
        'parameter-media-type-changed:breaking: GET /p: query parameter "filter" is now serialised as text/plain instead of application/json',
      ]);
    });

    it('a range that became a narrower range is wider where clients read; a wider one breaks', () => {
      expect(said(header(content('*/*')), header(content('application/*')))).toEqual([
        'response-header-media-type-compatible:info: GET /p: response 200 header "x-meta" is now serialised as application/* instead of */*: every type of the range application/* is one of the types the range */* allowed',
      ]);
      expect(said(header(content('application/*')), header(content('*/*')))).toEqual([
        'response-header-media-type-changed:breaking: GET /p: response 200 header "x-meta" is now serialised as */* instead of application/*',
      ]);
    });

    it('schema ↔ content: written alike only for scalars JSON or text/plain writes bare', () => {
      expect(said(header({ schema: int }), header(content('application/json', int)))).toEqual([
        'response-header-media-type-compatible:info: GET /p: response 200 header "x-meta" is now serialised as application/json instead of by style simple/no explode: its integer values are written the same way',
      ]);
      expect(said(header(content('application/json', str)), header({ schema: str }))).toEqual([
        'response-header-media-type-changed:breaking: GET /p: response 200 header "x-meta" is now serialised by style simple/no explode instead of as application/json',
      ]);
    });
  });

  if (openapi === '3.1.0')
    describe('3.1 webhooks: the API writes the parameter, the client reads it', () => {
      const hook = (media: string) => ({
        openapi,
        info: { title: 't', version: '1' },
        webhooks: {
          pet: {
            post: {
              parameters: [{ name: 'filter', in: 'query', ...content(media) }],
              responses: { '204': { description: 'OK' } },
            },
          },
        },
      });
      const answering = (described: Json) => ({
        openapi,
        info: { title: 't', version: '1' },
        webhooks: {
          pet: {
            post: { responses: { '200': { description: 'OK', headers: { 'X-Meta': described } } } },
          },
        },
      });
      it("a response header is written by the receiver and read by the API: a range is wider on the API's side", () => {
        expect(said(answering(content('*/*')), answering(content('application/json')))).toEqual([
          'response-header-media-type-changed:breaking: POST webhook pet: response 200 header "x-meta" is now serialised as application/json instead of */*',
        ]);
        expect(said(answering(content('application/json')), answering(content('*/*')))).toEqual([
          'response-header-media-type-compatible:info: POST webhook pet: response 200 header "x-meta" is now serialised as */* instead of application/json: the range */* holds application/json, so a value written as before is still read',
        ]);
      });
      it("a response header's schema is compared as a request's: a type the API reads widened is info", () => {
        expect(said(answering({ schema: int }), answering({ schema: str }))).toEqual([
          'request-type-widened:info: POST webhook pet: response 200 header "x-meta" type changed from integer to string',
        ]);
        expect(said(answering({ schema: str }), answering({ schema: int }))).toEqual([
          'request-type-changed:breaking: POST webhook pet: response 200 header "x-meta" type changed from string to integer',
        ]);
        // The receiver wrote the old one: its JSON without a type may be `"abc"`.
        expect(said(answering(content('application/json', {})), answering({ schema: int }))).toEqual([
          'response-header-media-type-changed:breaking: POST webhook pet: response 200 header "x-meta" is now serialised by style simple/no explode instead of as application/json',
          'request-type-changed:breaking: POST webhook pet: response 200 header "x-meta" type changed from any to integer',
        ]);
      });
      it('a range is wider the other way round', () => {
        expect(said(hook('application/json'), hook('*/*'))).toEqual([
          'parameter-media-type-changed:breaking: POST webhook pet: query parameter "filter" is now serialised as */* instead of application/json',
        ]);
        expect(said(hook('*/*'), hook('application/json'))).toEqual([
          'parameter-media-type-compatible:info: POST webhook pet: query parameter "filter" is now serialised as application/json instead of */*: application/json is one of the types the range */* allowed',
        ]);
      });
    });
}

describe('several content entries are paired in bounded work', () => {
  const entries = (names: string[]): Map<string, MediaType> =>
    new Map(names.map((name) => [name, { pointer: `/${name}`, schema: undefined }]));

  it('4,000 entries of one syntax that read nothing of each other: each looks at 32 at most, each said', () => {
    const n = 4000;
    // One essence, a parameter named on both sides with another value: no pair anywhere.
    const base = entries(Array.from({ length: n }, (_, i) => `text/plain; v=a${i}`));
    const head = entries(Array.from({ length: n }, (_, i) => `text/plain; v=b${i}`));
    for (const clientReads of [false, true]) {
      const work: PairingWork = { comparisons: 0 };
      const pairs = pairContent(base, head, clientReads, work);
      expect(pairs).toHaveLength(n);
      expect(pairs.every((p) => p.verdict === undefined)).toBe(true);
      expect(work.comparisons).toBeGreaterThanOrEqual(n);
      expect(work.comparisons).toBeLessThanOrEqual(32 * n);
    }
  });

  it('entries that pair by syntax pair one to one, whatever the order of the keys', () => {
    // `application/vnd.a+xN`'s suffix names `application/xN`: one syntax, each with its own.
    const names = (prefix: string) => Array.from({ length: 50 }, (_, i) => `application/${prefix}${i}`);
    const expected = names('x').map((from) => ({
      from,
      to: from.replace('/x', '/vnd.a+x'),
      kind: 'compatible',
    }));
    for (const head of [names('vnd.a+x'), names('vnd.a+x').reverse()]) {
      const pairs = pairContent(entries(names('x').reverse()), entries(head), false);
      expect(pairs.map((p) => ({ from: p.from, to: p.to, kind: p.verdict?.kind }))).toEqual(
        expected.sort((x, y) => (x.from < y.from ? -1 : 1)),
      );
    }
  });
});

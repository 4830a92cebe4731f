/**
 * Parameters and response headers described by `content` (one media type) instead of `schema`:
 * a media type that changed, `schema` ↔ `content`, path-level and operation-level parameters.
 * No `Content-Type` travels with such a value, so what counts is whether a value written the old
 * way is still read the same (decision 84).
 */
import { describe, expect, it } from 'vitest';
import { diffOpenApi } from './diff';

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

    it('a spelling of the same name (case, spaces, charset case): nothing', () => {
      const cases: [string, string][] = [
        ['application/json', 'Application/JSON'],
        ['application/json;charset=UTF-8', 'application/json; charset=utf-8'],
      ];
      for (const [from, to] of cases) expect(said(query(content(from)), query(content(to)))).toEqual([]);
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
        'parameter-media-type-changed:breaking: GET /p: query parameter "filter" is now serialised as text/plain; charset=iso-8859-1 instead of text/plain; charset=utf-8',
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

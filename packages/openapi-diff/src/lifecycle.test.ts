/**
 * Lifecycle values the base holds but nobody can read: an x-stability-level that is none of the
 * four levels, an x-sunset that is not a date. Where a verdict (stability going down, a sunset
 * moved earlier, a removal before the sunset or of a draft operation) needs such a value, the
 * diff says so, breaking, once; where no verdict needs it, nothing is said. Also `day`, which
 * reads every sunset date, on the dates it must refuse or read in their own time zone.
 */
import { describe, expect, it } from 'vitest';
import { diffOpenApi } from './diff';
import { day } from './lifecycle';
import { bodyOf, doc } from './test-docs';

type Json = Record<string, unknown>;
const TODAY = '2026-12-08';
const VERSIONS = ['3.0.3', '3.1.0'] as const;
const BY_HAND = 'check the change by hand, then add it to openapi-diff.ignore in .maint-actions.yml';
const ok = { '200': { description: 'OK' } };

/** `rule:level: message @location`, for every change. */
function seen(base: Json, head: Json): string[] {
  return diffOpenApi(base, head, { today: TODAY }).changes.map(
    (c) => `${c.rule}:${c.level}: ${c.message} @${c.location}`,
  );
}

for (const openapi of VERSIONS) {
  const paths = (p: Json) => doc(p, {}, openapi);
  /** `GET /p` with these operation keywords (and `POST /p` beside it when `post` is given). */
  const op = (extra: Json, post?: Json) =>
    paths({
      '/p': { get: { responses: ok, ...extra }, ...(post ? { post: { responses: ok, ...post } } : {}) },
    });
  const param = (extra: Json) =>
    op({ parameters: [{ name: 'page', in: 'query', schema: { type: 'integer' }, ...extra }] });
  const prop = (extra: Json) =>
    paths(bodyOf({ type: 'object', properties: { note: { type: 'string', ...extra } } }, 'response'));
  const dep = (sunset: unknown) => ({ deprecated: true, 'x-sunset': sunset });

  describe(`${openapi} an operation whose base stability level cannot be read`, () => {
    it('breaks, once, when the revision gives a level below stable: a decrease cannot be told', () => {
      expect(seen(op({ 'x-stability-level': 'ga' }), op({ 'x-stability-level': 'alpha' }))).toEqual([
        `invalid-stability-level:breaking: GET /p: the base's x-stability-level "ga" is not draft, alpha, beta or stable, so whether stability went down (now alpha) cannot be told: ${BY_HAND} @/paths/~1p/get/x-stability-level`,
      ]);
      expect(seen(op({ 'x-stability-level': 7 }), op({ 'x-stability-level': 'beta' }))).toEqual([
        `invalid-stability-level:breaking: GET /p: the base's x-stability-level "7" is not draft, alpha, beta or stable, so whether stability went down (now beta) cannot be told: ${BY_HAND} @/paths/~1p/get/x-stability-level`,
      ]);
    });

    it('says nothing when the level became stable or none (nothing is above stable), or stayed', () => {
      expect(seen(op({ 'x-stability-level': 'invalid' }), op({ 'x-stability-level': 'stable' }))).toEqual([]);
      expect(seen(op({ 'x-stability-level': 'invalid' }), op({}))).toEqual([]);
      // Left as it was, beside another change: only that change.
      expect(
        seen(op({ 'x-stability-level': 'ga' }), op({ 'x-stability-level': 'ga', deprecated: true })),
      ).toEqual(['operation-deprecated:info: GET /p: operation is deprecated @/paths/~1p/get/deprecated']);
    });

    it("reports the revision's own invalid value once, not the base's beside it", () => {
      expect(seen(op({ 'x-stability-level': 'ga' }), op({ 'x-stability-level': 'gamma' }))).toEqual([
        'invalid-stability-level:breaking: GET /p: x-stability-level "gamma" is not draft, alpha, beta or stable @/paths/~1p/get/x-stability-level',
      ]);
    });

    it('says so when it is removed, since a draft or alpha operation could go', () => {
      expect(seen(op({}, { 'x-stability-level': 'ga' }), op({}))).toEqual([
        `operation-removed:breaking: POST /p: operation was removed, and its x-stability-level "ga" is not draft, alpha, beta or stable, so whether it could be removed cannot be told: ${BY_HAND} @/paths/~1p/post`,
      ]);
      expect(seen(op({ 'x-stability-level': 'ga' }), paths({}))).toEqual([
        `path-removed:breaking: /p: path was removed (GET), and the x-stability-level of GET "ga" is not draft, alpha, beta or stable, so whether it could be removed cannot be told: ${BY_HAND} @/paths/~1p`,
      ]);
      // Deprecated with its sunset passed, it could go whatever its level: no word of the level.
      expect(seen(op({ 'x-stability-level': 'ga', ...dep('2026-01-01') }), paths({}))).toEqual([
        'deprecated-operation-removed:info: GET /p: deprecated operation was removed after its sunset 2026-01-01 @/paths/~1p/get',
      ]);
      // A stable operation beside it breaks the path's removal anyway: no word of the level.
      expect(seen(op({ 'x-stability-level': 'ga' }, {}), paths({}))).toEqual([
        'path-removed:breaking: /p: path was removed (GET, POST) @/paths/~1p',
      ]);
    });
  });

  describe(`${openapi} a sunset in the base that is not a date`, () => {
    it('breaks, once, when an operation still deprecated gets a date already past: earlier or not cannot be told', () => {
      expect(seen(op(dep('invalid-date')), op(dep('2026-12-07')))).toEqual([
        `invalid-sunset-date:breaking: GET /p: the base's x-sunset "invalid-date" is not a date, so whether the sunset moved earlier (now 2026-12-07, already past) cannot be told: ${BY_HAND} @/paths/~1p/get/x-sunset`,
      ]);
    });

    it('breaks likewise for a parameter and a property', () => {
      expect(seen(param(dep('invalid-date')), param(dep('2020-01-01')))).toEqual([
        `invalid-sunset-date:breaking: GET /p: query parameter "page": the base's x-sunset "invalid-date" is not a date, so whether the sunset moved earlier (now 2020-01-01, already past) cannot be told: ${BY_HAND} @/paths/~1p/get/parameters/0/x-sunset`,
      ]);
      const changes = seen(prop(dep('soon')), prop(dep('2026-01-01')));
      expect(changes).toHaveLength(1);
      expect(changes[0]).toMatch(/^invalid-sunset-date:breaking: POST \/p: /);
      expect(changes[0]).toContain(
        `the base's x-sunset "soon" is not a date, so whether the sunset moved earlier (now 2026-01-01, already past) cannot be told: ${BY_HAND}`,
      );
    });

    it('reports it when it is fixed to a date not yet past too: the old date could not be compared (as oasdiff)', () => {
      const text = (base: string, now: string) =>
        `the base's x-sunset "${base}" is not a date, so whether the sunset moved earlier (now ${now}) cannot be told: ${BY_HAND}`;
      for (const base of ['invalid-date', '2027-6-1', 'soon']) {
        expect(seen(op(dep(base)), op(dep('2027-06-01'))), base).toEqual([
          `invalid-sunset-date:breaking: GET /p: ${text(base, '2027-06-01')} @/paths/~1p/get/x-sunset`,
        ]);
        expect(seen(param(dep(base)), param(dep('9999-08-10'))), base).toEqual([
          `invalid-sunset-date:breaking: GET /p: query parameter "page": ${text(base, '9999-08-10')} @/paths/~1p/get/parameters/0/x-sunset`,
        ]);
      }
      // A base with no date at all (null, blank) has nothing to compare: the new date says nothing.
      for (const base of [null, '', '  ']) expect(seen(op(dep(base)), op(dep('2027-06-01')))).toEqual([]);
    });

    it('says nothing when it is left as it was, or the thing is no longer deprecated', () => {
      expect(seen(op(dep('invalid-date')), op({ ...dep('invalid-date'), summary: 'x' }))).toEqual([]);
      expect(seen(param(dep('invalid-date')), param(dep('invalid-date')))).toEqual([]);
      expect(seen(op(dep('invalid-date')), op({ 'x-sunset': '2030-01-01' }))).toEqual([
        'operation-reactivated:info: GET /p: operation is no longer deprecated @/paths/~1p/get',
      ]);
    });

    it("reports the revision's own invalid date once, not the base's beside it", () => {
      expect(seen(param(dep('soon')), param(dep('later')))).toEqual([
        'invalid-sunset-date:breaking: GET /p: query parameter "page": x-sunset "later" is not a date (YYYY-MM-DD) @/paths/~1p/get/parameters/0/x-sunset',
      ]);
    });

    it('removed while still deprecated, breaks and asks for a date', () => {
      expect(seen(op(dep('soon')), op({ deprecated: true }))).toEqual([
        'sunset-date-removed:breaking: GET /p: sunset "soon" (not a date) was removed while still deprecated: give clients a sunset date (YYYY-MM-DD) to plan by @/paths/~1p/get/x-sunset',
      ]);
      expect(seen(param(dep('soon')), param({ deprecated: true }))).toEqual([
        'sunset-date-removed:breaking: GET /p: query parameter "page": sunset "soon" (not a date) was removed while still deprecated: give clients a sunset date (YYYY-MM-DD) to plan by @/paths/~1p/get/parameters/0/x-sunset',
      ]);
    });

    it('on an operation or parameter removed, breaks and says whether it passed cannot be told', () => {
      expect(seen(op({}, dep('soon')), op({}))).toEqual([
        `operation-removed-before-sunset:breaking: POST /p: deprecated operation was removed, and its x-sunset "soon" is not a date, so whether it could be removed cannot be told: ${BY_HAND} @/paths/~1p/post`,
      ]);
      expect(seen(op({ ...dep('soon'), 'x-stability-level': 'ga' }), paths({}))).toEqual([
        `operation-removed-before-sunset:breaking: GET /p: deprecated operation was removed, and its x-sunset "soon" is not a date and its x-stability-level "ga" is not draft, alpha, beta or stable, so whether it could be removed cannot be told: ${BY_HAND} @/paths/~1p/get`,
      ]);
      expect(seen(param(dep('soon')), op({ parameters: [] }))).toEqual([
        `parameter-removed-before-sunset:breaking: GET /p: deprecated query parameter "page" was removed, and its x-sunset "soon" is not a date, so whether it could be removed cannot be told: ${BY_HAND} @/paths/~1p/get/parameters/0`,
      ]);
    });
  });

  describe(`${openapi} a property whose base stability level cannot be read`, () => {
    it('breaks, once, when the revision gives a level below stable; not when it stays or becomes stable', () => {
      const changes = seen(prop({ 'x-stability-level': 'ga' }), prop({ 'x-stability-level': 'beta' }));
      expect(changes).toHaveLength(1);
      expect(changes[0]).toMatch(/^invalid-stability-level:breaking: POST \/p: /);
      expect(changes[0]).toContain(
        `the base's x-stability-level "ga" is not draft, alpha, beta or stable, so whether stability went down (now beta) cannot be told: ${BY_HAND}`,
      );
      expect(seen(prop({ 'x-stability-level': 'ga' }), prop({ 'x-stability-level': 'stable' }))).toEqual([]);
      expect(seen(prop({ 'x-stability-level': 'ga' }), prop({ 'x-stability-level': 'ga' }))).toEqual([]);
    });

    it('still reports a readable level going down, under its own rule', () => {
      const changes = seen(prop({ 'x-stability-level': 'stable' }), prop({ 'x-stability-level': 'beta' }));
      expect(changes).toHaveLength(1);
      expect(changes[0]).toMatch(
        /^property-stability-decreased:breaking: POST \/p: .*stability went down from stable to beta/,
      );
    });
  });

  it(`${openapi} a parameter's unreadable base level decides nothing (levels of parameters are not compared)`, () => {
    expect(seen(param({ 'x-stability-level': 'ga' }), param({ 'x-stability-level': 'alpha' }))).toEqual([]);
  });

  describe(`${openapi} a level missing from the base reads as stable`, () => {
    const level = (l: string) => ({ 'x-stability-level': l });
    const NO_LEVEL = '(the base gave no x-stability-level; a missing level counts as stable)';
    const required = { parameters: [{ name: 'q', in: 'query', required: true, schema: { type: 'string' } }] };

    it('an operation with no level that gets beta, alpha or draft went down: breaking, saying so', () => {
      for (const l of ['beta', 'alpha', 'draft'])
        expect(seen(op({}), op(level(l))), l).toEqual([
          `stability-decreased:breaking: GET /p: stability went down from stable to ${l} ${NO_LEVEL} @/paths/~1p/get/x-stability-level`,
        ]);
      // A level written as stable in the base says the same without the note.
      expect(seen(op(level('stable')), op(level('draft')))).toEqual([
        'stability-decreased:breaking: GET /p: stability went down from stable to draft @/paths/~1p/get/x-stability-level',
      ]);
    });

    it('no level to stable, stable to none, and a level removed (now read as stable) report nothing', () => {
      expect(seen(op({}), op(level('stable')))).toEqual([]);
      expect(seen(op(level('stable')), op({}))).toEqual([]);
      for (const l of ['beta', 'alpha', 'draft']) expect(seen(op(level(l)), op({})), l).toEqual([]);
    });

    it('a new operation marked draft is only an added endpoint: it had no promise to break', () => {
      expect(seen(op({}), op({}, level('draft')))).toEqual([
        'endpoint-added:info: POST /p: endpoint was added @/paths/~1p/post',
      ]);
    });

    it("in the diff that marks it draft, an operation's breaking changes stay breaking: the base's level decides", () => {
      expect(seen(op({}), op({ ...level('draft'), ...required }))).toEqual([
        'parameter-added-required:breaking: GET /p: query parameter "q" was added and is required @/paths/~1p/get/parameters/0',
        `stability-decreased:breaking: GET /p: stability went down from stable to draft ${NO_LEVEL} @/paths/~1p/get/x-stability-level`,
      ]);
      expect(seen(op(level('beta')), op({ ...level('alpha'), ...required }))).toEqual([
        'parameter-added-required:breaking: GET /p: query parameter "q" was added and is required @/paths/~1p/get/parameters/0',
        'stability-decreased:breaking: GET /p: stability went down from beta to alpha @/paths/~1p/get/x-stability-level',
      ]);
    });

    it('an operation draft in the base stays info in the diff that makes it stable or drops its level', () => {
      for (const after of [level('stable'), {}])
        expect(seen(op(level('draft')), op({ ...after, ...required }))).toEqual([
          'parameter-added-required:info: GET /p: query parameter "q" was added and is required @/paths/~1p/get/parameters/0',
        ]);
      // Once draft in the base, its breaking changes are info: why marking it draft is reported.
      expect(seen(op(level('draft')), op({ ...level('draft'), ...required }))).toEqual([
        'parameter-added-required:info: GET /p: query parameter "q" was added and is required @/paths/~1p/get/parameters/0',
      ]);
    });

    it('a response property with no level that gets beta went down; one that loses its level did not', () => {
      expect(seen(prop({}), prop(level('beta')))).toEqual([
        `property-stability-decreased:breaking: POST /p: response 200 property "note" stability went down from stable to beta ${NO_LEVEL} @/paths/~1p/post/responses/200/content/application~1json/schema/properties/note/x-stability-level`,
      ]);
      expect(seen(prop(level('beta')), prop({}))).toEqual([]);
      expect(seen(prop({}), prop(level('stable')))).toEqual([]);
      expect(seen(prop(level('stable')), prop({}))).toEqual([]);
    });

    it('a request property with no level that gets draft went down', () => {
      const req = (extra: Json) =>
        paths(bodyOf({ type: 'object', properties: { note: { type: 'string', ...extra } } }, 'request'));
      const changes = seen(req({}), req(level('draft')));
      expect(changes).toHaveLength(1);
      expect(changes[0]).toMatch(
        /^property-stability-decreased:breaking: POST \/p: request body property "note" /,
      );
      expect(changes[0]).toContain(`stability went down from stable to draft ${NO_LEVEL}`);
    });
  });

  describe(`${openapi} null and empty values read as missing, levels read in any case`, () => {
    const level = (l: unknown) => ({ 'x-stability-level': l });
    const NO_LEVEL = '(the base gave no x-stability-level; a missing level counts as stable)';

    it('a level written Beta is beta: fixing its case changes nothing, and a decrease is one', () => {
      expect(seen(op(level('Beta')), op(level('beta')))).toEqual([]);
      expect(seen(prop(level('Beta')), prop(level('beta')))).toEqual([]);
      expect(seen(op(level('STABLE')), op(level('Beta')))).toEqual([
        'stability-decreased:breaking: GET /p: stability went down from stable to beta @/paths/~1p/get/x-stability-level',
      ]);
      expect(seen(op(level('beta')), op(level('Alpha')))).toEqual([
        'stability-decreased:breaking: GET /p: stability went down from beta to alpha @/paths/~1p/get/x-stability-level',
      ]);
      expect(seen(op({}, level('Draft')), op({}))).toEqual([
        'deprecated-operation-removed:info: POST /p: operation was removed (stability draft) @/paths/~1p/post',
      ]);
    });

    it('a level null or empty is no level: one given below stable went down, as from none', () => {
      for (const none of [null, '']) {
        expect(seen(op(level(none)), op(level('beta'))), String(none)).toEqual([
          `stability-decreased:breaking: GET /p: stability went down from stable to beta ${NO_LEVEL} @/paths/~1p/get/x-stability-level`,
        ]);
        expect(seen(op(level(none)), op(level('stable'))), String(none)).toEqual([]);
        expect(seen(op(level('beta')), op(level(none))), String(none)).toEqual([]);
        expect(seen(op({}, level(none)), op({})), String(none)).toEqual([
          'operation-removed:breaking: POST /p: operation was removed @/paths/~1p/post',
        ]);
      }
    });

    it('a sunset null or empty is no sunset: giving a date, or removing it, reports nothing', () => {
      for (const none of [null, '']) {
        expect(seen(op(dep(none)), op(dep('2027-06-01'))), String(none)).toEqual([]);
        expect(seen(param(dep(none)), param(dep('2027-06-01'))), String(none)).toEqual([]);
        expect(seen(op(dep(none)), op({ deprecated: true })), String(none)).toEqual([]);
        expect(seen(op({}), op(dep(none))), String(none)).toEqual([
          'operation-deprecated:info: GET /p: operation is deprecated @/paths/~1p/get/deprecated',
        ]);
        expect(seen(op({}, dep(none)), op({})), String(none)).toEqual([
          'deprecated-operation-removed:info: POST /p: deprecated operation was removed @/paths/~1p/post',
        ]);
      }
      expect(seen(op(dep(null)), op(dep('')))).toEqual([]);
      // A blank one is empty too: no invalid date, and no sunset shown.
      expect(seen(op({}), op(dep('  ')))).toEqual([
        'operation-deprecated:info: GET /p: operation is deprecated @/paths/~1p/get/deprecated',
      ]);
    });
  });

  describe(`${openapi} a path removed with an unreadable level beside it`, () => {
    it('says the level decides only when no readable fact does', () => {
      // GET, deprecated with its sunset ahead, breaks by its removal whatever POST's level is.
      expect(seen(op(dep('2999-01-01'), { 'x-stability-level': 'Experimental' }), paths({}))).toEqual([
        'path-removed:breaking: /p: path was removed (GET, POST) @/paths/~1p',
      ]);
      // GET's sunset passed: POST's level alone decides.
      expect(seen(op(dep('2020-01-01'), { 'x-stability-level': 'Experimental' }), paths({}))).toEqual([
        `path-removed:breaking: /p: path was removed (GET, POST), and the x-stability-level of POST "Experimental" is not draft, alpha, beta or stable, so whether it could be removed cannot be told: ${BY_HAND} @/paths/~1p`,
      ]);
      // A draft GET with a sunset ahead could go anyway: POST's level still decides.
      expect(
        seen(
          op({ ...dep('2999-01-01'), 'x-stability-level': 'draft' }, { 'x-stability-level': 'ga' }),
          paths({}),
        ),
      ).toEqual([
        `path-removed:breaking: /p: path was removed (GET, POST), and the x-stability-level of POST "ga" is not draft, alpha, beta or stable, so whether it could be removed cannot be told: ${BY_HAND} @/paths/~1p`,
      ]);
    });
  });

  describe(`${openapi} sunset dates read from the base`, () => {
    it('a day that does not exist is not a date: its removal cannot be judged', () => {
      expect(seen(op({}, dep('2030-02-30')), op({}))).toEqual([
        `operation-removed-before-sunset:breaking: POST /p: deprecated operation was removed, and its x-sunset "2030-02-30" is not a date, so whether it could be removed cannot be told: ${BY_HAND} @/paths/~1p/post`,
      ]);
    });

    it('a time with an offset counts by its own date', () => {
      expect(seen(op({}, dep('2026-12-09T01:00:00+02:00')), op({}))).toEqual([
        'operation-removed-before-sunset:breaking: POST /p: deprecated operation was removed before its sunset 2026-12-09 @/paths/~1p/post',
      ]);
      expect(seen(op({}, dep('2026-12-08T23:30:00-05:00')), op({}))).toEqual([
        'deprecated-operation-removed:info: POST /p: deprecated operation was removed after its sunset 2026-12-08 @/paths/~1p/post',
      ]);
    });

    it('a sunset already past in the base lets the removal go, and moving it earlier still breaks', () => {
      expect(seen(param(dep('2020-01-01')), op({ parameters: [] }))).toEqual([
        'parameter-removed:warning: GET /p: query parameter "page" was removed @/paths/~1p/get/parameters/0',
      ]);
      expect(seen(op(dep('2020-01-01')), op(dep('2019-01-01')))).toEqual([
        'sunset-date-earlier:breaking: GET /p: sunset moved earlier, from 2020-01-01 to 2019-01-01 @/paths/~1p/get/x-sunset',
      ]);
    });

    it('a date object that holds no time (object input) is no date, and nothing throws', () => {
      const invalid = new Date(Number.NaN);
      expect(seen(op({}), op(dep(invalid)))).toEqual([
        'invalid-sunset-date:breaking: GET /p: x-sunset (a date object that holds no time) is not a date (YYYY-MM-DD) @/paths/~1p/get/x-sunset',
        'operation-deprecated:info: GET /p: operation is deprecated @/paths/~1p/get/deprecated',
      ]);
      expect(seen(op({}, dep(invalid)), op({}))).toEqual([
        `operation-removed-before-sunset:breaking: POST /p: deprecated operation was removed, and its x-sunset (a date object that holds no time) is not a date, so whether it could be removed cannot be told: ${BY_HAND} @/paths/~1p/post`,
      ]);
      // Year 10000 was read as "+010000-01", which sorts before today: a removal let go.
      expect(seen(op({}, dep(new Date(Date.UTC(10000, 0, 1)))), op({}))).toEqual([
        `operation-removed-before-sunset:breaking: POST /p: deprecated operation was removed, and its x-sunset "+010000-01-01T00:00:00.000Z" is not a date, so whether it could be removed cannot be told: ${BY_HAND} @/paths/~1p/post`,
      ]);
    });
  });
}

describe('day', () => {
  it('reads dates, RFC 3339 times in their own offset, and date objects', () => {
    expect(day('2030-01-31')).toBe('2030-01-31');
    expect(day(' 2030-01-31 ')).toBe('2030-01-31');
    expect(day('2030-01-31T23:59:59Z')).toBe('2030-01-31');
    expect(day('2030-01-31T23:59:59.123+05:30')).toBe('2030-01-31');
    expect(day('2030-01-01T00:30:00-10:00')).toBe('2030-01-01');
    expect(day(new Date(Date.UTC(2030, 0, 31)))).toBe('2030-01-31');
  });

  it('reads what RFC 3339 §5.6 allows: a leap second, and t and z in lower case', () => {
    expect(day('2027-12-31T23:59:60Z')).toBe('2027-12-31');
    expect(day('2027-06-30T23:59:60.5+00:00')).toBe('2027-06-30');
    expect(day('2030-01-31t10:00:00z')).toBe('2030-01-31');
    expect(day('2030-01-31t10:00:00-05:00')).toBe('2030-01-31');
    expect(day('2030-01-31T10:00:61Z')).toBeUndefined();
  });

  it('refuses days and times that do not exist, years past 9999 and other values', () => {
    for (const value of [
      '2026-02-30',
      '2026-13-01',
      '2030-01-31T25:00:00Z',
      '2030-01-31T10:61:00Z',
      '2030-01-31T::Z',
      '2030-01-31T10:00Z',
      '2030-01-31T10:00:00+24:00',
      '2030-01-31T10:00:00',
      '31/12/2030',
      'next spring',
      20300131,
      null,
      undefined,
      new Date(Number.NaN),
      new Date(Date.UTC(10000, 0, 1)),
      new Date(Date.UTC(-1, 0, 1)),
    ])
      expect(day(value), String(value)).toBeUndefined();
  });
});

/**
 * Lifecycle values the base holds but nobody can read: an x-stability-level that is none of the
 * four levels, an x-sunset that is not a date. Where a verdict (stability going down, a sunset
 * moved earlier, a removal before the sunset or of a draft operation) needs such a value, the
 * diff says so, breaking, once; where no verdict needs it, nothing is said.
 */
import { describe, expect, it } from 'vitest';
import { diffOpenApi } from './diff';
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
    it('breaks, once, when an operation still deprecated gets a date: earlier or not cannot be told', () => {
      expect(seen(op(dep('invalid-date')), op(dep('9999-08-10')))).toEqual([
        `invalid-sunset-date:breaking: GET /p: the base's x-sunset "invalid-date" is not a date, so whether the sunset moved earlier (now 9999-08-10) cannot be told: ${BY_HAND} @/paths/~1p/get/x-sunset`,
      ]);
    });

    it('breaks likewise for a parameter and a property', () => {
      expect(seen(param(dep('invalid-date')), param(dep('9999-08-10')))).toEqual([
        `invalid-sunset-date:breaking: GET /p: query parameter "page": the base's x-sunset "invalid-date" is not a date, so whether the sunset moved earlier (now 9999-08-10) cannot be told: ${BY_HAND} @/paths/~1p/get/parameters/0/x-sunset`,
      ]);
      const changes = seen(prop(dep('soon')), prop(dep('2030-01-01')));
      expect(changes).toHaveLength(1);
      expect(changes[0]).toMatch(/^invalid-sunset-date:breaking: POST \/p: /);
      expect(changes[0]).toContain(
        `the base's x-sunset "soon" is not a date, so whether the sunset moved earlier (now 2030-01-01) cannot be told: ${BY_HAND}`,
      );
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
}

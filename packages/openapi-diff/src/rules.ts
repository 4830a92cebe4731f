import type { Level } from './types';

/** What a rule reports: its default level, whether it adds API (a minor bump), and a summary. */
export interface RuleInfo {
  readonly level: Level;
  /** True when the change adds to the API: it calls for a minor bump when nothing breaks. */
  readonly additive: boolean;
  readonly summary: string;
  /** A before → after example, for the rule table in docs/openapi-rules.md. */
  readonly example: string;
  /** Where the default level differs from oasdiff's, why. */
  readonly differs?: string;
  /**
   * The rule reports an annotation, which accepts or refuses no value (a default, readOnly or
   * writeOnly, `x-extensible-enum`, deprecation, x-sunset, x-stability-level): under `not` it
   * means nothing and is dropped (compare.ts `negateFindings`).
   */
  readonly annotation?: true;
}

const rule = (
  level: Level,
  summary: string,
  example: string,
  extra: { additive?: boolean; differs?: string; annotation?: true } = {},
): RuleInfo => ({
  level,
  additive: extra.additive ?? false,
  summary,
  example,
  ...(extra.differs ? { differs: extra.differs } : {}),
  ...(extra.annotation ? { annotation: true as const } : {}),
});

/** The value constraints with a direction: a larger minimum or a smaller maximum accepts less. */
export const BOUNDS = [
  ['minimum', 'min'],
  ['maximum', 'max'],
  ['minLength', 'min'],
  ['maxLength', 'max'],
  ['minItems', 'min'],
  ['maxItems', 'max'],
  ['minProperties', 'min'],
  ['maxProperties', 'max'],
  ['minContains', 'min'],
  ['maxContains', 'max'],
] as const;

type BoundKeyword = (typeof BOUNDS)[number][0];
type Kebab<S extends string> = S extends `${infer H}${infer T}`
  ? H extends Lowercase<H>
    ? `${H}${Kebab<T>}`
    : `-${Lowercase<H>}${Kebab<T>}`
  : S;
type BoundRule = `${'request' | 'response'}-${Kebab<BoundKeyword>}-${'increased' | 'decreased'}`;

export function kebab(keyword: string): string {
  return keyword.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/** The request bounds oasdiff reports as a warning when newly set (and as breaking when tightened). */
const NEWLY_SET_WARNS = new Set(['minimum', 'maximum', 'maxLength', 'minItems']);

/** The bounds oasdiff has no breaking check for, by side (its catalogue, see oasdiff-coverage.ts). */
const NO_OASDIFF_BOUND = new Set([
  'response maxItems',
  'request minProperties',
  'request maxProperties',
  'response minProperties',
  'response maxProperties',
]);

function boundRules(): Record<BoundRule, RuleInfo> {
  const rules: Record<string, RuleInfo> = {};
  for (const [keyword, kind] of BOUNDS) {
    const name = kebab(keyword);
    const tighter = kind === 'min' ? 'increased' : 'decreased';
    const looser = kind === 'min' ? 'decreased' : 'increased';
    const [from, to] = kind === 'min' ? [1, 5] : [5, 1];
    const ex = (a: number, b: number) => `${keyword}: ${a} → ${keyword}: ${b}`;
    const exclusive =
      keyword === 'minimum' || keyword === 'maximum' ? ' (and its exclusive form, 3.0 or 3.1)' : '';
    /** A breaking rule; where oasdiff has no check for it, the rule says so. */
    const breaking = (side: 'request' | 'response', text: string, example: string) =>
      rule(
        'breaking',
        text,
        example,
        NO_OASDIFF_BOUND.has(`${side} ${keyword}`)
          ? {
              differs: `oasdiff has no check for ${keyword} here; a bound that ${side === 'request' ? 'accepts less' : 'allows more'} breaks clients as its siblings do.`,
            }
          : {},
      );
    rules[`request-${name}-${tighter}`] = NEWLY_SET_WARNS.has(keyword)
      ? rule('breaking', `a request value's ${keyword}${exclusive} accepts less than before`, ex(from, to), {
          differs: `oasdiff says warning when ${keyword} is set where there was none (request-*-${kebab(keyword).replace('imum', '')}-set), breaking when it is tightened; a new bound rejects values that were accepted, as a tightened one does, so both break here.`,
        })
      : breaking(
          'request',
          `a request value's ${keyword}${exclusive} accepts less than before`,
          ex(from, to),
        );
    rules[`request-${name}-${looser}`] = rule(
      'info',
      `a request value's ${keyword} accepts more`,
      ex(to, from),
      { additive: true },
    );
    rules[`response-${name}-${looser}`] = breaking(
      'response',
      `a response value's ${keyword} allows values clients were told they would not get`,
      ex(to, from),
    );
    rules[`response-${name}-${tighter}`] = rule(
      'info',
      `a response value's ${keyword} is narrower`,
      ex(from, to),
    );
  }
  return rules as Record<BoundRule, RuleInfo>;
}

/** Every rule the engine reports, by id. docs/openapi-rules.md lists them with their examples. */
export const RULES = {
  // Paths and operations.
  'path-removed': rule('breaking', 'a path and all its operations were removed', '/pets/{id} → (gone)'),
  'operation-removed': rule(
    'breaking',
    'an operation was removed from a path that remains',
    'DELETE /pets/{id} → (gone)',
  ),
  'operation-removed-before-sunset': rule(
    'breaking',
    'a deprecated operation was removed before its x-sunset date, or with an x-sunset that is not a date (whether it had passed cannot be told)',
    'deprecated, x-sunset: 2999-01-01 → (gone)',
  ),
  'deprecated-operation-removed': rule(
    'info',
    'a deprecated operation was removed after its x-sunset date, or it had none',
    'deprecated, x-sunset: 2020-01-01 → (gone)',
  ),
  'endpoint-added': rule('info', 'a new operation, on a new or an existing path', '(none) → GET /pets', {
    additive: true,
  }),
  'operation-deprecated': rule(
    'info',
    'an operation was marked deprecated (with its x-sunset date, if any)',
    'deprecated: false → deprecated: true',
    { annotation: true },
  ),
  'operation-reactivated': rule(
    'info',
    'an operation is no longer deprecated',
    'deprecated: true → (absent)',
    { annotation: true },
  ),
  'sunset-date-earlier': rule(
    'breaking',
    'the x-sunset date of a deprecated operation or parameter moved earlier',
    'x-sunset: 2030-01-01 → x-sunset: 2029-01-01',
    { annotation: true },
  ),
  'sunset-date-removed': rule(
    'breaking',
    'the x-sunset of an operation, parameter or property still deprecated was removed (a date, or a value that was not one)',
    'deprecated, x-sunset: 2030-01-01 → deprecated',
    { annotation: true },
  ),
  'deprecated-sunset-passed': rule(
    'breaking',
    'an operation, parameter or property was deprecated with an x-sunset date already past',
    'x-stability-level: stable → deprecated, x-sunset: 2020-01-01',
    { annotation: true },
  ),
  // Breaking, as in oasdiff: with an unreadable date or level the engine cannot tell whether a
  // removal is allowed yet, so the check fails until the document is fixed. The same rules report
  // an unreadable value in the base that a verdict needs (lifecycle.ts `lifecycleChanges`).
  'invalid-sunset-date': rule(
    'breaking',
    'the revision brings an x-sunset (operation, parameter or property) that is not a date (YYYY-MM-DD or RFC 3339), or the sunset of something still deprecated changed from one that is not to a date, so whether it moved earlier cannot be told; null or an empty string is no sunset',
    'x-sunset: next spring',
    {
      differs:
        'oasdiff also reports an invalid value left unchanged on an operation changed otherwise, and one in the base whatever it changed to; here a value left as it was is named only where the verdict on a removal needs it (in the message of that removal), and a base value only where a verdict needs it: fixing one changes nothing clients see, and one reported on every run would fail every later change.',
      annotation: true,
    },
  ),
  'invalid-stability-level': rule(
    'breaking',
    'the revision brings an x-stability-level that is not one of draft, alpha, beta, stable (read in any case: Beta is beta; null or an empty string is no level), or the level of an operation or property changed from one that is not to one below stable, so whether it went down cannot be told',
    'x-stability-level: experimental',
    {
      differs:
        'oasdiff also reports an invalid value left unchanged on an operation changed otherwise, and one in the base whatever it changed to (also to stable, or to none, which it reads as stable), and reads levels case-sensitively (Beta is invalid there); here a value left as it was is named only where the verdict on a removal needs it (in the message of that removal), and a base value only where a verdict needs it: fixing one changes nothing clients see, and one reported on every run would fail every later change.',
      annotation: true,
    },
  ),
  'stability-decreased': rule(
    'breaking',
    'the stability level of an operation went down; a level not given (or null, or empty) reads as stable, so an operation without one that becomes draft, alpha or beta went down, and a level removed went up (nothing is said of increases)',
    'x-stability-level: stable → x-stability-level: beta',
    { annotation: true },
  ),
  'property-stability-decreased': rule(
    'breaking',
    'the x-stability-level of a request or response property went down; a level not given reads as stable, as for operations',
    'note: {x-stability-level: stable} → note: {x-stability-level: beta}',
    { annotation: true },
  ),
  'operation-id-changed': rule(
    'warning',
    "an operation's operationId changed: generated clients rename a method",
    'operationId: listPets → operationId: getPets',
  ),
  'webhook-removed': rule('breaking', 'a webhook (3.1 `webhooks`) was removed', 'webhooks.newPet → (gone)'),
  'webhook-added': rule('info', 'a webhook was added', '(none) → webhooks.newPet', { additive: true }),
  'callback-removed': rule(
    'breaking',
    "a callback of an operation, or one of a callback's expressions, was removed (a removed method of one is `operation-removed`; one whose every operation was deprecated follows the lifecycle rules, as a path does); callbacks of callbacks are not compared",
    'callbacks.onEvent → (gone)',
    {
      differs:
        'oasdiff has no check for callbacks; levelled as `webhook-removed`: clients built to receive them are no longer called.',
    },
  ),
  'callback-added': rule(
    'info',
    'a callback was added to an operation, or an expression or a method to a callback (callbacks of callbacks are not compared)',
    '(none) → callbacks.onEvent',
    { additive: true },
  ),

  // Parameters.
  'parameter-added-required': rule(
    'breaking',
    'a new required path, query, header or cookie parameter',
    '(none) → ?tenant (required)',
  ),
  'parameter-added-optional': rule('info', 'a new optional parameter', '(none) → ?page', { additive: true }),
  'parameter-made-required': rule(
    'breaking',
    'an optional parameter became required',
    '?page → ?page (required)',
  ),
  'parameter-made-optional': rule('info', 'a required parameter became optional', '?page (required) → ?page'),
  'parameter-removed': rule(
    'warning',
    'a parameter was removed: clients still sending it may be ignored',
    '?page → (gone)',
  ),
  'parameter-removed-before-sunset': rule(
    'breaking',
    'a deprecated parameter was removed before its x-sunset date, or with an x-sunset that is not a date (whether it had passed cannot be told)',
    '?page (deprecated, x-sunset: 2999-01-01) → (gone)',
  ),
  'parameter-deprecated': rule('info', 'a parameter was marked deprecated', '?page → ?page (deprecated)', {
    annotation: true,
  }),
  'parameter-type-changed': rule(
    'breaking',
    "a parameter's type, format or allowed values were narrowed (also: its `not` schema now excludes more)",
    '?id: string → ?id: integer',
  ),
  'parameter-style-changed': rule(
    'breaking',
    "a parameter's serialisation (style, explode) changed",
    '?ids style: form, explode: true → explode: false',
    {
      differs:
        'oasdiff has no check for this; clients serialise the parameter the old way and the server reads it another.',
    },
  ),
  'parameter-media-type-changed': rule(
    'breaking',
    "a parameter's value is written another way: the media type of its `content` changed to one that reads it otherwise (another type or syntax, a media type parameter named on both sides with another value, a range narrowed where the value is read, a `text/*` charset added, dropped or changed so the reader decodes the writer's text otherwise), an entry of its `content` that clients write is read by none of the revision's (several entries, which OpenAPI does not allow, are paired from writer to reader as a request body's are), or it moved between `schema` (written by its style) and `content` (written in a media type) where some value the writer writes is not written alike",
    '?filter content: application/json → content: text/plain; text/plain → text/plain; charset=utf-16; ?ids schema (form) → content: application/json',
    {
      differs:
        "oasdiff reports nothing: it diffs a parameter's `content` but no check reads that diff, and `schema` ↔ `content` is not checked either. Clients write the value the old way and the server reads it another (JSON's `\"abc\"` is no `abc`, a form's `a,b` no JSON array).",
    },
  ),
  'parameter-media-type-compatible': rule(
    'info',
    "a parameter's description of how its value is written changed, but every value is still read as it was written: only the media type's parameters changed (none named on both sides with another value; a JSON charset says nothing), a `text/*` charset where the writer writes US-ASCII (none named, RFC 2046) and the reader reads a charset that writes ASCII alike (UTF-8, ISO-8859-*), a structured-syntax type and the type its suffix names (application/json ↔ application/problem+json, either way, as no Content-Type travels with a parameter), a type or range that became a media range holding it where the value is read; or `schema` ↔ `content` where the style writes the value bare (form, simple) and every value the writer's schema allows is one JSON writes alike (a number, integer or boolean) or text/plain does (any scalar). Several `content` entries are paired, each written one with one that reads it, and each pair is judged",
    '?filter content: application/json → application/json; charset=utf-8; text/plain → text/plain; charset=utf-8; ?n: integer (form) → content: application/json',
    {
      differs:
        'oasdiff reports nothing for a parameter whose content changed (see parameter-media-type-changed).',
    },
  ),
  'parameter-empty-value-disallowed': rule(
    'breaking',
    'a query parameter no longer allows an empty value (allowEmptyValue removed)',
    '?tag allowEmptyValue: true → (absent)',
    {
      differs:
        'oasdiff has no check for this (openapi-diff of OpenAPITools flags it); clients sending `?tag=` are now rejected.',
    },
  ),
  'parameter-default-changed': rule(
    'breaking',
    "an optional parameter's default value changed or was removed: clients that leave it out get other results (a required parameter's default is never applied, so it is not compared)",
    '?limit default: 20 → default: 50',
    {
      differs: 'oasdiff reports a removed default as a warning; both change what an unchanged client gets.',
      annotation: true,
    },
  ),
  'parameter-default-added': rule(
    'breaking',
    'an optional parameter gained a default value: clients that leave it out now get that value applied',
    '?limit → ?limit default: 20',
    { annotation: true },
  ),

  // Request bodies.
  'request-body-made-required': rule(
    'breaking',
    'a request body became required, or a required one was added',
    'requestBody.required: false → true',
  ),
  'request-body-made-optional': rule(
    'info',
    'a required request body became optional',
    'requestBody.required: true → false',
  ),
  'request-body-added': rule('info', 'an optional request body was added', '(none) → requestBody', {
    additive: true,
  }),
  'request-body-removed': rule(
    'breaking',
    'the request body was removed: what clients send is rejected or silently dropped',
    'requestBody → (gone)',
  ),
  'request-media-type-removed': rule(
    'breaking',
    'the request body no longer accepts a media type',
    'application/xml → (gone)',
    {
      differs:
        'oasdiff pairs application/json with application/problem+json and reports nothing when a request body changes one to the other; clients still send the Content-Type they did, which the server no longer lists (a change of parameters alone is media-type-parameters-changed).',
    },
  ),
  'request-media-type-schema-added': rule(
    'breaking',
    'a request media type that took anything now has a schema',
    'application/json: {} → application/json: {schema: Pet}',
  ),
  'response-media-type-schema-removed': rule(
    'warning',
    'a response media type no longer has a schema: what comes is no longer described',
    'application/json: {schema: Pet} → application/json: {}',
  ),
  'response-media-type-removed': rule(
    'breaking',
    'a response no longer comes in a media type',
    'application/xml → (gone)',
  ),
  'response-media-type-specialized': rule(
    'info',
    'a response media type became a more specific type of the same kind: what comes is still parsed as before',
    'application/json → application/problem+json',
  ),
  'media-type-parameters-changed': rule(
    'info',
    'a request or response media type gained or lost parameters, none of those on both sides changed its value; its schema is compared as the same media type (names, parameter names and charset values compare without case, as RFC 9110 says, so a change of case or spacing alone is no change). A parameter whose value changed (version=1 → version=2, charset=utf-8 → iso-8859-1) names another media type (RFC 9110 8.3.1: parameters may be significant to the type): it is a media type removed (breaking) and one added, since clients still send, or parse, what the old value said',
    'application/json → application/json; charset=utf-8',
  ),
  'media-type-range-changed': rule(
    'info',
    'a request media type or range became a media range that holds it (clients still send what they did, and it is accepted), or a response media range became one type or a narrower range within it (what comes was already promised); the schemas are compared as one media type. The other way (a response type or range that became a wider range, a request range that became one type or a narrower range) is a media type removed, breaking',
    'request application/json → */*; request application/* → */*; response application/* → application/json',
  ),
  'media-type-added': rule('info', 'a request or response gained a media type', '(none) → application/xml', {
    additive: true,
  }),

  // Schemas: properties.
  'request-body-required-field-added': rule(
    'breaking',
    'a request property is new and required, or became required',
    'properties: {name} → properties: {name, email}, required: [email]',
    {
      differs:
        'a required property that was readOnly and no longer is counts here (clients never sent it, now they must); oasdiff says info.',
    },
  ),
  'request-field-made-optional': rule(
    'info',
    'a required request property became optional',
    'required: [email] → required: []',
  ),
  'request-field-added-optional': rule(
    'info',
    'a new optional request property',
    '(none) → properties.note',
    {
      additive: true,
    },
  ),
  'request-field-removed': rule(
    'warning',
    'a request property was removed: clients still sending it may be rejected (also: one still required whose new schema, beside patternProperties, is not compared)',
    'properties.note → (gone)',
  ),
  'request-field-became-read-only': rule(
    'warning',
    'a request property became readOnly: what clients send is now ignored',
    'note: {type: string} → note: {type: string, readOnly: true}',
    { annotation: true },
  ),
  'response-field-removed': rule(
    'breaking',
    'a required response property was removed (also: one still required that nothing allows any more, or whose new schema, beside patternProperties, is not compared)',
    'properties.id (required) → (gone)',
  ),
  'response-optional-field-removed': rule(
    'warning',
    'an optional response property was removed',
    'properties.nickname → (gone)',
    { differs: 'oasdiff also says warning; clients had to cope with its absence already.' },
  ),
  'response-field-became-write-only': rule(
    'breaking',
    'a response property became writeOnly: it is no longer returned',
    'secret: {type: string} → secret: {type: string, writeOnly: true}',
    {
      differs:
        'oasdiff says info; a required property that became writeOnly is no longer returned, as if removed.',
      annotation: true,
    },
  ),
  'response-field-added': rule('info', 'a new response property', '(none) → properties.created', {
    additive: true,
  }),
  'response-field-made-optional': rule(
    'breaking',
    'a response property is no longer always present',
    'required: [id] → required: []',
  ),
  'response-field-made-required': rule(
    'info',
    'a response property is now always present',
    'required: [] → required: [id]',
  ),
  'request-additional-properties-closed': rule(
    'breaking',
    'a request object no longer accepts other properties',
    'additionalProperties: true → additionalProperties: false',
    { differs: 'oasdiff has no check for this; clients sending other properties are now rejected.' },
  ),
  'response-additional-properties-opened': rule(
    'info',
    'a response object may now carry other properties',
    'additionalProperties: false → (absent)',
    {
      differs:
        'Clients must ignore unknown response properties (RFC 8259 practice); oasdiff does not report it.',
    },
  ),

  // Schemas: types, values, constraints.
  'request-type-changed': rule(
    'breaking',
    'a request value no longer accepts what it accepted (type, format, enum, const; or any change under `not` that excludes more)',
    'type: string → type: integer',
  ),
  'request-type-widened': rule(
    'info',
    'a request or parameter value accepts more (a new type, null, no format; where values travel as text — a body of a text media type (text/*, XML, form data, multipart scalar parts), a parameter described by a schema — one scalar type that became a string, or any one type at the root of a text body; a scalar query or cookie parameter that became a form, exploded array, where one value is a list of one; a change under `not` that excludes less)',
    'type: string → type: [string, "null"]',
    { additive: true },
  ),
  'request-enum-value-added': rule(
    'info',
    'a request value accepts a new enum value',
    'enum: [a] → enum: [a, b]',
    { additive: true },
  ),
  'request-enum-value-removed': rule(
    'breaking',
    'a request value no longer accepts an enum value',
    'enum: [a, b] → enum: [a]',
  ),
  'response-type-changed': rule(
    'breaking',
    'a response value may now be something clients did not expect (also: any change under `not` that excludes less)',
    'type: integer → type: string',
  ),
  'response-type-narrowed': rule(
    'info',
    'a response value is now more specific (a type, format or enum fewer; or, where values travel as text — a body of a text media type, a header described by a schema — a string that became one other scalar type, or any one type at the root of a text body; or a change under `not` that excludes more)',
    'type: [string, "null"] → type: string',
  ),
  'response-enum-value-added': rule(
    'warning',
    'a response value may take a new enum value',
    'enum: [a] → enum: [a, b]',
  ),
  'response-enum-value-removed': rule(
    'info',
    'a response value no longer takes an enum value',
    'enum: [a, b] → enum: [a]',
  ),
  'request-extensible-enum-value-removed': rule(
    'breaking',
    'a request value no longer accepts an x-extensible-enum value',
    'x-extensible-enum: [a, b] → x-extensible-enum: [a]',
    { annotation: true },
  ),
  'extensible-enum-value-added': rule(
    'info',
    'an x-extensible-enum gained a value (clients were told to expect new ones)',
    'x-extensible-enum: [a] → x-extensible-enum: [a, b]',
    { annotation: true },
  ),
  ...boundRules(),
  'request-pattern-added': rule(
    'breaking',
    'a request string must now match a pattern',
    '(none) → pattern: ^[a-z]+$',
    {
      differs:
        'not on a readOnly property, which clients do not send (as for every other request constraint); oasdiff reports a pattern added there, though its other constraint checks give readOnly properties info ids.',
    },
  ),
  'request-pattern-changed': rule(
    'warning',
    'a request pattern changed: values that matched may not match any more',
    'pattern: ^[a-z]+$ → pattern: ^[a-z0-9]+$',
    {
      differs:
        'The same as oasdiff: whether one regular expression covers another cannot be told in general.',
    },
  ),
  'request-pattern-removed': rule(
    'info',
    'a request string no longer has a pattern',
    'pattern: ^[a-z]+$ → (none)',
  ),
  'response-pattern-removed': rule(
    'breaking',
    'a response string no longer promises a pattern',
    'pattern: ^[a-z]+$ → (none)',
    {
      differs:
        'oasdiff says info; a response string that no longer promises its pattern may break clients that parse by it, as a raised maxLength does.',
    },
  ),
  'response-pattern-changed': rule(
    'warning',
    'a response pattern changed',
    'pattern: ^[a-z]+$ → pattern: ^[a-z0-9]+$',
  ),
  'response-pattern-added': rule(
    'info',
    'a response string now promises a pattern',
    '(none) → pattern: ^[a-z]+$',
  ),
  'request-unique-items-added': rule(
    'breaking',
    'a request array must now hold unique items',
    'uniqueItems: false → true',
    { differs: 'oasdiff has no check for this; arrays with repeats that were accepted are now rejected.' },
  ),
  'response-unique-items-removed': rule(
    'breaking',
    'a response array may now repeat items',
    'uniqueItems: true → false',
    { differs: 'oasdiff has no check for this; clients that relied on unique items may now get repeats.' },
  ),
  'unique-items-relaxed': rule(
    'info',
    'a request array may repeat items, or a response array no longer will',
    'uniqueItems: true → false (request)',
  ),
  'request-multiple-of-changed': rule(
    'breaking',
    'a request number must be a multiple of something its old values are not',
    'multipleOf: 2 → multipleOf: 4',
    { differs: 'oasdiff has no check for this; values that were accepted are now rejected.' },
  ),
  'response-multiple-of-changed': rule(
    'breaking',
    'a response number may no longer be a multiple of what it was',
    'multipleOf: 4 → multipleOf: 2',
    { differs: 'oasdiff has no check for this; clients may get values they were told they would not.' },
  ),
  'multiple-of-relaxed': rule(
    'info',
    'multipleOf changed in the direction clients cope with',
    'multipleOf: 4 → multipleOf: 2 (request)',
  ),
  'request-default-changed': rule(
    'warning',
    "a request property's default changed or was removed: clients that leave it out get another value",
    'default: draft → default: sent',
    {
      differs: 'oasdiff says info; an unchanged client silently gets other behaviour, worth a look.',
      annotation: true,
    },
  ),
  'response-default-changed': rule(
    'info',
    "a response property's default changed, was added or removed",
    'default: 1 → default: 2',
    { annotation: true },
  ),
  'default-added': rule('info', 'a request property gained a default', '(none) → default: 20', {
    annotation: true,
  }),
  'request-content-changed': rule(
    'breaking',
    "a request string's contentMediaType or contentEncoding changed",
    'contentEncoding: base64 → contentEncoding: base32',
  ),
  'response-content-changed': rule(
    'breaking',
    "a response string's contentMediaType or contentEncoding changed",
    'contentMediaType: image/png → contentMediaType: image/jpeg',
  ),
  'request-dependent-required-added': rule(
    'breaking',
    'a request object must now carry a property whenever another is present (dependentRequired)',
    '(none) → dependentRequired: {card: [cvv]}',
  ),
  'response-dependent-required-removed': rule(
    'breaking',
    'a response object no longer promises a property alongside another (dependentRequired)',
    'dependentRequired: {card: [cvv]} → (none)',
  ),
  'dependent-required-relaxed': rule(
    'info',
    'dependentRequired changed in the direction clients cope with',
    'dependentRequired: {a: [b]} → (none) (request)',
  ),
  'request-schema-keyword-added': rule(
    'breaking',
    'a request value gained a constraining keyword (not, if/then/else, contains, propertyNames, patternProperties, dependentSchemas, prefixItems, unevaluated*, contentSchema)',
    '(none) → not: {type: string}',
  ),
  'request-schema-keyword-removed': rule(
    'info',
    'a request value lost a constraining keyword: it accepts more',
    'propertyNames: {maxLength: 3} → (none)',
  ),
  'response-schema-keyword-removed': rule(
    'breaking',
    'a response value lost a constraining keyword: it promises less',
    'contains: {const: admin} → (none)',
  ),
  'response-schema-keyword-added': rule(
    'info',
    'a response value gained a constraining keyword',
    '(none) → propertyNames: {maxLength: 3}',
  ),
  'schema-condition-changed': rule(
    'warning',
    'the `if` of an if/then/else changed: which branch applies is different',
    'if: {properties: {kind: {const: a}}} → if: {properties: {kind: {const: b}}}',
  ),
  'negated-property-changed': rule(
    'warning',
    'a property was added to or removed from an object under `not` whose unlisted properties are governed by something not compared with its schema here (an `additionalProperties` or `unevaluatedProperties` schema, or `patternProperties` patterns, which are never run), or a property, a `required` name or a `minProperties`/`maxProperties` count changed where whether such a name or count may occur depends on a `propertyNames` schema not read here (a `pattern`, a `format`, …): whether the value around the `not` now admits more or fewer values cannot be decided',
    'not: {additionalProperties: {type: string}} → not: {properties: {a: {type: integer}}, additionalProperties: {type: string}}',
  ),
  'parameter-list-contains-undecided': rule(
    'warning',
    "a scalar query or cookie parameter became a form, exploded array whose `contains` and items both set a keyword that is not combined here (a `pattern`, `format`, `properties`, …): its single value must match both, and is compared with the items' keyword alone, so a narrowing by the contains' may go unreported",
    'q: {type: string} → q: {type: array, items: {type: string, pattern: ^a}, contains: {pattern: b$}}',
  ),
  'request-read-only-removed': rule(
    'info',
    'a property clients could not send may now be sent',
    'readOnly: true → (none)',
    { annotation: true },
  ),

  // Composition.
  'request-variant-removed': rule(
    'breaking',
    'a request oneOf/anyOf no longer accepts one of its schemas',
    'oneOf: [Cat, Dog] → oneOf: [Cat]',
  ),
  'request-all-of-member-added': rule(
    'breaking',
    'a request allOf kept its references and gained another one that constrains values no other rule reports (a new required property, a new bound: theirs; readOnly properties ask nothing)',
    'allOf: [Pet] → allOf: [Pet, Short], Short: {properties: {name: {maxLength: 5}}}',
  ),
  'request-variant-added': rule(
    'info',
    'a request oneOf/anyOf accepts another schema',
    'oneOf: [Cat] → oneOf: [Cat, Dog]',
    {
      additive: true,
    },
  ),
  'request-one-of-overlap': rule(
    'breaking',
    'values a request accepted before each match two or more members of its oneOf now (proven by comparing them with each member), and a oneOf accepts a value that matches exactly one: they are rejected',
    'integer → oneOf: [integer, number]; {required: [a, b]} → oneOf: [{required: [a]}, {required: [b]}]',
    {
      differs:
        'oasdiff flags every request body wrapped in a oneOf (request-body-wrapped-in-one-of) and says info for a oneOf member added; here either breaks only where old values are proven to match two members, whichever way the oneOf came, at any depth, in bodies and parameters.',
    },
  ),
  'request-one-of-overlap-discriminator': rule(
    'warning',
    'as request-one-of-overlap, in a oneOf with a discriminator: tools that pick the member by it still accept those values, strict JSON Schema validators reject them',
    'discriminator: {propertyName: kind}, oneOf: [Cat] → oneOf: [Cat, AnyPet]',
    {
      differs:
        'oasdiff has no check for this; whether the values are rejected depends on the validator reading the discriminator, so a warning asks for a look.',
    },
  ),
  'response-variant-added': rule(
    'breaking',
    'a response oneOf/anyOf may now be another schema, one clients do not know',
    'oneOf: [Cat] → oneOf: [Cat, Dog]',
  ),
  'response-variant-removed': rule(
    'info',
    'a response oneOf/anyOf will no longer be one of its schemas',
    'oneOf: [Cat, Dog] → oneOf: [Cat]',
  ),

  'composition-constraint-changed': rule(
    'warning',
    "a oneOf/anyOf beside the schema's own keywords was added or removed: which values pass changed",
    'properties: {...} → properties: {...}, anyOf: [{required: [a]}, {required: [b]}]',
    {
      differs:
        'oasdiff compares the members; whether a constraint of this kind tightens or loosens depends on the rest of the schema, so a warning asks for a look.',
    },
  ),

  'discriminator-property-changed': rule(
    'breaking',
    "a oneOf/anyOf discriminator's propertyName changed: values are told apart by another property",
    'discriminator: {propertyName: kind} → discriminator: {propertyName: type}',
    {
      differs:
        'oasdiff says info; clients (and servers) that dispatch on the old property pick the wrong schema, as openapi-diff of OpenAPITools holds.',
    },
  ),
  'discriminator-mapping-changed': rule(
    'breaking',
    'a discriminator mapping value now points to another schema, or (request) was removed',
    'mapping: {cat: Cat} → mapping: {cat: Kitten}',
    { differs: 'oasdiff says info; a value clients send or read now means another schema.' },
  ),

  // Responses.
  'response-status-removed': rule(
    'breaking',
    'an operation no longer documents a success (2xx/3xx) status',
    '200 → (gone)',
  ),
  'response-non-success-status-removed': rule(
    'info',
    'an operation no longer documents an error status (4xx, 5xx, default)',
    '404 → (gone)',
    { differs: 'oasdiff says info too: clients still have to handle any error status.' },
  ),
  'response-status-added': rule('info', 'an operation documents a new response status', '(none) → 409'),
  'response-header-removed': rule(
    'breaking',
    'a required response header was removed',
    'headers.X-Rate-Limit (required) → (gone)',
  ),
  'response-optional-header-removed': rule(
    'warning',
    'an optional response header was removed',
    'headers.ETag → (gone)',
  ),
  'response-header-made-optional': rule(
    'breaking',
    'a response header is no longer always sent',
    'X-Rate-Limit required: true → false',
  ),
  'response-header-style-changed': rule(
    'breaking',
    "a response header's serialisation (style, explode) changed",
    'X-Ids explode: false → explode: true',
    {
      differs:
        'oasdiff has no check for this (openapi-diff of OpenAPITools flags it); clients parse the header the old way.',
    },
  ),
  'response-header-media-type-changed': rule(
    'breaking',
    "a response header's value is written another way: the media type of its `content` changed to one clients read otherwise (another type or syntax, a media type parameter named on both sides with another value, a type or range that became a wider range, a `text/*` charset the clients decode the server's text in otherwise), an entry of its `content` the server may now write is read by none clients had, or it moved between `schema` (style simple) and `content` where some value the server now writes is not written alike. In a 3.1 webhook the receiver writes the header and the API reads it, so the other way round",
    'X-Meta content: application/json → content: text/plain; text/plain → text/plain; charset=utf-8',
    {
      differs:
        "oasdiff reports nothing: it diffs a header's `content` but no check reads that diff (its header type check covers `schema` headers only). Clients parse the header as the old media type said.",
    },
  ),
  'response-header-media-type-compatible': rule(
    'info',
    "a response header's description of how its value is written changed, but clients still read what comes as they did: only the media type's parameters changed, a `text/*` charset where the server now writes US-ASCII and clients read a charset that writes ASCII alike, a structured-syntax type and the type its suffix names (either way), a range that became one type or a narrower range within it; or `schema` ↔ `content` where every value the server now writes is written alike (as parameter-media-type-compatible says). In a 3.1 webhook the other way round (the API reads)",
    'X-Meta content: application/json → application/problem+json; text/plain; charset=utf-8 → text/plain',
  ),
  'response-header-added': rule('info', 'a response gained a header', '(none) → headers.ETag', {
    additive: true,
  }),

  // Security.
  'security-requirement-added': rule(
    'warning',
    'an operation that needed no authentication now needs it',
    'security: [] → security: [{token: []}]',
    {
      differs:
        'oasdiff says info. Anonymous clients are cut off, but an open endpoint gaining authentication is usually a deliberate fix announced separately; a warning asks for a look without stopping the release.',
    },
  ),
  'security-requirement-changed': rule(
    'breaking',
    'a way to authenticate was dropped',
    'security: [{token: []}, {basic: []}] → security: [{token: []}]',
    { differs: 'oasdiff says info; clients authenticating the dropped way are cut off.' },
  ),
  'security-requirement-relaxed': rule(
    'info',
    'an operation needs fewer security schemes together',
    'security: [{token: [], key: []}] → security: [{token: []}]',
  ),
  'security-scope-added': rule(
    'breaking',
    'an operation needs another OAuth scope',
    'oauth: [read] → oauth: [read, write]',
    { differs: 'oasdiff says info; tokens issued with the old scopes are now refused.' },
  ),
  'security-scope-removed': rule(
    'info',
    'an operation needs one OAuth scope fewer',
    'oauth: [read, write] → oauth: [read]',
  ),
  'security-requirement-removed': rule(
    'info',
    'an operation no longer needs authentication',
    'security: [{token: []}] → security: []',
  ),
  'security-alternative-added': rule(
    'info',
    'an operation accepts a new way to authenticate',
    'security: [{token: []}] → [{token: []}, {basic: []}]',
  ),
  'security-scheme-changed': rule(
    'breaking',
    'a security scheme operations use changed how clients authenticate: its type, in or name (a header name without case), HTTP scheme (without case), openIdConnectUrl, an OAuth flow removed, or a scope operations require withdrawn from a flow',
    'token: {type: apiKey, in: header} → token: {type: apiKey, in: query}',
    {
      differs:
        'oasdiff says info for a type changed and reports none of the others; clients send credentials where or how the server no longer reads them. A scheme no operation uses in both versions is security-scheme-unused-changed, info.',
    },
  ),
  'security-scheme-url-changed': rule(
    'warning',
    'an OAuth flow of a security scheme operations use changed or dropped its authorizationUrl, tokenUrl or refreshUrl',
    'tokenUrl: https://auth/token → tokenUrl: https://id.example/token',
    {
      differs:
        "oasdiff says info (and reads only the implicit flow's URLs). Clients configured with the old URL keep going there; whether it still issues tokens the API accepts, the document cannot tell: a warning asks for a look without stopping the release.",
    },
  ),
  'security-scheme-flow-added': rule(
    'info',
    'a security scheme operations use offers another OAuth flow',
    'flows: {clientCredentials} → flows: {clientCredentials, password}',
    { additive: true },
  ),
  'security-scheme-note-changed': rule(
    'info',
    'a security scheme operations use changed what clients need not follow: its bearerFormat (documentation), a refreshUrl added, a scope offered, or one withdrawn that no operation required in both versions (none, or only operations new to it, require it)',
    'bearerFormat: JWT → bearerFormat: opaque',
  ),
  'security-scheme-unused-changed': rule(
    'info',
    'a security scheme changed that no operation uses in both versions (nor the root security any operation inherits): no client authenticates with it yet',
    'basic: {type: http, scheme: basic} → basic: {type: apiKey, in: header, name: X-Key}',
  ),
  'security-scheme-removed': rule(
    'breaking',
    'a security scheme was removed from components',
    'components.securitySchemes.token → (gone)',
    { differs: 'oasdiff says info; operations requiring the scheme cannot be called the old way.' },
  ),
} as const satisfies Record<string, RuleInfo>;

/** A rule id, such as `request-body-required-field-added`. */
export type RuleId = keyof typeof RULES;

export function isRuleId(id: string): id is RuleId {
  return Object.hasOwn(RULES, id);
}

import type { Level } from './types';

/** What a rule reports: its default level, whether it adds API (a minor bump), and a summary. */
export interface RuleInfo {
  readonly level: Level;
  /** True when the change adds to the API: it calls for a minor bump when nothing breaks. */
  readonly additive: boolean;
  readonly summary: string;
}

const rule = (level: Level, summary: string, additive = false): RuleInfo => ({ level, additive, summary });

/** Every rule the engine reports, by id. The package README gives an example of each. */
export const RULES = {
  'path-removed': rule('breaking', 'a path and all its operations were removed'),
  'operation-removed': rule('breaking', 'an operation was removed from a path that remains'),
  'endpoint-added': rule('info', 'a new operation, on a new or an existing path', true),
  'operation-deprecated': rule('info', 'an operation was marked deprecated (with its x-sunset date, if any)'),

  'parameter-added-required': rule('breaking', 'a new required path, query, header or cookie parameter'),
  'parameter-added-optional': rule('info', 'a new optional parameter', true),
  'parameter-made-required': rule('breaking', 'an optional parameter became required'),
  'parameter-removed': rule('warning', 'a parameter was removed: clients still sending it may be ignored'),
  'parameter-type-changed': rule('breaking', "a parameter's type, format or allowed values were narrowed"),

  'request-body-made-required': rule(
    'breaking',
    'a request body became required, or a required one was added',
  ),
  'request-body-added': rule('info', 'an optional request body was added', true),
  'request-body-removed': rule(
    'warning',
    'the request body was removed: clients still sending it may be rejected',
  ),
  'request-media-type-removed': rule('breaking', 'the request body no longer accepts a media type'),
  'response-media-type-removed': rule('breaking', 'a response no longer comes in a media type'),
  'media-type-added': rule('info', 'a request or response gained a media type', true),

  'request-body-required-field-added': rule(
    'breaking',
    'a request property is new and required, or became required',
  ),
  'request-field-added-optional': rule('info', 'a new optional request property', true),
  'request-field-removed': rule(
    'warning',
    'a request property was removed: clients still sending it may be rejected',
  ),
  'request-type-changed': rule(
    'breaking',
    'a request value no longer accepts what it accepted (type, format, enum)',
  ),
  'request-type-widened': rule(
    'info',
    'a request or parameter value accepts more (a new type, null, no format)',
    true,
  ),
  'request-enum-value-added': rule('info', 'a request value accepts a new enum value', true),
  'request-enum-value-removed': rule('breaking', 'a request value no longer accepts an enum value'),

  'response-field-removed': rule('breaking', 'a response property was removed'),
  'response-field-added': rule('info', 'a new response property', true),
  'response-field-made-optional': rule('warning', 'a response property is no longer always present'),
  'response-type-changed': rule('breaking', 'a response value may now be something clients did not expect'),
  'response-type-narrowed': rule(
    'info',
    'a response value is now more specific (a type, format or enum fewer)',
  ),
  'response-enum-value-added': rule('warning', 'a response value may take a new enum value'),
  'response-enum-value-removed': rule('info', 'a response value no longer takes an enum value'),
  'response-status-removed': rule('breaking', 'an operation no longer documents a response status'),
  'response-status-added': rule('info', 'an operation documents a new response status'),

  'security-requirement-added': rule('breaking', 'an operation that needed no authentication now needs it'),
  'security-requirement-changed': rule('breaking', 'a way to authenticate was dropped or its scopes changed'),
  'security-requirement-removed': rule('info', 'an operation no longer needs authentication'),
  'security-alternative-added': rule('info', 'an operation accepts a new way to authenticate'),
} as const satisfies Record<string, RuleInfo>;

/** A rule id, such as `request-body-required-field-added`. */
export type RuleId = keyof typeof RULES;

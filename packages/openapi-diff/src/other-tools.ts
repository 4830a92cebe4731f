/**
 * Kinds of change where other breaking-change tools judge differently from oasdiff or from us,
 * learnt from their test suites: openapi-diff of OpenAPITools (its backward-compatibility pairs)
 * and Optic's breaking-change ruleset. Rendered into docs/openapi-rules.md; `other-tools.test.ts`
 * builds one spec pair per kind, in 3.0 and 3.1, and holds `ours` true.
 */
export interface OtherVerdict {
  /** The kind of change, as a reader would name it. */
  readonly kind: string;
  /** What the other tools (and oasdiff) say. */
  readonly theirs: string;
  /** Our rules and levels (`rule:level`, comma-separated), or `nothing`. */
  readonly ours: string;
  readonly why: string;
}

export const OTHER_TOOLS: Record<string, OtherVerdict> = {
  'optional-parameter-removed': {
    kind: 'an optional query parameter removed',
    theirs: 'OpenAPITools: breaking; oasdiff: warning',
    ours: 'parameter-removed:warning',
    why: 'As oasdiff: servers ignore a parameter they no longer read; the warning asks whether a client relied on what it did.',
  },
  'optional-header-removed': {
    kind: 'an optional response header removed',
    theirs: 'OpenAPITools: breaking; oasdiff: warning',
    ours: 'response-optional-header-removed:warning',
    why: 'Clients already had to cope with its absence, as with an optional response property (issue 16).',
  },
  'optional-property-removed': {
    kind: 'an optional response property removed',
    theirs: 'Optic: breaking; OpenAPITools: compatible; oasdiff: warning',
    ours: 'response-optional-field-removed:warning',
    why: 'Issue 16 sets it: clients had to cope with its absence already.',
  },
  'request-became-read-only': {
    kind: 'an optional request property became readOnly',
    theirs: 'OpenAPITools: breaking',
    ours: 'request-field-became-read-only:warning',
    why: 'What clients send is ignored, as with a request property removed (a warning in oasdiff and here).',
  },
  'response-became-write-only': {
    kind: 'an optional response property became writeOnly',
    theirs: 'OpenAPITools: breaking',
    ours: 'response-optional-field-removed:warning',
    why: 'It is no longer returned: an optional response property removed, a warning.',
  },
  'write-only-dropped': {
    kind: 'writeOnly dropped from a required response property',
    theirs: 'OpenAPITools: breaking (its test marks the verdict to be documented or removed)',
    ours: 'response-field-added:info',
    why: 'The response now carries a property it did not: clients must ignore unknown properties.',
  },
  'header-made-required': {
    kind: 'an optional response header became required',
    theirs: 'OpenAPITools: breaking (its test marks the verdict to be documented or removed)',
    ours: 'nothing',
    why: 'The response promises more than before.',
  },
  'error-status-removed': {
    kind: 'an error status (4xx) removed',
    theirs: 'OpenAPITools and Optic: breaking; oasdiff: info',
    ours: 'response-non-success-status-removed:info',
    why: 'Issue 16 sets it: clients still have to handle any error status.',
  },
  'response-enum-added': {
    kind: 'a response enum value added (or, Optic, a response enum dropped)',
    theirs: 'OpenAPITools and Optic: breaking; oasdiff: warning',
    ours: 'response-enum-value-added:warning',
    why: 'Decision 10: a warning, since exhaustive clients may break; teams with such clients raise the rule to breaking in .maint-actions.yml.',
  },
  'response-min-length-raised': {
    kind: 'a response minLength raised',
    theirs: 'OpenAPITools: breaking',
    ours: 'response-min-length-increased:info',
    why: 'Clients get strings within what they were promised.',
  },
  'response-min-length-lowered': {
    kind: 'a response minLength lowered',
    theirs: 'OpenAPITools: compatible; oasdiff: breaking',
    ours: 'response-min-length-decreased:breaking',
    why: 'As oasdiff: clients may get shorter strings than they were promised.',
  },
  'request-format-widened': {
    kind: 'a request integer format widened (int32 → int64)',
    theirs: 'OpenAPITools: breaking (its test marks the verdict to be documented or removed)',
    ours: 'request-type-widened:info',
    why: 'Every value clients sent is still accepted.',
  },
  'response-format-narrowed': {
    kind: 'a response integer format narrowed (int64 → int32)',
    theirs: 'OpenAPITools: breaking (its test marks the verdict to be documented or removed)',
    ours: 'response-type-narrowed:info',
    why: 'Every value clients get fits what they were promised.',
  },
  'exclusive-flag-without-bound': {
    kind: '3.0 exclusiveMaximum: true set where there is no maximum',
    theirs: 'OpenAPITools: breaking',
    ours: 'nothing',
    why: 'Without its bound the flag constrains nothing: the accepted values are the same.',
  },
  'security-requirement-relaxed': {
    kind: 'one scheme dropped from a requirement of two schemes together',
    theirs: 'OpenAPITools: compatible',
    ours: 'security-requirement-relaxed:info',
    why: 'Clients that sent both credentials still satisfy the requirement (reported as breaking before).',
  },
  'empty-value-disallowed': {
    kind: 'allowEmptyValue removed from a query parameter',
    theirs: 'OpenAPITools: breaking; oasdiff: no check',
    ours: 'parameter-empty-value-disallowed:breaking',
    why: 'Clients sending the parameter empty are now rejected.',
  },
  'header-style-changed': {
    kind: 'a response header’s explode changed',
    theirs: 'OpenAPITools: breaking; oasdiff: no check',
    ours: 'response-header-style-changed:breaking',
    why: 'Clients parse the header the old way.',
  },
  'discriminator-property-changed': {
    kind: 'a discriminator’s propertyName changed',
    theirs: 'OpenAPITools: breaking; oasdiff: info',
    ours: 'discriminator-property-changed:breaking',
    why: 'Both ends tell the members apart by a property the other does not look at.',
  },
  'parameter-default-style': {
    kind: 'a query parameter’s default style spelled out (style: form, explode: true)',
    theirs: 'OpenAPITools: no change',
    ours: 'nothing',
    why: 'The serialisation is the same (reported as parameter-style-changed before).',
  },
  'response-schema-added': {
    kind: 'a response media type that had no schema now has one',
    theirs: 'OpenAPITools: breaking',
    ours: 'nothing',
    why: 'Clients got anything before and now get something narrower; a request media type gaining a schema is breaking (request-media-type-schema-added).',
  },
  'response-one-of-constraint-added': {
    kind: 'a response object schema gains a oneOf of its subtypes beside its own properties',
    theirs: 'OpenAPITools: breaking',
    ours: 'composition-constraint-changed:warning',
    why: 'Whether such a constraint narrows or widens what clients get depends on the members, so a warning asks for a look.',
  },
};

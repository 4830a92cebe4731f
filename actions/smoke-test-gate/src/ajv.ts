/** JSON Schema validators (ajv) for the checks file, `expect.schema` and OpenAPI responses. */
import AjvModule, { type ErrorObject } from 'ajv';
import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

/** A CommonJS module's export, whether the loader hands over `module.exports` or its `default`. */
function exported<T>(module: T | { default: T }): T {
  return (module as { default?: T }).default ?? (module as T);
}

const Ajv = exported(AjvModule);
const Ajv2020 = exported(Ajv2020Module);
const addFormats = exported(addFormatsModule);

export type AjvInstance = InstanceType<typeof Ajv>;

/**
 * An ajv for schemas written by people and by OpenAPI generators: draft-07 (or 2020-12, the
 * dialect of OpenAPI 3.1), every error, the common formats, unknown keywords (`example`,
 * `xml`...) ignored, OpenAPI 3.0's `nullable` understood.
 */
export function createAjv(dialect: 'draft-07' | '2020-12' = 'draft-07'): AjvInstance {
  const options = { strict: false, allErrors: true, verbose: true, logger: false } as const;
  const ajv = dialect === '2020-12' ? new Ajv2020(options) : new Ajv(options);
  addFormats(ajv);
  return ajv as AjvInstance;
}

/** Up to `limit` errors as `/items/0/slug must be string`, `(the body) must be array`; the rest counted. */
export function describeErrors(errors: readonly ErrorObject[] | null | undefined, limit = 3): string {
  const list = errors ?? [];
  const shown = list
    .slice(0, limit)
    .map((e) => `${e.instancePath || '(the body)'} ${e.message ?? 'is invalid'}`);
  const more = list.length > limit ? ` (and ${list.length - limit} more)` : '';
  return `${shown.join('; ')}${more}`;
}

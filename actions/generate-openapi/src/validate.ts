/**
 * Validation of a generated schema against the OpenAPI 3.0 or 3.1 JSON Schema, with
 * @seriousme/openapi-schema-validator (the official schemas of the OpenAPI Initiative).
 */
import type { Finding } from '@maint-actions/core';
import { Validator } from '@seriousme/openapi-schema-validator';
import schema30 from '@seriousme/openapi-schema-validator/schemas/v3.0/schema.json' with { type: 'json' };
import schema31 from '@seriousme/openapi-schema-validator/schemas/v3.1/schema.json' with { type: 'json' };
import type { ValidateFunction } from 'ajv';
import Ajv2020Module from 'ajv/dist/2020.js';
import Ajv04Module from 'ajv-draft-04';
import addFormatsModule from 'ajv-formats';

/** The OpenAPI versions the action accepts (what the breaking-change engine reads). */
const ACCEPTED = new Set(['3.0', '3.1']);

/** Problems listed at most; the rest are counted in one more finding. */
const MAX_ERRORS = 50;

export interface Validation {
  /** `3.0` or `3.1` when valid. */
  readonly version: string | undefined;
  /** One finding per problem; empty when valid. */
  readonly findings: Finding[];
}

/** A CommonJS module's export, whether the loader hands over `module.exports` or its `default`. */
function exported<T>(module: T | { default: T }): T {
  return (module as { default?: T }).default ?? (module as T);
}

const Ajv2020 = exported(Ajv2020Module);
const Ajv04 = exported(Ajv04Module);
const addFormats = exported(addFormatsModule);

/**
 * The library's validator with its JSON Schemas bundled in. The library reads them from files
 * beside its own module at run time, which a one-file bundle (dist/, ncc) does not have; here
 * they are imported (so the bundler inlines them) and compiled with the options the library
 * uses. Everything else (reading the version, checking `$ref`s) stays the library's.
 */
class BundledValidator extends Validator {
  private readonly compiled = new Map<string, ValidateFunction>();

  /** Called by `Validator.validate` with `3.0` or `3.1` (other versions are refused before). */
  getAjvValidator(version: string): ValidateFunction {
    let validate = this.compiled.get(version);
    if (!validate) {
      const ajv =
        version === '3.0'
          ? new Ajv04({ strict: false, allErrors: true })
          : new Ajv2020({ strict: false, allErrors: true });
      addFormats(ajv);
      ajv.addFormat('media-range', true);
      validate = ajv.compile(version === '3.0' ? schema30 : schema31);
      this.compiled.set(version, validate);
    }
    return validate;
  }
}

interface SchemaError {
  readonly instancePath?: string;
  readonly message?: string;
  readonly params?: Record<string, unknown>;
}

/** Validates a parsed document; `file` (repository-relative) is put on the findings. */
export async function validateOpenApi(document: unknown, file: string): Promise<Validation> {
  const declared = declaredVersion(document);
  if (!declared) {
    return invalid(file, ['the document has no "openapi" version field: it is not an OpenAPI 3 document']);
  }
  if (!ACCEPTED.has(declared.replace(/^(\d+\.\d+).*$/, '$1'))) {
    return invalid(file, [`OpenAPI ${declared} is not supported: generate OpenAPI 3.0 or 3.1`]);
  }
  const validator = new BundledValidator();
  const result = await validator.validate(document as Record<string, unknown>);
  if (result.valid) return { version: validator.version, findings: [] };
  const errors = typeof result.errors === 'string' ? [result.errors] : describeErrors(result.errors ?? []);
  return invalid(file, errors);
}

function declaredVersion(document: unknown): string | undefined {
  if (document === null || typeof document !== 'object') return undefined;
  const { openapi, swagger } = document as { openapi?: unknown; swagger?: unknown };
  if (typeof openapi === 'string') return openapi;
  if (typeof swagger === 'string') return swagger;
  return undefined;
}

/** `/paths/~1a/get/responses: must have required property '200'`, each once, in order. */
function describeErrors(errors: readonly SchemaError[]): string[] {
  const lines = errors.map((error) => {
    const where = error.instancePath || '/';
    const extra = error.params?.additionalProperty ? ` (${String(error.params.additionalProperty)})` : '';
    return `${where}: ${error.message ?? 'is not valid'}${extra}`;
  });
  return [...new Set(lines)];
}

function invalid(file: string, messages: readonly string[]): Validation {
  const findings: Finding[] = messages.slice(0, MAX_ERRORS).map((message) => ({
    severity: 'error',
    message,
    file,
    rule: 'openapi-schema',
  }));
  if (messages.length > MAX_ERRORS) {
    findings.push({
      severity: 'error',
      message: `…and ${messages.length - MAX_ERRORS} more schema errors`,
      file,
      rule: 'openapi-schema',
    });
  }
  return { version: undefined, findings };
}

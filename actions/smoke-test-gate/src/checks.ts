/**
 * The smoke checks file (`checks` input, default smoke.yml): YAML validated against the published
 * JSON Schema `schemas/smoke-checks.schema.json`, then turned into checks ready to send. A bad
 * file is a ConfigError naming the file, the check and the field.
 */
import { readFile } from 'node:fs/promises';
import { ConfigError } from '@maint-actions/core';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { parse as parseYaml } from 'yaml';
import checksSchema from '../../../schemas/smoke-checks.schema.json' with { type: 'json' };
import { type AjvInstance, createAjv } from './ajv';

/** An inclusive range of statuses; a single status is a range of one. */
export interface StatusRange {
  readonly min: number;
  readonly max: number;
}

/** Latency limits in milliseconds: `max` for every sample, percentiles when there are enough samples. */
export interface LatencyLimits {
  readonly max?: number;
  readonly p50?: number;
  readonly p95?: number;
  readonly p99?: number;
}

/** What a response must be. */
export interface Expectation {
  readonly status: readonly StatusRange[];
  readonly bodyContains: readonly string[];
  /** JSON pointer and the value it must equal. */
  readonly json: readonly (readonly [string, unknown])[];
  readonly schema?: ValidateFunction;
}

/** One smoke check, ready to send. */
export interface SmokeCheck {
  readonly name: string;
  readonly path: string;
  readonly method: string;
  /** Headers of this check; an empty value removes a header the gate sends. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
  readonly expect: Expectation;
  readonly maxLatency?: LatencyLimits;
  /** Samples of this check; unset: the `samples` input. */
  readonly samples?: number;
  /**
   * Whether the request may be sent more than once (warm-up, samples, retries). Default true for
   * GET, HEAD and OPTIONS, false for POST, PUT, PATCH and DELETE: a booking made twice is two
   * bookings. A check that is not repeatable is sent exactly once.
   */
  readonly repeatable: boolean;
  /** Where the check comes from: the checks file or the OpenAPI schema. */
  readonly origin: 'checks' | 'openapi';
}

/** Methods whose requests change something on the server: sent once unless a check says `repeatable: true`. */
export const UNSAFE_METHODS: ReadonlySet<string> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Any 2xx: the expectation of a check that states none. */
export const ANY_2XX: readonly StatusRange[] = [{ min: 200, max: 299 }];

/** `200`, `200-299`, `200, 204`. */
export function formatStatus(ranges: readonly StatusRange[]): string {
  return ranges.map((r) => (r.min === r.max ? String(r.min) : `${r.min}-${r.max}`)).join(', ');
}

/** Reads and validates the checks file. @throws ConfigError naming `shown` (the file as the user wrote it). */
export async function loadChecksFile(
  file: string,
  shown: string,
  ajv: AjvInstance = createAjv(),
): Promise<SmokeCheck[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const reason = (error as { code?: string }).code === 'ENOENT' ? 'does not exist' : 'cannot be read';
    throw new ConfigError(
      `Input "checks": ${shown} ${reason}; write the smoke checks there (see schemas/smoke-checks.schema.json) or set "openapi" to derive them from the schema.`,
      { input: 'checks', cause: error },
    );
  }
  return parseChecks(text, shown, ajv);
}

interface RawCheck {
  name: string;
  path: string;
  method?: string;
  headers?: Record<string, string>;
  body?: unknown;
  expect?: {
    status?: number | string | (number | string)[];
    'body-contains'?: string | string[];
    json?: Record<string, unknown>;
    schema?: object | boolean;
  };
  'max-latency-ms'?: number | LatencyLimits;
  samples?: number;
  repeatable?: boolean;
}

let fileValidator: ValidateFunction | undefined;

/** Parses the text of a checks file. @throws ConfigError naming `shown`, the check and the field. */
export function parseChecks(text: string, shown: string, ajv: AjvInstance = createAjv()): SmokeCheck[] {
  let document: unknown;
  try {
    document = parseYaml(text);
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    throw new ConfigError(`${shown} is not valid YAML: ${message}`, { input: 'checks' });
  }
  fileValidator ??= createAjv().compile(checksSchema);
  if (!fileValidator(document)) {
    throw new ConfigError(`${shown}: ${explain(document, fileValidator.errors ?? [])}`, { input: 'checks' });
  }
  const raw = (document as { checks: RawCheck[] }).checks;
  const seen = new Map<string, number>();
  return raw.map((check, index) => {
    const where = `${shown}: check "${check.name}" (checks[${index}])`;
    const first = seen.get(check.name);
    if (first !== undefined) {
      throw new ConfigError(`${where}: the name is used by checks[${first}] too; names must be unique.`, {
        input: 'checks',
      });
    }
    seen.set(check.name, index);
    return toCheck(check, where, ajv);
  });
}

function toCheck(raw: RawCheck, where: string, ajv: AjvInstance): SmokeCheck {
  const headers = { ...raw.headers };
  let body: string | undefined;
  if (typeof raw.body === 'string') body = raw.body;
  else if (raw.body !== undefined) {
    body = JSON.stringify(raw.body);
    if (!Object.keys(headers).some((h) => h.toLowerCase() === 'content-type'))
      headers['Content-Type'] = 'application/json';
  }
  const expect = raw.expect ?? {};
  const limits = raw['max-latency-ms'];
  const method = raw.method ?? 'GET';
  const repeatable = raw.repeatable ?? !UNSAFE_METHODS.has(method);
  if (!repeatable && raw.samples !== undefined && raw.samples > 1) {
    const why = raw.repeatable === false ? 'it says `repeatable: false`' : `a ${method} is sent only once`;
    throw new ConfigError(
      `${where}: field "samples" is ${raw.samples}, but ${why}; remove "samples", or set "repeatable: true" if sending it ${raw.samples} times is harmless.`,
      { input: 'checks' },
    );
  }
  return {
    name: raw.name,
    path: raw.path,
    method,
    headers,
    ...(body === undefined ? {} : { body }),
    expect: {
      status: expect.status === undefined ? ANY_2XX : parseStatus(expect.status, where),
      bodyContains: [expect['body-contains'] ?? []].flat(),
      json: Object.entries(expect.json ?? {}),
      ...(expect.schema === undefined ? {} : { schema: compileSchema(ajv, expect.schema, where) }),
    },
    ...(limits === undefined ? {} : { maxLatency: typeof limits === 'number' ? { max: limits } : limits }),
    ...(raw.samples === undefined ? {} : { samples: raw.samples }),
    repeatable,
    origin: 'checks',
  };
}

function parseStatus(value: number | string | (number | string)[], where: string): StatusRange[] {
  return [value].flat().map((item) => {
    if (typeof item === 'number') return { min: item, max: item };
    const [min, max] = item.split('-').map(Number) as [number, number];
    if (min > max) {
      throw new ConfigError(
        `${where}: field "expect.status": the range "${item}" is backwards; write it low-high.`,
        {
          input: 'checks',
        },
      );
    }
    return { min, max };
  });
}

function compileSchema(ajv: AjvInstance, schema: object | boolean, where: string): ValidateFunction {
  try {
    return ajv.compile(schema);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new ConfigError(`${where}: field "expect.schema" is not a valid JSON Schema: ${message}`, {
      input: 'checks',
    });
  }
}

/**
 * The most useful of ajv's errors, for people: the deepest place in the file, said with the
 * check's name and the field's dotted path; for a value that fits none of a field's forms, the
 * field's description from the schema lists them.
 */
function explain(document: unknown, errors: readonly ErrorObject[]): string {
  const depth = (e: ErrorObject): number => e.instancePath.split('/').length;
  const deepest = Math.max(...errors.map(depth));
  const candidates = errors.filter((e) => depth(e) === deepest);
  const choice =
    candidates.findLast((e) => (e.keyword === 'oneOf' || e.keyword === 'anyOf') && describedBy(e)) ??
    (candidates[0] as ErrorObject);
  const segments = choice.instancePath.split('/').slice(1);
  const checks = (document as { checks?: { name?: unknown }[] }).checks;
  let place = '';
  let fieldPath = segments;
  if (segments[0] === 'checks' && segments[1] !== undefined) {
    const index = Number(segments[1]);
    const name = checks?.[index]?.name;
    place = typeof name === 'string' ? `check "${name}" (checks[${index}]): ` : `checks[${index}]: `;
    fieldPath = segments.slice(2);
  }
  const field = fieldPath.map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~')).join('.');
  const subject = field ? `field "${field}"` : place ? 'the check' : 'the file';
  return `${place}${subject} ${problem(choice)}`;
}

function describedBy(error: ErrorObject): string | undefined {
  const description = (error.parentSchema as { description?: unknown } | undefined)?.description;
  return typeof description === 'string' ? description : undefined;
}

function problem(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  if (error.propertyName !== undefined && error.instancePath.endsWith('/json')) {
    return `has the key "${error.propertyName}", which is not a JSON pointer (write "/${error.propertyName}").`;
  }
  switch (error.keyword) {
    case 'additionalProperties':
      return `has an unknown field "${String(params.additionalProperty)}".`;
    case 'required':
      return `is missing the field "${String(params.missingProperty)}".`;
    case 'enum':
      return `must be one of ${(params.allowedValues as unknown[]).join(', ')}.`;
    case 'oneOf':
    case 'anyOf':
      return `is not valid. ${describedBy(error) ?? ''}`.trim();
    case 'pattern':
      return error.instancePath.endsWith('/path')
        ? 'must start with "/" (it is relative to base-url).'
        : `must match ${String(params.pattern)}.`;
    default:
      return `${error.message ?? 'is invalid'}.`;
  }
}

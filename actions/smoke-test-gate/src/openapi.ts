/**
 * Checks derived from an OpenAPI 3.0/3.1 schema: every GET operation a client can call without
 * inventing anything (no required parameters), expecting a documented 2xx status and, for a
 * JSON response, a body matching its schema (`$ref`s resolved inside the document).
 */
import { readFile } from 'node:fs/promises';
import { appendPointer, ConfigError, resolvePointer } from '@maint-actions/core';
import { parse as parseYaml } from 'yaml';
import { type AjvInstance, createAjv } from './ajv';
import type { SmokeCheck, StatusRange } from './checks';

/** The document's id inside ajv: its `#/components/...` references resolve against it. */
const DOCUMENT_ID = 'smoke-test-gate:openapi';

type Json = Record<string, unknown>;

/** Reads the schema and derives its checks. @throws ConfigError naming `openapi`. */
export async function loadOpenapiChecks(file: string, shown: string): Promise<SmokeCheck[]> {
  let document: unknown;
  try {
    document = parseYaml(await readFile(file, 'utf8'));
  } catch (error) {
    const reason =
      (error as { code?: string }).code === 'ENOENT'
        ? 'does not exist'
        : `cannot be read: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`;
    throw new ConfigError(`Input "openapi": ${shown} ${reason}.`, { input: 'openapi', cause: error });
  }
  return openapiChecks(document, shown);
}

/** The checks of an OpenAPI document. @throws ConfigError naming `openapi` when it is not OpenAPI 3. */
export function openapiChecks(document: unknown, shown: string): SmokeCheck[] {
  const doc = document as Json | null;
  const version = typeof doc?.openapi === 'string' ? doc.openapi : '';
  if (!/^3\.[01]\./.test(version) || !isObject(doc?.paths)) {
    throw new ConfigError(`Input "openapi": ${shown} is not an OpenAPI 3.0 or 3.1 document with paths.`, {
      input: 'openapi',
    });
  }
  const ajv = createAjv(version.startsWith('3.1') ? '2020-12' : 'draft-07');
  ajv.addSchema(doc as object, DOCUMENT_ID, undefined, false);
  const checks: SmokeCheck[] = [];
  for (const [path, item] of Object.entries(doc.paths as Json)) {
    const pathItem = deref(doc, item);
    const operation = deref(doc, pathItem?.get);
    if (!pathItem || !operation || /\{[^}]+\}/.test(path)) continue;
    const parameters = [pathItem.parameters, operation.parameters].flatMap((list) =>
      Array.isArray(list) ? list.map((p) => deref(doc, p)) : [],
    );
    if (parameters.some((p) => p?.required === true)) continue;
    const operationPointer = appendPointer(appendPointer('/paths', path), 'get');
    checks.push(operationCheck(ajv, doc, path, operation, operationPointer));
  }
  return checks;
}

function operationCheck(
  ajv: AjvInstance,
  doc: Json,
  path: string,
  operation: Json,
  pointer: string,
): SmokeCheck {
  const responses = isObject(operation.responses) ? operation.responses : {};
  const codes = Object.keys(responses).filter((code) => /^2(\d\d|XX)$/i.test(code));
  const status: StatusRange[] = codes.length
    ? codes.map((code) =>
        /XX$/i.test(code) ? { min: 200, max: 299 } : { min: Number(code), max: Number(code) },
      )
    : [{ min: 200, max: 299 }];
  const schemaPointer = codes.map((code) => jsonSchemaPointer(doc, responses, code, pointer)).find(Boolean);
  const name = `GET ${path}`;
  return {
    name,
    path,
    method: 'GET',
    headers: { Accept: 'application/json' },
    expect: {
      status,
      bodyContains: [],
      json: [],
      ...(schemaPointer ? { schema: ajv.compile({ $ref: `${DOCUMENT_ID}#${schemaPointer}` }) } : {}),
    },
    repeatable: true,
    origin: 'openapi',
  };
}

/** The pointer of the JSON schema of response `code`, following a `$ref`'d response; undefined without one. */
function jsonSchemaPointer(
  doc: Json,
  responses: Json,
  code: string,
  operationPointer: string,
): string | undefined {
  let pointer = appendPointer(`${operationPointer}/responses`, code);
  let response = responses[code];
  const ref = isObject(response) && typeof response.$ref === 'string' ? response.$ref : undefined;
  if (ref?.startsWith('#')) {
    pointer = ref.slice(1);
    response = deref(doc, response);
  }
  if (!isObject(response) || !isObject(response.content)) return undefined;
  const type = Object.keys(response.content).find((t) => /^application\/([\w.+-]+\+)?json\b/i.test(t));
  if (!type || !isObject((response.content[type] as Json | undefined)?.schema)) return undefined;
  return appendPointer(appendPointer(appendPointer(pointer, 'content'), type), 'schema');
}

/** `value`, or what its local `$ref` points at (one level, as OpenAPI allows for these objects). */
function deref(doc: Json, value: unknown): Json | undefined {
  if (!isObject(value)) return undefined;
  if (typeof value.$ref !== 'string' || !value.$ref.startsWith('#')) return value;
  const found = resolvePointer(doc, value.$ref.slice(1));
  return found.found && isObject(found.value) ? found.value : undefined;
}

function isObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

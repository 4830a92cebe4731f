/**
 * The schema as published: its document, its YAML and JSON renderings, and the hash of its
 * content that decides whether it is published already.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError } from '@maint-actions/core';
import { parse, stringify } from 'yaml';

/** A loaded OpenAPI document. */
export interface LoadedSchema {
  readonly document: Record<string, unknown>;
  /** The YAML to publish: the file itself when it is YAML, else the document rendered as YAML. */
  readonly yaml: string;
  /** The document as indented JSON. */
  readonly json: string;
  /** SHA-256 (hex) of `canonicalJson(document)`: formatting, key order and YAML vs JSON do not count. */
  readonly sha256: string;
  /** `info.title`, when the document has one. */
  readonly title: string | undefined;
}

/**
 * Reads and parses the schema file (`shown` is the input's value, for messages).
 *
 * @throws ConfigError naming `schema` when the file is missing, does not parse, or is not an
 *   OpenAPI (or Swagger) document.
 */
export async function loadSchema(file: string, shown: string): Promise<LoadedSchema> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'EISDIR') throw error;
    throw new ConfigError(
      `Input "schema": ${shown} is not a file; point it at the OpenAPI schema (such as the one generate-openapi writes).`,
      { input: 'schema' },
    );
  }
  let document: unknown;
  try {
    document = parse(text, { maxAliasCount: 1000 });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new ConfigError(`Input "schema": ${shown} is not valid YAML or JSON (${reason}).`, {
      input: 'schema',
    });
  }
  if (!isOpenApi(document)) {
    throw new ConfigError(
      `Input "schema": ${shown} is not an OpenAPI document (no top-level "openapi" or "swagger" version).`,
      { input: 'schema' },
    );
  }
  const isJson = path.extname(file).toLowerCase() === '.json' || text.trimStart().startsWith('{');
  const info = document.info as { title?: unknown } | undefined;
  return {
    document,
    yaml: isJson ? stringify(document) : text,
    json: `${JSON.stringify(document, null, 2)}\n`,
    sha256: sha256Hex(canonicalJson(document)),
    title: typeof info?.title === 'string' && info.title.trim() ? info.title.trim() : undefined,
  };
}

function isOpenApi(document: unknown): document is Record<string, unknown> {
  if (typeof document !== 'object' || document === null || Array.isArray(document)) return false;
  const { openapi, swagger } = document as Record<string, unknown>;
  return typeof openapi === 'string' || typeof swagger === 'string';
}

/** JSON with object keys sorted at every level and no whitespace: equal documents give equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== 'object' || value === null) return value;
  // No prototype, so a `__proto__` key in the document stays an ordinary key.
  const sorted: Record<string, unknown> = Object.create(null);
  for (const key of Object.keys(value).sort())
    sorted[key] = sortKeys((value as Record<string, unknown>)[key]);
  return sorted;
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * Schema files as data: parsed from YAML or JSON, and put in a canonical form (keys sorted at
 * every level) so that two files are compared by what they say, not by how they are written.
 */
import { createHash } from 'node:crypto';
import { parse, stringify, YAMLParseError } from 'yaml';

/** A schema file that is not YAML or JSON. */
export class SchemaParseError extends Error {
  override readonly name = 'SchemaParseError';
  /** 1-based line of the syntax error, when known. */
  readonly line: number | undefined;
  constructor(message: string, line?: number) {
    super(message);
    this.line = line;
  }
}

/**
 * Parses YAML (1.2) or JSON text. Anchors and aliases are expanded.
 *
 * @throws SchemaParseError naming `name` and the line of the syntax error.
 */
export function parseSchemaText(text: string, name: string): unknown {
  try {
    return parse(text, { maxAliasCount: 10_000 });
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const line = error.linePos?.[0].line;
      const first = error.message.split('\n', 1)[0] ?? error.message;
      throw new SchemaParseError(`${name} is not valid YAML or JSON: ${first}`, line);
    }
    throw error;
  }
}

/** A deep copy with the keys of every object sorted (arrays keep their order). */
export function canonicalize(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonicalize);
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) =>
      a < b ? -1 : a > b ? 1 : 0,
    );
    return Object.fromEntries(entries.map(([key, inner]) => [key, canonicalize(inner)]));
  }
  return value;
}

/** The canonical JSON text: equal for two documents exactly when they hold the same data. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(canonicalize(value));
}

/** The canonical form as YAML with one key per line: what the readable drift diff compares. */
export function canonicalYaml(value: unknown): string {
  return stringify(canonicalize(value), { lineWidth: 0, aliasDuplicateObjects: false });
}

/** SHA-256 of `content` in hex. */
export function sha256(content: string | Buffer): string {
  return createHash('sha256').update(content).digest('hex');
}

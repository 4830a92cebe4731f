/**
 * The JSON half of reading a document (load.ts): which texts are JSON, and their parse, apart
 * from js-yaml, so the command loads the YAML parser only for a document that is not JSON (its
 * start-up on JSON, docs/benchmarks.md).
 */

import { sizedByReader } from './aliases';

export class DocumentParseError extends Error {
  override readonly name = 'DocumentParseError';
}

/** What parseJsonText returns for a text that is to be read as YAML. */
export const NOT_JSON: unique symbol = Symbol('not JSON');

/**
 * `text` parsed as JSON when `name` ends in `.json` or the text starts with `{` or `[`; NOT_JSON
 * for any other text, and for one that starts so but is not JSON and is not named `.json` (a
 * YAML flow mapping also starts with `{`).
 */
export function parseJsonText(text: string, name: string): unknown {
  // A byte order mark is not JSON, but editors write one: read the text after it.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const named = /\.json$/i.test(name);
  if (!named && !/^\s*[{[]/.test(text.slice(0, 256))) return NOT_JSON;
  try {
    // JSON text cannot make one object stand at two places: nothing for diffOpenApi to size.
    return sizedByReader(JSON.parse(text));
  } catch (error) {
    if (named) throw new DocumentParseError(`${name} is not valid JSON: ${(error as Error).message}`);
    return NOT_JSON;
  }
}

/** parseDocumentText (load.ts) as the command reads files: js-yaml is loaded for YAML only. */
export async function readDocumentText(text: string, name: string): Promise<unknown> {
  const json = parseJsonText(text, name);
  if (json !== NOT_JSON) return json;
  const { parseYamlText } = await import('./load');
  return parseYamlText(text, name);
}

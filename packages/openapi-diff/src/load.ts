/**
 * Reads an OpenAPI document from text: JSON with `JSON.parse` (by extension, or when the text
 * starts with `{`), anything else as YAML with js-yaml and the YAML 1.2 core schema, which
 * parses GitHub's 10 MB description several times faster than the `yaml` package here
 * (docs/benchmarks.md).
 */
import { CORE_SCHEMA, type LoadOptions, load, Type } from 'js-yaml';
import { aliasExpansionProblem, sizedByReader } from './aliases';
import { DocumentParseError, NOT_JSON, parseJsonText } from './json-text';

/**
 * YAML 1.2's core schema (null, booleans, integers, floats; no timestamps, so an x-sunset date
 * stays the text written) plus merge keys (`<<: *base`), which OpenAPI documents written by hand
 * use to share fragments: without them `<<` would be read as a property name.
 */
const MERGE = new Type('tag:yaml.org,2002:merge', {
  kind: 'scalar',
  resolve: (data: unknown) => data === '<<' || data === null,
});
const OPENAPI_YAML = CORE_SCHEMA.extend({ implicit: [MERGE] });

export { DocumentParseError };

/**
 * How deep a YAML document may nest. js-yaml reads nesting by recursion and stops at 100 by
 * default, which a deep inline schema can reach; 1,000 is read without exhausting the call
 * stack (docs/decisions.md). JSON has no such limit: `JSON.parse` does not recurse.
 */
const YAML_MAX_DEPTH = 1000;
// js-yaml 4.3 reads `maxDepth`; its type definitions (4.0.9) do not list it yet.
const YAML_OPTIONS = { json: true, schema: OPENAPI_YAML, maxDepth: YAML_MAX_DEPTH } as LoadOptions;

/** Parses `text`; `name` (a file name or `stdin`) picks JSON by its extension and names errors. */
export function parseDocumentText(text: string, name: string): unknown {
  const json = parseJsonText(text, name);
  return json === NOT_JSON ? parseYamlText(text, name) : json;
}

/** Parses `text` as YAML; `name` names errors. */
export function parseYamlText(text: string, name: string): unknown {
  let document: unknown;
  try {
    // About twice as fast here as js-yaml's default schema (docs/benchmarks.md).
    document = load(text, YAML_OPTIONS);
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0];
    if (reason?.startsWith('nesting exceeded maxDepth'))
      throw new DocumentParseError(
        `${name} nests more than ${YAML_MAX_DEPTH} levels deep, past what the YAML reader follows: move inline schemas under components and refer to them with $ref, or give the document as JSON`,
      );
    throw new DocumentParseError(`${name} is not valid YAML: ${reason}`);
  }
  const problem = aliasExpansionProblem(document, text);
  if (problem) throw new DocumentParseError(`${name}: ${problem}`);
  return sizedByReader(document);
}

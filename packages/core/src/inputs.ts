/**
 * Input parsing: raw strings from the platform (and values from `.maint-actions.yml`) become the
 * typed `Inputs<S>` object once, at the entry. Every mistake is a one-line ConfigError naming the
 * input and what it accepts.
 */
import { ConfigError } from './errors';
import { type ActionSpec, camelCase, type InputSpec, type Inputs, type RetiredInput } from './spec';

/** Where a value came from, for error messages. */
type Source = 'input' | 'config' | 'flag';

/** Where a parsed input's value came from: the CI input, the repo config, the spec's default, or nowhere. */
export type InputSource = 'input' | 'config' | 'default' | 'unset';

/** The sources of each object `parseInputs` returned (a copy of it has none). */
const SOURCES = new WeakMap<object, Readonly<Record<string, InputSource>>>();

/** The items of each list input that came from the repo config, for the objects `parseInputs` returned. */
const CONFIG_ITEMS = new WeakMap<object, Readonly<Record<string, readonly string[]>>>();

/**
 * The items of the list input `name` (kebab-case) that came from the repo config, alone or added
 * to by an explicit value (`combine: 'add'`): empty when none did, or for an object `parseInputs`
 * did not return. An action may treat what a repository wrote once for several jobs more leniently
 * than what a job or a flag gives.
 */
export function configItems(inputs: object, name: string): readonly string[] {
  return CONFIG_ITEMS.get(inputs)?.[name] ?? [];
}

/**
 * Where each input of an object returned by `parseInputs` came from, by kebab-case name, so an
 * action can tell "left at the default" from "set to the default value". Undefined for any other
 * object, such as a copy or inputs built by hand.
 */
export function inputSources(inputs: object): Readonly<Record<string, InputSource>> | undefined {
  return SOURCES.get(inputs);
}

const BOOLEAN_TRUE = ['true', 'True', 'TRUE'];
const BOOLEAN_FALSE = ['false', 'False', 'FALSE'];
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/**
 * Parses an action's inputs. For each input: an explicit value (non-empty after trimming) wins,
 * then the repo config's value, then the spec's default; a list input with `combine: 'add'`
 * takes the config's items and the explicit ones together. Keys of the result are camelCase.
 *
 * @param read returns the raw value of a kebab-case input, undefined when unset.
 * @param config this action's section of the repo config (see `configFor`).
 * @param configFile how messages name the file `config` came from (`configFileName`).
 * @throws ConfigError for a bad or missing input, or a retired one that is set.
 */
export function parseInputs<S extends ActionSpec>(
  spec: S,
  read: (name: string) => string | undefined,
  config: Readonly<Record<string, unknown>> = {},
  configFile = '.maint-actions.yml',
): Inputs<S> {
  for (const [name, retired] of Object.entries(spec.retired ?? {})) {
    const given = (read(name)?.trim() ?? '') !== '';
    if (given || !isUnset(config[name])) {
      throw new ConfigError(retiredMessage(name, retired, given ? 'input' : 'config', configFile), {
        input: name,
      });
    }
  }
  const parsed: Record<string, unknown> = {};
  const sources: Record<string, InputSource> = {};
  const fromConfig: Record<string, readonly string[]> = {};
  for (const [name, input] of Object.entries(spec.inputs)) {
    [parsed[camelCase(name)], sources[name]] = parseOne(name, input, read(name), config[name]);
    const value = parsed[camelCase(name)];
    if (
      input.type === 'list' &&
      Array.isArray(value) &&
      (sources[name] === 'config' || input.combine === 'add')
    ) {
      const configured = parseConfigValue(name, input, config[name]);
      if (Array.isArray(configured)) fromConfig[name] = configured;
    }
  }
  SOURCES.set(parsed, sources);
  CONFIG_ITEMS.set(parsed, fromConfig);
  return parsed as Inputs<S>;
}

/**
 * What a user who still sets a retired input reads: `Input "old-name" was renamed to "new-name"
 * in 1.0.0; rename it in your workflow.` (or, from the repo config, in .maint-actions.yml).
 */
export function retiredMessage(
  name: string,
  retired: RetiredInput,
  source: Source,
  configFile = '.maint-actions.yml',
): string {
  if (source === 'flag') {
    return 'replacedBy' in retired
      ? `--${name} was renamed to --${retired.replacedBy} in ${retired.since}; use --${retired.replacedBy}.`
      : `--${name} was removed in ${retired.since}: ${retired.removed}`;
  }
  const where = source === 'config' ? ' in the repo config' : '';
  const file = source === 'config' ? configFile : 'your workflow';
  return 'replacedBy' in retired
    ? `Input "${name}"${where} was renamed to "${retired.replacedBy}" in ${retired.since}; rename it in ${file}.`
    : `Input "${name}"${where} was removed in ${retired.since}: ${retired.removed}; remove it from ${file}.`;
}

function parseOne(
  name: string,
  input: InputSpec,
  raw: string | undefined,
  configured: unknown,
): [unknown, InputSource] {
  const text = raw?.trim() ?? '';
  const given = text !== '' ? parseText(name, input, text, 'input') : undefined;
  const value = parseConfigValue(name, input, configured);
  if (given !== undefined && input.combine === 'add' && Array.isArray(value) && Array.isArray(given)) {
    // The config's items first, then the ones given, each once.
    return [[...new Set([...value, ...given])], 'input'];
  }
  if (given !== undefined) return [given, 'input'];
  if (value !== undefined) return [value, 'config'];
  if (input.default !== undefined)
    return [Array.isArray(input.default) ? [...input.default] : input.default, 'default'];
  if (input.required) {
    throw new ConfigError(`Input "${name}" is required: set it to ${accepts(input)}.`, { input: name });
  }
  return [undefined, 'unset'];
}

/** Parses a non-empty, trimmed string. A list with no items counts as unset (undefined). */
function parseText(name: string, input: InputSpec, text: string, source: Source): unknown {
  const reject = (got: string): never => invalid(name, input, got, source);
  switch (input.type) {
    case 'boolean':
      if (BOOLEAN_TRUE.includes(text)) return true;
      if (BOOLEAN_FALSE.includes(text)) return false;
      return reject(text);
    case 'number': {
      const value = Number(text);
      return DECIMAL.test(text) && Number.isFinite(value) ? value : reject(text);
    }
    case 'enum':
      return input.values?.includes(text) ? text : reject(text);
    case 'list':
      return parseList(name, input, text.split(/[,\n]/), source);
    case 'string':
    case 'path':
      return text;
  }
}

/** Trims items, drops empty ones and checks each against `values`; no items counts as unset. */
function parseList(
  name: string,
  input: InputSpec,
  raw: readonly string[],
  source: Source,
): string[] | undefined {
  const items = raw.map((item) => item.trim()).filter((item) => item !== '');
  const bad = items.find((item) => input.values && !input.values.includes(item));
  if (bad !== undefined) invalid(name, input, bad, source);
  return items.length > 0 ? items : undefined;
}

/** Rejects a value; a secret's value is never echoed. */
function invalid(name: string, input: InputSpec, got: string, source: Source): never {
  const from = source === 'config' ? ' in the repo config' : '';
  const echo = input.secret ? '' : ` (got ${JSON.stringify(got)})`;
  throw new ConfigError(`Input "${name}"${from} must be ${accepts(input)}${echo}.`, { input: name });
}

/** A config value: scalars are read as their text; a list is allowed for `list` inputs only. */
function parseConfigValue(name: string, input: InputSpec, value: unknown): unknown {
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value) && input.type === 'list') {
    const items = value.map((item) => (isScalar(item) ? String(item) : notAValue(name, input)));
    return parseList(name, input, items, 'config');
  }
  if (!isScalar(value)) return notAValue(name, input);
  const text = String(value).trim();
  return text === '' ? undefined : parseText(name, input, text, 'config');
}

/** Unset in the config: absent, null, blank or an empty list. */
function isUnset(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (Array.isArray(value)) return value.length === 0;
  return isScalar(value) && String(value).trim() === '';
}

function isScalar(value: unknown): value is string | number | boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

function notAValue(name: string, input: InputSpec): never {
  throw new ConfigError(`Input "${name}" in the repo config must be ${accepts(input)}.`, { input: name });
}

/** What an input accepts, for messages: "one of ERROR, WARNING, INFO", "true or false", ... */
function accepts(input: InputSpec): string {
  const values = input.values?.join(', ');
  switch (input.type) {
    case 'boolean':
      return 'true or false';
    case 'number':
      return 'a number';
    case 'enum':
      return `one of ${values}`;
    case 'list':
      return values
        ? `a comma- or newline-separated list of ${values}`
        : 'a comma- or newline-separated list';
    case 'path':
      return 'a path';
    case 'string':
      return 'a string';
  }
}

/** The environment variable GitHub sets for an input: `working-directory` -> `INPUT_WORKING-DIRECTORY`. */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** The GitLab job variable carrying an input: `working-directory` -> `MAINT_INPUT_WORKING_DIRECTORY`. */
export function gitlabInputVar(name: string): string {
  return `MAINT_INPUT_${upperSnake(name)}`;
}

/** The dotenv name of an action's output: (`quality-gates`, `status`) -> `MAINT_QUALITY_GATES_STATUS`. */
export function dotenvOutputName(action: string, output: string): string {
  return `MAINT_${upperSnake(action)}_${upperSnake(output)}`;
}

function upperSnake(name: string): string {
  return name.replace(/[^A-Za-z0-9]+/g, '_').toUpperCase();
}

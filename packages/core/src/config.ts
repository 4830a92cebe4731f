/**
 * The optional repo config file, `.maint-actions.yml` (or `.yaml`) at the workspace root. Its
 * top-level keys are action names mapping to their inputs, so a repo sets an input once for
 * GitHub, GitLab and the terminal alike; explicit inputs still win. Other top-level keys belong
 * to their owners (such as ignore lists) and are left alone here.
 *
 * The file is read with YAML's failsafe schema: every scalar stays the text that was written,
 * so `python-version: 3.10` is "3.10" (not the number 3.1) and `yes` is not a boolean; inputs
 * are then parsed from that text exactly as CI inputs are.
 */
import path from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { type ConfigKeys, checkConfigKeys, configKeyTree } from './config-check';
import configKeys from './config-keys.json';
import { ConfigError } from './errors';
import { readFileIfExists } from './files';
import type { ActionSpec } from './spec';

/** The loaded config: `path` is undefined when the repo has no config file. */
export interface RepoConfig {
  readonly path: string | undefined;
  readonly data: Record<string, unknown>;
}

/** Every key the tool reads, written by pnpm generate beside schemas/maint-actions.schema.json. */
const CONFIG_KEYS: ConfigKeys = configKeys;

/** File names looked up at the workspace root, in this order. */
export const CONFIG_FILE_NAMES = ['.maint-actions.yml', '.maint-actions.yaml'] as const;

/**
 * Loads the repo config. Without `explicitPath` it looks for `.maint-actions.yml`, then
 * `.maint-actions.yaml`, at the workspace root; no file gives an empty config. An explicit path
 * (relative to the workspace) must exist. The whole file is checked, every section and not only
 * the caller's: a key the tool does not read fails here, before anything runs (config-check.ts).
 *
 * @throws ConfigError when the file is not valid YAML (naming file and line), not a mapping, or
 *   holds a key no action or owner reads (naming file, line, key path and the key meant).
 */
export async function loadConfig(
  workspace: string,
  explicitPath?: string,
  options: LoadOptions = {},
): Promise<RepoConfig> {
  const candidates = explicitPath ? [explicitPath] : CONFIG_FILE_NAMES;
  for (const candidate of candidates) {
    const file = path.resolve(workspace, candidate);
    const text = await readFileIfExists(file);
    if (text !== undefined) {
      return {
        path: file,
        data: parseConfig(text, candidate, { checkKeys: true, actions: options.actions }),
      };
    }
  }
  if (explicitPath) throw new ConfigError(`Config file ${explicitPath} not found in ${workspace}.`);
  return { path: undefined, data: {} };
}

export interface LoadOptions {
  /** Actions whose sections are checked by their spec (the running one); the rest by config-keys.json. */
  readonly actions?: readonly ActionSpec[];
}

/**
 * This action's section of the config, keyed by kebab-case input name; empty when absent. An
 * action with a `policy` input also gets the top-level `policy:` (the repo's quality policy),
 * unless its section sets its own.
 *
 * @throws ConfigError for a key that is not an input of the action, or a secret input (secrets
 *   come from CI secret variables, never from a committed file).
 */
export function configFor(config: RepoConfig, spec: ActionSpec): Record<string, unknown> {
  const file = config.path ? path.basename(config.path) : CONFIG_FILE_NAMES[0];
  const inherited = inheritedPolicy(config, spec, file);
  const section = config.data[spec.name];
  if (section === undefined || section === null || section === '') return inherited;
  if (!isMapping(section)) {
    throw new ConfigError(`${file}: ${spec.name} must be a mapping of input names to values.`);
  }
  for (const key of Object.keys(section)) {
    const input = spec.inputs[key];
    // A retired input is left to parseInputs, whose message names what replaced it.
    if (!input && spec.retired?.[key]) continue;
    if (!input) {
      const names = Object.keys(spec.inputs).join(', ');
      throw new ConfigError(`${file}: ${spec.name} has no input "${key}"; inputs are: ${names}.`, {
        input: key,
      });
    }
    if (input.secret) {
      throw new ConfigError(
        `${file}: ${spec.name} input "${key}" is a secret; pass it from a CI secret variable, not a committed file.`,
        { input: key },
      );
    }
  }
  return { ...inherited, ...section };
}

/** `{ policy }` from the top-level `policy:` key, for an action that has a `policy` input. */
function inheritedPolicy(config: RepoConfig, spec: ActionSpec, file: string): Record<string, unknown> {
  const policy = config.data.policy;
  if (policy === undefined || policy === null || !('policy' in spec.inputs)) return {};
  if (typeof policy !== 'string') {
    throw new ConfigError(
      `${file}: policy must be a preset name or a policy file path, such as "policy: standard".`,
      { input: 'policy' },
    );
  }
  return { policy };
}

/**
 * Parses config text (failsafe schema: every scalar stays text) into a mapping. With `checkKeys`
 * (the repo config, not a policy file) every key is checked against the keys the tool reads.
 *
 * @throws ConfigError naming `name` (and the line) for invalid YAML, a document that is not a
 *   mapping or, with `checkKeys`, an unknown key.
 */
export function parseConfig(
  text: string,
  name: string,
  options: { readonly checkKeys?: boolean; readonly actions?: readonly ActionSpec[] | undefined } = {},
): Record<string, unknown> {
  const lines = new LineCounter();
  const doc = parseDocument(text, { schema: 'failsafe', lineCounter: lines });
  const [error] = doc.errors;
  if (error) {
    const line = error.linePos?.[0].line;
    const reason = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:$/, '');
    throw new ConfigError(`${name}${line ? `:${line}` : ''}: invalid YAML: ${reason}.`, { cause: error });
  }
  const data: unknown = doc.toJS();
  if (data === null || data === undefined || data === '') return {};
  if (!isMapping(data)) throw new ConfigError(`${name}: expected a mapping of action names to their inputs.`);
  if (options.checkKeys) checkConfigKeys(doc, lines, name, configKeyTree(CONFIG_KEYS, options.actions));
  return data;
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

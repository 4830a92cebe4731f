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
import { type Document, isMap, isScalar, LineCounter, parseDocument, Scalar } from 'yaml';
import { type ConfigKeys, checkConfigKeys, configKeyTree } from './config-check';
import { CONFIG_FILE_NAMES } from './config-files';
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

export { CONFIG_FILE_NAMES };

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

/**
 * The repo config an action reads its file-wide keys from: `loaded`, the file its entry loaded
 * (`--config`, else the default names), or, when none was given (a unit test calling `run`), the
 * file at the default names of `workspace`.
 */
export async function repoConfigOf(workspace: string, loaded: RepoConfig | undefined): Promise<RepoConfig> {
  return loaded ?? loadConfig(workspace);
}

/**
 * How messages name the repo config: its path relative to `workspace` (`ci/maint.yml` under
 * `--config`), else `.maint-actions.yml`.
 */
export function configFileName(config: RepoConfig | undefined, workspace: string): string {
  if (!config?.path) return CONFIG_FILE_NAMES[0];
  return path.relative(workspace, config.path).split(path.sep).join('/') || CONFIG_FILE_NAMES[0];
}

/** The config's name for a message: its path in `workspace` when known, else its file name. */
function nameIn(config: RepoConfig, workspace: string | undefined): string {
  if (workspace !== undefined) return configFileName(config, workspace);
  return config.path ? path.basename(config.path) : CONFIG_FILE_NAMES[0];
}

export interface LoadOptions {
  /** Actions whose sections are checked by their spec (the running one); the rest by config-keys.json. */
  readonly actions?: readonly ActionSpec[];
}

/**
 * This action's section of the config, keyed by kebab-case input name; empty when absent. An
 * action with a `policy`, `install` or `python-version` input also gets the top-level key of that
 * name (the repo's quality policy, how the project is installed, its Python version), unless its
 * section sets its own; explicit inputs win over both (parseInputs).
 *
 * @throws ConfigError for a key that is not an input of the action, or a secret input (secrets
 *   come from CI secret variables, never from a committed file).
 */
export function configFor(config: RepoConfig, spec: ActionSpec, workspace?: string): Record<string, unknown> {
  const file = nameIn(config, workspace);
  const inherited = inheritedInputs(config, spec, file);
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

/**
 * The top-level keys every action with the input of the same name inherits, each a single text,
 * with the message for any other value. Checked for every action, so a bad value stops the first
 * action that runs, not only the one that reads it.
 */
export const INHERITED_KEYS = {
  policy: 'a preset name or a policy file path, such as "policy: standard"',
  install:
    'one line of requirement files or pyproject.toml, comma-separated and relative to the repository root, of letters, digits and ._/- only, no ".." (rename a file with other characters, or pass the install input), such as "install: requirements/dev.txt"',
  'python-version': 'a Python version such as "python-version: \'3.12\'" (major.minor, or major.minor.patch)',
} as const;

/** A Python version as the top-level `python-version:` accepts it: `3.12` or `3.12.4`, nothing else. */
export const PYTHON_VERSION_PATTERN = /^\d{1,2}\.\d{1,3}(\.\d{1,3})?$/;

/**
 * The top-level `install:` as it is accepted: comma-separated paths relative to the repository
 * root, of letters, digits and `._/-`, none starting with `/` or `-`, and (checked apart) none
 * with a `..` segment. GitHub's maintenance jobs that install in shell read the key as text with
 * the same pattern, so a value one refuses, every action refuses, before anything runs.
 */
export const INSTALL_PATTERN = /^[A-Za-z0-9_.][A-Za-z0-9_./-]*(\s*,\s*[A-Za-z0-9_.][A-Za-z0-9_./-]*)*$/;

/** Whether `value` is an `install:` INSTALL_PATTERN accepts with no `..` segment. */
function plainInstall(value: string): boolean {
  return (
    INSTALL_PATTERN.test(value) && !value.split(',').some((file) => file.trim().split('/').includes('..'))
  );
}

/** The top-level `python-version:`, checked; undefined when the file sets none. */
export function configuredPythonVersion(config: RepoConfig, workspace?: string): string | undefined {
  const file = nameIn(config, workspace);
  return topLevelText(config, 'python-version', file);
}

function topLevelText(
  config: RepoConfig,
  key: keyof typeof INHERITED_KEYS,
  file: string,
): string | undefined {
  const value = config.data[key];
  if (value === undefined || value === null || value === '') return undefined;
  const text = typeof value === 'string' ? value.trim() : undefined;
  const valid =
    text !== undefined &&
    (key === 'python-version'
      ? PYTHON_VERSION_PATTERN.test(text)
      : key === 'install'
        ? plainInstall(text)
        : true);
  if (!valid || text === undefined)
    throw new ConfigError(`${file}: ${key} must be ${INHERITED_KEYS[key]}.`, { input: key });
  return text;
}

/** The top-level keys of INHERITED_KEYS the file sets, for an action that has the input of that name. */
function inheritedInputs(config: RepoConfig, spec: ActionSpec, file: string): Record<string, unknown> {
  const inherited: Record<string, unknown> = {};
  for (const key of Object.keys(INHERITED_KEYS) as (keyof typeof INHERITED_KEYS)[]) {
    const value = topLevelText(config, key, file);
    if (value !== undefined && key in spec.inputs) inherited[key] = value;
  }
  return inherited;
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
  if (options.checkKeys) {
    checkConfigKeys(doc, lines, name, configKeyTree(CONFIG_KEYS, options.actions));
    checkInstallLine(doc, lines, name);
  }
  return data;
}

const LINE_SCALARS: readonly string[] = [Scalar.PLAIN, Scalar.QUOTE_SINGLE, Scalar.QUOTE_DOUBLE];

/**
 * The top-level `install:` is written as GitHub's maintenance jobs read it, as a line of text: the
 * key unquoted at the start of a line and its value (plain or quoted, no anchor, alias or tag) on
 * that line. Any other YAML spelling of the same value would be read here and missed there.
 *
 * @throws ConfigError naming the line and the shape to write.
 */
function checkInstallLine(doc: Document, lines: LineCounter, name: string): void {
  const root = doc.contents;
  if (!isMap(root)) return;
  for (const pair of root.items) {
    const key = pair.key;
    if (!isScalar(key) || key.value !== 'install') continue;
    const value = pair.value;
    const keyLine = key.range ? lines.linePos(key.range[0]).line : undefined;
    const empty = value === null || (isScalar(value) && (value.value === null || value.value === ''));
    const oneLine =
      !root.flow &&
      key.type === Scalar.PLAIN &&
      (empty ||
        (isScalar(value) &&
          LINE_SCALARS.includes(value.type ?? '') &&
          !value.anchor &&
          !value.tag &&
          value.range != null &&
          lines.linePos(value.range[0]).line === keyLine &&
          lines.linePos(value.range[1]).line === keyLine));
    if (!oneLine)
      throw new ConfigError(
        `${name}${keyLine ? `:${keyLine}` : ''}: write install: as one line, the key unquoted at its start and the files after it, such as "install: requirements/base.txt, requirements/dev.txt" (GitHub's maintenance jobs read that line as text).`,
        { input: 'install' },
      );
  }
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

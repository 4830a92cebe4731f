/**
 * Command-line parsing derived from the specs: `maint-actions <action> [--<input> value ...]`.
 * Values stay raw strings here; core's `parseInputs` types and checks them like any other input.
 */
import { ConfigError, closest, type InputSpec, type RetiredInput, retiredMessage } from '@maint-actions/core';
import { findAction, type Registry } from './registry';

/** Flags every command accepts. */
export interface GlobalFlags {
  /** `--config <file>`: the repo config file instead of `.maint-actions.yml`. */
  readonly configPath?: string;
  readonly debug: boolean;
}

/** What the command line asks for. */
export type ParsedArgs =
  | { readonly command: 'version' }
  | { readonly command: 'help'; readonly action?: string }
  | {
      readonly command: 'run';
      readonly action: string;
      /** Raw input values by kebab-case name; lists are joined with commas. */
      readonly inputs: Readonly<Record<string, string>>;
      readonly global: GlobalFlags;
    };

/**
 * Parses `argv` (without `node` and the script). Throws a ConfigError, one line naming the
 * option and, for a typo, the closest one.
 */
export function parseArgs(argv: readonly string[], actions: Registry): ParsedArgs {
  if (asksForToolVersion(argv, actions)) return { command: 'version' };
  const help = argv.includes('--help') || argv.includes('-h');
  const tokens = [...argv];
  let debug = false;
  let configPath: string | undefined;
  let action: SpecLike | undefined;
  const values = new Map<string, string[]>();

  while (tokens.length > 0) {
    const token = tokens.shift()!;
    if (token === '-h' || token === '--help') continue;
    if (token === '--debug') debug = true;
    else if (token === '--config' || token.startsWith('--config='))
      configPath = takeValue(token, '--config', tokens);
    else if (!token.startsWith('-')) {
      if (action)
        throw new ConfigError(`unexpected argument '${token}': input values are given as --<input> <value>`);
      action = findOrSuggest(token, actions);
    } else if (help) {
      // Asking for help: the other options do not matter.
    } else if (!action) {
      throw new ConfigError(`'${token}' comes before the action: write maint-actions <action> ${token} ...`);
    } else {
      const { name, value } = readFlag(token, tokens, action);
      const previous = values.get(name);
      if (previous && action.inputs[name]!.type !== 'list') {
        throw new ConfigError(`--${name} is given more than once`, { input: name });
      }
      values.set(name, [...(previous ?? []), value]);
    }
  }

  if (help || !action) return action ? { command: 'help', action: action.name } : { command: 'help' };
  const inputs: Record<string, string> = {};
  for (const [name, list] of values) inputs[name] = list.join(',');
  return {
    command: 'run',
    action: action.name,
    inputs,
    global: configPath === undefined ? { debug } : { configPath, debug },
  };
}

interface SpecLike {
  readonly name: string;
  readonly inputs: Readonly<Record<string, InputSpec>>;
  readonly retired?: Readonly<Record<string, RetiredInput>>;
}

function findOrSuggest(name: string, actions: Registry): SpecLike {
  const found = actions.find((a) => a.spec.name === name);
  if (found) return found.spec;
  const suggestion = closest(
    name,
    actions.map((a) => a.spec.name),
  );
  const hint = suggestion ? `; did you mean '${suggestion}'?` : `; run 'maint-actions --help' for the list`;
  throw new ConfigError(`unknown action '${name}'${hint}`);
}

/** One `--name`, `--name=value`, `--name value`, `--no-name` (booleans) into an input name and raw value. */
function readFlag(token: string, rest: string[], action: SpecLike): { name: string; value: string } {
  const { inputs } = action;
  if (!token.startsWith('--') || token === '--') {
    throw new ConfigError(`unknown option '${token}': inputs are given as --<input> <value>`);
  }
  const eq = token.indexOf('=');
  const flag = eq === -1 ? token.slice(2) : token.slice(2, eq);
  const inline = eq === -1 ? undefined : token.slice(eq + 1);

  const input = inputs[flag];
  if (input) {
    if (input.type === 'boolean') {
      if (inline !== undefined) return { name: flag, value: inline };
      if (rest[0] === 'true' || rest[0] === 'false') return { name: flag, value: rest.shift()! };
      return { name: flag, value: 'true' };
    }
    return { name: flag, value: takeValue(token, `--${flag}`, rest) };
  }

  const negated = flag.startsWith('no-') ? inputs[flag.slice(3)] : undefined;
  if (negated?.type === 'boolean' && inline === undefined) return { name: flag.slice(3), value: 'false' };
  if (negated) throw new ConfigError(`--${flag} is only for booleans; --${flag.slice(3)} takes a value`);

  const retired = action.retired?.[flag];
  if (retired) throw new ConfigError(retiredMessage(flag, retired, 'flag'), { input: flag });
  const suggestion = closest(flag, Object.keys(inputs));
  const hint = suggestion ? `; did you mean --${suggestion}?` : '';
  throw new ConfigError(`unknown option --${flag}${hint}`);
}

/** The value of `--flag=value` or `--flag value`; an option needs one. */
function takeValue(token: string, flag: string, rest: string[]): string {
  const eq = token.indexOf('=');
  if (eq !== -1) return token.slice(eq + 1);
  const next = rest[0];
  if (next === undefined || next.startsWith('--')) throw new ConfigError(`${flag} needs a value`);
  return rest.shift()!;
}

/**
 * `--version` is the tool's own flag, unless it comes after an action that has a `version`
 * input (`maint-actions publish-schema --version 1.4.2`).
 */
function asksForToolVersion(argv: readonly string[], actions: Registry): boolean {
  const at = argv.indexOf('--version');
  if (at === -1) return false;
  let actionAt = -1;
  for (let i = 0; i < argv.length && actionAt === -1; i++) {
    if (argv[i] === '--config')
      i++; // its value is not the action
    else if (!argv[i]!.startsWith('-')) actionAt = i;
  }
  if (actionAt === -1 || at < actionAt) return true;
  return findAction(argv[actionAt]!, actions)?.spec.inputs.version === undefined;
}

/**
 * `--help` text, generated from the specs: the list of actions, and for one action its flags
 * (type, allowed values, default, description) and outputs.
 */
import { type ActionSpec, gitlabInputVar, type InputSpec } from '@maint-actions/core';
import type { Registry } from './registry';

const INDENT = '  ';
const DETAIL_INDENT = '      ';

/** `maint-actions --help`: usage, the actions with their one-line descriptions, global options. */
export function renderGlobalHelp(actions: Registry, width: number): string {
  const names = actions.map((a) => a.spec.name);
  const column = Math.max(...names.map((n) => n.length), 0) + 4;
  const lines = [
    'Usage: maint-actions <action> [--<input> <value> ...]',
    '',
    ...wrap('CI actions for Python/Django services, run from a terminal or a GitLab job.', width),
    '',
    'Actions:',
    ...actions.flatMap((a) => table(a.spec.name, a.spec.description, column, width)),
    '',
    'Other commands:',
    ...table(
      'init',
      "Set up maint-actions in this repository: the starter workflows (GitHub, GitLab or both) and .maint-actions.yml filled in for it, then checked; 'maint-actions init --help'.",
      column,
      width,
    ),
    ...table(
      'schedules',
      "Create or update the GitLab pipeline schedules of the maintenance jobs (weekly, monthly, quarterly); 'maint-actions schedules --help'.",
      column,
      width,
    ),
    ...table(
      'openapi-diff',
      "Breaking changes between two OpenAPI documents (files, - or git:REF:PATH); 'maint-actions openapi-diff --help'.",
      column,
      width,
    ),
    '',
    ...globalOptions(width),
    '',
    ...wrap("Run 'maint-actions <action> --help' for the inputs of an action.", width),
  ];
  return `${lines.join('\n')}\n`;
}

/** `maint-actions <action> --help`: usage, every input as a flag, the outputs, global options. */
export function renderActionHelp(spec: ActionSpec, width: number): string {
  const inputs = Object.entries(spec.inputs);
  const outputs = Object.entries(spec.outputs);
  const outputColumn = Math.max(...outputs.map(([name]) => name.length), 0) + 4;
  const lines = [
    `Usage: maint-actions ${spec.name} [--<input> <value> ...]`,
    '',
    ...wrap(plain(spec.description), width),
    '',
    'Inputs:',
    ...inputs.flatMap(([name, input]) => describeInput(name, input, width)),
    '',
    ...wrap('Lists take comma-separated values or a repeated flag. Unset inputs come from', width),
    ...wrap('MAINT_INPUT_<NAME> variables, then from .maint-actions.yml, then the defaults.', width),
    '',
    'Outputs (printed as name=value at the end):',
    ...outputs.flatMap(([name, output]) => table(name, plain(output.description), outputColumn, width)),
    '',
    ...globalOptions(width),
    '',
    ...wrap('Exit codes: 0 passed, 1 failed, 2 configuration error.', width),
  ];
  return `${lines.join('\n')}\n`;
}

function describeInput(name: string, input: InputSpec, width: number): string[] {
  const flag = input.type === 'boolean' ? `--[no-]${name}` : `--${name} ${placeholder(input)}`;
  const details = [plain(input.description)];
  if (input.type === 'list' && input.values) details.push(`Values: ${input.values.join(', ')}`);
  const shown = defaultText(input);
  if (shown !== undefined) details.push(`Default: ${shown}`);
  if (input.required && input.default === undefined) details.push('Required');
  details.push(`Env: ${gitlabInputVar(name)}`);
  return [
    ...wrap(input.required && input.default === undefined ? `${flag}  (required)` : flag, width, INDENT),
    ...details.flatMap((d) => wrap(d, width, DETAIL_INDENT)),
  ];
}

function placeholder(input: InputSpec): string {
  if (input.type === 'enum' && input.values) return `<${input.values.join('|')}>`;
  return `<${input.type}>`;
}

/** The default as a user would type it; undefined when there is none (or it is empty). */
export function defaultText(input: InputSpec): string | undefined {
  const value = input.default;
  if (value === undefined) return undefined;
  const text = Array.isArray(value) ? value.join(',') : String(value);
  return text === '' ? undefined : text;
}

function globalOptions(width: number): string[] {
  const rows: [string, string][] = [
    ['--config <file>', 'Repo config file (default: .maint-actions.yml at the repository root).'],
    ['--debug', 'Debug logs, and a stack trace for unexpected errors.'],
    ['-h, --help', 'This help.'],
    ['--version', 'The version of maint-actions.'],
  ];
  return ['Options:', ...rows.flatMap(([flag, text]) => table(flag, text, 20, width))];
}

/** A two-column row: `name` in a column of `column` characters, `text` wrapped beside it. */
function table(name: string, text: string, column: number, width: number): string[] {
  const indent = INDENT + ' '.repeat(column);
  const first = INDENT + name.padEnd(column);
  if (first.length > indent.length) return [INDENT + name, ...wrap(text, width, indent)];
  const [head = '', ...tail] = wrap(text, width, indent);
  return [first + head.slice(indent.length), ...tail];
}

/** Word-wraps `text` to `width` columns, each line starting with `indent`. */
export function wrap(text: string, width: number, indent = ''): string[] {
  const room = Math.max(20, width - indent.length);
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > room) {
      lines.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(indent + line);
  return lines;
}

/** Markdown code spans read fine without their backticks in a terminal. */
function plain(text: string): string {
  return text.replace(/`([^`]*)`/g, '$1');
}

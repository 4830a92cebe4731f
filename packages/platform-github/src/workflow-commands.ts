/**
 * The GitHub Actions runner protocol, as documented in "Workflow commands for GitHub Actions":
 * inputs from `INPUT_*` variables, log lines and annotations as `::command props::message` on
 * stdout, and outputs and the job summary appended to the files GITHUB_OUTPUT and
 * GITHUB_STEP_SUMMARY name. Written here rather than taken from @actions/core, whose entry also
 * loads an HTTP client for OIDC tokens: about a megabyte of bundle that every action would parse
 * at start-up for a feature none of them uses.
 */
import { randomUUID } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { EOL } from 'node:os';

type Env = Readonly<Record<string, string | undefined>>;

/** Where an annotation points, with the runner's property names. */
export interface AnnotationProperties {
  readonly title?: string;
  readonly file?: string;
  readonly startLine?: number;
  readonly endLine?: number;
  readonly startColumn?: number;
  readonly endColumn?: number;
}

/** The runner's names of the annotation properties. */
const PROPERTY_NAMES: Readonly<Record<keyof AnnotationProperties, string>> = {
  title: 'title',
  file: 'file',
  startLine: 'line',
  endLine: 'endLine',
  startColumn: 'col',
  endColumn: 'endColumn',
};

/** A message of a workflow command: `%`, CR and LF escaped. */
export function escapeData(value: string): string {
  return value.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/** A property value of a workflow command: as data, and `:` and `,` escaped too. */
export function escapeProperty(value: string): string {
  return escapeData(value).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

/** `::command key=value,key=value::message`. */
export function workflowCommand(
  command: string,
  message: string,
  properties: Readonly<Record<string, string | number | undefined>> = {},
): string {
  const props = Object.entries(properties)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined && entry[1] !== '')
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  return `::${command}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}

/** The runner's writer: stdout lines and the file commands, with `env` naming the files. */
export class WorkflowCommands {
  constructor(
    private readonly env: Env,
    private readonly write: (line: string) => void = (line) => process.stdout.write(line + EOL),
  ) {}

  /** An input as the runner passes it (`INPUT_<NAME>`, spaces as underscores), trimmed; '' when unset. */
  getInput(name: string): string {
    return (this.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
  }

  info(message: string): void {
    this.write(message);
  }

  debug(message: string): void {
    this.write(workflowCommand('debug', message));
  }

  /** An annotation (`error`, `warning` or `notice`), placed when `properties` say where. */
  annotate(
    level: 'error' | 'warning' | 'notice',
    message: string,
    properties: AnnotationProperties = {},
  ): void {
    const named = Object.fromEntries(
      Object.entries(properties).map(([key, value]) => [
        PROPERTY_NAMES[key as keyof AnnotationProperties],
        value,
      ]),
    );
    this.write(workflowCommand(level, message, named));
  }

  /** Hides `value` in every later log line of the job. */
  mask(value: string): void {
    this.write(workflowCommand('add-mask', value));
  }

  /** True when the run has step debug logging on. */
  isDebug(): boolean {
    return this.env.RUNNER_DEBUG === '1';
  }

  /** Runs `fn` inside a collapsible log group. */
  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    this.write(workflowCommand('group', name));
    try {
      return await fn();
    } finally {
      this.write(workflowCommand('endgroup', ''));
    }
  }

  /**
   * Sets a step output: appended to GITHUB_OUTPUT as `name<<delimiter` lines with a random
   * delimiter, so a value may hold several lines.
   */
  setOutput(name: string, value: string): void {
    const file = this.env.GITHUB_OUTPUT;
    if (!file) {
      // An old runner without the output file: the deprecated stdout command.
      this.write('');
      this.write(workflowCommand('set-output', value, { name }));
      return;
    }
    const delimiter = `ghadelimiter_${randomUUID()}`;
    if (name.includes(delimiter) || value.includes(delimiter)) {
      throw new Error(`the output ${name} holds the delimiter ${delimiter}`);
    }
    appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, 'utf8');
  }

  /** Appends Markdown to the job summary. @throws Error when the runner gives no summary file. */
  appendSummary(markdown: string): void {
    const file = this.env.GITHUB_STEP_SUMMARY;
    if (!file) {
      throw new Error('GITHUB_STEP_SUMMARY is not set: this runner does not support job summaries');
    }
    appendFileSync(file, markdown + EOL, 'utf8');
  }
}

/** The runner protocol of this process: the runner sets the variables it reads. */
export const runner = new WorkflowCommands(process.env);

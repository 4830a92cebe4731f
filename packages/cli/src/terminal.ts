/**
 * The terminal Platform: inputs from flags and `MAINT_INPUT_*` variables, coloured logs, live
 * progress on a TTY, the summary printed as text, outputs printed at the end. Everything written
 * goes through `secrets.redact`, and every text handed in (messages, names, findings, progress,
 * the summary, outputs), which may hold a server's or a tool's words, loses its terminal escape
 * sequences and control characters (`stripTerminalControls`) before the tool adds its own colours.
 */
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import {
  type AnnotationProps,
  type Finding,
  gitlabInputVar,
  type Logger,
  type Platform,
  stripTerminalControls as plain,
  type RunContext,
  secrets,
} from '@maint-actions/core';
import { markdownToText } from './markdown';
import { ProgressView } from './progress';
import { colourWanted, createStyle, type Style } from './style';

/** Where text goes: a stream, or a collector in tests. */
export interface TextSink {
  write(text: string): unknown;
}

export interface TerminalPlatformOptions {
  /** The action's kebab-case name. */
  readonly action: string;
  /** Raw input values from the command line, by kebab-case name. */
  readonly inputs?: Readonly<Record<string, string>>;
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly stdout: TextSink;
  readonly stderr: TextSink;
  /** Whether stdout is an interactive terminal: live progress, and colour unless NO_COLOR. */
  readonly isTTY: boolean;
  /** Terminal width (80 when unknown). */
  readonly columns?: number;
  readonly cwd?: string;
  /** Debug logs (`--debug`, or `MAINT_DEBUG=true`). */
  readonly debug?: boolean;
}

/** The terminal platform; `finish()` ends live progress and prints the outputs. */
export interface TerminalPlatform extends Platform {
  finish(): void;
}

/** Creates the terminal platform for one run of `options.action`. */
export function createTerminalPlatform(options: TerminalPlatformOptions): TerminalPlatform {
  const env = options.env ?? process.env;
  const cwd = options.cwd ?? process.cwd();
  const style = createStyle(colourWanted(options.isTTY, env));
  const debug = options.debug ?? env.MAINT_DEBUG === 'true';
  const flags = options.inputs ?? {};
  const outputs = new Map<string, string>();
  const out = (text: string): void => void options.stdout.write(secrets.redact(text));
  const progress = new ProgressView({
    write: out,
    style,
    live: options.isTTY,
    columns: options.columns ?? 80,
  });
  const print = (text: string): void => progress.print(secrets.redact(text));
  const printErr = (text: string): void => {
    // stderr shares the screen with the live block on stdout: draw the text above it the same way.
    if (options.isTTY) print(text);
    else void options.stderr.write(secrets.redact(text));
  };

  const log: Logger = {
    debug: (message) => {
      if (debug) print(`${style.dim(`debug: ${plain(message)}`)}\n`);
    },
    info: (message) => print(`${plain(message)}\n`),
    warning: (message, props) => printErr(`${where(props)}${style.yellow('warning:')} ${plain(message)}\n`),
    error: (message, props) => printErr(`${where(props)}${style.red('error:')} ${plain(message)}\n`),
    group: async (name, fn) => {
      print(`${style.bold(`▸ ${plain(name)}`)}\n`);
      return fn();
    },
    isDebug: () => debug,
  };

  return {
    kind: 'terminal',
    context: gitContext(cwd, env),
    env,
    log,
    cache: { restore: async () => undefined, save: async () => {} },
    // A terminal run is for no pull or merge request: there is nothing to comment on.
    repoHost: () => undefined,

    getInput(name) {
      const value = (flags[name] ?? env[gitlabInputVar(name)])?.trim();
      return value ? value : undefined;
    },

    async setOutput(name, value) {
      outputs.set(name, value);
    },

    setSecret(value) {
      secrets.add(value);
    },

    async writeSummary(markdown) {
      print(`\n${markdownToText(plain(secrets.redact(markdown)), style)}`);
    },

    annotate(findings) {
      for (const finding of findings) print(`${annotationLine(finding, style)}\n`);
    },

    progress(event) {
      progress.update({
        ...event,
        label: plain(event.label),
        ...(event.detail === undefined ? {} : { detail: plain(event.detail) }),
      });
    },

    finish() {
      progress.finish();
      if (outputs.size > 0) out('\n');
      for (const [name, value] of outputs) out(`${name}=${plain(value.replace(/\r?\n/g, '\\n'))}\n`);
    },
  };
}

/** `path:line: severity: message [rule]`, the form editors and terminals link. */
export function annotationLine(finding: Finding, style: Style = createStyle(false)): string {
  const severity = { error: style.red, warning: style.yellow, notice: style.cyan }[finding.severity](
    finding.severity,
  );
  const rule = finding.rule ? ` [${plain(finding.rule)}]` : '';
  return `${where(finding)}${severity}: ${plain(finding.message)}${rule}`;
}

function where(props: AnnotationProps | undefined): string {
  if (!props?.file) return '';
  return `${plain(props.file)}${props.line ? `:${props.line}` : ''}${props.line && props.column ? `:${props.column}` : ''}: `;
}

/** Workspace, sha and branch from git; the cwd alone when git or a repository is missing. */
export function gitContext(cwd: string, env: Readonly<Record<string, string | undefined>>): RunContext {
  const git = (...args: string[]): string | undefined => {
    const result = spawnSync('git', args, { cwd, encoding: 'utf8', env: { ...env } as NodeJS.ProcessEnv });
    return result.status === 0 ? result.stdout.trim() : undefined;
  };
  const workspace = git('rev-parse', '--show-toplevel') || cwd;
  const [sha, ref] = git('rev-parse', 'HEAD', '--abbrev-ref', 'HEAD')?.split('\n') ?? [];
  return {
    workspace,
    tempDir: env.TMPDIR || os.tmpdir(),
    ...(sha ? { sha } : {}),
    ...(ref && ref !== 'HEAD' ? { refName: ref } : {}),
  };
}

/**
 * The terminal Platform: inputs from flags and `MAINT_INPUT_*` variables, coloured logs, live
 * progress on a TTY, the summary printed as text, outputs printed at the end. Everything written
 * goes through `secrets.redact`, and every text handed in (messages, names, findings, progress,
 * the summary, outputs), which may hold a server's or a tool's words, loses its terminal escape
 * sequences and control characters (`stripTerminalControls`) before the tool adds its own colours.
 *
 * A terminal is one stream where GitHub and GitLab have several surfaces (the log, the summary,
 * annotations), so each thing is printed once: an annotation the printed summary already shows is
 * left out, and an output block of the summary that the log printed during the run is named, not
 * printed again (see `withoutRepeatedOutput`). The summary and report files are not changed.
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

  // What this run printed that the printed summary could repeat: the log's text (kept within a
  // bound, newest last) and the summary's own text.
  const logged: string[] = [];
  let loggedSize = 0;
  let summaryText = '';
  const remember = (text: string): void => {
    logged.push(text);
    loggedSize += text.length;
    while (loggedSize > LOG_MEMORY_CHARS && logged.length > 1) loggedSize -= logged.shift()?.length ?? 0;
  };

  const log: Logger = {
    debug: (message) => {
      if (debug) print(`${style.dim(`debug: ${plain(message)}`)}\n`);
    },
    info: (message) => {
      const text = plain(message);
      remember(text);
      print(`${text}\n`);
    },
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
      const text = markdownToText(withoutRepeatedOutput(plain(secrets.redact(markdown)), logged), style);
      summaryText += style.enabled ? plain(text) : text;
      print(`\n${text}`);
    },

    annotate(findings) {
      for (const finding of findings) {
        if (!shownIn(summaryText, finding)) print(`${annotationLine(finding, style)}\n`);
      }
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

/** How much of the log's text is kept to recognise an output block the summary repeats. */
const LOG_MEMORY_CHARS = 4 * 1024 * 1024;

/**
 * Whether the printed summary `summary` already shows `finding`: its file and the start of its
 * message (a summary cuts long messages) are in it. Such a finding is not printed again.
 */
export function shownIn(summary: string, finding: Finding): boolean {
  const message = plain(finding.message).split('\n')[0]?.trim().slice(0, 60) ?? '';
  if (message === '' || !summary.includes(message)) return false;
  return !finding.file || summary.includes(plain(finding.file));
}

/**
 * `markdown` with each `<details>` block whose code block the log already printed in full (a
 * failed gate's last lines, logged under its heading during the run) reduced to its title and
 * `printed above`.
 */
export function withoutRepeatedOutput(markdown: string, logged: readonly string[]): string {
  return markdown.replace(
    /<details><summary>(.*?)<\/summary>\n\n(`{3,})[^\n]*\n([\s\S]*?)\n\2\n\n<\/details>/g,
    (block, title: string, _fence: string, body: string) => {
      const lines = normalise(body);
      if (lines === '') return block;
      return logged.some((text) => normalise(text).includes(lines)) ? `${title}: printed above.` : block;
    },
  );
}

function normalise(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .trim();
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

/**
 * The GitHub Actions runner protocol, through @actions/core: inputs, log lines, annotations,
 * masks, groups, outputs and the job summary. What this module adds is the one rule the toolkit
 * leaves to its callers: text the action did not author (a server's answer, a file's content, a
 * tool's output) never reaches the runner as a workflow command.
 *
 * The runner reads every line of stdout and stderr (a line ends at LF, CR or CRLF) and runs it as
 * a command when, after leading white space, it starts with `::`, or when it holds `##[`
 * anywhere (the older syntax). It compares with .NET's culture-aware string functions, which skip
 * characters such as a soft hyphen or a zero-width space, so `:\u00AD:add-mask::x` counts too.
 * @actions/core escapes the messages of the commands it writes (`%`, CR, LF), but `info` writes
 * its text as it is. So a log line that could hold a command is fenced, as the toolkit documents:
 * `::stop-commands::<token>`, the text, then `::<token>::`, with a fresh random token that the
 * text does not contain; in between, the runner runs no command at all.
 */
import { randomUUID } from 'node:crypto';
import * as core from '@actions/core';

/** Where an annotation points, with the toolkit's property names. */
export type AnnotationProperties = core.AnnotationProperties;

/**
 * Characters that may stand between the two marks of a command and still be skipped by a
 * culture-aware comparison: anything that is not a letter, digit, punctuation or symbol (white
 * space, controls, format characters, combining marks, unassigned code points).
 */
const SKIPPABLE = '[^\\p{L}\\p{N}\\p{P}\\p{S}]*';
const COMMAND_MARK = new RegExp(`:${SKIPPABLE}:|#${SKIPPABLE}#${SKIPPABLE}\\[`, 'u');

/**
 * True when `text` could hold a workflow command on any of its lines: a `::` or `##[`, also with
 * white space or invisible characters between the marks. Errs on the safe side: such text is
 * fenced even where the runner would not have read a command in it.
 */
export function mayHoldCommand(text: string): boolean {
  return COMMAND_MARK.test(text);
}

/** A token for `::stop-commands::` that `text` does not contain. */
export function stopToken(text: string): string {
  for (;;) {
    const token = `maint-${randomUUID()}`;
    if (!text.toLowerCase().includes(token)) return token;
  }
}

/**
 * Writes a log line (or several): as it is when it cannot hold a command, else fenced with
 * `::stop-commands::` so that the runner shows it and runs nothing in it.
 */
export function writeLog(text: string): void {
  if (!mayHoldCommand(text)) {
    core.info(text);
    return;
  }
  const token = stopToken(text);
  core.info(`::stop-commands::${token}`);
  core.info(text);
  core.info(`::${token}::`);
}

/** Why the job summary cannot be written, or undefined when it can be. */
function summaryUnavailable(env: Readonly<Record<string, string | undefined>>): string | undefined {
  return env.GITHUB_STEP_SUMMARY
    ? undefined
    : 'GITHUB_STEP_SUMMARY is not set: this runner keeps no job summary';
}

/** The runner's side of the GitHub platform: @actions/core, with outside text fenced. */
export const runner = {
  /** An input as the runner passes it (`INPUT_<NAME>`, spaces as underscores), trimmed; '' when unset. */
  getInput: (name: string): string => core.getInput(name),
  info: writeLog,
  debug: (message: string): void => core.debug(message),
  /** An annotation (`error`, `warning` or `notice`), placed when `properties` say where. */
  annotate(
    level: 'error' | 'warning' | 'notice',
    message: string,
    properties: AnnotationProperties = {},
  ): void {
    const write = { error: core.error, warning: core.warning, notice: core.notice }[level];
    write(message, properties);
  },
  /**
   * Fails the step with `message` (an error annotation) and `exitCode`: @actions/core's
   * `setFailed` sets 1, and a configuration error exits 2.
   */
  setFailed(message: string, exitCode: number): void {
    core.setFailed(message);
    process.exitCode = exitCode;
  },
  /** Hides `value` in every later log line of the job. */
  mask: (value: string): void => core.setSecret(value),
  isDebug: (): boolean => core.isDebug(),
  /** Runs `fn` inside a collapsible log group. */
  group: <T>(name: string, fn: () => Promise<T>): Promise<T> => core.group(name, fn),
  /** Sets a step output (GITHUB_OUTPUT, with a random heredoc delimiter). */
  setOutput: (name: string, value: string): void => core.setOutput(name, value),
  /** Keeps `value` for the post step of this action. */
  saveState: (name: string, value: string): void => core.saveState(name, value),
  /** What the main step kept with `saveState`; '' when nothing. */
  getState: (name: string): string => core.getState(name),
  /**
   * Appends Markdown to the job summary. @returns why it could not (no summary file on this
   * runner, a file it cannot write), undefined when written.
   */
  async appendSummary(markdown: string): Promise<string | undefined> {
    const missing = summaryUnavailable(process.env);
    if (missing) return missing;
    try {
      await core.summary.addRaw(markdown, true).write();
      return undefined;
    } catch (error) {
      core.summary.emptyBuffer();
      return error instanceof Error ? error.message : String(error);
    }
  },
  /**
   * An OIDC ID token of this job for `audience` (the job needs `permissions: id-token: write`).
   * The token is masked. The HTTP client behind it loads on this first call.
   */
  idToken: (audience?: string): Promise<string> => core.getIDToken(audience),
};

/**
 * The Platform adapter for GitLab CI jobs (the `maint-actions` CLI running a component's job).
 * No SDK: inputs and context come from variables, outputs go to a dotenv report, logs to stdout.
 */
import { appendFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Finding, Platform, ProgressEvent } from '@maint-actions/core';
import { defaultReportDir, dotenvOutputName, gitlabInputVar, secrets } from '@maint-actions/core';
import { createGitlabCache } from './cache';
import { gitlabContext } from './context';
import { setDotenvValue } from './dotenv';
import { createGitlabLogger, location } from './log';
import { createGitlabRepoHost } from './repo-host';

export interface GitlabPlatformOptions {
  /** The action's kebab-case name: names the dotenv file, its keys and the report directory. */
  readonly action: string;
  /** Job variables (process.env by default). */
  readonly env?: Record<string, string | undefined>;
  /** Where log lines go (process.stdout by default). */
  readonly stdout?: NodeJS.WritableStream;
}

/** `path:line: severity: message [rule]`, the one-line form of a finding in the job log. */
export function findingLine(finding: Finding): string {
  const rule = finding.rule ? ` [${finding.rule}]` : '';
  return `${location(finding)}${finding.severity}: ${finding.message}${rule}`;
}

/**
 * Creates the GitLab platform.
 * - inputs: `MAINT_INPUT_<NAME>` variables (set by the component from `$[[ inputs.* ]]`);
 * - outputs: `MAINT_<ACTION>_<OUTPUT>` lines in the dotenv file at `MAINT_DOTENV`, or
 *   `<CI_PROJECT_DIR>/.maint-actions/<action>.env` (relative paths are from CI_PROJECT_DIR);
 * - summary: appended to `<report dir>/summary.md`, a job artifact;
 * - cache: see ./cache (the job's `cache:` moves the files, a marker file records the key);
 * - repoHost: see ./repo-host (MR notes with an access token, generic packages with either token).
 */
export function createGitlabPlatform(options: GitlabPlatformOptions): Platform {
  const env = options.env ?? process.env;
  const context = gitlabContext(env);
  const debug = env.CI_DEBUG_TRACE === 'true' || env.MAINT_DEBUG === 'true';
  const log = createGitlabLogger({ stdout: options.stdout ?? process.stdout, debug });
  const dotenvFile = path.resolve(
    context.workspace,
    env.MAINT_DOTENV || `.maint-actions/${options.action}.env`,
  );
  const summaryFile = path.join(defaultReportDir(context.workspace, options.action), 'summary.md');
  const lastState = new Map<string, ProgressEvent['state']>();
  // Outputs are read-modify-write on one file: chain them so concurrent calls cannot lose a line.
  let outputs: Promise<void> = Promise.resolve();
  let summaryAnnounced = false;

  return {
    kind: 'gitlab',
    context,
    env,
    log,
    cache: createGitlabCache(context.workspace, log),

    getInput(name) {
      const value = env[gitlabInputVar(name)]?.trim();
      return value ? value : undefined;
    },

    setOutput(name, value) {
      const key = dotenvOutputName(options.action, name);
      const write = outputs.then(() => setDotenvValue(dotenvFile, key, secrets.redact(value)));
      outputs = write.catch(() => {});
      return write;
    },

    setSecret(value) {
      secrets.add(value);
    },

    async writeSummary(markdown) {
      await mkdir(path.dirname(summaryFile), { recursive: true });
      await appendFile(summaryFile, `${secrets.redact(markdown)}\n`);
      if (!summaryAnnounced) {
        summaryAnnounced = true;
        log.info(`Summary: ${path.relative(context.workspace, summaryFile)} (job artifact)`);
      }
    },

    annotate(findings) {
      for (const finding of findings) log.print(findingLine(finding));
    },

    progress(event) {
      if (lastState.get(event.id) === event.state) return;
      lastState.set(event.id, event.state);
      log.info(`[${event.state}] ${event.label}${event.detail ? `: ${event.detail}` : ''}`);
    },

    repoHost(token) {
      return createGitlabRepoHost(token, { env, changeNumber: context.changeNumber, log });
    },
  };
}

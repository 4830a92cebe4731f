/**
 * The Platform adapter for GitHub Actions: the only code (with ./cache, ./client and
 * ./workflow-commands) that imports @actions/*. The runner protocol (@actions/core, through
 * ./workflow-commands) reads its inputs and file-command paths (GITHUB_OUTPUT,
 * GITHUB_STEP_SUMMARY ...) from process.env, as the runner sets them; the injected `env` feeds
 * the context and `Platform.env`. Every log line goes through `runner.info`, which fences text
 * that could hold a workflow command, so no call site has to escape what it logs.
 */
import type { AnnotationProps, Finding, Logger, Platform, ProgressEvent } from '@maint-actions/core';
import { secrets } from '@maint-actions/core';
import { createGithubCache } from './cache';
import { githubClient } from './client';
import { githubContext } from './context';
import { createGithubRepoHost } from './repo-host';
import { type AnnotationProperties, runner } from './workflow-commands';

export interface GithubPlatformOptions {
  /** Environment for the context and `Platform.env` (process.env by default). */
  readonly env?: Record<string, string | undefined>;
}

/** Our annotation props in the runner's shape; undefined when none is set (a plain `::error::`). */
export function annotationProperties(props: AnnotationProps | undefined): AnnotationProperties | undefined {
  const converted: AnnotationProperties = {
    title: props?.title === undefined ? undefined : secrets.redact(props.title),
    file: props?.file,
    startLine: props?.line,
    endLine: props?.endLine,
    startColumn: props?.column,
  };
  const set = Object.entries(converted).filter(([, value]) => value !== undefined);
  return set.length > 0 ? Object.fromEntries(set) : undefined;
}

function createLogger(): Logger {
  return {
    debug: (message) => runner.debug(secrets.redact(message)),
    info: (message) => runner.info(secrets.redact(message)),
    warning: (message, props) =>
      runner.annotate('warning', secrets.redact(message), annotationProperties(props)),
    error: (message, props) => runner.annotate('error', secrets.redact(message), annotationProperties(props)),
    group: (name, fn) => runner.group(secrets.redact(name), fn),
    isDebug: () => runner.isDebug(),
  };
}

/** Creates the GitHub platform (see the Platform port in @maint-actions/core). */
export function createGithubPlatform(options: GithubPlatformOptions = {}): Platform {
  const env = options.env ?? process.env;
  const log = createLogger();
  const context = githubContext(env);
  const lastState = new Map<string, ProgressEvent['state']>();
  let summaryMissing = false;

  return {
    kind: 'github',
    context,
    env,
    log,
    cache: createGithubCache(log),

    getInput(name) {
      return runner.getInput(name) || undefined;
    },

    async setOutput(name, value) {
      runner.setOutput(name, secrets.redact(value));
    },

    setSecret(value) {
      if (!value) return;
      runner.mask(value);
      secrets.add(value);
    },

    async writeSummary(markdown) {
      const problem = await runner.appendSummary(secrets.redact(markdown));
      // No summary file (an old or local runner): the report stays in the log and the report
      // files, and the action goes on to set its outputs. Said once per run.
      if (problem && !summaryMissing) {
        summaryMissing = true;
        log.warning(`No job summary written (${problem}); the report is in this log and the report files.`, {
          title: 'Job summary',
        });
      }
    },

    annotate(findings: readonly Finding[]) {
      for (const finding of findings) {
        runner.annotate(finding.severity, secrets.redact(finding.message), annotationProperties(finding));
      }
    },

    progress(event) {
      if (lastState.get(event.id) === event.state) return;
      lastState.set(event.id, event.state);
      log.info(`[${event.state}] ${event.label}${event.detail ? `: ${event.detail}` : ''}`);
    },

    repoHost(token) {
      if (!token || !context.repository) return undefined;
      return createGithubRepoHost({
        client: () => githubClient(token, { baseUrl: env.GITHUB_API_URL || undefined }),
        repository: context.repository,
        changeNumber: context.changeNumber,
        log,
      });
    },
  };
}

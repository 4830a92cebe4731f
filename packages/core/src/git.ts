/**
 * git in one checkout, as the actions that write to a repository run it: argument arrays, never
 * a prompt, messages in English (LC_ALL=C, because some are matched), a time limit per command,
 * and a one-line account of what git said when it failed.
 */

import { ToolMissingError } from './errors';
import { CommandNotFoundError, type RunResult, runProcess } from './process';

type Env = Readonly<Record<string, string | undefined>>;

/** Each git command gives up after this long. */
export const GIT_TIMEOUT_MS = 5 * 60_000;

export interface GitRunOptions {
  /** Written to git's stdin. */
  readonly input?: string;
  /** Variables for this command only, over the runner's. */
  readonly env?: Env;
}

/** Runs git commands in one checkout. */
export interface GitRunner {
  readonly workspace: string;
  /** Runs git; the result whatever the exit code. @throws ToolMissingError without git. */
  run(args: readonly string[], options?: GitRunOptions): Promise<RunResult>;
  /** stdout of a command that must succeed. @throws Error with git's message otherwise. */
  out(args: readonly string[], options?: GitRunOptions): Promise<string>;
}

/**
 * A git runner for `workspace`. `purpose` ends the message when git is missing, such as
 * `tag-release needs git on PATH`.
 */
export function gitRunner(workspace: string, env: Env, purpose: string): GitRunner {
  const base: Env = { ...env, GIT_TERMINAL_PROMPT: '0', GCM_INTERACTIVE: 'never', LC_ALL: 'C' };
  const run = async (args: readonly string[], options: GitRunOptions = {}): Promise<RunResult> => {
    try {
      return await runProcess({
        command: 'git',
        args,
        cwd: workspace,
        env: { ...base, ...options.env },
        input: options.input,
        timeoutMs: GIT_TIMEOUT_MS,
      });
    } catch (error) {
      if (error instanceof CommandNotFoundError) {
        throw new ToolMissingError('git', `${purpose} (apt-get install git)`);
      }
      throw error;
    }
  };
  return {
    workspace,
    run,
    async out(args, options) {
      const result = await run(args, options);
      if (result.exitCode !== 0) throw new Error(`git ${args[0]} failed: ${gitMessage(result)}`);
      return result.stdout;
    },
  };
}

/**
 * What git said went wrong, for messages: its `remote:`, `error:` and `fatal:` lines and the
 * destination and reason of each refused ref in `--porcelain` output, else its last lines.
 */
export function gitMessage(result: RunResult): string {
  const lines = `${result.stderr}\n${result.stdout}`
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const telling = lines
    .filter((line) => /^(remote:|error:|fatal:|!)/.test(line))
    .filter((line) => !line.startsWith('error: failed to push some refs'))
    .map(refusedRef);
  const picked = telling.length > 0 ? telling : lines.slice(-3);
  return [...new Set(picked)].join(' / ') || `exit code ${result.exitCode}`;
}

/** A `--porcelain` line of a refused ref (`!<TAB>src:dst<TAB>reason`) as `dst reason`; other lines as they are. */
function refusedRef(line: string): string {
  if (!line.startsWith('!')) return line;
  const [, refspec = '', reason = ''] = line.split('\t');
  return `${refspec.split(':').at(-1) ?? ''} ${reason}`.trim();
}

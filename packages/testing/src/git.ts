/** git for test set-ups: one synchronous runner that says what failed. */
import { spawnSync } from 'node:child_process';

/**
 * Runs `git args` in `cwd` and returns its trimmed stdout; throws with git's stderr when it fails,
 * so a broken set-up names the command instead of failing an assertion later.
 */
export function gitSync(cwd: string, ...args: string[]): string {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout.trim();
}

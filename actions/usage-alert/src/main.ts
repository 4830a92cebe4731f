/**
 * The GitHub entry of usage-alert. It exports `run()`, which @github/local-action imports and
 * calls; the bundle (`node dist/usage-alert/index.js` on the runner) runs it itself.
 */
import { isEntryScript, runGithubAction } from '@maint-actions/platform-github';
import { usageAlert } from './index';

export function run(): Promise<void> {
  return runGithubAction(usageAlert);
}

if (isEntryScript(import.meta.url)) await run();

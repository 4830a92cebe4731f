/**
 * The GitHub entry of rollback-plan. It exports `run()`, which @github/local-action imports and
 * calls; the bundle (`node dist/rollback-plan/index.js` on the runner) runs it itself.
 */
import { isEntryScript, runGithubAction } from '@maint-actions/platform-github';
import { rollbackPlan } from './index';

export function run(): Promise<void> {
  return runGithubAction(rollbackPlan);
}

if (isEntryScript(import.meta.url)) await run();

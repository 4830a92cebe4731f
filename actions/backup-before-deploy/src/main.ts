/**
 * The GitHub entry of backup-before-deploy. It exports `run()`, which @github/local-action imports and
 * calls; the bundle (`node dist/backup-before-deploy/index.js` on the runner) runs it itself.
 */
import { isEntryScript, runGithubAction } from '@maint-actions/platform-github';
import { backupBeforeDeploy } from './index';

export function run(): Promise<void> {
  return runGithubAction(backupBeforeDeploy);
}

if (isEntryScript(import.meta.url)) await run();

/**
 * The GitHub entry of checklist. It exports `run()`, which @github/local-action imports and
 * calls; the bundle (`node dist/checklist/index.js` on the runner) runs it itself.
 */
import { isEntryScript, runGithubAction } from '@maint-actions/platform-github';
import { checklist } from './index';

export function run(): Promise<void> {
  return runGithubAction(checklist);
}

if (isEntryScript(import.meta.url)) await run();

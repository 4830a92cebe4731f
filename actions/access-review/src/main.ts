/**
 * The GitHub entry of access-review. It exports `run()`, which @github/local-action imports and
 * calls; the bundle (`node dist/access-review/index.js` on the runner) runs it itself.
 */
import { isEntryScript, runGithubAction } from '@maint-actions/platform-github';
import { accessReview } from './index';

export function run(): Promise<void> {
  return runGithubAction(accessReview);
}

if (isEntryScript(import.meta.url)) await run();

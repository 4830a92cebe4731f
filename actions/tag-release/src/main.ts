/**
 * The GitHub entry of tag-release. It exports `run()`, which @github/local-action imports and
 * calls; the bundle (`node dist/tag-release/index.js` on the runner) runs it itself.
 */
import { isEntryScript, runGithubAction } from '@maint-actions/platform-github';
import { tagRelease } from './index';

export function run(): Promise<void> {
  return runGithubAction(tagRelease);
}

if (isEntryScript(import.meta.url)) await run();

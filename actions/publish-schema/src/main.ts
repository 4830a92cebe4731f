/**
 * The GitHub entry of publish-schema. It exports `run()`, which @github/local-action imports and
 * calls; the bundle (`node dist/publish-schema/index.js` on the runner) runs it itself.
 */
import { isEntryScript, runGithubAction } from '@maint-actions/platform-github';
import { publishSchema } from './index';

export function run(): Promise<void> {
  return runGithubAction(publishSchema);
}

if (isEntryScript(import.meta.url)) await run();

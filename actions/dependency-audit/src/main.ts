/**
 * The GitHub entry of dependency-audit. It exports `run()`, which @github/local-action imports and
 * calls; the bundle (`node dist/dependency-audit/index.js` on the runner) runs it itself.
 */
import { isEntryScript, runGithubAction } from '@maint-actions/platform-github';
import { dependencyAudit } from './index';

export function run(): Promise<void> {
  return runGithubAction(dependencyAudit);
}

if (isEntryScript(import.meta.url)) await run();

/**
 * The GitHub entry of quality-gates. It exports `run()`, which @github/local-action imports and
 * calls; the bundle (`node dist/quality-gates/index.js` on the runner) runs it itself.
 */
import { isEntryScript, runGithubAction } from '@maint-actions/platform-github';
import { qualityGates } from './index';

export function run(): Promise<void> {
  return runGithubAction(qualityGates);
}

if (isEntryScript(import.meta.url)) await run();

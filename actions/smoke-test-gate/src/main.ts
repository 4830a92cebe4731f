/**
 * The GitHub entry of smoke-test-gate. It exports `run()`, which @github/local-action imports and
 * calls; the bundle (`node dist/smoke-test-gate/index.js` on the runner) runs it itself.
 */
import { isEntryScript, runGithubAction } from '@maint-actions/platform-github';
import { smokeTestGate } from './index';

export function run(): Promise<void> {
  return runGithubAction(smokeTestGate);
}

if (isEntryScript(import.meta.url)) await run();

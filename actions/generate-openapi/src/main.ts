/**
 * The GitHub entry of generate-openapi. It exports `run()`, which @github/local-action imports and
 * calls; the bundle (`node dist/generate-openapi/index.js` on the runner) runs it itself.
 */
import { isEntryScript, runGithubAction } from '@maint-actions/platform-github';
import { generateOpenapi } from './index';

export function run(): Promise<void> {
  return runGithubAction(generateOpenapi);
}

if (isEntryScript(import.meta.url)) await run();

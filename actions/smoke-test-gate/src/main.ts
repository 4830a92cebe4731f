import { runGithubAction } from '@maint-actions/platform-github';
import { smokeTestGate } from './index';

await runGithubAction(smokeTestGate);

import { runGithubAction } from '@maint-actions/platform-github';
import { usageAlert } from './index';

await runGithubAction(usageAlert);

import { runGithubAction } from '@maint-actions/platform-github';
import { rollbackPlan } from './index';

await runGithubAction(rollbackPlan);

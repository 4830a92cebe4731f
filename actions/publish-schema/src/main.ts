import { runGithubAction } from '@maint-actions/platform-github';
import { publishSchema } from './index';

await runGithubAction(publishSchema);

import { runGithubAction } from '@maint-actions/platform-github';
import { dependencyAudit } from './index';

await runGithubAction(dependencyAudit);

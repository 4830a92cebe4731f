import { runGithubAction } from '@maint-actions/platform-github';
import { backupBeforeDeploy } from './index';

await runGithubAction(backupBeforeDeploy);

import { runGithubAction } from '@maint-actions/platform-github';
import { qualityGates } from './index';

await runGithubAction(qualityGates);

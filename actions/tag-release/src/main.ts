import { runGithubAction } from '@maint-actions/platform-github';
import { tagRelease } from './index';

await runGithubAction(tagRelease);

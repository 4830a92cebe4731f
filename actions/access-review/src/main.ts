import { runGithubAction } from '@maint-actions/platform-github';
import { accessReview } from './index';

await runGithubAction(accessReview);

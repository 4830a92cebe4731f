import { runGithubAction } from '@maint-actions/platform-github';
import { checklist } from './index';

await runGithubAction(checklist);

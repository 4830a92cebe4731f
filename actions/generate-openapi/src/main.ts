import { runGithubAction } from '@maint-actions/platform-github';
import { generateOpenapi } from './index';

await runGithubAction(generateOpenapi);

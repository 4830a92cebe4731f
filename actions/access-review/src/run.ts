import {
  type ActionContext,
  type ActionResult,
  ConfigError,
  commentMarker,
  describeError,
  issueTracker,
  type Platform,
  plural,
  readJsonInput,
} from '@maint-actions/core';
import {
  type ChecklistItem,
  checklist,
  parseTokens,
  parseUsers,
  quarterOf,
  renderChecklist,
  reviewUsers,
  type TokenAge,
} from './review';
import type { AccessReviewSpec } from './spec';

type Result = ActionResult<AccessReviewSpec>;
type Inputs = ActionContext<AccessReviewSpec>['inputs'];

/** Runs the action (see the spec and access-review/README.md); `today` is injectable for tests. */
export async function run(
  { platform, inputs }: ActionContext<AccessReviewSpec>,
  today: Date = new Date(),
): Promise<Result> {
  const inactiveDays = daysInput('inactive-days', inputs.inactiveDays);
  const maxTokenAgeDays = daysInput('max-token-age-days', inputs.maxTokenAgeDays);
  let tokens: TokenAge[];
  try {
    tokens = parseTokens(inputs.tokens, maxTokenAgeDays, today);
  } catch (error) {
    throw new ConfigError(`Input "tokens": ${(error as Error).message}.`, { input: 'tokens' });
  }
  const source = await readJsonInput(
    platform,
    { ...inputs, file: inputs.usersFile, fileInput: 'users-file' },
    'a list of accounts',
    parseUsers,
  );
  const accounts = source.value;

  const users = reviewUsers(accounts, inactiveDays, today);
  const inactive = users.filter((u) => u.inactive);
  const due = tokens.filter((t) => t.due);
  const quarter = quarterOf(today);
  const sections = checklist({
    users,
    tokens,
    inactiveDays,
    maxTokenAgeDays,
    extra: (inputs.checklist ?? '')
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
  });
  const headline = [
    `${plural(users.length, 'privileged account')}, ${inactive.length} inactive for more than ${inactiveDays} days (or never logged in)`,
    `${plural(tokens.length, 'service token')}, ${due.length} to rotate${due.length ? ` (${due.map((t) => t.name).join(', ')})` : ''}`,
  ];
  const issue = await syncReviewIssue(platform, inputs, { quarter, headline, sections, today });
  const failed = inputs.failOnInactive && inactive.length > 0;
  const failure = failed
    ? `\n\n**Failed** (\`fail-on-inactive\`): inactive privileged accounts: ${inactive.map((u) => u.username).join(', ')}.`
    : '';
  await platform.writeSummary(
    `## Access review ${quarter}\n\n${headline.map((l) => `- ${l}`).join('\n')}${failure}\n\n${renderChecklist(sections)}\n\n_Accounts read from ${source.origin}._\n${issue.note}`,
  );

  return {
    verdict: failed ? 'failed' : 'passed',
    summary: `Access review ${quarter}: ${headline.join('; ')}`,
    outputs: {
      privileged: String(users.length),
      inactive: String(inactive.length),
      'tokens-due': due.map((t) => t.name).join(','),
      'issue-url': issue.url ?? '',
    },
  };
}

interface ReviewIssue {
  readonly quarter: string;
  readonly headline: readonly string[];
  readonly sections: readonly { title: string; items: readonly ChecklistItem[] }[];
  readonly today: Date;
}

/**
 * Opens this quarter's issue or updates it in place (ticks kept); a closed one is the finished
 * review and is left alone. Returns a note for the summary and the issue's URL.
 */
async function syncReviewIssue(
  platform: Platform,
  inputs: Inputs,
  review: ReviewIssue,
): Promise<{ note: string; url?: string }> {
  const tracker = issueTracker(platform, inputs.token, 'review issue');
  if ('why' in tracker) return { note: `\n> ${tracker.why}\n` };
  const { issues } = tracker;
  const marker = `access-review:${review.quarter}`;
  try {
    const previous = await issues.find(marker);
    if (previous?.state === 'closed') {
      platform.log.info(`The ${review.quarter} review is closed already: ${previous.url}`);
      return {
        note: `\n_The ${review.quarter} review issue is closed already: ${previous.url}._\n`,
        url: previous.url,
      };
    }
    const run = platform.context.runUrl ? ` by [this run](${platform.context.runUrl})` : '';
    const issue = await issues.upsert({
      marker,
      title: `Access review ${review.quarter}`,
      body: [
        commentMarker(marker),
        `The quarterly access review: tick each line once done, close the issue when the review is complete.`,
        '',
        ...review.headline.map((l) => `- ${l}`),
        '',
        renderChecklist(review.sections, previous?.body),
        '',
        `_Kept up to date${run} on ${review.today.toISOString().slice(0, 10)}._`,
        '',
      ].join('\n'),
      labels: inputs.labels,
    });
    platform.log.info(`Review issue ${issue.action}: ${issue.url}`);
    return { note: `\n_Review issue ${issue.action}: ${issue.url}._\n`, url: issue.url };
  } catch (error) {
    const why = `The review issue was not updated: ${describeError(error).message}`;
    platform.log.warning(why);
    return { note: `\n> ${why}\n` };
  }
}

function daysInput(input: string, value: number): number {
  if (!(value > 0) || !Number.isInteger(value)) {
    throw new ConfigError(`Input "${input}" must be a whole number of days above 0 (got ${value}).`, {
      input,
    });
  }
  return value;
}

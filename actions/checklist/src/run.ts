import path from 'node:path';
import {
  type ActionContext,
  type ActionResult,
  ConfigError,
  commentMarker,
  configFileName,
  describeError,
  issueTracker,
  type Platform,
  repoConfigOf,
} from '@maint-actions/core';
import {
  BUILT_IN_ITEMS,
  type Cadence,
  inputItems,
  issueLabel,
  issueMarker,
  issueTitle,
  mergeItems,
  periodOf,
  previousPeriodOf,
  renderItems,
  teamItems,
} from './checklist';
import { POSTMORTEM_LABEL, postmortemBody, postmortemMarker, postmortemTitle } from './postmortem';
import { CHECKLISTS_SECTION, type ChecklistSpec } from './spec';

type Result = ActionResult<ChecklistSpec>;

/** What one period's issue holds. */
interface Checklist {
  readonly cadence: Cadence;
  readonly period: string;
  readonly title: string;
  readonly items: readonly string[];
  readonly sources: string;
  readonly today: Date;
}

/** The issue's fate in this run: a note for the summary and the outputs. */
interface IssueOutcome {
  readonly note: string;
  readonly url?: string;
  readonly created: boolean;
  readonly failure?: string;
}

/** Runs the action (see the spec and checklist/README.md); `today` is injectable for tests. */
export async function run(
  { platform, inputs, repoConfig }: ActionContext<ChecklistSpec>,
  today: Date = new Date(),
): Promise<Result> {
  if (inputs.kind === 'postmortem') return openPostmortem(platform, inputs, today);
  const cadence = inputs.cadence;
  if (!cadence) {
    throw new ConfigError(
      'Input "cadence" is required for a checklist: set it to weekly, monthly or quarterly (or set kind: postmortem).',
      { input: 'cadence' },
    );
  }
  const workspace = path.resolve(platform.context.workspace);
  // The file in force: the CLI's --config one, else .maint-actions.yml.
  const config = await repoConfigOf(workspace, repoConfig);
  const file = configFileName(config, workspace);
  const team = teamItems(config.data, file, cadence);
  const extra = inputItems(inputs.items);
  const period = periodOf(cadence, today);
  const checklist: Checklist = {
    cadence,
    period,
    title: issueTitle(cadence, period),
    items: mergeItems(BUILT_IN_ITEMS[cadence], team, extra),
    sources: [
      BUILT_IN_ITEMS[cadence].length ? 'built in' : '',
      team.length ? `\`${CHECKLISTS_SECTION}.${cadence}\` of ${file}` : '',
      extra.length ? 'the `items` input' : '',
    ]
      .filter(Boolean)
      .join(', '),
    today,
  };

  if (checklist.items.length === 0) {
    const why = `No ${cadence} checklist: it has no items (add some under \`${CHECKLISTS_SECTION}.${cadence}\` in ${file}, or set \`items\`).`;
    platform.log.info(why);
    await platform.writeSummary(`## ${checklist.title}\n\n${why}\n`);
    return { verdict: 'passed', skipped: true, summary: why, outputs: { 'issue-url': '', created: 'false' } };
  }

  const issue = await openOnce(platform, inputs.token, checklist);
  await platform.writeSummary(
    `## ${checklist.title}\n\n${renderItems(checklist.items)}\n\n_Items: ${checklist.sources}._\n${issue.note}`,
  );
  const count = `${checklist.items.length} item${checklist.items.length === 1 ? '' : 's'}`;
  return {
    verdict: issue.failure ? 'failed' : 'passed',
    summary: issue.failure ?? `${checklist.title}: ${count}${issue.url ? `, ${issue.url}` : ''}`,
    outputs: { 'issue-url': issue.url ?? '', created: String(issue.created) },
  };
}

/**
 * Opens the period's issue unless it exists already (open, or closed once done: it is left as
 * people left it). Last period's issue still open is linked from the new one, not closed.
 */
async function openOnce(
  platform: Platform,
  token: string | undefined,
  checklist: Checklist,
): Promise<IssueOutcome> {
  const tracker = issueTracker(platform, token, 'checklist issue');
  if ('why' in tracker) return { note: `\n> ${tracker.why}\n`, created: false };
  const { issues } = tracker;
  const { cadence, period, title } = checklist;
  const marker = issueMarker(cadence, period);
  try {
    const existing = await issues.find(marker);
    if (existing) {
      const state = existing.state === 'open' ? 'open' : 'done (closed)';
      platform.log.info(`The ${period} checklist is ${state} already: ${existing.url}`);
      return {
        note: `\n_The ${period} checklist is ${state} already: ${existing.url}._\n`,
        url: existing.url,
        created: false,
      };
    }
    const previousPeriod = previousPeriodOf(cadence, checklist.today);
    const previous = await issues.find(issueMarker(cadence, previousPeriod));
    const stillOpen = previous?.state === 'open' ? previous.url : undefined;
    const carryOver = stillOpen
      ? [
          `> The ${previousPeriod} checklist is still open: ${stillOpen}. Finish it, or carry its open items over here.`,
          '',
        ]
      : [];
    const run = platform.context.runUrl ? ` by [this run](${platform.context.runUrl})` : '';
    const opened = await issues.upsert({
      marker,
      title,
      body: [
        commentMarker(marker),
        `The maintenance work of ${period} that only people can do. Tick each item once done, then close the issue.`,
        '',
        ...carryOver,
        renderItems(checklist.items),
        '',
        `_Opened${run} on ${checklist.today.toISOString().slice(0, 10)}. Items: ${checklist.sources}._`,
        '',
      ].join('\n'),
      labels: [issueLabel(cadence)],
    });
    platform.log.info(`Checklist issue opened: ${opened.url}`);
    const openBefore = stillOpen ? ` The ${previousPeriod} one is still open: ${stillOpen}.` : '';
    return {
      note: `\n_Checklist issue opened: ${opened.url}.${openBefore}_\n`,
      url: opened.url,
      created: true,
    };
  } catch (error) {
    // The verdict fails with this line, which the entry logs as the error.
    const failure = `The ${period} checklist issue was not opened: ${describeError(error).message}`;
    return { note: `\n> ${failure}\n`, created: false, failure };
  }
}

/**
 * `kind: postmortem`: opens the postmortem issue of a failed deploy, once per environment and
 * commit (a re-run finds it). Without a token the job summary holds it; a host that refuses it
 * fails the verdict with its reason.
 */
async function openPostmortem(
  platform: Platform,
  inputs: ActionContext<ChecklistSpec>['inputs'],
  today: Date,
): Promise<Result> {
  const sha = platform.context.sha;
  const ref = platform.context.refName;
  const runUrl = platform.context.runUrl;
  const facts = {
    environment: inputs.environment,
    ...(sha ? { commit: sha } : {}),
    ...(ref ? { ref } : {}),
    ...(inputs.deployedImage ? { image: inputs.deployedImage } : {}),
    ...(inputs.backupId ? { backupId: inputs.backupId } : {}),
    failedChecks: inputs.failedChecks,
    ...(inputs.rollback ? { rollback: inputs.rollback } : {}),
    ...(runUrl ? { runUrl } : {}),
    at: today,
  };
  const title = postmortemTitle(facts);
  const body = postmortemBody(facts);
  const marker = postmortemMarker(facts);
  const tracker = issueTracker(platform, inputs.token, 'postmortem issue');
  let note: string;
  let url: string | undefined;
  let created = false;
  let failure: string | undefined;
  if ('why' in tracker) {
    note = tracker.why;
  } else {
    const { issues } = tracker;
    try {
      const existing = await issues.find(marker);
      if (existing) {
        url = existing.url;
        note = `The postmortem issue is there already: ${existing.url}`;
      } else {
        const opened = await issues.upsert({ marker, title, body, labels: [POSTMORTEM_LABEL] });
        url = opened.url;
        created = true;
        note = `Postmortem issue opened: ${opened.url}`;
      }
      platform.log.info(note);
    } catch (error) {
      failure = `The postmortem issue was not opened: ${describeError(error).message}`;
      note = failure;
    }
  }
  await platform.writeSummary(`## ${title}\n\n> ${note}\n\n${body}`);
  return {
    verdict: failure ? 'failed' : 'passed',
    summary: failure ?? `${title}${url ? `: ${url}` : ''}`,
    outputs: { 'issue-url': url ?? '', created: String(created) },
  };
}

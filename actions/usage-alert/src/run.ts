import {
  type ActionContext,
  type ActionResult,
  ConfigError,
  commentMarker,
  describeError,
  issueTracker,
  networkErrorIn,
  type Platform,
  readJsonInput,
} from '@maint-actions/core';
import type { UsageAlertSpec } from './spec';
import { forecastUsage, parseUsage, renderUsage, type UsageForecast } from './usage';

type Result = ActionResult<UsageAlertSpec>;
type Inputs = ActionContext<UsageAlertSpec>['inputs'];

/** Runs the action (see the spec and usage-alert/README.md); `today` is injectable for tests. */
export async function run(
  { platform, inputs }: ActionContext<UsageAlertSpec>,
  today: Date = new Date(),
): Promise<Result> {
  const threshold = percentInput('threshold', inputs.threshold);
  const failAbove = inputs.failAbove === undefined ? undefined : percentInput('fail-above', inputs.failAbove);
  const source = await readJsonInput(
    platform,
    { ...inputs, file: inputs.usageFile, fileInput: 'usage-file' },
    'a usage',
    (value) => forecastUsage(parseUsage(value, today), today),
  );
  const usage = source.value;

  const above = usage.percent > threshold;
  const markdown = renderUsage(usage, { name: inputs.name, threshold });
  const issue = await syncAlertIssue(platform, inputs, usage, markdown, above, today);
  const overLimit = failAbove !== undefined && usage.percent > failAbove;
  // An alert that could not be raised because the host did not answer must not pass quietly.
  const unraised = above && issue.unreachable !== undefined;
  const failed = overLimit || unraised;
  const failure =
    (overLimit ? `\n\n**Failed**: use is above \`fail-above\` (${failAbove}%).` : '') +
    (unraised ? `\n\n**Failed**: the alert issue could not be opened: ${issue.unreachable}` : '');
  await platform.writeSummary(
    `## Usage alert: ${inputs.name}\n\n${markdown}${failure}\n\n_Read from ${source.origin}._\n${issue.note}`,
  );

  return {
    verdict: failed ? 'failed' : 'passed',
    summary: `Usage of the ${inputs.name}: ${usage.percent}% of the ${usage.period} limit (forecast ${usage.forecastPercent}%)${overLimit ? `, above fail-above (${failAbove}%)` : ''}${unraised ? `; the alert issue could not be opened: ${issue.unreachable}` : ''}`,
    outputs: {
      percent: String(usage.percent),
      used: String(usage.used),
      limit: String(usage.limit),
      forecast: String(usage.forecast),
      alert: above ? 'open' : issue.closed ? 'closed' : 'none',
    },
  };
}

/** Opens or updates the issue above the threshold, closes it under; a note for the summary. */
async function syncAlertIssue(
  platform: Platform,
  inputs: Inputs,
  usage: UsageForecast,
  markdown: string,
  above: boolean,
  today: Date,
): Promise<{ note: string; closed: boolean; unreachable?: string }> {
  const tracker = issueTracker(platform, inputs.token, 'alert issue');
  if ('why' in tracker) return { note: `\n> ${tracker.why}\n`, closed: false };
  const { issues } = tracker;
  const marker = alertMarker(inputs.name);
  const day = today.toISOString().slice(0, 10);
  const run = platform.context.runUrl ? ` ([run](${platform.context.runUrl}))` : '';
  try {
    if (!above) {
      const closed = await issues.close(
        marker,
        `Back under the threshold on ${day}: ${usage.percent}% of the ${usage.period} limit used.${run}`,
      );
      if (!closed) return { note: '', closed: false };
      platform.log.info(`Alert issue closed: ${closed.url}`);
      return { note: `\n_Alert issue closed: ${closed.url}._\n`, closed: true };
    }
    const issue = await issues.upsert({
      marker,
      title: `Usage alert: ${inputs.name} at ${usage.percent}% of the ${usage.period} limit`,
      body: [
        commentMarker(marker),
        markdown,
        '',
        `_Kept up to date${run} on ${day}; closed when use is back under ${inputs.threshold}%._`,
        '',
      ].join('\n'),
      labels: inputs.labels,
      comment: `Now at ${usage.percent}% (${usage.used} of ${usage.limit}) on ${day}, forecast ${usage.forecastPercent}%.${run}`,
    });
    platform.log.info(`Alert issue ${issue.action}: ${issue.url}`);
    return { note: `\n_Alert issue ${issue.action}: ${issue.url}._\n`, closed: false };
  } catch (error) {
    const why = `The alert issue was not updated: ${describeError(error).message}`;
    platform.log.warning(why);
    // The host did not answer (the network policy gave up): the message names it.
    const network = networkErrorIn(error);
    return {
      note: `\n> ${why}\n`,
      closed: false,
      ...(network ? { unreachable: describeError(error).message } : {}),
    };
  }
}

/** One marker per API name, so two APIs keep two issues. */
export function alertMarker(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `usage-alert:${slug || 'api'}`;
}

function percentInput(input: string, value: number): number {
  if (!(value > 0)) {
    throw new ConfigError(`Input "${input}" must be a percent above 0 (got ${value}).`, { input });
  }
  return value;
}

/**
 * `maint-actions schedules`: creates or updates the three pipeline schedules that run
 * templates/maintenance.yml (GitLab cannot declare schedules in YAML). Each schedule is found by
 * its description, so a second run updates it in place instead of adding another.
 */
import { parseArgs } from 'node:util';
import { ConfigError, describeError, ExitCode } from '@maint-actions/core';
import { type GitLabApi, gitlabApi, projectId } from '@maint-actions/platform-gitlab';
import { commandFailed } from './command-error';
import type { TextSink } from './terminal';

/** One maintenance schedule: when it runs and the `MAINT_CADENCE` value it sets. */
export interface Cadence {
  readonly cadence: 'weekly' | 'monthly' | 'quarterly';
  readonly description: string;
  readonly cron: string;
}

/** The three schedules: Monday, the 1st of each month, the 1st of each quarter, 06:00. */
export const CADENCES: readonly Cadence[] = [
  { cadence: 'weekly', description: 'maint-actions: weekly maintenance', cron: '0 6 * * 1' },
  { cadence: 'monthly', description: 'maint-actions: monthly maintenance', cron: '0 6 1 * *' },
  { cadence: 'quarterly', description: 'maint-actions: quarterly maintenance', cron: '0 6 1 1,4,7,10 *' },
];

/** The variable each schedule sets; templates/maintenance.yml gates its jobs on it. */
export const CADENCE_VARIABLE = 'MAINT_CADENCE';

/** What the command does for one cadence. */
export type ScheduleAction = 'create' | 'update' | 'unchanged';

export interface ScheduleChange {
  readonly cadence: Cadence['cadence'];
  readonly action: ScheduleAction;
  /** The schedule's id; undefined for a schedule a dry run would create. */
  readonly id: number | undefined;
}

export interface SyncOptions {
  /** Project id or `group/project` path. */
  readonly project: string;
  /** Branch the schedules run on. */
  readonly ref: string;
  /** Time zone of the cron lines (`cron_timezone`). */
  readonly timezone: string;
  /** Report what would change without changing anything. */
  readonly dryRun: boolean;
}

/** GitLab's pipeline schedule, the fields this command reads. */
interface PipelineSchedule {
  readonly id: number;
  readonly description: string;
  readonly ref: string;
  readonly cron: string;
  readonly cron_timezone: string;
  readonly active: boolean;
  readonly variables?: readonly { readonly key: string; readonly value: string }[];
}

/** GitLab answers `ref` as given or as `refs/heads/<branch>`, depending on its version. */
function sameRef(a: string, b: string): boolean {
  const short = (r: string) => r.replace(/^refs\/heads\//, '');
  return short(a) === short(b);
}

/** Creates or updates the three schedules and their `MAINT_CADENCE` variable. */
export async function syncSchedules(api: GitLabApi, options: SyncOptions): Promise<ScheduleChange[]> {
  const base = `/projects/${projectId(options.project)}/pipeline_schedules`;
  const existing = await api.paginate<PipelineSchedule>(base);
  const changes: ScheduleChange[] = [];
  for (const cadence of CADENCES) {
    const wanted = {
      description: cadence.description,
      ref: options.ref,
      cron: cadence.cron,
      cron_timezone: options.timezone,
      active: true,
    };
    const found = existing.find((s) => s.description === cadence.description);
    if (!found) {
      if (options.dryRun) {
        changes.push({ cadence: cadence.cadence, action: 'create', id: undefined });
        continue;
      }
      const created = await api.request<PipelineSchedule>('POST', base, wanted);
      await api.request('POST', `${base}/${created.id}/variables`, {
        key: CADENCE_VARIABLE,
        value: cadence.cadence,
      });
      changes.push({ cadence: cadence.cadence, action: 'create', id: created.id });
      continue;
    }
    // The list leaves the variables out: read the schedule itself.
    const current = await api.request<PipelineSchedule>('GET', `${base}/${found.id}`);
    const variable = current.variables?.find((v) => v.key === CADENCE_VARIABLE);
    const scheduleStale =
      !sameRef(current.ref, options.ref) ||
      current.cron !== cadence.cron ||
      current.cron_timezone !== options.timezone ||
      !current.active;
    const variableStale = variable?.value !== cadence.cadence;
    if (!options.dryRun) {
      if (scheduleStale) await api.request('PUT', `${base}/${found.id}`, wanted);
      if (variable && variableStale) {
        await api.request('PUT', `${base}/${found.id}/variables/${CADENCE_VARIABLE}`, {
          value: cadence.cadence,
        });
      } else if (!variable) {
        await api.request('POST', `${base}/${found.id}/variables`, {
          key: CADENCE_VARIABLE,
          value: cadence.cadence,
        });
      }
    }
    const action = scheduleStale || variableStale ? 'update' : 'unchanged';
    changes.push({ cadence: cadence.cadence, action, id: found.id });
  }
  return changes;
}

const USAGE =
  'Usage: maint-actions schedules --project <id or path> [--ref main] [--api-url <url>] [--timezone UTC] [--dry-run]';

const HELP = `${USAGE}

Creates or updates the weekly, monthly and quarterly pipeline schedules of a GitLab project,
each with a ${CADENCE_VARIABLE} variable for templates/maintenance.yml. Run it again to update them.

  --project <id>    Project id or path, such as acme/backend.
  --ref <branch>    Branch the schedules run on. Default: main.
  --api-url <url>   GitLab API root. Default: $CI_API_V4_URL.
  --timezone <tz>   Time zone of the schedules. Default: UTC.
  --dry-run         Print what would change and change nothing.

The token comes from the GITLAB_TOKEN environment variable (a project access token with the
api scope and the Maintainer role), never from a flag.
`;

/** Where the command reads its environment and writes its text. */
export interface SchedulesIO {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdout: TextSink;
  readonly stderr: TextSink;
}

function parseSchedulesArgs(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    options: {
      project: { type: 'string' },
      ref: { type: 'string', default: 'main' },
      'api-url': { type: 'string' },
      timezone: { type: 'string', default: 'UTC' },
      'dry-run': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
}

/** Parses the flags into sync options and the API root; a ConfigError says what to change. */
function parseFlags(argv: readonly string[], env: SchedulesIO['env']) {
  let values: ReturnType<typeof parseSchedulesArgs>['values'];
  try {
    values = parseSchedulesArgs(argv).values;
  } catch (error) {
    throw new ConfigError(describeError(error).message);
  }
  if (values.help) return 'help' as const;
  if (!values.project) throw new ConfigError('--project is required: the id or path of the GitLab project.');
  const apiUrl = values['api-url'] || env.CI_API_V4_URL;
  if (!apiUrl)
    throw new ConfigError('Set --api-url (such as https://gitlab.example.com/api/v4) or CI_API_V4_URL.');
  if (!/^https?:\/\//.test(apiUrl))
    throw new ConfigError(`--api-url must be an http(s) URL, not "${apiUrl}".`);
  const token = env.GITLAB_TOKEN;
  if (!token) {
    throw new ConfigError(
      'Set GITLAB_TOKEN to a project access token with the api scope (the token is never a flag).',
    );
  }
  const options: SyncOptions = {
    project: values.project,
    ref: values.ref ?? 'main',
    timezone: values.timezone ?? 'UTC',
    dryRun: values['dry-run'] ?? false,
  };
  return { options, apiUrl, token };
}

const VERBS: Record<ScheduleAction, [now: string, dryRun: string]> = {
  create: ['created', 'would create'],
  update: ['updated', 'would update'],
  unchanged: ['unchanged', 'unchanged'],
};

/** Runs `maint-actions schedules <flags>` and returns the exit code. */
export async function runSchedules(argv: readonly string[], io: SchedulesIO): Promise<ExitCode> {
  try {
    const parsed = parseFlags(argv, io.env);
    if (parsed === 'help') {
      io.stdout.write(HELP);
      return ExitCode.Passed;
    }
    const { options, apiUrl, token } = parsed;
    const changes = await syncSchedules(gitlabApi({ baseUrl: apiUrl, token }), options);
    for (const change of changes) {
      const cadence = CADENCES.find((c) => c.cadence === change.cadence)!;
      const verb = VERBS[change.action][options.dryRun ? 1 : 0];
      const id = change.id === undefined ? '' : ` #${change.id}`;
      io.stdout.write(
        `${verb} ${change.cadence} schedule${id}: "${cadence.cron}" ${options.timezone} on ${options.ref}, ${CADENCE_VARIABLE}=${change.cadence}\n`,
      );
    }
    return ExitCode.Passed;
  } catch (error) {
    return commandFailed('schedules', error, io.stderr);
  }
}

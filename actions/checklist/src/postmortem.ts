/**
 * The postmortem issue (`kind: postmortem`): opened when a deploy or its smoke gate failed and a
 * rollback ran, with the timeline the run knows (commit, image, backup, failing checks,
 * rollback) and the sections of docs/runbooks/postmortem.md for people to fill in. One issue per
 * environment and commit: a re-run of the same failed deploy finds it instead of opening another.
 */
import { commentMarker } from '@maint-actions/core';

/** What the run knows about the failed deploy. */
export interface PostmortemFacts {
  readonly environment: string;
  /** The commit deployed (full SHA), when known. */
  readonly commit?: string;
  readonly ref?: string;
  readonly image?: string;
  readonly backupId?: string;
  /** Checks or steps that failed, such as smoke-test-gate's `failed-checks`. */
  readonly failedChecks: readonly string[];
  /** What the rollback did, such as `redeployed ghcr.io/acme/app:1.4.1`. */
  readonly rollback?: string;
  readonly runUrl?: string;
  readonly at: Date;
}

/** The sections people fill in, in the order of docs/runbooks/postmortem.md. */
export const POSTMORTEM_SECTIONS: readonly (readonly [string, string])[] = [
  ['Impact', 'Who or what was affected, from when to when (UTC), and what data was touched.'],
  ['Detection', 'How the failure was noticed: the gate, an alert, a user.'],
  ['Root cause', 'Why the deploy failed, down to the change that caused it.'],
  ['What went well, what did not', 'The backup, the rollback, the communication.'],
  ['Actions', 'One box each, with an owner and a date; link the issues that track them.'],
];

/** `postmortem:production:<sha>`, or the date when the commit is unknown. */
export function postmortemMarker(facts: PostmortemFacts): string {
  return `postmortem:${facts.environment}:${facts.commit ?? facts.at.toISOString().slice(0, 10)}`;
}

/** `Postmortem: production deploy of 1a2b3c4d5e6f failed on 2026-12-07`. */
export function postmortemTitle(facts: PostmortemFacts): string {
  const what = facts.commit ? ` of ${facts.commit.slice(0, 12)}` : '';
  return `Postmortem: ${facts.environment} deploy${what} failed on ${facts.at.toISOString().slice(0, 10)}`;
}

/** The label of every postmortem issue. */
export const POSTMORTEM_LABEL = 'postmortem';

/** The issue body: marker, timeline table, then the sections to fill in. */
export function postmortemBody(facts: PostmortemFacts): string {
  const unknown = '_not given_';
  const code = (text: string | undefined): string => (text ? `\`${text.replace(/`/g, "'")}\`` : unknown);
  const commit = facts.commit ? `${code(facts.commit)}${facts.ref ? ` on ${code(facts.ref)}` : ''}` : unknown;
  const rows: [string, string][] = [
    ['Run', facts.runUrl ?? unknown],
    ['Commit deployed', commit],
    ['Image deployed', code(facts.image)],
    ['Backup taken before the deploy', code(facts.backupId)],
    [
      'Failing checks',
      facts.failedChecks.length ? facts.failedChecks.map((c) => code(c)).join(', ') : unknown,
    ],
    ['Rollback', facts.rollback ? cell(facts.rollback) : unknown],
    ['Issue opened', `${facts.at.toISOString().slice(0, 16).replace('T', ' ')} UTC`],
  ];
  return [
    commentMarker(postmortemMarker(facts)),
    `The ${facts.environment} deploy failed and was rolled back. The timeline below comes from the run; fill in the sections after it (blameless: what happened, not who), then close the issue once the actions are tracked.`,
    '',
    '## Timeline',
    '',
    '| | |',
    '|---|---|',
    ...rows.map(([name, value]) => `| ${name} | ${value} |`),
    '',
    ...POSTMORTEM_SECTIONS.flatMap(([heading, hint]) => [`## ${heading}`, '', `_${hint}_`, '']),
    'See docs/runbooks/postmortem.md of maint-actions for the process, and docs/runbooks/rollback.md.',
    '',
  ].join('\n');
}

/** Text for a table cell: one line, pipes escaped. */
function cell(text: string): string {
  return text.replace(/\s*\r?\n\s*/g, ' ').replace(/\|/g, '\\|');
}

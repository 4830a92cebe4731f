export const id = 135;
export const ids = [135];
export const modules = {

/***/ 5135:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 39 modules
var src = __webpack_require__(466);
// EXTERNAL MODULE: ./actions/checklist/src/spec.ts
var spec = __webpack_require__(7578);
;// CONCATENATED MODULE: ./actions/checklist/src/checklist.ts
/**
 * The checklists themselves: periods of each cadence, the built-in items, the team's items from
 * the `checklists:` section of `.maint-actions.yml`, and the issue body.
 *
 * ```yaml
 * checklists:
 *   monthly:
 *     - Review the questionnaire rules still in force with the functional team.
 *     - Check the invoices of the vision API against its usage report.
 *   quarterly:
 *     - Renew the TLS certificate of the partner VPN.
 * ```
 */


const CADENCES = ['weekly', 'monthly', 'quarterly'];
/**
 * The items every issue of a cadence lists first: the work only people can do, true of any
 * Django service. What only one service needs (its own rules, partners, invoices) is the team's,
 * in the `checklists:` section of `.maint-actions.yml`.
 */
const BUILT_IN_ITEMS = {
    weekly: [],
    monthly: [
        'Read the dependency audit of the month and plan the upgrades it calls for (outdated packages, known vulnerabilities).',
        'Review the business rules, feature flags and settings still in force with the people who own them; retire what no longer applies.',
    ],
    quarterly: [
        'Review the architecture against the new requirements of the quarter.',
        'Decide which critical services need refactoring, and plan the work.',
        'Review the privileged accounts and rotate the service tokens (see the access review of the quarter).',
        'Walk the onboarding/offboarding checklist: who joined, who left, and what each can still reach.',
    ],
};
const DAY_MS = 86_400_000;
/** The period `day` (UTC) falls in: `2026-W48`, `2026-11` or `2026-Q4`. */
function periodOf(cadence, day) {
    const year = day.getUTCFullYear();
    const month = day.getUTCMonth();
    switch (cadence) {
        case 'weekly':
            return isoWeek(day);
        case 'monthly':
            return `${year}-${String(month + 1).padStart(2, '0')}`;
        case 'quarterly':
            return `${year}-Q${Math.floor(month / 3) + 1}`;
    }
}
/** The period before the one `day` falls in. */
function previousPeriodOf(cadence, day) {
    const year = day.getUTCFullYear();
    const month = day.getUTCMonth();
    switch (cadence) {
        case 'weekly':
            return isoWeek(new Date(day.getTime() - 7 * DAY_MS));
        case 'monthly':
            return periodOf(cadence, new Date(Date.UTC(year, month - 1, 1)));
        case 'quarterly':
            return periodOf(cadence, new Date(Date.UTC(year, month - 3, 1)));
    }
}
/** ISO 8601 week, such as `2026-W53`: the week belongs to the year of its Thursday. */
function isoWeek(day) {
    const thursday = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate()));
    thursday.setUTCDate(thursday.getUTCDate() + 4 - (thursday.getUTCDay() || 7));
    const year = thursday.getUTCFullYear();
    const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / DAY_MS / 7) + 1;
    return `${year}-W${String(week).padStart(2, '0')}`;
}
/** `Monthly maintenance checklist 2026-11`. */
function issueTitle(cadence, period) {
    return `${cadence[0]?.toUpperCase()}${cadence.slice(1)} maintenance checklist ${period}`;
}
/** The marker of one period's issue, so each period keeps its own. */
function issueMarker(cadence, period) {
    return `checklist:${cadence}:${period}`;
}
/** The label of every issue of a cadence, such as `maintenance-monthly`. */
function issueLabel(cadence) {
    return `maintenance-${cadence}`;
}
/**
 * The team's items of `cadence` from the config data; the whole section is checked, so a typo in
 * another cadence is reported too.
 * @throws ConfigError (one line, naming the file and the key) for a malformed section.
 */
function teamItems(data, file, cadence) {
    const section = data[spec/* CHECKLISTS_SECTION */.G];
    if (section === undefined || section === null || section === '')
        return [];
    const where = `${file}: ${spec/* CHECKLISTS_SECTION */.G}`;
    if (typeof section !== 'object' || Array.isArray(section)) {
        throw new src/* ConfigError */.xL(`${where} must be a mapping of cadences (${CADENCES.join(', ')}) to lists of items.`);
    }
    let mine = [];
    for (const [key, list] of Object.entries(section)) {
        if (!CADENCES.includes(key)) {
            throw new src/* ConfigError */.xL(`${where} has no cadence "${key}"; cadences are ${CADENCES.join(', ')}.`);
        }
        const items = itemsOf(list, `${where}.${key}`);
        if (key === cadence)
            mine = items;
    }
    return mine;
}
function itemsOf(list, where) {
    if (list === undefined || list === null || list === '')
        return [];
    if (!Array.isArray(list))
        throw new src/* ConfigError */.xL(`${where} must be a list of items, each a line starting with "- ".`);
    return list.map((item, index) => {
        const text = typeof item === 'string' ? normalizeItem(item) : '';
        if (!text)
            throw new src/* ConfigError */.xL(`${where} item ${index + 1} must be one line of text.`);
        return text;
    });
}
/** Items of the `items` input: one a line, blank lines dropped. */
function inputItems(text) {
    return (text ?? '')
        .split('\n')
        .map(normalizeItem)
        .filter((item) => item !== '');
}
/** Trims an item and drops a leading `- [ ]`, `- [x]`, `-` or `*`: the issue adds its own box. */
function normalizeItem(item) {
    return item
        .trim()
        .replace(/^[-*]\s+(\[[ xX]\]\s+)?/, '')
        .replace(/\s+/g, ' ');
}
/** The items in order (built in, then the team's, then the input's), each once. */
function mergeItems(...lists) {
    return [...new Set(lists.flat())];
}
/** A Markdown task list. */
function renderItems(items) {
    return items.map((item) => `- [ ] ${item}`).join('\n');
}

;// CONCATENATED MODULE: ./actions/checklist/src/postmortem.ts
/**
 * The postmortem issue (`kind: postmortem`): opened when a deploy or its smoke gate failed and a
 * rollback ran, with the timeline the run knows (commit, image, backup, failing checks,
 * rollback) and the sections of docs/runbooks/postmortem.md for people to fill in. One issue per
 * environment and commit: a re-run of the same failed deploy finds it instead of opening another.
 */

/** The sections people fill in, in the order of docs/runbooks/postmortem.md. */
const POSTMORTEM_SECTIONS = [
    ['Impact', 'Who or what was affected, from when to when (UTC), and what data was touched.'],
    ['Detection', 'How the failure was noticed: the gate, an alert, a user.'],
    ['Root cause', 'Why the deploy failed, down to the change that caused it.'],
    ['What went well, what did not', 'The backup, the rollback, the communication.'],
    ['Actions', 'One box each, with an owner and a date; link the issues that track them.'],
];
/** `postmortem:production:<sha>`, or the date when the commit is unknown. */
function postmortemMarker(facts) {
    return `postmortem:${facts.environment}:${facts.commit ?? facts.at.toISOString().slice(0, 10)}`;
}
/** `Postmortem: production deploy of 1a2b3c4d5e6f failed on 2026-12-07`. */
function postmortemTitle(facts) {
    const what = facts.commit ? ` of ${facts.commit.slice(0, 12)}` : '';
    return `Postmortem: ${facts.environment} deploy${what} failed on ${facts.at.toISOString().slice(0, 10)}`;
}
/** The label of every postmortem issue. */
const POSTMORTEM_LABEL = 'postmortem';
/** The issue body: marker, timeline table, then the sections to fill in. */
function postmortemBody(facts) {
    const unknown = '_not given_';
    const code = (text) => (text ? `\`${text.replace(/`/g, "'")}\`` : unknown);
    const commit = facts.commit ? `${code(facts.commit)}${facts.ref ? ` on ${code(facts.ref)}` : ''}` : unknown;
    const rows = [
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
        (0,src/* commentMarker */.Ql)(postmortemMarker(facts)),
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
function cell(text) {
    return text.replace(/\s*\r?\n\s*/g, ' ').replace(/\|/g, '\\|');
}

;// CONCATENATED MODULE: ./actions/checklist/src/run.ts





/** Runs the action (see the spec and checklist/README.md); `today` is injectable for tests. */
async function run({ platform, inputs, repoConfig }, today = new Date()) {
    if (inputs.kind === 'postmortem')
        return openPostmortem(platform, inputs, today);
    const cadence = inputs.cadence;
    if (!cadence) {
        throw new src/* ConfigError */.xL('Input "cadence" is required for a checklist: set it to weekly, monthly or quarterly (or set kind: postmortem).', { input: 'cadence' });
    }
    const workspace = external_node_path_default().resolve(platform.context.workspace);
    // The file in force: the CLI's --config one, else .maint-actions.yml.
    const config = await (0,src/* repoConfigOf */.aj)(workspace, repoConfig);
    const file = (0,src/* configFileName */.S3)(config, workspace);
    const team = teamItems(config.data, file, cadence);
    const extra = inputItems(inputs.items);
    const period = periodOf(cadence, today);
    const checklist = {
        cadence,
        period,
        title: issueTitle(cadence, period),
        items: mergeItems(BUILT_IN_ITEMS[cadence], team, extra),
        sources: [
            BUILT_IN_ITEMS[cadence].length ? 'built in' : '',
            team.length ? `\`${spec/* CHECKLISTS_SECTION */.G}.${cadence}\` of ${file}` : '',
            extra.length ? 'the `items` input' : '',
        ]
            .filter(Boolean)
            .join(', '),
        today,
    };
    if (checklist.items.length === 0) {
        const why = `No ${cadence} checklist: it has no items (add some under \`${spec/* CHECKLISTS_SECTION */.G}.${cadence}\` in ${file}, or set \`items\`).`;
        platform.log.info(why);
        await platform.writeSummary(`## ${checklist.title}\n\n${why}\n`);
        return { verdict: 'passed', skipped: true, summary: why, outputs: { 'issue-url': '', created: 'false' } };
    }
    const issue = await openOnce(platform, inputs.token, checklist);
    await platform.writeSummary(`## ${checklist.title}\n\n${renderItems(checklist.items)}\n\n_Items: ${checklist.sources}._\n${issue.note}`);
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
async function openOnce(platform, token, checklist) {
    const tracker = (0,src/* issueTracker */._4)(platform, token, 'checklist issue');
    if ('why' in tracker)
        return { note: `\n> ${tracker.why}\n`, created: false };
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
                (0,src/* commentMarker */.Ql)(marker),
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
    }
    catch (error) {
        // The verdict fails with this line, which the entry logs as the error.
        const failure = `The ${period} checklist issue was not opened: ${(0,src/* describeError */.BR)(error).message}`;
        return { note: `\n> ${failure}\n`, created: false, failure };
    }
}
/**
 * `kind: postmortem`: opens the postmortem issue of a failed deploy, once per environment and
 * commit (a re-run finds it). Without a token the job summary holds it; a host that refuses it
 * fails the verdict with its reason.
 */
async function openPostmortem(platform, inputs, today) {
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
    const tracker = (0,src/* issueTracker */._4)(platform, inputs.token, 'postmortem issue');
    let note;
    let url;
    let created = false;
    let failure;
    if ('why' in tracker) {
        note = tracker.why;
    }
    else {
        const { issues } = tracker;
        try {
            const existing = await issues.find(marker);
            if (existing) {
                url = existing.url;
                note = `The postmortem issue is there already: ${existing.url}`;
            }
            else {
                const opened = await issues.upsert({ marker, title, body, labels: [POSTMORTEM_LABEL] });
                url = opened.url;
                created = true;
                note = `Postmortem issue opened: ${opened.url}`;
            }
            platform.log.info(note);
        }
        catch (error) {
            failure = `The postmortem issue was not opened: ${(0,src/* describeError */.BR)(error).message}`;
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


/***/ })

};

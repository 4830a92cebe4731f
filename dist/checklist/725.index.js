export const id = 725;
export const ids = [725];
export const modules = {

/***/ 7725:
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
// EXTERNAL MODULE: ./packages/core/src/index.ts + 31 modules
var src = __webpack_require__(9816);
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
 *     - Check the invoices of the vision API against its usage report.
 *   quarterly:
 *     - Renew the TLS certificate of the partner VPN.
 * ```
 */


const CADENCES = ['weekly', 'monthly', 'quarterly'];
/** The items every issue of a cadence lists first: the work only people can do. */
const BUILT_IN_ITEMS = {
    weekly: [],
    monthly: ['Review the questionnaire rules still in force with the functional team.'],
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

;// CONCATENATED MODULE: ./actions/checklist/src/run.ts




/** Runs the action (see the spec and checklist/README.md); `today` is injectable for tests. */
async function run({ platform, inputs }, today = new Date()) {
    const cadence = inputs.cadence;
    const workspace = external_node_path_default().resolve(platform.context.workspace);
    const config = await (0,src/* loadConfig */.Z9)(workspace);
    const file = config.path ? external_node_path_default().basename(config.path) : src/* CONFIG_FILE_NAMES */.HR[0];
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
        return { verdict: 'passed', summary: why, outputs: { 'issue-url': '', created: 'false' } };
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
    const issues = platform.repoHost(token)?.issues;
    if (!issues) {
        const why = 'No checklist issue: there is no repository host or token here (set `token`).';
        platform.log.warning(why);
        return { note: `\n> ${why}\n`, created: false };
    }
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
        const failure = `The ${period} checklist issue was not opened: ${(0,src/* describeError */.Uc)(error).message}`;
        return { note: `\n> ${failure}\n`, created: false, failure };
    }
}


/***/ })

};

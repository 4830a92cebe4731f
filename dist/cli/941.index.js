export const id = 941;
export const ids = [941];
export const modules = {

/***/ 2941:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./packages/core/src/index.ts + 32 modules
var src = __webpack_require__(5593);
;// CONCATENATED MODULE: ./actions/access-review/src/review.ts
/**
 * What a quarterly access review looks at: privileged accounts (flagged when inactive), the age
 * of the service tokens, and the checklist the review issue carries.
 */
const DAY_MS = 86_400_000;
/**
 * Reads the command's JSON list.
 * @throws Error saying what is wrong and where (the caller names the input).
 */
function parseUsers(value) {
    if (!Array.isArray(value))
        throw new Error('expected a JSON list of accounts');
    return value.map((item, index) => {
        if (typeof item !== 'object' || item === null || typeof item.username !== 'string' || !item.username) {
            throw new Error(`item ${index + 1} has no "username"`);
        }
        const lastLogin = dateOf(item.last_login, `"last_login" of ${item.username}`);
        const dateJoined = dateOf(item.date_joined, `"date_joined" of ${item.username}`);
        return {
            username: item.username,
            email: typeof item.email === 'string' ? item.email : '',
            isStaff: item.is_staff === true,
            isSuperuser: item.is_superuser === true,
            isActive: item.is_active !== false,
            ...(lastLogin ? { lastLogin } : {}),
            ...(dateJoined ? { dateJoined } : {}),
        };
    });
}
function dateOf(value, what) {
    if (value === null || value === undefined || value === '')
        return undefined;
    const date = typeof value === 'string' ? new Date(value) : undefined;
    if (!date || Number.isNaN(date.getTime())) {
        throw new Error(`${what} is not an ISO date (got ${JSON.stringify(value)})`);
    }
    return date;
}
/** Flags the active accounts idle for more than `inactiveDays` (or never logged in); flagged first, then by name. */
function reviewUsers(users, inactiveDays, today) {
    return users
        .map((user) => {
        const idleDays = user.lastLogin
            ? Math.floor((today.getTime() - user.lastLogin.getTime()) / DAY_MS)
            : undefined;
        const inactive = user.isActive && (idleDays === undefined || idleDays > inactiveDays);
        return { ...user, inactive, ...(idleDays !== undefined ? { idleDays } : {}) };
    })
        .sort((a, b) => Number(b.inactive) - Number(a.inactive) || a.username.localeCompare(b.username));
}
/**
 * Reads `NAME: YYYY-MM-DD` lines.
 * @throws Error naming the bad line (the caller names the input).
 */
function parseTokens(lines, maxAgeDays, today) {
    return lines.map((line) => {
        const match = /^([A-Za-z_][\w.-]*)\s*:\s*(\d{4}-\d{2}-\d{2})$/.exec(line.trim());
        const date = match ? new Date(`${match[2]}T00:00:00Z`) : undefined;
        if (!match || !date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== match[2]) {
            throw new Error(`"${line}" is not NAME: YYYY-MM-DD (when the token was last rotated)`);
        }
        const ageDays = Math.floor((today.getTime() - date.getTime()) / DAY_MS);
        if (ageDays < 0)
            throw new Error(`"${line}" is in the future`);
        return { name: match[1], rotated: match[2], ageDays, due: ageDays > maxAgeDays };
    });
}
/** The quarter of a date, such as `2026-Q4`. */
function quarterOf(date) {
    return `${date.getUTCFullYear()}-Q${Math.floor(date.getUTCMonth() / 3) + 1}`;
}
/** The walk-through every quarterly review carries. */
const WALK_THROUGH = [
    'Walk the offboarding checklist for everyone who left this quarter: accounts removed or deactivated, the tokens and keys they knew rotated.',
    'Walk the onboarding checklist for everyone who joined this quarter: accounts with the least privilege their work needs, nobody staff or superuser by default.',
];
/** The review's checklist, in sections: accounts (flagged first), tokens, walk-through and extra lines. */
function checklist(options) {
    const accounts = options.users.map((user) => {
        const key = `**${user.username}**`;
        const roles = [user.isSuperuser ? 'superuser' : '', user.isStaff ? 'staff' : '']
            .filter(Boolean)
            .join(', ');
        const email = user.email ? ` (${user.email})` : '';
        const seen = !user.isActive
            ? 'deactivated: remove its privileges'
            : user.idleDays === undefined
                ? 'never logged in'
                : `last login ${user.lastLogin?.toISOString().slice(0, 10)}, ${user.idleDays} days ago`;
        const flag = user.inactive ? `⚠️ inactive for more than ${options.inactiveDays} days: ` : '';
        return { key, text: `${key}${email}, ${roles}: ${flag}${seen}. Confirm or remove.` };
    });
    const tokens = options.tokens.map((token) => {
        const key = `**${token.name}**`;
        const verdict = token.due
            ? `⚠️ **rotate**: older than ${options.maxTokenAgeDays} days`
            : 'rotation not due yet';
        return { key, text: `${key}: last rotated ${token.rotated}, ${token.ageDays} days ago; ${verdict}.` };
    });
    const plain = (lines) => lines.map((text) => ({ key: text, text }));
    return [
        { title: 'Privileged accounts', items: accounts },
        { title: 'Service tokens', items: tokens },
        { title: 'Onboarding and offboarding', items: plain(WALK_THROUGH) },
        { title: 'Also', items: plain(options.extra) },
    ].filter((section) => section.items.length > 0);
}
/**
 * The sections as Markdown task lists; an item ticked in `previous` (the issue's body as people
 * left it) stays ticked.
 */
function renderChecklist(sections, previous = '') {
    const ticked = previous
        .split('\n')
        .filter((line) => /^- \[[xX]\] /.test(line))
        .map((line) => line.slice(6));
    const isTicked = (item) => ticked.some((text) => text.startsWith(item.key));
    return sections
        .map((section) => `### ${section.title}\n\n${section.items.map((item) => `- [${isTicked(item) ? 'x' : ' '}] ${item.text}`).join('\n')}`)
        .join('\n\n');
}

;// CONCATENATED MODULE: ./actions/access-review/src/run.ts


/** Runs the action (see the spec and access-review/README.md); `today` is injectable for tests. */
async function run({ platform, inputs }, today = new Date()) {
    const inactiveDays = daysInput('inactive-days', inputs.inactiveDays);
    const maxTokenAgeDays = daysInput('max-token-age-days', inputs.maxTokenAgeDays);
    let tokens;
    try {
        tokens = parseTokens(inputs.tokens, maxTokenAgeDays, today);
    }
    catch (error) {
        throw new src/* ConfigError */.xL(`Input "tokens": ${error.message}.`, { input: 'tokens' });
    }
    const source = await (0,src/* readJsonInput */.nb)(platform, { ...inputs, file: inputs.usersFile, fileInput: 'users-file' }, 'a list of accounts', parseUsers);
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
        `${(0,src/* plural */.LS)(users.length, 'privileged account')}, ${inactive.length} inactive for more than ${inactiveDays} days (or never logged in)`,
        `${(0,src/* plural */.LS)(tokens.length, 'service token')}, ${due.length} to rotate${due.length ? ` (${due.map((t) => t.name).join(', ')})` : ''}`,
    ];
    const issue = await syncReviewIssue(platform, inputs, { quarter, headline, sections, today });
    const failed = inputs.failOnInactive && inactive.length > 0;
    const failure = failed
        ? `\n\n**Failed** (\`fail-on-inactive\`): inactive privileged accounts: ${inactive.map((u) => u.username).join(', ')}.`
        : '';
    await platform.writeSummary(`## Access review ${quarter}\n\n${headline.map((l) => `- ${l}`).join('\n')}${failure}\n\n${renderChecklist(sections)}\n\n_Accounts read from ${source.origin}._\n${issue.note}`);
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
/**
 * Opens this quarter's issue or updates it in place (ticks kept); a closed one is the finished
 * review and is left alone. Returns a note for the summary and the issue's URL.
 */
async function syncReviewIssue(platform, inputs, review) {
    const tracker = (0,src/* issueTracker */._4)(platform, inputs.token, 'review issue');
    if ('why' in tracker)
        return { note: `\n> ${tracker.why}\n` };
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
                (0,src/* commentMarker */.Ql)(marker),
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
    }
    catch (error) {
        const why = `The review issue was not updated: ${(0,src/* describeError */.BR)(error).message}`;
        platform.log.warning(why);
        return { note: `\n> ${why}\n` };
    }
}
function daysInput(input, value) {
    if (!(value > 0) || !Number.isInteger(value)) {
        throw new src/* ConfigError */.xL(`Input "${input}" must be a whole number of days above 0 (got ${value}).`, {
            input,
        });
    }
    return value;
}


/***/ })

};

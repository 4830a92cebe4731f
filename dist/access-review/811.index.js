export const id = 811;
export const ids = [811];
export const modules = {

/***/ 5811:
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
// EXTERNAL MODULE: ./packages/core/src/index.ts + 23 modules
var src = __webpack_require__(5175);
;// CONCATENATED MODULE: ./actions/usage-alert/src/spec.ts

const spec = (0,src/* defineAction */.QP)({
    name: 'usage-alert',
    title: 'Usage alert',
    description: 'Watch the monthly use of a metered API: one alert issue opened when use passes a threshold, updated while above, closed when back under, with a forecast for the end of the month.',
    branding: { icon: 'bar-chart-2', color: 'orange' },
    inputs: {
        command: {
            type: 'string',
            description: 'Command that prints the usage as JSON, such as `python manage.py usage_report` printing `{"used": 7100, "limit": 10000, "period": "2026-11"}`. Run by `sh -c` in the working directory: the one input of this action that is a shell command, so give it only from the workflow, never from untrusted text.',
        },
        'usage-file': {
            type: 'path',
            description: 'A JSON file of the same shape, made in another step, read instead of running `command` (relative to the repository root).',
        },
        'working-directory': {
            type: 'path',
            description: 'Directory `command` runs in, relative to the repository root.',
            default: '.',
        },
        threshold: {
            type: 'number',
            description: 'Percent of the limit above which the alert issue is opened (and kept open).',
            default: 70,
        },
        'fail-above': {
            type: 'number',
            description: 'Percent of the limit above which the job fails. Unset: the job passes whatever the use (the issue is the alert).',
        },
        name: {
            type: 'string',
            description: 'Name of the API, such as `vision API`, for the issue title and the summary; one alert issue is kept per name.',
            default: 'API',
        },
        labels: {
            type: 'list',
            description: 'Labels of the alert issue, comma-separated.',
            default: ['usage-alert'],
        },
        token: {
            type: 'string',
            description: 'Token for the alert issue. GitHub: the job token by default (needs `issues: write`). GitLab: a project access token with `api` scope. Without one the issue is skipped and the summary says so.',
            // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, evaluated by the runner
            githubDefault: '${{ github.token }}',
            secret: true,
        },
    },
    outputs: {
        percent: { description: 'Percent of the limit used, to one decimal, such as `71`.' },
        used: { description: 'Calls used in the period.' },
        limit: { description: 'The limit of the period.' },
        forecast: { description: 'Calls forecast for the end of the month, linear from the day of the month.' },
        alert: {
            description: '`open` when use is above the threshold (the issue is open, or would be with a token), `closed` when this run closed the issue, `none` otherwise.',
        },
    },
});

// EXTERNAL MODULE: ./actions/usage-alert/src/source.ts
var src_source = __webpack_require__(8868);
;// CONCATENATED MODULE: ./actions/usage-alert/src/index.ts
/** The usage-alert action: its spec and its run, for the GitHub entry and the CLI. */


/** `run` and its dependencies load on first use, so `--help` and a bad input answer fast. */
const usageAlert = (0,src/* defineActionRun */.I$)(spec, async (ctx) => (await __webpack_require__.e(/* import() */ 629).then(__webpack_require__.bind(__webpack_require__, 629))).run(ctx));



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




/** How long the accounts command may take. */
const COMMAND_TIMEOUT_MS = 5 * 60_000;
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
    const workspace = external_node_path_default().resolve(platform.context.workspace);
    const source = await (0,src_source/* readJsonSource */.y)({
        ...(inputs.command !== undefined ? { command: inputs.command } : {}),
        ...(inputs.usersFile !== undefined ? { file: inputs.usersFile } : {}),
        commandInput: 'command',
        fileInput: 'users-file',
        workspace,
        cwd: (0,src/* workingDirectory */.p7)(workspace, inputs.workingDirectory),
        env: platform.env,
        timeoutMs: COMMAND_TIMEOUT_MS,
    });
    const input = inputs.usersFile !== undefined ? 'users-file' : 'command';
    let accounts;
    try {
        accounts = parseUsers(source.value);
    }
    catch (error) {
        throw new src/* ConfigError */.xL(`Input "${input}": the JSON from ${source.origin} is not a list of accounts: ${error.message}.`, { input });
    }
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
    const issues = platform.repoHost(inputs.token)?.issues;
    if (!issues) {
        const why = 'No review issue: there is no repository host or token here (set `token`).';
        platform.log.warning(why);
        return { note: `\n> ${why}\n` };
    }
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
        const why = `The review issue was not updated: ${(0,src/* describeError */.Uc)(error).message}`;
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
function plural(n, one) {
    return `${n} ${one}${n === 1 ? '' : 's'}`;
}


/***/ }),

/***/ 8868:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ readJsonSource)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _maint_actions_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5175);
/**
 * JSON that a command prints or a file holds: the two ways a scheduled action reads what the
 * service knows (its usage, its privileged accounts).
 */



/**
 * The parsed JSON and a phrase naming where it came from.
 *
 * @throws ConfigError when neither or both inputs are set, the file cannot be read, or the text
 *   is not JSON (quoting its first line); Error when the command fails or times out.
 */
async function readJsonSource(source) {
    const { command, file, commandInput, fileInput } = source;
    if ((command === undefined) === (file === undefined)) {
        throw new _maint_actions_core__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`Set exactly one of the inputs "${commandInput}" and "${fileInput}".`, {
            input: commandInput,
        });
    }
    if (file !== undefined) {
        let text;
        try {
            text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(source.workspace, file), 'utf8');
        }
        catch {
            throw new _maint_actions_core__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`Input "${fileInput}": ${file} cannot be read; give a JSON file relative to the repository root.`, { input: fileInput });
        }
        return { value: parseJson(text, fileInput, `${file} is not JSON`), origin: `\`${file}\`` };
    }
    const result = await (0,_maint_actions_core__WEBPACK_IMPORTED_MODULE_2__/* .runShell */ .E5)(command, {
        cwd: source.cwd,
        env: source.env,
        timeoutMs: source.timeoutMs,
    });
    if (result.timedOut) {
        throw new Error(`Input "${commandInput}": \`${command}\` did not finish in ${source.timeoutMs / 1000} s.`);
    }
    if (result.exitCode !== 0) {
        const why = lastLine(result.stderr) ?? lastLine(result.stdout);
        throw new Error(`Input "${commandInput}": \`${command}\` exited with ${result.exitCode ?? result.signal}${why ? `: ${why}` : ''}.`);
    }
    return {
        value: parseJson(result.stdout, commandInput, `\`${command}\` did not print JSON`),
        origin: `\`${command}\``,
    };
}
function parseJson(text, input, problem) {
    try {
        return JSON.parse(text);
    }
    catch {
        const first = text.split('\n').find((line) => line.trim() !== '');
        const quoted = first === undefined ? 'it is empty' : `its first line is ${JSON.stringify(cut(first.trim()))}`;
        throw new _maint_actions_core__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`Input "${input}": ${problem} (${quoted}).`, { input });
    }
}
function lastLine(text) {
    const line = text
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)
        .at(-1);
    return line === undefined ? undefined : cut(line);
}
function cut(line) {
    return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}


/***/ })

};

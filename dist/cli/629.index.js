export const id = 629;
export const ids = [629];
export const modules = {

/***/ 5391:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  alertMarker: () => (/* binding */ alertMarker),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./packages/core/src/index.ts + 32 modules
var src = __webpack_require__(5593);
;// CONCATENATED MODULE: ./actions/usage-alert/src/usage.ts
/** The usage a command reports, how much of the limit it is, and a forecast for the month's end. */
/**
 * Reads `{used, limit, period}`; `period` may be left out (then: the month of `today`).
 * @throws Error saying which field is wrong (the caller names the input).
 */
function parseUsage(value, today) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new Error('expected an object such as {"used": 7100, "limit": 10000, "period": "2026-11"}');
    }
    const record = value;
    const used = record.used;
    const limit = record.limit;
    if (typeof used !== 'number' || !Number.isFinite(used) || used < 0) {
        throw new Error(`"used" must be a number of 0 or more (got ${JSON.stringify(used)})`);
    }
    if (typeof limit !== 'number' || !Number.isFinite(limit) || limit <= 0) {
        throw new Error(`"limit" must be a number above 0 (got ${JSON.stringify(limit)})`);
    }
    const period = record.period ?? today.toISOString().slice(0, 7);
    if (typeof period !== 'string' || !/^\d{4}-(0[1-9]|1[0-2])$/.test(period)) {
        throw new Error(`"period" must be a month as YYYY-MM (got ${JSON.stringify(period)})`);
    }
    return { used, limit, period };
}
/**
 * The percent used and the forecast: linear from the day of the month, today counted as a whole
 * day (`used / (day / days in month)`). A past month is over (the forecast is the use); a month
 * not begun yet is forecast as its use so far.
 */
function forecastUsage(usage, today) {
    const [year, month] = usage.period.split('-').map(Number);
    const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
    const thisMonth = today.getUTCFullYear() * 12 + today.getUTCMonth();
    const periodMonth = year * 12 + month - 1;
    const elapsed = thisMonth === periodMonth ? today.getUTCDate() / days : 1;
    const forecast = Math.round(usage.used / elapsed);
    return {
        ...usage,
        percent: percentOf(usage.used, usage.limit),
        forecast,
        forecastPercent: percentOf(forecast, usage.limit),
        elapsed,
    };
}
function percentOf(value, limit) {
    return Math.round((value / limit) * 1000) / 10;
}
/** The usage as Markdown, for the job summary and the alert issue. */
function renderUsage(usage, options) {
    const n = (value) => value.toLocaleString('en-US');
    const over = usage.forecast - usage.limit;
    const verdict = over > 0 ? `**passes the limit by ${n(over)}**` : `stays within the limit (${n(-over)} to spare)`;
    const month = usage.elapsed < 1 ? ` (${Math.round(usage.elapsed * 100)}% of the month gone)` : '';
    return [
        `**${usage.percent}%** of the ${usage.period} limit of the ${options.name} used: ${n(usage.used)} of ${n(usage.limit)} calls (alert threshold ${options.threshold}%).`,
        '',
        `Forecast at the end of the month${month}: ${n(usage.forecast)} calls (${usage.forecastPercent}%), which ${verdict}.`,
    ].join('\n');
}

;// CONCATENATED MODULE: ./actions/usage-alert/src/run.ts


/** Runs the action (see the spec and usage-alert/README.md); `today` is injectable for tests. */
async function run({ platform, inputs }, today = new Date()) {
    const threshold = percentInput('threshold', inputs.threshold);
    const failAbove = inputs.failAbove === undefined ? undefined : percentInput('fail-above', inputs.failAbove);
    const source = await (0,src/* readJsonInput */.nb)(platform, { ...inputs, file: inputs.usageFile, fileInput: 'usage-file' }, 'a usage', (value) => forecastUsage(parseUsage(value, today), today));
    const usage = source.value;
    const above = usage.percent > threshold;
    const markdown = renderUsage(usage, { name: inputs.name, threshold });
    const issue = await syncAlertIssue(platform, inputs, usage, markdown, above, today);
    const overLimit = failAbove !== undefined && usage.percent > failAbove;
    // An alert that could not be raised because the host did not answer must not pass quietly.
    const unraised = above && issue.unreachable !== undefined;
    const failed = overLimit || unraised;
    const failure = (overLimit ? `\n\n**Failed**: use is above \`fail-above\` (${failAbove}%).` : '') +
        (unraised ? `\n\n**Failed**: the alert issue could not be opened: ${issue.unreachable}` : '');
    await platform.writeSummary(`## Usage alert: ${inputs.name}\n\n${markdown}${failure}\n\n_Read from ${source.origin}._\n${issue.note}`);
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
async function syncAlertIssue(platform, inputs, usage, markdown, above, today) {
    const tracker = (0,src/* issueTracker */._4)(platform, inputs.token, 'alert issue');
    if ('why' in tracker)
        return { note: `\n> ${tracker.why}\n`, closed: false };
    const { issues } = tracker;
    const marker = alertMarker(inputs.name);
    const day = today.toISOString().slice(0, 10);
    const run = platform.context.runUrl ? ` ([run](${platform.context.runUrl}))` : '';
    try {
        if (!above) {
            const closed = await issues.close(marker, `Back under the threshold on ${day}: ${usage.percent}% of the ${usage.period} limit used.${run}`);
            if (!closed)
                return { note: '', closed: false };
            platform.log.info(`Alert issue closed: ${closed.url}`);
            return { note: `\n_Alert issue closed: ${closed.url}._\n`, closed: true };
        }
        const issue = await issues.upsert({
            marker,
            title: `Usage alert: ${inputs.name} at ${usage.percent}% of the ${usage.period} limit`,
            body: [
                (0,src/* commentMarker */.Ql)(marker),
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
    }
    catch (error) {
        const why = `The alert issue was not updated: ${(0,src/* describeError */.BR)(error).message}`;
        platform.log.warning(why);
        // The host did not answer (the network policy gave up): the message names it.
        const network = (0,src/* networkErrorIn */.kk)(error);
        return {
            note: `\n> ${why}\n`,
            closed: false,
            ...(network ? { unreachable: (0,src/* describeError */.BR)(error).message } : {}),
        };
    }
}
/** One marker per API name, so two APIs keep two issues. */
function alertMarker(name) {
    const slug = name
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '');
    return `usage-alert:${slug || 'api'}`;
}
function percentInput(input, value) {
    if (!(value > 0)) {
        throw new src/* ConfigError */.xL(`Input "${input}" must be a percent above 0 (got ${value}).`, { input });
    }
    return value;
}


/***/ })

};

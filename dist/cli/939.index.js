export const id = 939;
export const ids = [939];
export const modules = {

/***/ 5939:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 32 modules
var src = __webpack_require__(5593);
;// CONCATENATED MODULE: ./actions/tag-release/src/notes.ts
/** Links for a GitHub repository (its web URL, `https://github.com/owner/name`). */
function githubLinks(repositoryUrl) {
    const base = repositoryUrl.replace(/\/+$/, '');
    return {
        changePrefix: '#',
        change: (n) => `${base}/pull/${n}`,
        commit: (sha) => `${base}/commit/${sha}`,
        compare: (a, b) => `${base}/compare/${a}...${b}`,
    };
}
/** Links for a GitLab project (its web URL, such as `https://gitlab.com/group/project`). */
function gitlabLinks(projectUrl) {
    const base = projectUrl.replace(/\/+$/, '');
    return {
        changePrefix: '!',
        change: (n) => `${base}/-/merge_requests/${n}`,
        commit: (sha) => `${base}/-/commit/${sha}`,
        compare: (a, b) => `${base}/-/compare/${a}...${b}`,
    };
}
/** No host: numbers and short shas without links. */
const NO_LINKS = { changePrefix: '#' };
/** The notes of a release: its sections under `###` headings, for the release body. */
function renderNotes(input) {
    const { commits, links } = input;
    const sections = [];
    const section = (title, items) => {
        if (items.length > 0)
            sections.push(`### ${title}\n\n${items.join('\n')}`);
    };
    const breaking = commits.filter((c) => c.breaking !== undefined);
    const rest = commits.filter((c) => c.breaking === undefined);
    section('⚠ Breaking changes', breaking.map((c) => {
        const note = c.breaking !== c.subject ? `\n${indent(c.breaking ?? '')}` : '';
        return `- ${label(c)}${inline(c.subject)}${refs(c, links)}${note}`;
    }));
    section('Deployment notes', commits.flatMap((c) => c.deployNotes.map((note) => `- ${firstLineWithRefs(note, refs(c, links))}`)));
    section('New migrations', input.migrations.map((file) => `- \`${file}\``));
    section('Features', rest.filter((c) => c.type === 'feat').map((c) => entry(c, links)));
    section('Fixes', rest.filter((c) => c.type === 'fix' || c.type === 'perf').map((c) => entry(c, links)));
    section('Other', rest.filter((c) => !['feat', 'fix', 'perf'].includes(c.type ?? '')).map((c) => entry(c, links, true)));
    if (sections.length === 0)
        sections.push(`No changes since ${input.previousTag ?? 'the start'}.`);
    const compare = input.previousTag && links.compare
        ? `\n\n**Full changes**: [${input.previousTag}...${input.tag}](${links.compare(input.previousTag, input.tag)})`
        : '';
    return `${sections.join('\n\n')}${compare}\n`;
}
/** The changelog entry of a release: a `## version (date)` heading and the notes. */
function changelogEntry(input, notes) {
    return `## ${input.version} (${input.date})\n\n${notes}`;
}
/**
 * `existing` (a changelog, or undefined when there is none yet) with `entry` prepended below its
 * `# ` title; undefined when it has an entry for `version` already (a re-run).
 */
function prependChangelog(existing, entry, version) {
    const text = existing ?? '# Changelog\n';
    const escaped = version.replace(/[.+]/g, '\\$&');
    if (new RegExp(`^##\\s.*(?<![\\w.+-])v?${escaped}(?![\\w.+-])`, 'm').test(text))
        return undefined;
    const block = `${entry.trimEnd()}\n`;
    if (!/^# /.test(text))
        return `${block}\n${text}`;
    const next = /^## /m.exec(text);
    if (next === null)
        return `${text.trimEnd()}\n\n${block}`;
    return `${text.slice(0, next.index)}${block}\n${text.slice(next.index)}`;
}
function entry(c, links, showType = false) {
    const type = showType && c.type && c.type !== 'revert' ? `${c.type}: ` : '';
    const subject = inline(c.type === 'revert' ? `Revert "${c.subject}"` : c.subject);
    return `- ${label(c)}${type}${subject}${refs(c, links)}`;
}
function label(c) {
    return c.scope ? `**${inline(c.scope)}:** ` : '';
}
/** A commit's one-line text as Markdown: `<` and `>` outside code spans are not HTML. */
function inline(text) {
    return text
        .split('`')
        .map((part, i) => (i % 2 === 1 ? part : part.replace(/</g, '&lt;').replace(/>/g, '&gt;')))
        .join('`');
}
/** ` ([#12](url)) ([abc1234](url))`, as far as the host and the commit tell. */
function refs(c, links) {
    const parts = [];
    if (c.change !== undefined) {
        const text = `${links.changePrefix}${c.change}`;
        parts.push(links.change ? `[${text}](${links.change(c.change)})` : text);
    }
    const short = c.sha.slice(0, 7);
    parts.push(links.commit ? `[${short}](${links.commit(c.sha)})` : short);
    return ` (${parts.join(', ')})`;
}
/** A multi-line note as one list item: the references after its first line, the rest indented. */
function firstLineWithRefs(note, references) {
    const [first = '', ...more] = note.trim().split('\n');
    return `${first}${references}${more.length > 0 ? `\n${indent(more.join('\n'))}` : ''}`;
}
function indent(text) {
    return text
        .split('\n')
        .map((line) => (line.trim() ? `  ${line}` : ''))
        .join('\n');
}

;// CONCATENATED MODULE: ./actions/tag-release/src/commits.ts
/**
 * Conventional commits (conventionalcommits.org 1.0.0) as they reach a release: plain commits,
 * squash merges with the pull request number (`feat: x (#12)`), GitHub merge commits
 * (`Merge pull request #12 from ...` with the title below), GitLab merge commits (`Merge branch
 * ... into ...` with `See merge request group/project!12`), reverts, and messages that follow no
 * convention at all. Pure: no git here.
 */
const HEADER = /^(?<type>[A-Za-z][A-Za-z0-9_-]*)(?:\((?<scope>[^()\r\n]*)\))?(?<bang>!)?:[ \t]+(?<subject>\S.*)$/;
const FOOTER_LINE = /^(?<token>BREAKING[ -]CHANGE|[A-Za-z][A-Za-z0-9-]*)(?::[ \t]+| #)(?<value>.*)$/;
const GITHUB_MERGE = /^Merge pull request #(?<number>\d+) from \S+/;
const GITLAB_MERGE = /^Merge branch '[^']+'( into '[^']+')?$/;
const GITLAB_MR = /^See merge request (?:\S+)?!(?<number>\d+)\s*$/m;
/**
 * `(#12)` or `(!12)` at the end of a squash-merge title; the white space before it is checked
 * apart (`\s+\(` here would retry the whole run of spaces from each of its positions).
 */
const SQUASH_NUMBER = /\((?:#|!)(?<number>\d+)\)$/;
const REVERT = /^Revert "(?<subject>.+)"$/;
/** Parses one commit message (`git log --format=%B`). */
function parseCommit(sha, message) {
    const lines = message.replace(/\r\n/g, '\n').trim().split('\n');
    const first = (lines[0] ?? '').trim();
    const rest = lines.slice(1).join('\n').trim();
    const githubMerge = GITHUB_MERGE.exec(first);
    const gitlabMerge = githubMerge ? null : GITLAB_MERGE.exec(first);
    if (githubMerge || gitlabMerge) {
        // The title of the pull/merge request is the first line of the body.
        const [title = '', ...more] = rest.split('\n');
        const number = githubMerge?.groups?.number ?? GITLAB_MR.exec(rest)?.groups?.number;
        const body = more.join('\n').replace(GITLAB_MR, '').trim();
        const inner = title.trim() ? parseCommit(sha, `${title.trim()}\n\n${body}`) : undefined;
        return {
            ...(inner ?? emptyCommit(sha, first)),
            change: number === undefined ? inner?.change : Number(number),
            merge: true,
        };
    }
    return parseSingle(sha, first, rest);
}
/** A commit that is not a merge: header, body and footers. */
function parseSingle(sha, first, rest) {
    const { body, footers } = splitFooters(rest);
    const number = SQUASH_NUMBER.exec(first);
    const squash = number && /\s$/.test(first.slice(0, number.index)) ? number : null;
    const header = squash ? first.slice(0, squash.index).trimEnd() : first;
    const change = squash?.groups?.number === undefined ? undefined : Number(squash.groups.number);
    const deployNotes = deploymentNotes(body, footers);
    const breakingFooter = footers.find((f) => /^BREAKING[ -]CHANGE$/.test(f.token))?.value;
    const revert = REVERT.exec(header);
    if (revert) {
        return {
            ...emptyCommit(sha, revert.groups?.subject ?? header),
            type: 'revert',
            body,
            footers,
            change,
            deployNotes,
        };
    }
    const m = HEADER.exec(header);
    if (!m?.groups) {
        return { ...emptyCommit(sha, header), body, footers, change, deployNotes, breaking: breakingFooter };
    }
    const subject = (m.groups.subject ?? '').trim();
    const scope = m.groups.scope?.trim();
    return {
        sha,
        type: (m.groups.type ?? '').toLowerCase(),
        scope: scope ? scope : undefined,
        subject,
        body,
        footers,
        breaking: breakingFooter ?? (m.groups.bang ? subject : undefined),
        change,
        merge: false,
        deployNotes,
    };
}
function emptyCommit(sha, subject) {
    return {
        sha,
        type: undefined,
        scope: undefined,
        subject,
        body: '',
        footers: [],
        breaking: undefined,
        change: undefined,
        merge: false,
        deployNotes: [],
    };
}
/**
 * The footers are the last paragraph when its first line is a footer (`Token: value` or
 * `Token #value`); a footer's value runs on until the next footer line.
 */
function splitFooters(text) {
    const paragraphs = text.split(/\n[ \t]*\n/);
    const last = paragraphs.at(-1) ?? '';
    const lines = last.split('\n');
    if (!FOOTER_LINE.test(lines[0] ?? ''))
        return { body: text, footers: [] };
    // Each footer's lines are gathered and joined once: joining as they come copies the value
    // again for every line, which grows with the square of a long footer.
    const gathered = [];
    for (const line of lines) {
        const m = FOOTER_LINE.exec(line);
        if (m?.groups)
            gathered.push({ token: m.groups.token ?? '', lines: [m.groups.value ?? ''] });
        else
            gathered.at(-1)?.lines.push(line);
    }
    const footers = gathered.map(({ token, lines: parts }) => ({
        token,
        value: parts
            .map((part) => part.trim())
            .filter(Boolean)
            .join('\n'),
    }));
    return { body: paragraphs.slice(0, -1).join('\n\n').trim(), footers };
}
/** `Deploy-Notes:` footers, and the text of a `Deployment notes` heading section in the body. */
function deploymentNotes(body, footers) {
    const notes = footers.filter((f) => /^deploy-notes?$/i.test(f.token) && f.value).map((f) => f.value);
    const lines = body.split('\n');
    const start = lines.findIndex((line) => /^#{1,6}\s+deployment notes\s*$/i.test(line.trim()));
    if (start !== -1) {
        const level = /^#+/.exec(lines[start]?.trim() ?? '')?.[0].length ?? 2;
        const after = lines.slice(start + 1);
        const end = after.findIndex((line) => {
            const heading = /^(#+)\s/.exec(line.trim());
            return heading !== null && (heading[1]?.length ?? 0) <= level;
        });
        const section = (end === -1 ? after : after.slice(0, end)).join('\n').trim();
        if (section)
            notes.unshift(section);
    }
    return notes;
}
/**
 * The commits a release is made of: each merge commit with a conventional title stands for the
 * commits it merged (which are left out, so a pull request is listed once); other merge commits
 * are left out (their commits stand for themselves). Order is kept (newest first, as git logs).
 */
function releaseCommits(nodes) {
    const bySha = new Map(nodes.map((n) => [n.sha, n]));
    const parsed = nodes.map((n) => parseCommit(n.sha, n.message));
    const covered = new Set();
    for (const [i, commit] of parsed.entries()) {
        const node = nodes[i];
        if (!commit.merge || commit.type === undefined || node.parents.length < 2)
            continue;
        const mainline = ancestors(bySha, [node.parents[0]]);
        for (const sha of ancestors(bySha, node.parents.slice(1)))
            if (!mainline.has(sha))
                covered.add(sha);
    }
    return parsed.filter((c) => !covered.has(c.sha) && (!c.merge || c.type !== undefined));
}
/** `from` and their ancestors within the range (commits outside it are not followed). */
function ancestors(bySha, from) {
    const seen = new Set();
    const stack = [...from];
    while (stack.length > 0) {
        const sha = stack.pop();
        const node = bySha.get(sha);
        if (!node || seen.has(sha))
            continue;
        seen.add(sha);
        stack.push(...node.parents);
    }
    return seen;
}

// EXTERNAL MODULE: ./node_modules/.pnpm/semver@7.8.6/node_modules/semver/index.js
var semver = __webpack_require__(2320);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
;// CONCATENATED MODULE: ./actions/tag-release/src/semver.ts
/**
 * Semantic versions (semver.org 2.0.0) through the `semver` package: parse, format, compare,
 * bump. What is ours is only the release vocabulary (`Bump`, and which bump leads from one
 * release to the next). Build metadata (`+...`) is kept when parsed, never produced, and ignored
 * in comparisons.
 */

/** A bump, smallest first (their order is their rank). */
const BUMPS = ['none', 'patch', 'minor', 'major'];
/**
 * `1.4.0-rc.2` -> a Version; undefined when the text is not a semantic version, has a number
 * above Number.MAX_SAFE_INTEGER or is longer than 256 characters (what `semver` reads). A `v`
 * prefix is the caller's to remove (it is the tag prefix), so `v1.2.3` is not a version here.
 */
function parseVersion(text) {
    const trimmed = text.trim();
    if (!/^\d/.test(trimmed))
        return undefined;
    return semver_default().parse(trimmed) ?? undefined;
}
/**
 * Why `text` is not a version, in the `semver` package's words (such as "Invalid major version"
 * for `99999999999999999999.0.0`); undefined when it is one.
 */
function versionProblem(text) {
    if (parseVersion(text))
        return undefined;
    try {
        new semver.SemVer(text.trim());
        return 'not a semantic version';
    }
    catch (error) {
        return error instanceof Error ? error.message : String(error);
    }
}
/** `1.4.0-rc.2` (build metadata included when present). */
function formatVersion(v) {
    return v.build.length > 0 ? `${v.version}+${v.build.join('.')}` : v.version;
}
/** Semver precedence: negative when a < b, 0 when equal (build metadata ignored), positive when a > b. */
function compareVersions(a, b) {
    return semver_default().compare(a, b);
}
/** The same version with its pre-release identifiers replaced (`[]` for the release itself). */
function withPrerelease(v, prerelease) {
    const release = `${v.major}.${v.minor}.${v.patch}`;
    return new semver.SemVer(prerelease.length > 0 ? `${release}-${prerelease.join('.')}` : release);
}
/** The release `bump` makes after the release `v` (`none` keeps the release part). */
function bumpVersion(v, bump) {
    if (bump === 'none')
        return withPrerelease(v, []);
    return new semver.SemVer(semver_default().inc(v, bump) ?? formatVersion(v));
}
/** The bump that leads from `from` to `to` (by their release parts), `none` when they are equal or `to` is lower. */
function bumpBetween(from, to) {
    const release = withPrerelease(to, []);
    if (semver_default().lte(release, withPrerelease(from, [])))
        return 'none';
    const diff = semver_default().diff(withPrerelease(from, []), release);
    return diff === 'major' || diff === 'minor' ? diff : 'patch';
}
/** The larger of two bumps. */
function maxBump(a, b) {
    return BUMPS.indexOf(a) >= BUMPS.indexOf(b) ? a : b;
}

;// CONCATENATED MODULE: ./actions/tag-release/src/version.ts
/**
 * The next version: from the commits since the last release, or the pull/merge request's
 * `release:*` labels, or an explicit version; raised by the API's bump; with the 0.x rule and
 * pre-release numbering. Pure: the caller gathers tags and commits.
 */


/** The `release:*` labels. */
const RELEASE_LABELS = (/* unused pure expression or super */ null && (['release:major', 'release:minor', 'release:patch', 'release:skip']));
/** The bump a commit calls for, before the 0.x rule: breaking major, feat minor, fix/perf/revert patch. */
function commitBump(commit) {
    if (commit.breaking !== undefined)
        return 'major';
    switch (commit.type) {
        case 'feat':
            return 'minor';
        case 'fix':
        case 'perf':
        case 'revert':
            return 'patch';
        default:
            return 'none';
    }
}
/**
 * Decides the next version.
 *
 * @throws ConfigError naming `version` for an explicit version that is not semver, not above the
 *   last release or below what the API calls for; naming `initial-version` or `prerelease` for bad values.
 */
function decideVersion(request) {
    const { previous } = request;
    if (request.explicit !== undefined)
        return explicitVersion(request, request.explicit);
    const labels = request.labels.map((l) => l.trim().toLowerCase());
    if (labels.includes('release:skip'))
        return { release: false, reason: 'the release:skip label says so' };
    if (previous === undefined) {
        const initial = parseVersion(request.initialVersion);
        if (!initial || initial.prerelease.length > 0) {
            throw new src/* ConfigError */.xL(`Input "initial-version" must be a release version such as 0.1.0 (got ${JSON.stringify(request.initialVersion)}).`, { input: 'initial-version' });
        }
        const version = version_withPrerelease(initial, request);
        return {
            release: true,
            version,
            bump: 'none',
            source: 'initial',
            reason: `first release: ${formatVersion(version)}`,
        };
    }
    const labelBump = ['major', 'minor', 'patch'].find((b) => labels.includes(`release:${b}`));
    const fromCommits = request.commits.map(commitBump).reduce(maxBump, 'none');
    let bump = labelBump ?? fromCommits;
    let source = labelBump ? 'label' : 'commits';
    if (request.apiBump && maxBump(bump, request.apiBump) !== bump) {
        bump = request.apiBump;
        source = 'api';
    }
    if (bump === 'none') {
        const kinds = [...new Set(request.commits.map((c) => c.type ?? 'non-conventional'))].join(', ');
        return {
            release: false,
            reason: request.commits.length === 0
                ? 'no commits since the last release'
                : `no commit calls for a release (${kinds}); a feat, fix or perf commit, a release label or "version" would`,
        };
    }
    const effective = previous.major === 0 && request.zeroMajor === 'minor' && bump === 'major' ? 'minor' : bump;
    const version = version_withPrerelease(bumpVersion(previous, effective), request);
    const why = {
        commits: 'the commits',
        label: `the release:${bump} label`,
        api: 'the API changes (api-bump)',
    }[source];
    const zero = effective !== bump ? ' (0.x: a breaking change bumps the minor version)' : '';
    return { release: true, version, bump: effective, source, reason: `${effective} bump from ${why}${zero}` };
}
function explicitVersion(request, text) {
    const bare = text.replace(/^v(?=\d)/, '');
    const version = parseVersion(bare);
    if (!version && /^\d+\.\d+\.\d+/.test(bare.trim())) {
        throw new src/* ConfigError */.xL(`Input "version" must be a semantic version whose numbers are at most ${Number.MAX_SAFE_INTEGER} (got ${JSON.stringify(text)}: ${versionProblem(bare)}).`, { input: 'version' });
    }
    if (!version || version.build.length > 0) {
        throw new src/* ConfigError */.xL(`Input "version" must be a semantic version such as 1.4.0 or 2.0.0-rc.1 (got ${JSON.stringify(text)}).`, {
            input: 'version',
        });
    }
    const { previous, apiBump } = request;
    if (previous === undefined)
        return {
            release: true,
            version,
            bump: 'none',
            source: 'version',
            reason: `version ${formatVersion(version)} as given`,
        };
    if (compareVersions(version, previous) <= 0) {
        throw new src/* ConfigError */.xL(`Input "version": ${formatVersion(version)} is not above the last release ${formatVersion(previous)}; set a higher version.`, { input: 'version' });
    }
    const bump = bumpBetween(previous, version);
    // While 0.x with zero-major: minor, a minor bump is what a breaking change calls for.
    const needed = apiBump === 'major' && previous.major === 0 && request.zeroMajor === 'minor' ? 'minor' : apiBump;
    if (needed && maxBump(bump, needed) !== bump) {
        throw new src/* ConfigError */.xL(`Input "version": ${formatVersion(version)} is a ${bump === 'none' ? 'no-bump' : bump} release after ${formatVersion(previous)}, but the API changes call for a ${needed} bump (api-bump); set a higher version.`, { input: 'version' });
    }
    return {
        release: true,
        version,
        bump,
        source: 'version',
        reason: `version ${formatVersion(version)} as given`,
    };
}
/** `1.4.0` -> `1.4.0-rc.N` with N one above the highest `1.4.0-rc.*` taken, when a pre-release is asked for. */
function version_withPrerelease(version, request) {
    const id = request.prerelease;
    if (id === undefined)
        return version;
    if (!/^[A-Za-z][0-9A-Za-z-]*$/.test(id)) {
        throw new src/* ConfigError */.xL(`Input "prerelease" must be an identifier such as rc or beta (got ${JSON.stringify(id)}).`, {
            input: 'prerelease',
        });
    }
    const numbers = request.taken
        .filter((t) => compareVersions(withPrerelease(t, []), version) === 0 && t.prerelease[0] === id)
        .map((t) => t.prerelease[1])
        .filter((n) => typeof n === 'number');
    return withPrerelease(version, [id, Math.max(0, ...numbers) + 1]);
}

;// CONCATENATED MODULE: ./actions/tag-release/src/plan.ts



/**
 * The version to release: a version tag the commit carries already (a re-run), else the one the
 * commits, labels or inputs decide; or why there is nothing to release.
 */
async function planRelease(git, inputs, { prefix, sha, tagged }) {
    const existing = pickExisting(await git.versionTags(prefix, sha), inputs);
    const previous = await git.lastRelease(sha, prefix, existing?.tag);
    const commits = releaseCommits(await git.commitsBetween(previous?.tag, sha));
    if (existing) {
        return {
            version: existing.version,
            tag: existing.tag,
            previous,
            bump: previous ? bumpBetween(previous.version, existing.version) : 'none',
            reason: `${existing.tag} is at this commit already`,
            commits,
            rerun: true,
        };
    }
    const decision = decideVersion({
        previous: previous?.version,
        commits,
        labels: inputs.labels ?? [],
        explicit: inputs.version,
        apiBump: inputs.apiBump,
        zeroMajor: inputs.zeroMajor,
        prerelease: inputs.prerelease,
        initialVersion: inputs.initialVersion,
        taken: tagged.map((t) => t.version),
    });
    if (!decision.release)
        return { reason: decision.reason, previous };
    const tag = `${prefix}${formatVersion(decision.version)}`;
    return { ...decision, tag, previous, commits, rerun: false };
}
/**
 * The version tag at the commit that this run would make: the explicit `version`'s, else the
 * highest pre-release of the `prerelease` identifier, else the highest release.
 */
function pickExisting(atCommit, inputs) {
    if (inputs.version !== undefined) {
        const wanted = parseVersion(inputs.version.replace(/^v(?=\d)/, ''));
        return atCommit.find((t) => wanted !== undefined && compareVersions(t.version, wanted) === 0);
    }
    const fitting = atCommit.filter((t) => inputs.prerelease === undefined
        ? t.version.prerelease.length === 0
        : t.version.prerelease[0] === inputs.prerelease);
    return fitting.sort((a, b) => compareVersions(b.version, a.version))[0];
}

;// CONCATENATED MODULE: ./actions/tag-release/src/git.ts
/**
 * The checkout as tag-release reads and writes it through git: version tags, the commits and
 * added migrations since the last release, annotated tags and atomic pushes. Commands are argument
 * arrays; messages are in English (LC_ALL=C) because some are matched.
 */


/** git in one checkout. */
class Git {
    workspace;
    git;
    constructor(workspace, env) {
        this.workspace = workspace;
        this.git = (0,src/* gitRunner */.XZ)(workspace, env, 'tag-release needs git on PATH');
    }
    /** Runs git; the result whatever the exit code. @throws ToolMissingError without git. */
    run(args, options) {
        return this.git.run(args, options);
    }
    /** stdout of a command that must succeed. @throws Error with git's message otherwise. */
    out(args, options) {
        return this.git.out(args, options);
    }
    /**
     * @throws ConfigError when the workspace is not a checkout, or a shallow one (the last tag and
     *   the commits since cannot be found there).
     */
    async checkCheckout() {
        if ((await this.run(['rev-parse', '--git-dir'])).exitCode !== 0) {
            throw new src/* ConfigError */.xL(`tag-release needs a git checkout: ${this.workspace} is not a git repository (check out the repository first).`);
        }
        if ((await this.out(['rev-parse', '--is-shallow-repository'])).trim() === 'true') {
            throw new src/* ConfigError */.xL('The checkout is shallow, so the last release tag and the commits since cannot be found: check out the full history (actions/checkout: fetch-depth: 0; GitLab: GIT_DEPTH: 0).');
        }
    }
    /** The full sha of a revision. @throws ConfigError naming `target` when it is no commit. */
    async resolveCommit(revision) {
        const result = await this.run([
            'rev-parse',
            '--verify',
            '--quiet',
            '--end-of-options',
            `${revision}^{commit}`,
        ]);
        if (result.exitCode !== 0) {
            throw new src/* ConfigError */.xL(`Input "target": ${JSON.stringify(revision)} is not a commit of the checkout.`, {
                input: 'target',
            });
        }
        return result.stdout.trim();
    }
    /**
     * The last release tag reachable from `commit` (`git describe --tags --abbrev=0`), release
     * versions only: pre-releases and moving tags (`v1`, `v1.4`) do not count. `exclude` leaves a
     * tag out (the release being re-run).
     */
    async lastRelease(commit, prefix, exclude) {
        const args = ['describe', '--tags', '--abbrev=0', '--match', `${prefix}[0-9]*.[0-9]*.[0-9]*`];
        args.push('--exclude', `${prefix}*-*`, '--exclude', `${prefix}*+*`);
        if (exclude)
            args.push('--exclude', exclude);
        const result = await this.run([...args, commit]);
        if (result.exitCode !== 0)
            return undefined;
        return asVersionTag(result.stdout.trim(), prefix);
    }
    /** Every version tag of the checkout (releases and pre-releases). */
    async versionTags(prefix, pointsAt) {
        const args = ['tag', '--list', `${prefix}[0-9]*`];
        if (pointsAt)
            args.push('--points-at', pointsAt);
        return (await this.out(args))
            .split('\n')
            .map((name) => asVersionTag(name.trim(), prefix))
            .filter((t) => t !== undefined);
    }
    /** The commits in `from..to` (all of `to`'s history without `from`), newest first, with parents. */
    async commitsBetween(from, to) {
        const range = from ? [`${from}..${to}`] : [to];
        const text = await this.out(['log', '--format=%H%x1f%P%x1f%B%x1e', ...range, '--']);
        return text
            .split('\x1e')
            .map((record) => record.replace(/^\n/, ''))
            .filter((record) => record.trim() !== '')
            .map((record) => {
            const [sha = '', parents = '', message = ''] = record.split('\x1f');
            return { sha, parents: parents.split(' ').filter(Boolean), message };
        });
    }
    /** Migrations added between `from` (or the empty tree) and `to`: files under a `migrations/` directory. */
    async addedMigrations(from, to) {
        const base = from ?? (await this.out(['hash-object', '-t', 'tree', '--stdin'], { input: '' })).trim();
        const text = await this.out(['diff', '--name-status', '--no-renames', '--diff-filter=A', base, to, '--']);
        return text
            .split('\n')
            .map((line) => line.split('\t')[1] ?? '')
            .filter(isMigration);
    }
    /** The commit a local tag points at, or undefined when there is no such tag. */
    async tagCommit(tag) {
        const result = await this.run(['rev-parse', '--verify', '--quiet', `refs/tags/${tag}^{commit}`]);
        return result.exitCode === 0 ? result.stdout.trim() : undefined;
    }
    /** Creates the annotated tag `tag` at `sha`. */
    async createAnnotatedTag(tag, sha, message, tagger) {
        const identity = { GIT_COMMITTER_NAME: tagger.name, GIT_COMMITTER_EMAIL: tagger.email };
        await this.out(['tag', '--annotate', '--file=-', '--', tag, sha], { input: message, env: identity });
    }
    async deleteTag(tag) {
        await this.run(['tag', '--delete', '--', tag]);
    }
    /** `git push --atomic --porcelain` of the refspecs; the result whatever it is. */
    push(remote, refspecs) {
        return this.run(['push', '--atomic', '--porcelain', '--no-verify', remote, ...refspecs]);
    }
    /** Fetches the remote's tag into the local tag of that name; its commit, or undefined when the remote has none. */
    async fetchTag(remote, tag) {
        const ref = `refs/tags/${tag}`;
        const listed = await this.run(['ls-remote', '--exit-code', '--tags', remote, ref]);
        if (listed.exitCode === 2)
            return undefined;
        if (listed.exitCode !== 0)
            throw new Error(`git ls-remote ${remote} failed: ${(0,src/* gitMessage */.Uu)(listed)}`);
        await this.out(['fetch', '--quiet', '--no-tags', '--no-write-fetch-head', remote, `+${ref}:${ref}`]);
        return this.tagCommit(tag);
    }
    /** Whether the checkout has the remote. */
    async hasRemote(remote) {
        return (await this.run(['remote', 'get-url', '--', remote])).exitCode === 0;
    }
}
/** A migration: a `.py` or `.sql` file right under a `migrations/` directory, other than `__init__.py`. */
function isMigration(file) {
    return /(^|\/)migrations\/[^/]+\.(py|sql)$/.test(file) && !file.endsWith('/__init__.py');
}
function asVersionTag(name, prefix) {
    if (!name.startsWith(prefix))
        return undefined;
    const version = parseVersion(name.slice(prefix.length));
    return version ? { tag: name, version } : undefined;
}

;// CONCATENATED MODULE: ./actions/tag-release/src/prepare.ts
/**
 * What a tag-release run checks before it plans anything: the inputs, the checkout, the host's
 * API and the release assets. Every problem here is a configuration error naming its input.
 */





/** Checks the inputs and the checkout, reads the assets and the tags. */
async function prepare(platform, inputs) {
    const workspace = external_node_path_default().resolve(platform.context.workspace);
    const reportDir = external_node_path_default().resolve(workspace, inputs.reportDir ?? (0,src/* defaultReportDir */.Vh)(workspace, 'tag-release'));
    if (inputs.token) {
        platform.setSecret(inputs.token);
        src/* secrets */.O3.add(inputs.token);
    }
    const prefix = tagPrefix(inputs.tagPrefix);
    const movingKinds = checkMovingTags(inputs.movingTags);
    const tagger = (0,src/* parseGitAuthor */.nW)(inputs.gitAuthor);
    const git = new Git(workspace, platform.env);
    await git.checkCheckout();
    const sha = await git.resolveCommit(inputs.target ?? 'HEAD');
    const releases = inputs.dryRun ? undefined : hostReleases(platform, inputs);
    const assets = inputs.createRelease ? await readAssets(workspace, inputs.assets ?? []) : [];
    if (!inputs.dryRun && inputs.push === 'git' && !(await git.hasRemote(inputs.gitRemote))) {
        throw new src/* ConfigError */.xL(`Input "git-remote": the checkout has no remote ${JSON.stringify(inputs.gitRemote)}.`, {
            input: 'git-remote',
        });
    }
    const tagged = await git.versionTags(prefix);
    return { workspace, reportDir, prefix, movingKinds, tagger, git, sha, releases, assets, tagged };
}
/** The host's releases API when this run needs it. @throws ConfigError naming `token` when there is none. */
function hostReleases(platform, inputs) {
    if (!inputs.createRelease && inputs.push !== 'api')
        return undefined;
    const releases = platform.repoHost(inputs.token)?.releases;
    if (releases)
        return releases;
    const needs = inputs.push === 'api' ? 'the api push mode and releases need' : 'creating the release needs';
    throw new src/* ConfigError */.xL(`Input "token": ${needs} the repository host's API, which this run has not (GitHub: a token with contents: write; GitLab: a project access token with the api scope); or set create-release: false and push: git.`, { input: 'token' });
}
/** The release assets, read now so a missing file stops the run before anything is tagged. */
async function readAssets(workspace, files) {
    const assets = [];
    for (const file of files) {
        const content = await (0,promises_.readFile)(external_node_path_default().resolve(workspace, file)).catch(() => {
            throw new src/* ConfigError */.xL(`Input "assets": ${file} does not exist or cannot be read.`, { input: 'assets' });
        });
        assets.push({ name: external_node_path_default().basename(file), content, contentType: contentType(file) });
    }
    return assets;
}
function contentType(file) {
    const ext = external_node_path_default().extname(file).toLowerCase();
    if (ext === '.yml' || ext === '.yaml')
        return 'application/yaml';
    if (ext === '.json')
        return 'application/json';
    if (ext === '.md' || ext === '.txt')
        return 'text/plain; charset=utf-8';
    return 'application/octet-stream';
}
/** The prefix of version tags: `none` for bare versions. @throws ConfigError naming `tag-prefix`. */
function tagPrefix(text) {
    const prefix = text === 'none' ? '' : text;
    if (/^[A-Za-z0-9._/-]*$/.test(prefix) && !prefix.startsWith('-') && !prefix.includes('..'))
        return prefix;
    throw new src/* ConfigError */.xL(`Input "tag-prefix" must be letters, digits, ".", "_", "/" or "-", or none (got ${JSON.stringify(text)}).`, { input: 'tag-prefix' });
}
/** @throws ConfigError naming `moving-tags` when `none` comes with other values. */
function checkMovingTags(kinds) {
    if (kinds.includes('none') && kinds.length > 1) {
        throw new src/* ConfigError */.xL('Input "moving-tags" must be none, major, or major,minor; none goes alone.', {
            input: 'moving-tags',
        });
    }
    return kinds;
}
/** Links to pull/merge requests and commits on the host this run is on (its web URL from the context). */
function hostLinks(platform) {
    const { webUrl } = platform.context;
    if (platform.kind === 'github' && webUrl)
        return githubLinks(webUrl);
    if (platform.kind === 'gitlab' && webUrl)
        return gitlabLinks(webUrl);
    return NO_LINKS;
}

;// CONCATENATED MODULE: ./actions/tag-release/src/report.ts
/** The tag-release result: its checks, the report and how the entry publishes it. */


/** The job summary carries the notes up to this many characters; the file has them all. */
const SUMMARY_NOTES_LIMIT = 100_000;
/** The result, with its report and how the entry publishes it (the summary with the notes). */
function finish(ctx, notes, result) {
    const { outputs } = result;
    const report = {
        action: 'tag-release',
        title: ctx.inputs.dryRun ? 'Tag release (dry run)' : 'Tag release',
        verdict: (0,src/* verdictOf */.Vj)(ctx.checks),
        startedAt: ctx.startedAt.toISOString(),
        durationMs: Date.now() - ctx.startedAt.getTime(),
        checks: ctx.checks,
        meta: {
            commit: ctx.sha.slice(0, 12),
            ...(outputs.tag ? { tag: outputs.tag } : {}),
            ...(outputs['previous-version'] ? { previous: outputs['previous-version'] } : {}),
            push: ctx.inputs.push,
        },
    };
    const hint = `\`${external_node_path_default().relative(ctx.workspace, ctx.reportDir).split((external_node_path_default()).sep).join('/') || '.'}\``;
    let append = '';
    if (notes !== undefined) {
        const shown = notes.length > SUMMARY_NOTES_LIMIT
            ? `${notes.slice(0, SUMMARY_NOTES_LIMIT)}\n\n…cut: the full notes are in ${hint}\n`
            : notes;
        append = `\n## Release notes of ${outputs.tag}\n\n${shown}`;
    }
    return {
        verdict: report.verdict,
        summary: src/* secrets */.O3.redact(result.summary),
        outputs,
        report,
        publish: {
            dir: ctx.reportDir,
            formats: ['json', 'summary'],
            fullReportHint: hint,
            jobSummary: { append },
        },
    };
}
function check(id, name, status, summary, durationMs) {
    const text = src/* secrets */.O3.redact(summary);
    return {
        id,
        name,
        mode: 'enforce',
        status,
        durationMs,
        summary: text,
        findings: status === 'failed' ? [{ severity: 'error', message: text, rule: id }] : [],
    };
}
function timer() {
    const started = performance.now();
    return () => Math.round(performance.now() - started);
}

;// CONCATENATED MODULE: ./actions/tag-release/src/tags.ts
/**
 * The release tag and its moving tags reach the host, safely re-runnable: with git (`git tag -a`,
 * then one `git push --atomic` of the tag and the forced moving tags) or through the host API.
 * A tag already at the commit is success; at another commit it is a failure naming both commits.
 * Two runs at once make one tag: the loser's atomic push fails, and it then finds the winner's
 * tag at its commit, which is a re-run.
 */


/**
 * The moving tags for `version` (`v1` for `major`, `v1.4` for `minor`) that it may move: never
 * for a pre-release, and never back, when a higher release of that line is tagged already.
 */
function movingTagNames(version, prefix, kinds, tagged) {
    if (version.prerelease.length > 0)
        return [];
    const releases = tagged.map((t) => t.version).filter((v) => v.prerelease.length === 0);
    const names = [];
    const newest = (same) => releases.filter(same).every((v) => compareVersions(v, version) <= 0);
    if (kinds.includes('major') && newest((v) => v.major === version.major)) {
        names.push(`${prefix}${version.major}`);
    }
    if (kinds.includes('minor') && newest((v) => v.major === version.major && v.minor === version.minor)) {
        names.push(`${prefix}${version.major}.${version.minor}`);
    }
    return names;
}
/** A tag at another commit than the one being released; `existing` undefined when the host did not say which. */
function conflictMessage(tag, existing, sha) {
    const where = existing ? `at commit ${existing}, not at ${sha}` : `at another commit than ${sha}`;
    return `tag ${tag} already exists ${where} which this run releases: release another version, or delete the tag if it is wrong`;
}
/** Tags with git and pushes them atomically to `remote`. */
async function tagWithGit(git, remote, tagger, request) {
    const { tag, sha } = request;
    // The caller made sure a local tag of that name, if any, is at `sha`.
    const local = await git.tagCommit(tag);
    if (local === undefined)
        await git.createAnnotatedTag(tag, sha, request.message, tagger);
    const refspecs = [
        `refs/tags/${tag}:refs/tags/${tag}`,
        ...request.moving.map((m) => `+${sha}:refs/tags/${m}`),
    ];
    const pushed = await git.push(remote, refspecs);
    if (pushed.exitCode === 0) {
        const upToDate = pushed.stdout.split('\n').some((line) => line.startsWith(`=\trefs/tags/${tag}:`));
        return {
            status: upToDate ? 'exists' : 'created',
            detail: `${upToDate ? 'already on' : 'pushed to'} ${remote}${movedText(request.moving)}`,
        };
    }
    // Nothing was pushed (atomic): leave no local tag this run made behind.
    if (local === undefined)
        await git.deleteTag(tag);
    const reason = (0,src/* gitMessage */.Uu)(pushed);
    const remoteCommit = await git.fetchTag(remote, tag).catch(() => undefined);
    if (remoteCommit === undefined) {
        return { status: 'failed', detail: `git push of ${tag} to ${remote} was refused: ${reason}` };
    }
    if (remoteCommit !== sha)
        return { status: 'failed', detail: conflictMessage(tag, remoteCommit, sha) };
    // Another run tagged this commit meanwhile: a re-run. Its moving tags may still need to move.
    if (request.moving.length > 0) {
        const moved = await git.push(remote, request.moving.map((m) => `+${sha}:refs/tags/${m}`));
        if (moved.exitCode !== 0) {
            return {
                status: 'failed',
                detail: `${tag} is on ${remote} at this commit, but moving ${request.moving.join(', ')} failed: ${(0,src/* gitMessage */.Uu)(moved)}`,
            };
        }
    }
    return {
        status: 'exists',
        detail: `already on ${remote} at this commit (tagged by another run)${movedText(request.moving)}`,
    };
}
/** Tags through the host API (no push: branch protection needs no personal token). */
async function tagWithApi(releases, request) {
    const { tag, sha } = request;
    let created;
    try {
        ({ created } = await releases.createTag({ tag, sha, message: request.message }));
    }
    catch (error) {
        if (error instanceof src/* HostApiError */.NY && error.status === 409) {
            return {
                status: 'failed',
                detail: `${conflictMessage(tag, undefined, sha)} (the host says: ${error.message})`,
            };
        }
        return { status: 'failed', detail: `the host refused to create ${tag}: ${(0,src/* describeError */.BR)(error).message}` };
    }
    try {
        for (const name of request.moving)
            await releases.moveTag(name, sha);
    }
    catch (error) {
        return {
            status: 'failed',
            detail: `${tag} is ${created ? 'created' : 'there'}, but moving ${request.moving.join(', ')} failed: ${(0,src/* describeError */.BR)(error).message}`,
        };
    }
    return {
        status: created ? 'created' : 'exists',
        detail: `${created ? 'created' : 'already there at this commit'} through the host API${movedText(request.moving)}`,
    };
}
function movedText(moving) {
    return moving.length > 0 ? `; moved ${moving.join(', ')}` : '';
}

;// CONCATENATED MODULE: ./actions/tag-release/src/release.ts
/**
 * What a tag-release run changes once the plan stands: the tag (and moving tags), the changelog
 * file and the host's release, in that order, each as a check; or, in a dry run, what it would do.
 */







/**
 * Tags the commit (or says what a dry run would do), then prepends the changelog and creates the
 * release; adds a check for each step to `checks`.
 */
async function release(setup, inputs, plan, notes, checks) {
    const { git, sha } = setup;
    const version = formatVersion(plan.version);
    const moving = movingTagNames(plan.version, setup.prefix, setup.movingKinds, setup.tagged);
    const local = await git.tagCommit(plan.tag);
    if (local !== undefined && local !== sha) {
        checks.push(check('tag', `Tag ${plan.tag}`, 'failed', conflictMessage(plan.tag, local, sha), 0));
        return { summary: checks.at(-1)?.summary ?? '', releaseUrl: '' };
    }
    if (inputs.dryRun) {
        checks.push(...dryRunChecks(inputs, plan, moving, setup.assets, sha));
        return {
            summary: `dry run: would release ${plan.tag} at ${sha.slice(0, 12)} (${plan.reason}); nothing changed`,
            releaseUrl: '',
        };
    }
    const tagStarted = timer();
    const request = { tag: plan.tag, sha, message: `Release ${version}\n`, moving };
    const outcome = inputs.push === 'api'
        ? await tagWithApi(setup.releases, request)
        : await tagWithGit(git, inputs.gitRemote, setup.tagger, request);
    checks.push(check('tag', `Tag ${plan.tag}`, outcome.status === 'failed' ? 'failed' : 'passed', outcome.detail, tagStarted()));
    if (outcome.status === 'failed') {
        const why = 'not done: the tag is not there';
        if (inputs.changelogFile)
            checks.push(check('changelog', 'Changelog', 'skipped', why, 0));
        if (inputs.createRelease)
            checks.push(check('release', 'Release', 'skipped', why, 0));
        return { summary: `${plan.tag}: ${outcome.detail}`, releaseUrl: '' };
    }
    if (inputs.changelogFile) {
        checks.push(await updateChangelog(setup.workspace, inputs.changelogFile, changelogEntry(notes.input, notes.text), version));
    }
    let releaseUrl = '';
    if (inputs.createRelease && setup.releases) {
        const started = timer();
        try {
            const created = await setup.releases.create({
                tag: plan.tag,
                name: plan.tag,
                body: notes.text,
                prerelease: plan.version.prerelease.length > 0,
                assets: setup.assets,
            });
            releaseUrl = created.url;
            const what = created.created ? 'created' : 'exists already';
            checks.push(check('release', 'Release', 'passed', `${what}: ${created.url}`, started()));
        }
        catch (error) {
            const message = `the release of ${plan.tag} could not be created: ${(0,src/* describeError */.BR)(error).message} (the tag is there: a re-run creates the release)`;
            checks.push(check('release', 'Release', 'failed', message, started()));
        }
    }
    const failed = checks.find((c) => c.status === 'failed');
    const done = plan.rerun || outcome.status === 'exists'
        ? `${plan.tag} was released already at ${sha.slice(0, 12)}`
        : `released ${plan.tag}`;
    return {
        summary: failed
            ? `${plan.tag}: ${failed.summary}`
            : `${done} (${plan.reason})${releaseUrl ? `: ${releaseUrl}` : ''}`,
        releaseUrl,
    };
}
/** What a dry run would do, as skipped checks. */
function dryRunChecks(inputs, plan, moving, assets, sha) {
    const how = inputs.push === 'api'
        ? 'through the host API'
        : `with git tag -a and git push --atomic to ${inputs.gitRemote}`;
    const also = moving.length > 0 ? `, moving ${moving.join(', ')}` : '';
    const verb = plan.rerun ? 'would check' : 'would create';
    const checks = [
        check('tag', `Tag ${plan.tag}`, 'skipped', `dry run: ${verb} ${plan.tag} at ${sha.slice(0, 12)} ${how}${also}`, 0),
    ];
    if (inputs.changelogFile) {
        checks.push(check('changelog', 'Changelog', 'skipped', `dry run: would prepend the notes to ${inputs.changelogFile}`, 0));
    }
    if (inputs.createRelease) {
        const kind = plan.version.prerelease.length > 0 ? 'pre-release' : 'release';
        const files = assets.length > 0 ? ` with ${assets.map((a) => a.name).join(', ')}` : '';
        checks.push(check('release', 'Release', 'skipped', `dry run: would create the ${kind} ${plan.tag}${files}`, 0));
    }
    return checks;
}
/** Prepends the entry to the changelog file, atomically; unchanged when it has the version already. */
async function updateChangelog(workspace, file, entry, version) {
    const started = timer();
    const target = external_node_path_default().resolve(workspace, file);
    const existing = await (0,promises_.readFile)(target, 'utf8').catch((error) => {
        if (error.code === 'ENOENT')
            return undefined;
        throw new src/* ConfigError */.xL(`Input "changelog-file": ${file} cannot be read (${error.code}).`, {
            input: 'changelog-file',
        });
    });
    const updated = prependChangelog(existing, entry, version);
    if (updated === undefined) {
        return check('changelog', 'Changelog', 'passed', `${file} has ${version} already; unchanged`, started());
    }
    await (0,promises_.mkdir)(external_node_path_default().dirname(target), { recursive: true });
    await (0,src/* writeFileAtomic */.Zf)(target, updated);
    return check('changelog', 'Changelog', 'passed', `${existing === undefined ? 'created' : 'prepended to'} ${file}`, started());
}

;// CONCATENATED MODULE: ./actions/tag-release/src/run.ts
/**
 * The tag-release action: check the set-up (prepare.ts), decide the version (plan.ts), write the
 * notes, then tag, update the changelog and create the release (release.ts), and report
 * (report.ts).
 */









/** Runs the action (see the spec and tag-release/README.md). */
async function run({ platform, inputs }) {
    const startedAt = new Date();
    const setup = await prepare(platform, inputs);
    const { git, sha, reportDir } = setup;
    const found = await planRelease(git, inputs, setup);
    const checks = [];
    const context = { startedAt, workspace: setup.workspace, reportDir, checks, sha, inputs };
    const elapsed = timer();
    if (!('version' in found)) {
        checks.push(check('version', 'Version', 'skipped', `nothing to release: ${found.reason}`, elapsed()));
        return finish(context, undefined, {
            summary: `nothing to release: ${found.reason}`,
            outputs: {
                version: '',
                tag: '',
                'previous-version': found.previous ? formatVersion(found.previous.version) : '',
                bump: 'none',
            },
        });
    }
    const plan = found;
    const version = formatVersion(plan.version);
    checks.push(check('version', 'Version', 'passed', `${version}: ${plan.reason}`, elapsed()));
    const notesInput = {
        version,
        tag: plan.tag,
        previousTag: plan.previous?.tag,
        date: startedAt.toISOString().slice(0, 10),
        commits: plan.commits,
        migrations: await git.addedMigrations(plan.previous?.tag, sha),
        links: hostLinks(platform),
    };
    const notes = renderNotes(notesInput);
    const notesFile = external_node_path_default().join(reportDir, 'release-notes.md');
    await (0,promises_.mkdir)(reportDir, { recursive: true });
    await (0,src/* writeFileAtomic */.Zf)(notesFile, `# ${plan.tag}\n\n${notes}`);
    const released = await release(setup, inputs, plan, { input: notesInput, text: notes }, checks);
    return finish(context, notes, {
        summary: released.summary,
        outputs: {
            version,
            tag: plan.tag,
            'previous-version': plan.previous ? formatVersion(plan.previous.version) : '',
            bump: plan.bump,
            'release-url': released.releaseUrl,
            changelog: notesFile,
        },
    });
}


/***/ })

};

export const id = 820;
export const ids = [820];
export const modules = {

/***/ 9820:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  oneLineSummary: () => (/* binding */ oneLineSummary),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 38 modules
var src = __webpack_require__(3483);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./actions/publish-schema/src/announce.ts
/**
 * The announcement of a new version: the changelog's headline, and a JSON POST to a webhook with a
 * Slack-compatible `text` (Slack, Mattermost, Rocket.Chat and Teams workflows read it). The POST
 * goes through the core's `httpFetch` (a deadline, proxies; sent once, as a POST is not repeated
 * unless the connection was refused or the server answered 429). Text from outside (the schema's
 * title, the changelog) cannot mention anyone: see `neutraliseMentions`.
 */


/**
 * The headline of a Markdown changelog: its first non-empty line that is not a heading (headings
 * name the document, not the change), without emphasis markers; the first heading's text when
 * there is nothing else.
 *
 * @throws ConfigError naming `changelog` when the file cannot be read.
 */
async function readHeadline(file, shown) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch {
        throw new src/* ConfigError */.xL(`Input "changelog": ${shown} is not a readable file; point it at the changelog generate-openapi wrote, or leave it unset.`, { input: 'changelog' });
    }
    return headlineOf(text);
}
function headlineOf(markdown) {
    const lines = markdown
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter(Boolean);
    const line = lines.find((l) => !l.startsWith('#')) ?? lines[0];
    if (line === undefined)
        return undefined;
    const plain = line
        .replace(/^#+\s*/, '')
        .replace(/\*\*|__/g, '')
        .trim();
    return plain || undefined;
}
/**
 * `Orders API 1.4.2 published: No breaking changes, 2 additions https://...`, with the title and
 * headline (text from outside) unable to mention anyone.
 */
function announcementText({ title, version, url, headline }) {
    const said = neutraliseMentions(`${title} ${version} published${headline ? `: ${headline}` : ''}`);
    return `${said}${url ? ` ${escapeControl(url)}` : ''}`;
}
/** Slack's three control characters, escaped as Slack documents: no `<...>` sequence survives. */
function escapeControl(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
/** A word joiner: invisible, and it breaks a mention's `@`. */
const JOINER = '\u2060';
/**
 * Text that notifies no one in Slack, Mattermost, Rocket.Chat, Discord or Teams: Slack's `<!channel>`,
 * `<!here>`, `<@U123>`, `<!subteam^...>` and Teams' `<at>` are escaped (`&lt;!channel&gt;`, shown as
 * typed), and a plain `@channel`, `@here`, `@everyone`, `@all` or `@someone` at the start of a
 * word gets a word joiner after its `@` (an e-mail address is left alone).
 */
function neutraliseMentions(text) {
    return escapeControl(text).replace(/(^|[^\p{L}\p{N}_.+-])@(?=[\p{L}\p{N}_])/gu, `$1@${JOINER}`);
}
/**
 * POSTs the announcement (sent once; see the module's note). `policy`: the core's network policy,
 * by default that of the environment.
 *
 * @throws Error saying what went wrong, naming the webhook's host (never the URL: it is a secret).
 */
async function postAnnouncement(webhookUrl, announcement, policy) {
    const body = JSON.stringify({
        text: announcementText(announcement),
        version: announcement.version,
        url: announcement.url ?? null,
        headline: announcement.headline === undefined ? null : neutraliseMentions(announcement.headline),
    });
    let response;
    try {
        response = await (0,src/* httpFetch */.tX)(webhookUrl, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body,
            redirect: 'error',
            ...(policy ? { policy } : {}),
        });
    }
    catch (error) {
        // The NetworkError starts with the host (and only the host) of the URL.
        const network = (0,src/* networkErrorIn */.kk)(error);
        const e = error;
        throw new Error(`the webhook could not be reached (${network?.message ?? e.cause?.code ?? e.message})`);
    }
    await response.body?.cancel();
    if (!response.ok)
        throw new Error(`the webhook answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./actions/publish-schema/src/html.ts
/**
 * The HTML pages of the site: a one-file API reference per version (Swagger UI from the
 * `swagger-ui-dist` package, its script, its styles and the schema inlined, so nothing is loaded
 * from a CDN or anywhere else when it is viewed), and the list of versions.
 */

let assets;
/**
 * Swagger UI's standalone bundle and styles. The literal `new URL(...)` paths let ncc find the
 * files and copy them beside the bundle, where the same expressions find them at run time.
 */
function swaggerUi() {
    assets ??= {
        script: (0,external_node_fs_.readFileSync)(new URL(/* asset import */ __webpack_require__(3317), __webpack_require__.b), 'utf8'),
        style: (0,external_node_fs_.readFileSync)(new URL(/* asset import */ __webpack_require__(8107), __webpack_require__.b), 'utf8'),
    };
    return assets;
}
/** The reference page of one version: Swagger UI rendering `document`, with no network access needed. */
function renderReferenceHtml(title, version, document) {
    const { script, style } = swaggerUi();
    // JSON in a non-executed script element: `<` is escaped so no `</script>` can end it early.
    const spec = JSON.stringify(document).replace(/</g, '\\u003c');
    const boot = `window.addEventListener('load', function () {
  var spec = JSON.parse(document.getElementById('openapi-document').textContent);
  window.ui = SwaggerUIBundle({
    spec: spec,
    dom_id: '#swagger-ui',
    deepLinking: true,
    validatorUrl: null,
    presets: [SwaggerUIBundle.presets.apis],
    layout: 'BaseLayout'
  });
});`;
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`${title} ${version}`)}</title>
<style>${inlineStyle(style)}</style>
<style>body { margin: 0; } .maint-header { font-family: sans-serif; padding: 12px 20px; background: #1b1b1b; color: #fff; } .maint-header a { color: #9cf; }</style>
</head>
<body>
<header class="maint-header">${escapeHtml(title)} ${escapeHtml(version)} &middot; <a href="../index.html">all versions</a> &middot; <a href="schema.yml">schema.yml</a> &middot; <a href="schema.json">schema.json</a></header>
<div id="swagger-ui"></div>
<script type="application/json" id="openapi-document">${spec}</script>
<script>${inlineScript(script)}</script>
<script>${boot}</script>
</body>
</html>
`;
}
/** The list of versions, highest first, with links to each version's reference and files. */
function renderIndexHtml(index) {
    const rows = index.versions.map((entry) => {
        const dir = encodeURIComponent(entry.version);
        const badge = entry.version === index.latest ? ' <strong>(latest)</strong>' : '';
        return `<tr><td><a href="${dir}/index.html">${escapeHtml(entry.version)}</a>${badge}</td><td>${escapeHtml(entry.date.slice(0, 10))}</td><td><a href="${dir}/schema.yml">YAML</a> <a href="${dir}/schema.json">JSON</a></td><td><code>${escapeHtml(entry.sha256.slice(0, 12))}</code></td></tr>`;
    });
    const title = escapeHtml(index.title);
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}: API schema versions</title>
<style>body { font-family: sans-serif; margin: 2em; } table { border-collapse: collapse; } td, th { padding: 4px 12px; text-align: left; border-bottom: 1px solid #ddd; }</style>
</head>
<body>
<h1>${title}</h1>
<p>${index.latest ? `Latest: <a href="latest/index.html">${escapeHtml(index.latest)}</a> &middot; ` : ''}<a href="index.json">index.json</a></p>
<table>
<thead><tr><th>Version</th><th>Published</th><th>Schema</th><th>SHA-256</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
</body>
</html>
`;
}
function escapeHtml(text) {
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;');
}
/**
 * JavaScript made safe inside a `<script>` element: `</script` would end the element and `<!--`
 * would change how the HTML parser reads it. Both only occur in string, template or regular
 * expression literals (or comments), where `\x3C` means the same `<`.
 */
function inlineScript(js) {
    return js.replace(/<(?=\/script|!--)/gi, '\\x3C');
}
/** CSS made safe inside a `<style>` element (`\3C ` is `<` in CSS). */
function inlineStyle(css) {
    return css.replace(/<(?=\/style)/gi, '\\3C ');
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/index.js
var dist = __webpack_require__(8009);
;// CONCATENATED MODULE: ./actions/publish-schema/src/schema.ts
/**
 * The schema as published: its document, its YAML and JSON renderings, and the hash of its
 * content that decides whether it is published already.
 */





/**
 * Reads and parses the schema file (`shown` is the input's value, for messages).
 *
 * @throws ConfigError naming `schema` when the file is missing, does not parse, or is not an
 *   OpenAPI (or Swagger) document.
 */
async function loadSchema(file, shown) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (error) {
        const code = error.code;
        if (code !== 'ENOENT' && code !== 'EISDIR')
            throw error;
        throw new src/* ConfigError */.xL(`Input "schema": ${shown} is not a file; point it at the OpenAPI schema (such as the one generate-openapi writes).`, { input: 'schema' });
    }
    let document;
    try {
        document = (0,dist/* parse */.qg)(text, { maxAliasCount: 1000 });
    }
    catch (error) {
        const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
        throw new src/* ConfigError */.xL(`Input "schema": ${shown} is not valid YAML or JSON (${reason}).`, {
            input: 'schema',
        });
    }
    if (!isOpenApi(document)) {
        throw new src/* ConfigError */.xL(`Input "schema": ${shown} is not an OpenAPI document (no top-level "openapi" or "swagger" version).`, { input: 'schema' });
    }
    const isJson = external_node_path_default().extname(file).toLowerCase() === '.json' || text.trimStart().startsWith('{');
    const info = document.info;
    return {
        document,
        yaml: isJson ? (0,dist/* stringify */.As)(document) : text,
        json: `${JSON.stringify(document, null, 2)}\n`,
        sha256: sha256Hex(canonicalJson(document)),
        title: typeof info?.title === 'string' && info.title.trim() ? info.title.trim() : undefined,
    };
}
function isOpenApi(document) {
    if (typeof document !== 'object' || document === null || Array.isArray(document))
        return false;
    const { openapi, swagger } = document;
    return typeof openapi === 'string' || typeof swagger === 'string';
}
/** JSON with object keys sorted at every level and no whitespace: equal documents give equal text. */
function canonicalJson(value) {
    return JSON.stringify(sortKeys(value));
}
function sortKeys(value) {
    if (Array.isArray(value))
        return value.map(sortKeys);
    if (typeof value !== 'object' || value === null)
        return value;
    // No prototype, so a `__proto__` key in the document stays an ordinary key.
    const sorted = Object.create(null);
    for (const key of Object.keys(value).sort())
        sorted[key] = sortKeys(value[key]);
    return sorted;
}
function sha256Hex(text) {
    return (0,external_node_crypto_.createHash)('sha256').update(text, 'utf8').digest('hex');
}

// EXTERNAL MODULE: ./actions/publish-schema/src/spec.ts
var spec = __webpack_require__(621);
// EXTERNAL MODULE: ./node_modules/.pnpm/semver@7.8.6/node_modules/semver/index.js
var semver = __webpack_require__(2320);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
;// CONCATENATED MODULE: ./actions/publish-schema/src/site.ts
/**
 * The published site, the same on every target that keeps files:
 *
 *   <version>/schema.yml, <version>/schema.json, <version>/index.html   (the HTML reference)
 *   latest/schema.yml, latest/schema.json, latest/index.html           (the highest version)
 *   index.html                                                         (the list of versions)
 *   index.json                                                         (what is published)
 *
 * `publishSite` writes them in that order, so `latest/` and the index move only once the files
 * they point to are in place, and `index.json`, which decides what is published, moves last.
 */


const INDEX_JSON = 'index.json';
const INDEX_HTML = 'index.html';
const LATEST = 'latest';
/** Reads the store's `index.json`; undefined when there is none. @throws Error when it is not an index. */
async function readIndex(store) {
    const text = await store.read(INDEX_JSON);
    return text === undefined ? undefined : parseIndex(text);
}
/** Parses `index.json`. @throws Error naming what is wrong. */
function parseIndex(text) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch {
        throw new Error(`${INDEX_JSON} is not JSON; fix or remove it`);
    }
    const { title, latest, versions } = (data ?? {});
    if (!Array.isArray(versions) || !versions.every(isEntry)) {
        throw new Error(`${INDEX_JSON} has no valid "versions" list (version, sha256, date, url); fix or remove it`);
    }
    return {
        title: typeof title === 'string' ? title : '',
        latest: typeof latest === 'string' ? latest : undefined,
        versions,
    };
}
function isEntry(value) {
    const entry = value;
    return (typeof entry?.version === 'string' &&
        typeof entry.sha256 === 'string' &&
        typeof entry.date === 'string' &&
        typeof entry.url === 'string');
}
/**
 * Publish, or not: a version already in the index is unchanged with the same hash and a conflict
 * with another; a new version whose schema is the latest one's is unchanged too (the content is
 * published already).
 */
function decide(index, version, sha256) {
    const same = index?.versions.find((entry) => entry.version === version);
    if (same) {
        return same.sha256 === sha256
            ? { kind: 'unchanged', version }
            : { kind: 'conflict', publishedSha256: same.sha256 };
    }
    const latest = index?.versions.find((entry) => entry.version === index.latest);
    if (latest && latest.sha256 === sha256)
        return { kind: 'unchanged', version: latest.version };
    return { kind: 'publish' };
}
/** The index with `publication` added; `latest` moves when the new version is the highest. */
function nextIndex(index, publication) {
    const entry = {
        version: publication.version,
        sha256: publication.sha256,
        date: publication.date,
        url: `${publication.version}/${INDEX_HTML}`,
    };
    const others = (index?.versions ?? []).filter((e) => e.version !== publication.version);
    const versions = [...others, entry].sort((a, b) => compareVersions(b.version, a.version));
    const latest = index?.latest === undefined || becomesLatest(publication.version, index.latest)
        ? publication.version
        : index.latest;
    return { title: publication.title, latest, versions };
}
/**
 * Writes the publication into the store: the version's files, then `latest/` when it moves, then
 * `index.html` and `index.json`. A failure stops the sequence, so what the index says stays true.
 * Returns the number of files written.
 */
async function publishSite(store, publication, index) {
    const next = nextIndex(index, publication);
    const movedLatest = next.latest === publication.version;
    const files = [
        ...publication.files.map((file) => ({ ...file, path: `${publication.version}/${file.path}` })),
        ...(movedLatest ? publication.files.map((file) => ({ ...file, path: `${LATEST}/${file.path}` })) : []),
        { path: INDEX_HTML, content: renderIndexHtml(next), contentType: 'text/html; charset=utf-8' },
        { path: INDEX_JSON, content: `${JSON.stringify(next, null, 2)}\n`, contentType: 'application/json' },
    ];
    for (const file of files)
        await store.write(file);
    return { files: files.length, movedLatest, index: next };
}
/** `1.4.0-rc.2` as the `semver` package reads it; null for anything else (`v1.4.0` included). */
function parseSemVer(version) {
    return /^\d/.test(version) ? semver_default().parse(version) : null;
}
/**
 * Semantic-version precedence (a prerelease ranks below its release); versions that are not
 * semver rank above the ones that are, and among themselves by name.
 */
function compareVersions(a, b) {
    const x = parseSemVer(a);
    const y = parseSemVer(b);
    if (!x || !y)
        return x ? -1 : y ? 1 : a.localeCompare(b);
    return semver_default().compare(x, y);
}
/**
 * Whether `version` replaces `latest`: when it is higher, and a prerelease never replaces a
 * release. A version that is not semver (or a latest that is not) always moves `latest`.
 */
function becomesLatest(version, latest) {
    const next = parseSemVer(version);
    const current = parseSemVer(latest);
    if (!next || !current)
        return true;
    if (next.prerelease.length > 0 && current.prerelease.length === 0)
        return false;
    return semver_default().gt(next, current);
}

;// CONCATENATED MODULE: ./actions/publish-schema/src/targets/store.ts
/** A target that is a SiteStore (a directory, a bucket, an HTTP server): read the index, then write in order. */

/** A Target publishing into `store` with `publishSite`. */
function storeTarget(options) {
    let index;
    const { urlOf } = options;
    return {
        id: options.id,
        name: options.name,
        index: options.index,
        ...(urlOf ? { referenceUrl: (version) => urlOf(`${version}/index.html`) } : {}),
        async inspect(publication) {
            index = await readIndex(options.store);
            return decide(index, publication.version, publication.sha256);
        },
        async publish(publication) {
            const written = await publishSite(options.store, publication, index);
            return {
                status: 'published',
                detail: describeWrite(written.files, written.movedLatest),
                url: urlOf?.(`${publication.version}/index.html`),
            };
        },
    };
}
/** `8 files written, latest moved`. */
function describeWrite(files, movedLatest) {
    return `${files} files written, ${movedLatest ? 'latest moved' : 'latest kept (a higher version is latest)'}`;
}

;// CONCATENATED MODULE: ./actions/publish-schema/src/targets/artifact.ts
/**
 * `artifact`: the site in a directory of the workspace, for the CI's artifacts (GitHub:
 * actions/upload-artifact; GitLab: the component job's `artifacts:paths`). Each file is written
 * to a temporary name and renamed into place.
 */




/** A SiteStore over the directory `root`. */
function directoryStore(root) {
    const resolve = (file) => external_node_path_default().join(root, ...file.split('/'));
    return {
        async read(file) {
            try {
                return await (0,promises_.readFile)(resolve(file), 'utf8');
            }
            catch (error) {
                if (error.code === 'ENOENT')
                    return undefined;
                throw error;
            }
        },
        async write(file) {
            const target = resolve(file.path);
            await (0,promises_.mkdir)(external_node_path_default().dirname(target), { recursive: true });
            const temp = external_node_path_default().join(external_node_path_default().dirname(target), `.${external_node_path_default().basename(target)}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`);
            try {
                await (0,promises_.writeFile)(temp, file.content, { encoding: 'utf8', flag: 'wx', mode: 0o644 });
                await (0,promises_.rename)(temp, target);
            }
            catch (error) {
                await (0,promises_.rm)(temp, { force: true });
                throw error;
            }
        },
    };
}
/** The `artifact` target writing into `dir` (absolute); `shown` is the directory as the user gave it. */
function artifactTarget(dir, shown) {
    return storeTarget({
        id: 'artifact',
        name: `Artifact ${shown}`,
        store: directoryStore(dir),
        index: external_node_path_default().join(dir, 'index.json'),
    });
}

;// CONCATENATED MODULE: ./actions/publish-schema/src/targets/target.ts
/** What every target does: tell what it holds, then publish. */
/** The version is published already with another schema: the user must bump the version. */
class VersionConflictError extends Error {
    name = 'VersionConflictError';
    constructor(version, publishedSha256, sha256) {
        super(`version ${version} is already published with other content (sha256 ${publishedSha256.slice(0, 12)}, this schema ${sha256.slice(0, 12)}): bump the version to publish it`);
    }
}

;// CONCATENATED MODULE: ./actions/publish-schema/src/targets/git-branch.ts
/**
 * `git-branch`: the site on a branch of the repository (such as `api-schemas`), as one commit
 * pushed with `git push --atomic`. The commit is built with git's plumbing in a temporary index
 * (`GIT_INDEX_FILE`), so the checkout's files, index, HEAD and branches are never touched; the
 * push uses the remote and the credentials the checkout has (actions/checkout leaves them in the
 * repository's config). A missing branch is created as an orphan. A push rejected because the
 * branch moved meanwhile is retried once, after fetching it again and deciding again.
 */






/** The `git-branch` target. */
function gitBranchTarget(options) {
    const { remote, branch } = options;
    const git = checkoutGit(options);
    let state;
    let attempt = 0;
    /** Fetches the branch and reads its index. */
    const fetchState = async () => {
        attempt++;
        const head = await fetchBranch(git, remote, branch);
        const text = head ? await readBlob(git, head, 'index.json') : undefined;
        const fetched = { head, index: text === undefined ? undefined : parseIndex(text) };
        await options.afterFetch?.(attempt);
        return fetched;
    };
    return {
        id: 'git-branch',
        name: `Git branch ${branch} (${remote})`,
        index: `${remote}/${branch}:index.json`,
        async inspect(publication) {
            await checkCheckout(git, options);
            state = await fetchState();
            return decide(state.index, publication.version, publication.sha256);
        },
        async publish(publication) {
            let current = state ?? (await fetchState());
            for (let tries = 1;; tries++) {
                const { commit, files, movedLatest } = await buildCommit(git, options, current, publication);
                const push = await git([
                    'push',
                    '--atomic',
                    '--porcelain',
                    '--no-verify',
                    remote,
                    `${commit}:refs/heads/${branch}`,
                ]);
                if (push.exitCode === 0) {
                    return {
                        status: 'published',
                        detail: `${describeWrite(files, movedLatest)} (commit ${commit.slice(0, 12)})`,
                    };
                }
                if (!isRaceRejection(push) || tries === 2) {
                    throw new Error(`git push to ${remote} ${branch} failed: ${(0,src/* gitMessage */.Uu)(push)}`);
                }
                current = await fetchState();
                const decision = decide(current.index, publication.version, publication.sha256);
                if (decision.kind === 'unchanged') {
                    return { status: 'unchanged', detail: `published meanwhile as ${decision.version} by another run` };
                }
                if (decision.kind === 'conflict')
                    throw new VersionConflictError(publication.version, decision.publishedSha256, publication.sha256);
            }
        },
    };
}
/** Runs git in the checkout (never prompting, messages in English: they are matched). */
function checkoutGit(options) {
    const runner = (0,src/* gitRunner */.XZ)(options.workspace, options.env, 'the git-branch target needs git on PATH');
    return (args, input, env) => runner.run(args, { input, env });
}
/** @throws ConfigError when the workspace is not a checkout, the remote is unknown or the branch name is invalid. */
async function checkCheckout(git, { workspace, remote, branch }) {
    if ((await git(['rev-parse', '--git-dir'])).exitCode !== 0) {
        throw new src/* ConfigError */.xL(`The git-branch target needs a git checkout: ${workspace} is not a git repository (check out the repository first).`, { input: 'targets' });
    }
    if ((await git(['check-ref-format', `refs/heads/${branch}`])).exitCode !== 0) {
        throw new src/* ConfigError */.xL(`Input "branch": ${JSON.stringify(branch)} is not a valid branch name.`, {
            input: 'branch',
        });
    }
    if ((await git(['remote', 'get-url', '--', remote])).exitCode !== 0) {
        const remotes = (await git(['remote'])).stdout.split('\n').filter(Boolean);
        throw new src/* ConfigError */.xL(`Input "git-remote": the checkout has no remote ${JSON.stringify(remote)}${remotes.length ? `; it has ${remotes.join(', ')}` : ''}.`, { input: 'git-remote' });
    }
}
/** Fetches the branch; returns its commit, or undefined when the remote has no such branch. */
async function fetchBranch(git, remote, branch) {
    const ref = `refs/heads/${branch}`;
    const listed = await git(['ls-remote', '--exit-code', '--heads', remote, ref]);
    if (listed.exitCode === 2)
        return undefined;
    if (listed.exitCode !== 0)
        throw new Error(`git ls-remote ${remote} failed: ${(0,src/* gitMessage */.Uu)(listed)}`);
    // Into a private ref, deleted right after: no branch, remote-tracking ref or FETCH_HEAD of the checkout changes.
    const fetched = await git([
        'fetch',
        '--quiet',
        '--no-tags',
        '--no-write-fetch-head',
        remote,
        `+${ref}:${tempRef(branch)}`,
    ]);
    if (fetched.exitCode !== 0)
        throw new Error(`git fetch ${remote} ${branch} failed: ${(0,src/* gitMessage */.Uu)(fetched)}`);
    const head = await git(['rev-parse', '--verify', `${tempRef(branch)}^{commit}`]);
    await git(['update-ref', '-d', tempRef(branch)]);
    if (head.exitCode !== 0)
        throw new Error(`git rev-parse of the fetched ${branch} failed: ${(0,src/* gitMessage */.Uu)(head)}`);
    return head.stdout.trim();
}
/** A private ref holding the fetched branch for a moment (removed right after). */
function tempRef(branch) {
    return `refs/maint-actions/publish-schema/${branch}`;
}
/** The file's content at `commit`, or undefined when it has none. */
async function readBlob(git, commit, file) {
    if ((await git(['cat-file', '-e', `${commit}:${file}`])).exitCode !== 0)
        return undefined;
    const blob = await git(['cat-file', 'blob', `${commit}:${file}`]);
    if (blob.exitCode !== 0)
        throw new Error(`git cat-file ${file} failed: ${(0,src/* gitMessage */.Uu)(blob)}`);
    return blob.stdout;
}
/**
 * Writes the site's new files as blobs on top of the branch's tree in a temporary index, and
 * commits that tree (with the branch head as parent, or none for a new branch).
 */
async function buildCommit(git, options, state, publication) {
    const dir = await (0,promises_.mkdtemp)(external_node_path_default().join(options.tempDir, 'maint-publish-schema-'));
    const indexEnv = { GIT_INDEX_FILE: external_node_path_default().join(dir, 'index') };
    try {
        const entries = [];
        const store = {
            read: async () => undefined,
            async write(file) {
                const blob = await checked(git(['hash-object', '-w', '--stdin'], file.content), 'hash-object');
                entries.push(`100644 ${blob.trim()}\t${file.path}`);
            },
        };
        const written = await publishSite(store, publication, state.index);
        await checked(git(state.head ? ['read-tree', state.head] : ['read-tree', '--empty'], undefined, indexEnv), 'read-tree');
        await checked(git(['update-index', '--add', '--index-info'], `${entries.join('\n')}\n`, indexEnv), 'update-index');
        const tree = (await checked(git(['write-tree'], undefined, indexEnv), 'write-tree')).trim();
        const { name, email } = options.author;
        const identity = {
            GIT_AUTHOR_NAME: name,
            GIT_AUTHOR_EMAIL: email,
            GIT_COMMITTER_NAME: name,
            GIT_COMMITTER_EMAIL: email,
        };
        const parents = state.head ? ['-p', state.head] : [];
        const message = `Publish ${publication.title} schema ${publication.version}\n\nsha256 ${publication.sha256}\n`;
        const commit = await checked(git(['commit-tree', tree, ...parents], message, identity), 'commit-tree');
        return { commit: commit.trim(), files: written.files, movedLatest: written.movedLatest };
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}
/** The command's stdout. @throws Error with its stderr when it failed. */
async function checked(result, what) {
    const done = await result;
    if (done.exitCode !== 0)
        throw new Error(`git ${what} failed: ${(0,src/* gitMessage */.Uu)(done)}`);
    return done.stdout;
}
/** A push rejected because the branch moved (non-fast-forward), the one case worth a retry. */
function isRaceRejection(push) {
    return /\[rejected\].*\((non-fast-forward|fetch first)\)/.test(`${push.stdout}\n${push.stderr}`);
}

;// CONCATENATED MODULE: ./actions/publish-schema/src/targets/http.ts
/**
 * `http`: each file of the site is sent with PUT or POST to `<http-url>/<path>` (such as
 * `<http-url>/1.4.2/schema.yml`), with the headers of `http-headers`; `<http-url>/index.json` is
 * read with GET first (404: nothing published yet) and sent last.
 */


/**
 * The `http-headers` input as headers: one `Name: value` per line, blank lines skipped. Values
 * are never echoed in errors (the input is a secret).
 *
 * @throws ConfigError naming `http-headers` for a line that is not `Name: value`.
 */
function parseHeaders(text) {
    const headers = {};
    for (const [index, line] of (text ?? '').split(/\r?\n/).entries()) {
        if (line.trim() === '')
            continue;
        const m = /^\s*([!#$%&'*+.^_`|~0-9A-Za-z-]+)\s*:\s*(.*?)\s*$/.exec(line);
        if (!m || m[2] === '') {
            throw new src/* ConfigError */.xL(`Input "http-headers": line ${index + 1} is not a header; write one "Name: value" per line.`, { input: 'http-headers' });
        }
        headers[m[1]] = m[2];
    }
    return headers;
}
/** `http-url` without a trailing slash. @throws ConfigError naming `http-url` unless it is an http(s) URL without credentials. */
function baseUrl(input) {
    const problem = (reason) => {
        throw new src/* ConfigError */.xL(`Input "http-url" ${reason}.`, { input: 'http-url' });
    };
    if (input === undefined)
        return problem('is required by the http target: set the base URL to publish to');
    let url;
    try {
        url = new URL(input);
    }
    catch {
        return problem(`must be an http:// or https:// URL (got ${JSON.stringify(input)})`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        problem(`must be an http:// or https:// URL (got ${JSON.stringify(input)})`);
    }
    if (url.username || url.password) {
        problem('must not contain credentials: put them in an Authorization line of "http-headers"');
    }
    if (url.search || url.hash)
        problem('must be a base URL without a query or fragment');
    return url.href.replace(/\/+$/, '');
}
/**
 * A SiteStore over an HTTP server, through the core's `httpFetch` (the network policy: a deadline
 * per attempt, bounded retries of GET and PUT, proxies; a POST is sent once).
 */
function httpStore(base, options) {
    const request = async (method, file, body) => {
        const url = `${base}/${file}`;
        const response = await (0,src/* httpFetch */.tX)(url, {
            method,
            headers: body ? { ...options.headers, 'content-type': body.contentType } : options.headers,
            body: body?.content,
            redirect: 'error',
            ...(options.policy ? { policy: options.policy } : {}),
        }).catch((error) => {
            throw new Error(`${method} ${url} failed: ${error instanceof Error ? error.message : String(error)}`);
        });
        return response;
    };
    return {
        async read(file) {
            const response = await request('GET', file);
            if (response.status === 404)
                return undefined;
            if (!response.ok)
                throw new Error(`GET ${base}/${file} answered ${statusText(response)}`);
            return response.text();
        },
        async write(file) {
            const response = await request(options.method, file.path, file);
            await response.body?.cancel();
            if (!response.ok)
                throw new Error(`${options.method} ${base}/${file.path} answered ${statusText(response)}`);
        },
    };
}
/** The `http` target. */
function httpTarget(options) {
    const base = baseUrl(options.url);
    return storeTarget({
        id: 'http',
        name: `HTTP ${base}`,
        store: httpStore(base, options),
        index: `${base}/index.json`,
        urlOf: (file) => `${base}/${file}`,
    });
}
function statusText(response) {
    return `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
}

;// CONCATENATED MODULE: ./actions/publish-schema/src/targets/release.ts
/** The GitLab generic package name. */
const PACKAGE_NAME = 'api-schema';
/** The file names on the host: the reference is `schema.html` (a release has one flat list of assets). */
const HOST_NAMES = {
    'schema.yml': 'schema.yml',
    'schema.json': 'schema.json',
    'index.html': 'schema.html',
};
/** The `release` target uploading through `files` for the git tag `tag`. */
function releaseTarget(files, tag) {
    return {
        id: 'release',
        name: `Release ${tag}`,
        index: undefined,
        inspect: async () => undefined,
        async publish(publication) {
            let url;
            for (const file of publication.files) {
                const fileName = HOST_NAMES[file.path] ?? file.path;
                const uploaded = await files.publish({
                    version: publication.version,
                    tag,
                    packageName: PACKAGE_NAME,
                    fileName,
                    content: Buffer.from(file.content, 'utf8'),
                    contentType: file.contentType,
                });
                if (fileName === 'schema.html')
                    url = uploaded;
            }
            return { status: 'published', detail: `${publication.files.length} files uploaded`, url };
        },
    };
}

// EXTERNAL MODULE: ./node_modules/.pnpm/@aws-sdk+client-s3@3.1169.0/node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var dist_cjs = __webpack_require__(3639);
;// CONCATENATED MODULE: ./actions/publish-schema/src/targets/s3.ts
/**
 * `s3`: the site under `s3://bucket/prefix/` in Amazon S3 or an S3-compatible store
 * (`s3-endpoint`, addressed path-style). Credentials come from the standard environment
 * variables, else the AWS SDK's own chain (web identity, instance roles ...).
 */



/** The `s3-uri` input as bucket and prefix. @throws ConfigError naming `s3-uri`. */
function parseS3Uri(uri) {
    if (uri === undefined) {
        throw new src/* ConfigError */.xL('Input "s3-uri" is required by the s3 target: set it to s3://bucket/prefix.', {
            input: 's3-uri',
        });
    }
    return (0,src/* parseS3Uri */.yc)(uri, 's3-uri');
}
/**
 * A SiteStore over the objects under `location`. `host` names the endpoint when an object's body
 * stops arriving (the network policy's socket timeout; the request's own failures name it already).
 */
function s3Store(client, location, host = 'S3') {
    const key = (file) => (location.prefix ? `${location.prefix}/${file}` : file);
    const shown = (file) => `s3://${location.bucket}/${key(file)}`;
    return {
        async read(file) {
            let object;
            try {
                object = await client.send(new dist_cjs/* GetObjectCommand */.jLs({ Bucket: location.bucket, Key: key(file) }));
            }
            catch (error) {
                if (isNotFound(error))
                    return undefined;
                throw new Error(`reading ${shown(file)} failed: ${describeS3Error(error)}`);
            }
            try {
                return (await object.Body?.transformToString('utf-8')) ?? '';
            }
            catch (error) {
                const silence = /timed out after (\d+) ms of inactivity/.exec(error.message);
                const why = silence ? `no data for ${Number(silence[1]) / 1000} s` : error.message;
                throw new Error(`reading ${shown(file)} failed: ${host}: the object stopped arriving (${why})`);
            }
        },
        async write(file) {
            try {
                await client.send(new dist_cjs/* PutObjectCommand */.wKZ({
                    Bucket: location.bucket,
                    Key: key(file.path),
                    Body: file.content,
                    ContentType: file.contentType,
                }));
            }
            catch (error) {
                throw new Error(`writing ${shown(file.path)} failed: ${describeS3Error(error)}`);
            }
        },
    };
}
/** The `s3` target. */
function s3Target(options) {
    const location = parseS3Uri(options.uri);
    const config = (0,src/* s3ClientConfig */.gW)(options);
    const client = new dist_cjs/* S3Client */.YxF(config);
    const host = new URL(options.endpoint ?? `https://s3.${config.region}.amazonaws.com`).host;
    const root = `s3://${location.bucket}${location.prefix ? `/${location.prefix}` : ''}`;
    return {
        ...storeTarget({
            id: 's3',
            name: `S3 ${root}`,
            store: s3Store(client, location, host),
            index: `${root}/index.json`,
            urlOf: (file) => objectUrl(options, location, file),
        }),
        close: async () => client.destroy(),
    };
}
/** The object's HTTP URL: path-style under the endpoint, else the bucket's virtual host on AWS. */
function objectUrl(options, location, file) {
    const key = (location.prefix ? `${location.prefix}/${file}` : file)
        .split('/')
        .map(encodeURIComponent)
        .join('/');
    if (options.endpoint !== undefined)
        return `${options.endpoint.replace(/\/+$/, '')}/${location.bucket}/${key}`;
    return `https://${location.bucket}.s3.${(0,src/* s3Region */.lX)(options)}.amazonaws.com/${key}`;
}
function isNotFound(error) {
    const e = error;
    if (e?.name === 'NoSuchBucket')
        return false;
    return e?.name === 'NoSuchKey' || e?.$metadata?.httpStatusCode === 404;
}
/** `AccessDenied: Access Denied (HTTP 403)`. */
function describeS3Error(error) {
    const e = error;
    const status = e?.$metadata?.httpStatusCode;
    const text = e?.message && e.message !== e.name ? `${e.name}: ${e.message}` : (e?.name ?? String(error));
    return status ? `${text} (HTTP ${status})` : text;
}

;// CONCATENATED MODULE: ./actions/publish-schema/src/version.ts
/**
 * The version to publish: the `version` input, else the tag on the current commit. Versions are
 * path segments of every target, so only safe names are accepted.
 */

/** Letters, digits, `.`, `_`, `+` and `-`, starting with a letter or digit. */
const SAFE_VERSION = /^[0-9A-Za-z][0-9A-Za-z._+-]*$/;
/**
 * The version from `input`, else from the tag of the current commit: `git describe --tags
 * --exact-match` in `workspace`, else `ciTag`, the tag the CI says it builds (the run context's
 * `tag`), for checkouts that did not fetch tags. A leading `v` before a digit is dropped: `v1.4.2`
 * is `1.4.2`.
 *
 * @throws ConfigError naming `version` when neither gives one, or the version is not a safe name.
 */
async function resolveVersion(input, workspace, env, ciTag) {
    const tag = (await describeTag(workspace, env)) ?? ciTag;
    if (input !== undefined) {
        const version = checkVersion(input);
        return { version, tag: tag !== undefined && stripV(tag) === version ? tag : `v${version}` };
    }
    if (tag === undefined) {
        throw new src/* ConfigError */.xL('Input "version" is not set and the current commit has no tag: set "version", or run on a tag.', { input: 'version' });
    }
    return { version: checkVersion(stripV(tag)), tag };
}
/** `v1.2.3` -> `1.2.3`; other names are kept. */
function stripV(tag) {
    return /^v\d/.test(tag) ? tag.slice(1) : tag;
}
function checkVersion(version) {
    if (SAFE_VERSION.test(version) && version !== 'latest' && !version.includes('..'))
        return version;
    throw new src/* ConfigError */.xL(`Input "version" must be a version such as 1.4.2 (letters, digits, ".", "_", "+" and "-"; not "latest"), got ${JSON.stringify(version)}.`, { input: 'version' });
}
/** The tag on HEAD (`git describe --tags --exact-match`), or undefined (no tag, no git, no repository). */
async function describeTag(workspace, env) {
    try {
        const result = await (0,src/* runProcess */.R3)({
            command: 'git',
            args: ['describe', '--tags', '--exact-match', 'HEAD'],
            cwd: workspace,
            env: { ...env, LC_ALL: 'C' },
            timeoutMs: 30_000,
        });
        const tag = result.stdout.trim();
        return result.exitCode === 0 && tag !== '' ? tag : undefined;
    }
    catch (error) {
        if (error instanceof src/* CommandNotFoundError */.v$)
            return undefined;
        throw error;
    }
}

;// CONCATENATED MODULE: ./actions/publish-schema/src/run.ts
/**
 * The publish-schema action: load the schema and its version, ask every target what it holds,
 * publish where the schema is not yet, announce it, and report one check per target.
 */













/** Credentials read from the environment by the s3 target: masked before anything runs. */
const SECRET_ENV = ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN'];
/** Runs the action (see the spec and publish-schema/README.md). */
async function run({ platform, inputs }, hooks = {}) {
    const started = (0,src/* startRun */.AD)(platform, spec/* spec */.I, inputs.reportDir);
    const { startedAt, workspace, reportDir } = started;
    for (const name of SECRET_ENV)
        maskSecret(platform, platform.env[name]);
    const headers = parseHeaders(inputs.httpHeaders);
    for (const value of Object.values(headers))
        maskSecret(platform, value);
    checkWebhookUrl(inputs.webhookUrl);
    const schema = await loadSchema(external_node_path_default().resolve(workspace, inputs.schema), inputs.schema);
    const { version, tag } = await resolveVersion(inputs.version, workspace, platform.env, platform.context.tag);
    const title = inputs.title ?? schema.title ?? 'API';
    const headline = inputs.changelog
        ? await readHeadline(external_node_path_default().resolve(workspace, inputs.changelog), inputs.changelog)
        : undefined;
    const publication = buildPublication(schema, version, title, startedAt);
    const targets = openTargets(platform, inputs, { workspace, tag, headers, hooks });
    let runs;
    try {
        runs = await publishAll(platform, targets, publication);
    }
    finally {
        await Promise.all(targets.map((target) => target.close?.()));
    }
    const published = runs.filter((r) => r.outcome?.status === 'published');
    const url = runs.map((r) => r.outcome?.url ?? r.url).find((u) => u !== undefined);
    const checks = runs.map((r) => r.check);
    if (published.length > 0 && inputs.webhookUrl) {
        checks.push(await announce(platform, inputs.webhookUrl, { title, version, url, headline }));
    }
    const report = (0,src/* finishReport */.Ux)(started, {
        checks,
        meta: { version, sha256: schema.sha256.slice(0, 12), schema: inputs.schema, ...(url ? { url } : {}) },
    });
    const fullReportHint = (0,src/* reportHint */.AE)(started);
    return {
        verdict: report.verdict,
        summary: oneLineSummary(version, runs),
        outputs: {
            version,
            published: String(published.length > 0),
            url,
            sha256: schema.sha256,
            index: targets.map((t) => t.index).find((i) => i !== undefined),
        },
        report,
        publish: { dir: reportDir, formats: ['json', 'summary'], fullReportHint },
    };
}
/** The version's files: the schema as YAML and JSON, and its HTML reference. */
function buildPublication(schema, version, title, date) {
    return {
        version,
        sha256: schema.sha256,
        title,
        date: date.toISOString(),
        files: [
            { path: 'schema.yml', content: schema.yaml, contentType: 'application/yaml; charset=utf-8' },
            { path: 'schema.json', content: schema.json, contentType: 'application/json' },
            {
                path: 'index.html',
                content: renderReferenceHtml(title, version, schema.document),
                contentType: 'text/html; charset=utf-8',
            },
        ],
    };
}
/** The targets, in the order of `targets` (repeats dropped). @throws ConfigError for a target's missing or bad input. */
function openTargets(platform, inputs, ctx) {
    const open = (name) => {
        switch (name) {
            case 'artifact':
                return artifactTarget(external_node_path_default().resolve(ctx.workspace, inputs.artifactDir), inputs.artifactDir);
            case 'git-branch':
                return gitBranchTarget({
                    workspace: ctx.workspace,
                    remote: inputs.gitRemote,
                    branch: inputs.branch,
                    author: (0,src/* parseGitAuthor */.nW)(inputs.gitAuthor),
                    env: platform.env,
                    tempDir: platform.context.tempDir,
                    afterFetch: ctx.hooks.gitAfterFetch,
                });
            case 'release': {
                const files = platform.repoHost(inputs.token)?.files;
                if (!files) {
                    throw new src/* ConfigError */.xL('Input "token": the release target needs the repository host\'s API; set "token" (GitHub: a token with contents: write; GitLab: one with the api scope, or leave it unset for CI_JOB_TOKEN).', { input: 'token' });
                }
                return releaseTarget(files, ctx.tag);
            }
            case 's3':
                return s3Target({
                    uri: inputs.s3Uri,
                    endpoint: inputs.s3Endpoint,
                    region: inputs.s3Region,
                    env: platform.env,
                });
            case 'http':
                return httpTarget({ url: inputs.httpUrl, method: inputs.httpMethod, headers: ctx.headers });
        }
    };
    return [...new Set(inputs.targets)].map(open);
}
/**
 * Asks every target what it holds, then publishes where needed. A version published with other
 * content anywhere stops the run before anything is written. A target that cannot tell (a
 * release) follows the others: it is unchanged when every target with an index is.
 */
async function publishAll(platform, targets, publication) {
    const inspected = new Map();
    for (const target of targets) {
        platform.progress({ id: target.id, label: target.name, state: 'running' });
        const started = performance.now();
        try {
            inspected.set(target, await target.inspect(publication));
        }
        catch (error) {
            if ((0,src/* isConfigError */.De)(error))
                throw error;
            inspected.set(target, { error, durationMs: performance.now() - started });
        }
    }
    const decisions = [...inspected.values()].filter((d) => d !== undefined && 'kind' in d);
    const overall = {
        conflicts: targets.filter((t) => decisionOf(inspected.get(t))?.kind === 'conflict').map((t) => t.id),
        allUnchanged: decisions.length > 0 && decisions.every((d) => d.kind === 'unchanged'),
    };
    const runs = [];
    for (const target of targets) {
        const result = await settle(target, inspected.get(target), publication, overall);
        const { status, summary } = result.check;
        platform.progress({
            id: target.id,
            label: target.name,
            state: status === 'passed' || status === 'skipped' ? status : 'failed',
            detail: summary,
        });
        runs.push(result);
    }
    return runs;
}
/** One target's check: its inspection failed or conflicts, another conflicts, it is unchanged, or it publishes. */
async function settle(target, inspection, publication, overall) {
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    const base = { id: target.id, name: target.name, mode: 'enforce' };
    const decision = decisionOf(inspection);
    if (inspection !== undefined && 'error' in inspection) {
        return { check: errorCheck(base, inspection.error, Math.round(inspection.durationMs)) };
    }
    if (decision?.kind === 'conflict') {
        const { message } = new VersionConflictError(publication.version, decision.publishedSha256, publication.sha256);
        return { check: failedCheck(base, message, elapsed()) };
    }
    if (overall.conflicts.length > 0) {
        const summary = `not published: ${publication.version} holds other content on ${overall.conflicts.join(', ')}`;
        return { check: (0,src/* checkSkipped */.$h)(base, summary) };
    }
    if (decision?.kind === 'unchanged') {
        const as = decision.version === publication.version ? '' : ` as ${decision.version}`;
        return {
            check: passedCheck(base, `already published${as}; nothing written`, elapsed()),
            url: target.referenceUrl?.(decision.version),
        };
    }
    if (decision === undefined && overall.allUnchanged) {
        return {
            check: passedCheck(base, 'already published on the other targets; nothing uploaded', elapsed()),
        };
    }
    return publishTo(target, publication, base, elapsed);
}
async function publishTo(target, publication, base, elapsed) {
    try {
        const outcome = await target.publish(publication);
        const summary = outcome.status === 'published' ? `published ${publication.version}: ${outcome.detail}` : outcome.detail;
        return { check: passedCheck(base, summary, elapsed()), outcome };
    }
    catch (error) {
        if ((0,src/* isConfigError */.De)(error))
            throw error;
        if (error instanceof VersionConflictError)
            return { check: failedCheck(base, error.message, elapsed()) };
        return { check: errorCheck(base, error, elapsed()) };
    }
}
function decisionOf(inspection) {
    return inspection !== undefined && 'kind' in inspection ? inspection : undefined;
}
function passedCheck(base, summary, durationMs) {
    return { ...base, status: 'passed', durationMs, summary: src/* secrets */.O3.redact(summary), findings: [] };
}
/** A check that failed (`failed`) or broke (`error`), `message` (redacted) its summary and its one finding. */
function failedCheck(base, message, durationMs, status = 'failed') {
    const text = src/* secrets */.O3.redact(message);
    return {
        ...base,
        status,
        durationMs,
        summary: text,
        findings: [{ severity: 'error', message: text, rule: base.id }],
    };
}
/** A target that broke (network, permissions, a rejected push): an error of that target; the others still count. */
function errorCheck(base, error, durationMs) {
    return failedCheck(base, `could not publish: ${(0,src/* describeError */.BR)(error).message}`, durationMs, 'error');
}
/** Posts the announcement; a failure warns and does not fail the run (the schema is published). */
async function announce(platform, webhookUrl, announcement) {
    const base = { id: 'webhook', name: 'Announcement', mode: 'warn' };
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    try {
        await postAnnouncement(webhookUrl, announcement);
        return passedCheck(base, `announced ${announcement.version}`, elapsed());
    }
    catch (error) {
        const message = src/* secrets */.O3.redact(`announcement not sent: ${(0,src/* describeError */.BR)(error).message}`);
        platform.log.warning(message);
        return {
            ...base,
            status: 'failed',
            durationMs: elapsed(),
            summary: message,
            findings: [{ severity: 'warning', message, rule: 'webhook' }],
        };
    }
}
/** @throws ConfigError naming `webhook-url` unless it is an http(s) URL (its value is a secret: never echoed). */
function checkWebhookUrl(url) {
    if (url === undefined)
        return;
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        parsed = undefined;
    }
    if (parsed?.protocol === 'https:' || parsed?.protocol === 'http:')
        return;
    throw new src/* ConfigError */.xL('Input "webhook-url" must be an http:// or https:// URL.', { input: 'webhook-url' });
}
function maskSecret(platform, value) {
    if (!value)
        return;
    platform.setSecret(value);
    src/* secrets */.O3.add(value);
}
/**
 * `published 1.4.2 to artifact, git-branch`, `1.4.2 is already published; nothing written`, or the
 * first failure: `publishing 1.4.2 failed on s3: ...`.
 */
function oneLineSummary(version, runs) {
    const blocking = runs.filter((r) => (0,src/* isBlocking */.Us)(r.check));
    if (blocking.length > 0) {
        const first = blocking[0];
        return `publishing ${version} failed on ${blocking.map((r) => r.check.id).join(', ')}: ${first.check.summary}`;
    }
    const published = runs.filter((r) => r.outcome?.status === 'published').map((r) => r.check.id);
    const unchanged = runs.filter((r) => r.outcome?.status !== 'published').map((r) => r.check.id);
    if (published.length === 0)
        return `${version} is already published; nothing written`;
    return `published ${version} to ${published.join(', ')}${unchanged.length ? ` (already there on ${unchanged.join(', ')})` : ''}`;
}


/***/ })

};

export const id = 898;
export const ids = [898];
export const modules = {

/***/ 7898:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEPENDENCY_SCANNING_FILE: () => (/* binding */ DEPENDENCY_SCANNING_FILE),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 34 modules
var src = __webpack_require__(2995);
// EXTERNAL MODULE: ./actions/quality-gates/src/spec.ts
var spec = __webpack_require__(6058);
// EXTERNAL MODULE: ./actions/quality-gates/src/python.ts
var src_python = __webpack_require__(6955);
;// CONCATENATED MODULE: ./actions/quality-gates/src/index.ts
/** The quality-gates action: its spec and its run, for the GitHub entry and the CLI. */


/**
 * `run` and its dependencies load on first use, so `--help`, the generators and a bad input
 * answer without loading every action's libraries (start-up time of the bundles and the CLI).
 */
const qualityGates = (0,src/* defineActionRun */.I$)(spec/* spec */.I, async (ctx) => (await Promise.all(/* import() */[__webpack_require__.e(863), __webpack_require__.e(173)]).then(__webpack_require__.bind(__webpack_require__, 7173))).run(ctx));
/** Python resolution, shared with the actions that run `manage.py` (generate-openapi). */



// EXTERNAL MODULE: ./actions/dependency-audit/src/spec.ts
var src_spec = __webpack_require__(7063);
;// CONCATENATED MODULE: ./actions/dependency-audit/src/ignores.ts
/**
 * Owned exceptions: vulnerability IDs the team accepts for a while. Each entry of the
 * `dependency-audit-ignore` list (in `.maint-actions.yml`, or in the file `ignore-file` names)
 * says which ID, why, who owns the decision and until when:
 *
 * ```yaml
 * dependency-audit-ignore:
 *   - id: GHSA-j8r2-6x86-q33q
 *     reason: no proxies in production; upgrade planned with Django 4.2
 *     owner: "@backend-team"
 *     expires: 2025-09-30
 * ```
 *
 * An entry applies through its `expires` day (UTC) and is expired from the day after.
 */



const FIELDS = ['id', 'reason', 'owner', 'expires'];
/**
 * Reads the ignore list from `ignoreFile` (relative to the workspace; it must exist) or else
 * from `.maint-actions.yml`; a missing list is empty.
 * @throws ConfigError naming the file and the entry for a malformed entry.
 */
async function loadIgnores(workspace, ignoreFile) {
    let config;
    try {
        config = await (0,src/* loadConfig */.Z9)(workspace, ignoreFile);
    }
    catch (error) {
        if (error instanceof src/* ConfigError */.xL && ignoreFile)
            throw new src/* ConfigError */.xL(`Input "ignore-file": ${error.message}`, { input: 'ignore-file', cause: error });
        throw error;
    }
    const file = config.path && external_node_path_default().relative(workspace, config.path).split((external_node_path_default()).sep).join('/');
    const list = config.data[src_spec/* IGNORE_SECTION */.dH];
    if (list === undefined || list === null || list === '')
        return { file, entries: [] };
    const where = `${file}: ${src_spec/* IGNORE_SECTION */.dH}`;
    if (!Array.isArray(list))
        throw ignoreError(`${where} must be a list of entries with ${FIELDS.join(', ')}.`, ignoreFile);
    return {
        file,
        entries: list.map((item, index) => entryOf(item, `${where} entry ${index + 1}`, ignoreFile)),
    };
}
function entryOf(item, where, ignoreFile) {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
        throw ignoreError(`${where} must be a mapping with ${FIELDS.join(', ')}.`, ignoreFile);
    }
    const record = item;
    const value = (key) => {
        const text = typeof record[key] === 'string' ? record[key].trim() : '';
        if (!text) {
            const what = typeof record.id === 'string' ? ` (${record.id})` : '';
            throw ignoreError(`${where}${what} needs "${key}": every ignore has ${FIELDS.join(', ')}.`, ignoreFile);
        }
        return text;
    };
    const entry = {
        id: value('id'),
        reason: value('reason'),
        owner: value('owner'),
        expires: value('expires'),
    };
    if (!isDate(entry.expires)) {
        throw ignoreError(`${where} (${entry.id}) "expires" must be a date as YYYY-MM-DD (got "${entry.expires}").`, ignoreFile);
    }
    return entry;
}
/** True when `expires` is before `today` (both `YYYY-MM-DD`). */
function isExpired(entry, today) {
    return entry.expires < today;
}
/** The entry that ignores a vulnerability known by `ids` (its ID and aliases), if any. */
function findIgnore(entries, ids) {
    const names = new Set(ids.map((id) => id.toUpperCase()));
    return entries.find((entry) => names.has(entry.id.toUpperCase()));
}
/** Today in UTC as `YYYY-MM-DD`. */
function utcDay(date) {
    return date.toISOString().slice(0, 10);
}
function isDate(text) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(text))
        return false;
    const date = new Date(`${text}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && utcDay(date) === text;
}
function ignoreError(message, ignoreFile) {
    return ignoreFile ? new src/* ConfigError */.xL(message, { input: 'ignore-file' }) : new src/* ConfigError */.xL(message);
}

;// CONCATENATED MODULE: ./node_modules/.pnpm/@renovatebot+pep440@5.0.1/node_modules/@renovatebot/pep440/lib/version.js
const VERSION_PATTERN = [
  'v?',
  '(?:',
  /* */ '(?:(?<epoch>[0-9]+)!)?', // epoch
  /* */ '(?<release>[0-9]+(?:\\.[0-9]+)*)', // release segment
  /* */ '(?<pre>', // pre-release
  /*    */ '[-_\\.]?',
  /*    */ '(?<pre_l>(a|b|c|rc|alpha|beta|pre|preview))',
  /*    */ '[-_\\.]?',
  /*    */ '(?<pre_n>[0-9]+)?',
  /* */ ')?',
  /* */ '(?<post>', // post release
  /*    */ '(?:-(?<post_n1>[0-9]+))',
  /*    */ '|',
  /*    */ '(?:',
  /*        */ '[-_\\.]?',
  /*        */ '(?<post_l>post|rev|r)',
  /*        */ '[-_\\.]?',
  /*        */ '(?<post_n2>[0-9]+)?',
  /*    */ ')',
  /* */ ')?',
  /* */ '(?<dev>', // dev release
  /*    */ '[-_\\.]?',
  /*    */ '(?<dev_l>dev)',
  /*    */ '[-_\\.]?',
  /*    */ '(?<dev_n>[0-9]+)?',
  /* */ ')?',
  ')',
  '(?:\\+(?<local>[a-z0-9]+(?:[-_\\.][a-z0-9]+)*))?', // local version
].join('');



const validRegex = new RegExp('^' + VERSION_PATTERN + '$', 'i');

function valid(version) {
  return validRegex.test(version) ? version : null;
}

const cleanRegex = new RegExp('^\\s*' + VERSION_PATTERN + '\\s*$', 'i');
function clean(version) {
  return version_stringify(version_parse(version, cleanRegex));
}

function version_parse(version, regex) {
  // Validate the version and parse it into pieces
  const { groups } = (regex || validRegex).exec(version) || {};
  if (!groups) {
    return null;
  }

  // Store the parsed out pieces of the version
  const parsed = {
    epoch: Number(groups.epoch ? groups.epoch : 0),
    release: groups.release.split('.').map(Number),
    pre: normalize_letter_version(groups.pre_l, groups.pre_n),
    post: normalize_letter_version(
      groups.post_l,
      groups.post_n1 || groups.post_n2,
    ),
    dev: normalize_letter_version(groups.dev_l, groups.dev_n),
    local: parse_local_version(groups.local),
  };

  return parsed;
}

function version_stringify(parsed) {
  if (!parsed) {
    return null;
  }
  const { epoch, release, pre, post, dev, local } = parsed;
  const parts = [];

  // Epoch
  if (epoch !== 0) {
    parts.push(`${epoch}!`);
  }
  // Release segment
  parts.push(release.join('.'));

  // Pre-release
  if (pre) {
    parts.push(pre.join(''));
  }
  // Post-release
  if (post) {
    parts.push('.' + post.join(''));
  }
  // Development release
  if (dev) {
    parts.push('.' + dev.join(''));
  }
  // Local version segment
  if (local) {
    parts.push(`+${local}`);
  }
  return parts.join('');
}

function normalize_letter_version(letterIn, numberIn) {
  let letter = letterIn;
  let number = numberIn;
  if (letter) {
    // We consider there to be an implicit 0 in a pre-release if there is
    // not a numeral associated with it.
    if (!number) {
      number = 0;
    }
    // We normalize any letters to their lower case form
    letter = letter.toLowerCase();

    // We consider some words to be alternate spellings of other words and
    // in those cases we want to normalize the spellings to our preferred
    // spelling.
    if (letter === 'alpha') {
      letter = 'a';
    } else if (letter === 'beta') {
      letter = 'b';
    } else if (['c', 'pre', 'preview'].includes(letter)) {
      letter = 'rc';
    } else if (['rev', 'r'].includes(letter)) {
      letter = 'post';
    }
    return [letter, Number(number)];
  }
  if (!letter && number) {
    // We assume if we are given a number, but we are not given a letter
    // then this is using the implicit post release syntax (e.g. 1.0-1)
    letter = 'post';

    return [letter, Number(number)];
  }
  return null;
}

function parse_local_version(local) {
  /*
    Takes a string like abc.1.twelve and turns it into("abc", 1, "twelve").
    */
  if (local) {
    return local
      .split(/[._-]/)
      .map((part) =>
        Number.isNaN(Number(part)) ? part.toLowerCase() : Number(part),
      );
  }
  return null;
}

function version_explain(version) {
  const parsed = version_parse(version);
  if (!parsed) {
    return parsed;
  }
  const { epoch, release, pre, post, dev, local } = parsed;

  let base_version = '';
  if (epoch !== 0) {
    base_version += epoch + '!';
  }
  base_version += release.join('.');

  const is_prerelease = Boolean(dev || pre);
  const is_devrelease = Boolean(dev);
  const is_postrelease = Boolean(post);

  // return

  return {
    epoch,
    release,
    pre,
    post: post ? post[1] : post,
    dev: dev ? dev[1] : dev,
    local: local ? local.join('.') : local,
    public: version_stringify(parsed).split('+', 1)[0],
    base_version,
    is_prerelease,
    is_devrelease,
    is_postrelease,
  };
}

;// CONCATENATED MODULE: ./node_modules/.pnpm/@renovatebot+pep440@5.0.1/node_modules/@renovatebot/pep440/lib/operator.js




function lt(version, other) {
  return compare(version, other) < 0;
}

function le(version, other) {
  return compare(version, other) <= 0;
}

function eq(version, other) {
  return compare(version, other) === 0;
}

function ne(version, other) {
  return compare(version, other) !== 0;
}

function ge(version, other) {
  return compare(version, other) >= 0;
}

function gt(version, other) {
  return compare(version, other) > 0;
}

function arbitrary(version, other) {
  return version.toLowerCase() === other.toLowerCase();
}

function compare(version, other) {
  const parsedVersion = version_parse(version);
  const parsedOther = version_parse(other);

  const keyVersion = calculateKey(parsedVersion);
  const keyOther = calculateKey(parsedOther);

  return pyCompare(keyVersion, keyOther);
}

function rcompare(version, other) {
  return -compare(version, other);
}

// this logic is buitin in python, but we need to port it to js
// see https://stackoverflow.com/a/5292332/1438522
function pyCompare(elemIn, otherIn) {
  let elem = elemIn;
  let other = otherIn;
  if (elem === other) {
    return 0;
  }
  if (Array.isArray(elem) !== Array.isArray(other)) {
    elem = Array.isArray(elem) ? elem : [elem];
    other = Array.isArray(other) ? other : [other];
  }
  if (Array.isArray(elem)) {
    const len = Math.min(elem.length, other.length);
    for (let i = 0; i < len; i += 1) {
      const res = pyCompare(elem[i], other[i]);
      if (res !== 0) {
        return res;
      }
    }
    return elem.length - other.length;
  }
  if (elem === -Infinity || other === Infinity) {
    return -1;
  }
  if (elem === Infinity || other === -Infinity) {
    return 1;
  }
  return elem < other ? -1 : 1;
}

function calculateKey(input) {
  const { epoch } = input;
  let { release, pre, post, local, dev } = input;
  // When we compare a release version, we want to compare it with all of the
  // trailing zeros removed. So we'll use a reverse the list, drop all the now
  // leading zeros until we come to something non zero, then take the rest
  // re-reverse it back into the correct order and make it a tuple and use
  // that for our sorting key.
  release = release.concat();
  release.reverse();
  while (release.length && release[0] === 0) {
    release.shift();
  }
  release.reverse();

  // We need to "trick" the sorting algorithm to put 1.0.dev0 before 1.0a0.
  // We'll do this by abusing the pre segment, but we _only_ want to do this
  // if there is !a pre or a post segment. If we have one of those then
  // the normal sorting rules will handle this case correctly.
  if (!pre && !post && dev) pre = -Infinity;
  // Versions without a pre-release (except as noted above) should sort after
  // those with one.
  else if (!pre) pre = Infinity;

  // Versions without a post segment should sort before those with one.
  if (!post) post = -Infinity;

  // Versions without a development segment should sort after those with one.
  if (!dev) dev = Infinity;

  if (!local) {
    // Versions without a local segment should sort before those with one.
    local = -Infinity;
  } else {
    // Versions with a local segment need that segment parsed to implement
    // the sorting rules in PEP440.
    // - Alpha numeric segments sort before numeric segments
    // - Alpha numeric segments sort lexicographically
    // - Numeric segments sort numerically
    // - Shorter versions sort before longer versions when the prefixes
    //   match exactly
    local = local.map((i) =>
      Number.isNaN(Number(i)) ? [-Infinity, i] : [Number(i), ''],
    );
  }

  return [epoch, release, pre, post, dev, local];
}

;// CONCATENATED MODULE: ./node_modules/.pnpm/@renovatebot+pep440@5.0.1/node_modules/@renovatebot/pep440/lib/specifier.js
// This file is dual licensed under the terms of the Apache License, Version
// 2.0, and the BSD License. See the LICENSE file in the root of this repository
// for complete details.





const RANGE_PATTERN = [
  '(?<operator>(===|~=|==|!=|<=|>=|<|>))',
  '\\s*',
  '(',
  /*  */ '(?<version>(?:' + VERSION_PATTERN.replace(/\?<\w+>/g, '?:') + '))',
  /*  */ '(?<prefix>\\.\\*)?',
  /*  */ '|',
  /*  */ '(?<legacy>[^,;\\s)]+)',
  ')',
].join('');



const isEqualityOperator = (op) => ['==', '!=', '==='].includes(op);

const rangeRegex = new RegExp('^' + RANGE_PATTERN + '$', 'i');

function specifier_parse(ranges) {
  if (!ranges.trim()) {
    return [];
  }

  const specifiers = ranges
    .split(',')
    .map((range) => rangeRegex.exec(range.trim()) || {})
    .map(({ groups }) => {
      if (!groups) {
        return null;
      }

      let { ...spec } = groups;
      const { operator, version, prefix, legacy } = groups;

      if (version) {
        spec = { ...spec, ...explainVersion(version) };
        if (operator === '~=') {
          if (spec.release.length < 2) {
            return null;
          }
        }
        if (!isEqualityOperator(operator) && spec.local) {
          return null;
        }

        if (prefix) {
          if (!isEqualityOperator(operator) || spec.dev || spec.local) {
            return null;
          }
        }
      }
      if (legacy && operator !== '===') {
        return null;
      }

      return spec;
    });

  if (specifiers.filter(Boolean).length !== specifiers.length) {
    return null;
  }

  return specifiers;
}

function filter(versions, specifier, options = {}) {
  const filtered = pick(versions, specifier, options);
  if (filtered.length === 0 && options.prereleases === undefined) {
    return pick(versions, specifier, { prereleases: true });
  }
  return filtered;
}

function maxSatisfying(versions, range, options) {
  const found = filter(versions, range, options).sort(Operator.compare);
  return found.length === 0 ? null : found[found.length - 1];
}

function minSatisfying(versions, range, options) {
  const found = filter(versions, range, options).sort(Operator.compare);
  return found.length === 0 ? null : found[0];
}

function pick(versions, specifier, options) {
  const parsed = specifier_parse(specifier);

  if (!parsed) {
    return [];
  }

  return versions.filter((version) => {
    const explained = explainVersion(version);

    if (!parsed.length) {
      return explained && !(explained.is_prerelease && !options.prereleases);
    }

    return parsed.reduce((pass, spec) => {
      if (!pass) {
        return false;
      }
      return contains({ ...spec, ...options }, { version, explained });
    }, true);
  });
}

function satisfies(version, specifier, options = {}) {
  const filtered = pick([version], specifier, options);

  return filtered.length === 1;
}

function arrayStartsWith(array, prefix) {
  if (prefix.length > array.length) {
    return false;
  }

  for (let i = 0; i < prefix.length; i += 1) {
    if (prefix[i] !== array[i]) {
      return false;
    }
  }

  return true;
}

function contains(specifier, input) {
  const { explained } = input;
  let { version } = input;
  const { ...spec } = specifier;

  if (spec.prereleases === undefined) {
    spec.prereleases = spec.is_prerelease;
  }

  if (explained && explained.is_prerelease && !spec.prereleases) {
    return false;
  }

  if (spec.operator === '~=') {
    let compatiblePrefix = spec.release.slice(0, -1).concat('*').join('.');
    if (spec.epoch) {
      compatiblePrefix = spec.epoch + '!' + compatiblePrefix;
    }
    return satisfies(version, `>=${spec.version}, ==${compatiblePrefix}`, {
      prereleases: spec.prereleases,
    });
  }

  if (spec.prefix) {
    const isMatching =
      explained.epoch === spec.epoch &&
      arrayStartsWith(explained.release, spec.release);
    const isEquality = spec.operator !== '!=';
    return isEquality ? isMatching : !isMatching;
  }

  if (explained && explained.local && spec.version) {
    // Ignore candidate local labels only when the specifier itself is public.
    if (spec.operator !== '===' && !spec.local) {
      version = explained.public;
      spec.version = explainVersion(spec.version).public;
    }
  }

  if (spec.operator === '<' || spec.operator === '>') {
    // simplified version of https://www.python.org/dev/peps/pep-0440/#exclusive-ordered-comparison
    if (Operator.eq(spec.release.join('.'), explained.release.join('.'))) {
      return false;
    }
  }

  // TODO: fix me?
  // eslint-disable-next-line import-x/namespace
  const op = Operator[spec.operator];
  return op(version, spec.version || spec.legacy);
}

function validRange(specifier) {
  return Boolean(specifier_parse(specifier));
}

;// CONCATENATED MODULE: ./node_modules/.pnpm/@renovatebot+pep440@5.0.1/node_modules/@renovatebot/pep440/lib/semantic.js


// those notation are borrowed from semver


function major(input) {
  const version = explain(input);
  if (!version) {
    throw new TypeError('Invalid Version: ' + input);
  }
  return version.release[0];
}

function minor(input) {
  const version = explain(input);
  if (!version) {
    throw new TypeError('Invalid Version: ' + input);
  }
  if (version.release.length < 2) {
    return 0;
  }
  return version.release[1];
}

function patch(input) {
  const version = explain(input);
  if (!version) {
    throw new TypeError('Invalid Version: ' + input);
  }
  if (version.release.length < 3) {
    return 0;
  }
  return version.release[2];
}

function inc(input, release, preReleaseIdentifier) {
  let identifier = preReleaseIdentifier || `a`;
  const version = parse(input);

  if (!version) {
    return null;
  }

  if (
    !['a', 'b', 'c', 'rc', 'alpha', 'beta', 'pre', 'preview'].includes(
      identifier,
    )
  ) {
    return null;
  }

  switch (release) {
    case 'premajor':
      {
        const [majorVersion] = version.release;
        version.release.fill(0);
        version.release[0] = majorVersion + 1;
      }
      version.pre = [identifier, 0];
      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    case 'preminor':
      {
        const [majorVersion, minorVersion = 0] = version.release;
        version.release.fill(0);
        version.release[0] = majorVersion;
        version.release[1] = minorVersion + 1;
      }
      version.pre = [identifier, 0];
      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    case 'prepatch':
      {
        const [majorVersion, minorVersion = 0, patchVersion = 0] =
          version.release;
        version.release.fill(0);
        version.release[0] = majorVersion;
        version.release[1] = minorVersion;
        version.release[2] = patchVersion + 1;
      }
      version.pre = [identifier, 0];
      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    case 'prerelease':
      if (version.pre === null) {
        const [majorVersion, minorVersion = 0, patchVersion = 0] =
          version.release;
        version.release.fill(0);
        version.release[0] = majorVersion;
        version.release[1] = minorVersion;
        version.release[2] = patchVersion + 1;
        version.pre = [identifier, 0];
      } else {
        if (preReleaseIdentifier === undefined && version.pre !== null) {
          [identifier] = version.pre;
        }

        const [letter, number] = version.pre;
        if (letter === identifier) {
          version.pre = [letter, number + 1];
        } else {
          version.pre = [identifier, 0];
        }
      }

      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    case 'major':
      if (
        version.release.slice(1).some((value) => value !== 0) ||
        version.pre === null
      ) {
        const [majorVersion] = version.release;
        version.release.fill(0);
        version.release[0] = majorVersion + 1;
      }
      delete version.pre;
      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    case 'minor':
      if (
        version.release.slice(2).some((value) => value !== 0) ||
        version.pre === null
      ) {
        const [majorVersion, minorVersion = 0] = version.release;
        version.release.fill(0);
        version.release[0] = majorVersion;
        version.release[1] = minorVersion + 1;
      }
      delete version.pre;
      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    case 'patch':
      if (
        version.release.slice(3).some((value) => value !== 0) ||
        version.pre === null
      ) {
        const [majorVersion, minorVersion = 0, patchVersion = 0] =
          version.release;
        version.release.fill(0);
        version.release[0] = majorVersion;
        version.release[1] = minorVersion;
        version.release[2] = patchVersion + 1;
      }
      delete version.pre;
      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    default:
      return null;
  }

  return stringify(version);
}

;// CONCATENATED MODULE: ./node_modules/.pnpm/@renovatebot+pep440@5.0.1/node_modules/@renovatebot/pep440/index.js










;// CONCATENATED MODULE: ./actions/dependency-audit/src/versions.ts
/**
 * Python versions are PEP 440, not semver: epochs, pre-, post- and dev-releases and local
 * versions are parsed and ordered by Renovate's PEP 440 implementation.
 */

/**
 * How far `latest` is ahead of `installed`: `pre-release` when `latest` is a pre- or
 * dev-release; otherwise `major`, `minor` or `patch` by the first release segment that differs
 * (a different epoch is `major`; a post-release, or the final release of an installed
 * pre-release, is `patch`). Undefined when `latest` is not newer or either is not PEP 440.
 */
function classifyUpdate(installed, latest) {
    const from = version_explain(installed);
    const to = version_explain(latest);
    if (!from || !to || compare(latest, installed) <= 0)
        return undefined;
    if (to.is_prerelease)
        return 'pre-release';
    if (from.epoch !== to.epoch)
        return 'major';
    const length = Math.max(from.release.length, to.release.length);
    for (let i = 0; i < length; i++) {
        if ((from.release[i] ?? 0) !== (to.release[i] ?? 0))
            return i === 0 ? 'major' : i === 1 ? 'minor' : 'patch';
    }
    return 'patch';
}
/**
 * The smallest of `fixes` that is newer than `installed` (fix versions older than the installed
 * one belong to other release lines); undefined when none is. Versions that are not PEP 440
 * are ignored.
 */
function smallestFix(installed, fixes) {
    const newer = fixes.filter((v) => valid(v) && (!valid(installed) || compare(v, installed) > 0));
    return newer.sort(compare)[0];
}

;// CONCATENATED MODULE: ./actions/dependency-audit/src/audit.ts
/**
 * The audit's findings and the policy applied to them: vulnerabilities (rated, with their
 * smallest fix, ignores applied) and outdated packages (classified), each judged by `fail-on`
 * and `fail-on-outdated`.
 */



/** Every vulnerability of the report, with `ratings[i]` for the i-th (unknown without). */
function vulnerabilitiesOf(result, ratings) {
    const vulns = result.dependencies.flatMap((dep) => dep.vulns.map((v) => ({ package: dep.name, version: dep.version, ...v })));
    return vulns.map((v, i) => {
        const rated = ratings?.[i] ?? { severity: 'unknown' };
        const fix = smallestFix(v.version, v.fixVersions);
        return { ...v, ...(fix ? { fix } : {}), ...rated };
    });
}
/** Applies the ignore list (as of `today`, `YYYY-MM-DD`) and orders everything for the reports. */
function buildAudit(input) {
    const valid = input.ignores.filter((e) => !isExpired(e, input.today));
    const vulnerable = [];
    const ignored = [];
    for (const vuln of input.vulnerabilities) {
        const entry = findIgnore(valid, [vuln.id, ...vuln.aliases]);
        if (entry)
            ignored.push({ vuln, entry });
        else
            vulnerable.push(vuln);
    }
    const outdated = input.outdated.flatMap((p) => {
        const kind = classifyUpdate(p.version, p.latest);
        return kind ? [{ ...p, kind }] : [];
    });
    return {
        vulnerable: vulnerable.sort(bySeverity),
        ignored,
        expired: input.ignores.filter((e) => isExpired(e, input.today)),
        unused: valid.filter((e) => !ignored.some((i) => i.entry === e)),
        outdated: outdated.sort((a, b) => src_spec/* UPDATE_KINDS */.GY.indexOf(a.kind) - src_spec/* UPDATE_KINDS */.GY.indexOf(b.kind) || a.name.localeCompare(b.name)),
        skipped: input.pipAudit?.skipped ?? [],
        audited: input.pipAudit?.dependencies.length,
    };
}
/** Most severe first (a known score above an unknown one), then by package and ID. */
function bySeverity(a, b) {
    return (src_spec/* SEVERITIES */.oC.indexOf(a.severity) - src_spec/* SEVERITIES */.oC.indexOf(b.severity) ||
        (b.score ?? 0) - (a.score ?? 0) ||
        a.package.localeCompare(b.package) ||
        a.id.localeCompare(b.id));
}
/** Whether a vulnerability of `severity` fails the audit under `failOn`; unknown counts as critical. */
function failsOn(severity, failOn) {
    if (failOn === 'none')
        return false;
    if (failOn === 'any' || severity === 'unknown')
        return true;
    return src_spec/* SEVERITIES */.oC.indexOf(severity) <= src_spec/* SEVERITIES */.oC.indexOf(failOn);
}
/** Whether an update of `kind` fails the audit under `level`; a pre-release never does. */
function outdatedFails(kind, level) {
    if (level === 'none' || kind === 'pre-release')
        return false;
    if (level === 'any')
        return true;
    return kind === 'major' || (level === 'minor' && kind === 'minor');
}
/** The most severe of the vulnerabilities, or `none`. */
function highestSeverity(vulns) {
    return src_spec/* SEVERITIES */.oC.find((s) => vulns.some((v) => v.severity === s)) ?? 'none';
}

;// CONCATENATED MODULE: ./actions/dependency-audit/src/cvss.ts
/**
 * CVSS base scores from vector strings, and their qualitative ratings. v3.0/v3.1 vectors are
 * scored with the v3.1 base equations. v4.0 scores come from a lookup of macro-vectors this
 * module does not carry: a v4 vector is instead mapped onto the v3.1 metrics (AT:P as AC:H,
 * UI:P/A as UI:R, an impact on subsequent systems as a changed scope) and scored with the
 * same equations, which gives the same rating for the common vectors.
 */
const AV = { N: 0.85, A: 0.62, L: 0.55, P: 0.2 };
const AC = { L: 0.77, H: 0.44 };
const UI = { N: 0.85, R: 0.62 };
const CIA = { H: 0.56, L: 0.22, N: 0 };
const PR_UNCHANGED = { N: 0.85, L: 0.62, H: 0.27 };
const PR_CHANGED = { N: 0.85, L: 0.68, H: 0.5 };
/**
 * The base score (0.0–10.0) of a `CVSS:3.x/...` or `CVSS:4.0/...` vector; undefined for any
 * other text or a vector missing a base metric.
 */
function cvssBaseScore(vector) {
    const parts = vector.trim().split('/');
    const version = /^CVSS:(3\.[01]|4\.0)$/.exec(parts[0] ?? '')?.[1];
    if (!version)
        return undefined;
    const metrics = new Map();
    for (const part of parts.slice(1)) {
        const [key, value] = part.split(':');
        if (key && value)
            metrics.set(key, value);
    }
    const v3 = version === '4.0' ? fromV4(metrics) : fromV3(metrics);
    return v3 && score(v3);
}
/** The rating of a base score, by the CVSS v3.1/v4.0 table. */
function ratingOf(score) {
    if (score >= 9)
        return 'critical';
    if (score >= 7)
        return 'high';
    if (score >= 4)
        return 'medium';
    return score > 0 ? 'low' : 'none';
}
function fromV3(m) {
    const get = (key) => m.get(key) ?? '';
    const metrics = {
        AV: get('AV'),
        AC: get('AC'),
        PR: get('PR'),
        UI: get('UI'),
        S: get('S'),
        C: get('C'),
        I: get('I'),
        A: get('A'),
    };
    return isComplete(metrics) ? metrics : undefined;
}
function fromV4(m) {
    const get = (key) => m.get(key) ?? '';
    const subsequent = ['SC', 'SI', 'SA'].some((key) => get(key) === 'H' || get(key) === 'L');
    const worst = (a, b) => ((CIA[b] ?? 0) > (CIA[a] ?? 0) ? b : a);
    const metrics = {
        AV: get('AV'),
        AC: get('AT') === 'P' ? 'H' : get('AC'),
        PR: get('PR'),
        UI: get('UI') === 'P' || get('UI') === 'A' ? 'R' : get('UI'),
        S: subsequent ? 'C' : 'U',
        C: subsequent ? worst(get('VC'), get('SC')) : get('VC'),
        I: subsequent ? worst(get('VI'), get('SI')) : get('VI'),
        A: subsequent ? worst(get('VA'), get('SA')) : get('VA'),
    };
    return isComplete(metrics) && get('AT') !== '' ? metrics : undefined;
}
function isComplete(m) {
    return (m.AV in AV &&
        m.AC in AC &&
        m.PR in PR_UNCHANGED &&
        m.UI in UI &&
        (m.S === 'U' || m.S === 'C') &&
        m.C in CIA &&
        m.I in CIA &&
        m.A in CIA);
}
/** The CVSS v3.1 base equations. */
function score(m) {
    const changed = m.S === 'C';
    const iss = 1 - (1 - CIA[m.C]) * (1 - CIA[m.I]) * (1 - CIA[m.A]);
    const impact = changed ? 7.52 * (iss - 0.029) - 3.25 * (iss - 0.02) ** 15 : 6.42 * iss;
    if (impact <= 0)
        return 0;
    const pr = (changed ? PR_CHANGED : PR_UNCHANGED)[m.PR];
    const exploitability = 8.22 * AV[m.AV] * AC[m.AC] * pr * UI[m.UI];
    const sum = changed ? 1.08 * (impact + exploitability) : impact + exploitability;
    return roundUp(Math.min(sum, 10));
}
/** CVSS v3.1 Roundup: the smallest one-decimal number not below `value`, free of float noise. */
function roundUp(value) {
    const scaled = Math.round(value * 100_000);
    return scaled % 10_000 === 0 ? scaled / 100_000 : (Math.floor(scaled / 10_000) + 1) / 10;
}

;// CONCATENATED MODULE: ./actions/dependency-audit/src/osv.ts
/**
 * Severities from the OSV API: one `POST /v1/querybatch` per 1,000 package versions gives the
 * IDs OSV knows for each, then `GET /v1/vulns/{id}` fetches the records, several at a time.
 * A record's severity comes from its CVSS v3 vector, else the database's own rating (GitHub's
 * advisories carry one), else its CVSS v4 vector.
 */


/** OSV's limit of queries in one `querybatch` request. */
const OSV_BATCH_LIMIT = 1000;
/** Vulnerability records fetched at once. */
const OSV_CONCURRENCY = 16;
const REQUEST_TIMEOUT_MS = 30_000;
const ATTEMPTS = 3;
/**
 * Rates each vulnerability, in order. Its severity is the highest among the OSV records of its
 * ID and aliases that OSV lists for the package version (a PYSEC record often has no score
 * while its GHSA alias has one); when OSV lists none of them, its own ID is fetched.
 *
 * @throws Error when the OSV API cannot be reached or answers with an error (after retries).
 */
async function rateVulnerabilities(vulns, options) {
    const base = options.url.replace(/\/+$/, '');
    const versions = uniqueBy(vulns, (v) => `${v.package}\n${v.version}`);
    const listed = await queryBatch(base, versions);
    const idsOf = new Map(versions.map((v, i) => [`${v.package}\n${v.version}`, listed[i] ?? []]));
    const wanted = vulns.map((v) => {
        const names = new Set([v.id, ...v.aliases]);
        const known = (idsOf.get(`${v.package}\n${v.version}`) ?? []).filter((id) => names.has(id));
        return known.length > 0 ? known : [v.id];
    });
    const ids = [...new Set(wanted.flat())];
    const records = await (0,src/* mapLimit */.sf)(ids, options.concurrency ?? OSV_CONCURRENCY, (id) => fetchVuln(base, id));
    const ratings = new Map(ids.map((id, i) => [id, records[i] ? rateRecord(records[i]) : undefined]));
    return wanted.map((list) => highest(list.map((id) => ratings.get(id))));
}
/** The IDs OSV lists for each package version, in order, batched by OSV_BATCH_LIMIT. */
async function queryBatch(base, packages) {
    const out = [];
    for (let start = 0; start < packages.length; start += OSV_BATCH_LIMIT) {
        const chunk = packages.slice(start, start + OSV_BATCH_LIMIT);
        const body = {
            queries: chunk.map((p) => ({ package: { name: p.package, ecosystem: 'PyPI' }, version: p.version })),
        };
        const answer = (await request(`${base}/v1/querybatch`, {
            method: 'POST',
            body: JSON.stringify(body),
        }));
        const results = answer?.results;
        if (!Array.isArray(results) || results.length !== chunk.length) {
            throw new Error(`OSV querybatch answered ${results?.length ?? 'no'} results for ${chunk.length} queries`);
        }
        for (const result of results) {
            out.push((result.vulns ?? []).map((v) => v.id).filter((id) => typeof id === 'string'));
        }
    }
    return out;
}
/** The OSV record of `id`, or undefined when OSV does not know it (404). */
async function fetchVuln(base, id) {
    return (await request(`${base}/v1/vulns/${encodeURIComponent(id)}`, { method: 'GET' }, true));
}
/** A record's severity: CVSS v3 score, else `database_specific.severity`, else CVSS v4 score, else unknown. */
function rateRecord(record) {
    const vector = (type) => {
        const found = record.severity?.find((s) => s.type === type);
        return found ? cvssBaseScore(found.score) : undefined;
    };
    const v3 = vector('CVSS_V3');
    if (v3 !== undefined)
        return scored(v3);
    const own = databaseSeverity(record.database_specific?.severity);
    if (own)
        return { severity: own };
    const v4 = vector('CVSS_V4');
    return v4 === undefined ? { severity: 'unknown' } : scored(v4);
}
function scored(score) {
    const rating = ratingOf(score);
    return { severity: rating === 'none' ? 'low' : rating, score };
}
/** GitHub's ratings (CRITICAL, HIGH, MODERATE, LOW) and the like. */
function databaseSeverity(value) {
    if (typeof value !== 'string')
        return undefined;
    const name = value.toLowerCase();
    if (name === 'moderate')
        return 'medium';
    return ['critical', 'high', 'medium', 'low'].find((s) => s === name);
}
const RANK = { critical: 4, high: 3, medium: 2, low: 1, unknown: 0 };
function highest(ratings) {
    let best = { severity: 'unknown' };
    for (const r of ratings) {
        if (r &&
            (RANK[r.severity] > RANK[best.severity] ||
                (r.severity === best.severity && (r.score ?? 0) > (best.score ?? 0))))
            best = r;
    }
    return best;
}
/** JSON from OSV, retrying a refused connection, 429 and 5xx; undefined for a 404 when `missingOk`. */
async function request(url, init, missingOk = false) {
    let last = '';
    for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
        if (attempt > 1)
            await new Promise((resolve) => setTimeout(resolve, 250 * 2 ** (attempt - 2)));
        let response;
        try {
            response = await fetch(url, {
                ...init,
                headers: { accept: 'application/json', ...(init.body ? { 'content-type': 'application/json' } : {}) },
                signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
            });
        }
        catch (error) {
            last =
                error.cause instanceof Error ? error.cause.message : String(error);
            continue;
        }
        if (response.ok)
            return response.json();
        await response.body?.cancel();
        if (response.status === 404 && missingOk)
            return undefined;
        last = `HTTP ${response.status}`;
        if (response.status !== 429 && response.status < 500)
            break;
    }
    throw new Error(`OSV ${init.method} ${new URL(url).pathname} failed: ${last}`);
}
function uniqueBy(items, key) {
    const seen = new Map();
    for (const item of items)
        if (!seen.has(key(item)))
            seen.set(key(item), item);
    return [...seen.values()];
}

;// CONCATENATED MODULE: ./actions/dependency-audit/src/report.ts
/**
 * The audit as the project's report model (checks and findings, for the JSON, SARIF and Code
 * Quality renderers of core), as a job summary of its own (vulnerable packages by severity,
 * then outdated ones) and as a GitLab dependency-scanning report (schema 15).
 */



/** The report's checks: `vulnerabilities`, `ignores` (when there is a list) and `outdated`. */
function auditChecks(audit, options) {
    const checks = [vulnerabilityCheck(audit, options)];
    if (audit.expired.length + audit.unused.length + audit.ignored.length > 0)
        checks.push(ignoreCheck(audit, options));
    checks.push(outdatedCheck(audit, options));
    return checks;
}
function vulnerabilityCheck(audit, options) {
    const base = { id: 'vulnerabilities', name: 'Vulnerabilities', mode: options.mode };
    if (options.vulnerabilitiesProblem) {
        return {
            ...base,
            durationMs: options.durationMs.vulnerabilities,
            findings: [],
            ...options.vulnerabilitiesProblem,
        };
    }
    const findings = audit.vulnerable.map((v) => vulnFinding(v, options));
    const counts = Object.fromEntries(src_spec/* SEVERITIES */.oC.map((s) => [s, audit.vulnerable.filter((v) => v.severity === s).length]));
    const failing = findings.filter((f) => f.severity === 'error').length;
    return {
        ...base,
        status: failing > 0 ? 'failed' : 'passed',
        durationMs: options.durationMs.vulnerabilities,
        summary: vulnSummary(audit, failing),
        counts: {
            ...counts,
            ignored: audit.ignored.length,
            audited: audit.audited ?? 0,
            skipped: audit.skipped.length,
        },
        findings,
    };
}
function vulnFinding(v, options) {
    const line = options.manifest?.lines.get(normalizeName(v.package));
    const fix = v.fix
        ? `upgrade to ${v.fix}`
        : v.fixVersions.length > 0
            ? `fixed in ${v.fixVersions.join(', ')}`
            : 'no fix yet';
    const also = v.aliases.length > 0 ? ` (${v.aliases.join(', ')})` : '';
    const description = v.description ? ` ${v.description}` : '';
    return {
        severity: failsOn(v.severity, options.failOn) ? 'error' : 'warning',
        title: `${v.package} ${v.version}: ${v.id}`,
        message: `${v.package} ${v.version} is vulnerable to ${v.id}${also}, ${severityText(v)}: ${fix}.${description}`,
        rule: v.id,
        ...(options.manifest ? { file: options.manifest.file, ...(line ? { line } : {}) } : {}),
    };
}
function vulnSummary(audit, failing) {
    const parts = [];
    if (audit.vulnerable.length === 0)
        parts.push(`no known vulnerabilities in ${plural(audit.audited ?? 0, 'package')}`);
    else {
        const bySeverity = src_spec/* SEVERITIES */.oC.map((s) => [s, audit.vulnerable.filter((v) => v.severity === s).length])
            .filter(([, n]) => n > 0)
            .map(([s, n]) => `${n} ${s}`);
        parts.push(`${plural(audit.vulnerable.length, 'vulnerability', 'vulnerabilities')} (${bySeverity.join(', ')})`);
        if (failing > 0)
            parts.push(`${failing} over the policy`);
    }
    if (audit.ignored.length > 0)
        parts.push(`${audit.ignored.length} ignored`);
    if (audit.skipped.length > 0)
        parts.push(`${audit.skipped.length} skipped`);
    return parts.join(', ');
}
function ignoreCheck(audit, options) {
    const file = options.ignoreFile;
    const findings = [
        ...audit.expired.map((e) => ({
            severity: 'error',
            title: `ignore of ${e.id} expired`,
            message: `The ignore of ${e.id} expired on ${e.expires} (owner ${e.owner}): ${e.owner} should fix it or renew the entry with a new date and reason.`,
            rule: 'expired-ignore',
            ...(file ? { file } : {}),
        })),
        ...audit.unused.map((e) => ({
            severity: 'notice',
            title: `ignore of ${e.id} is unused`,
            message: `The ignore of ${e.id} (owner ${e.owner}) matches no vulnerability any more: remove it.`,
            rule: 'unused-ignore',
            ...(file ? { file } : {}),
        })),
    ];
    const expired = audit.expired.map((e) => `${e.id} (owner ${e.owner})`);
    return {
        id: 'ignores',
        name: 'Ignored vulnerabilities',
        mode: options.mode,
        status: expired.length > 0 ? 'failed' : 'passed',
        durationMs: 0,
        summary: expired.length > 0
            ? `${plural(expired.length, 'expired ignore')}: ${expired.join(', ')}`
            : `${audit.ignored.length} ignored, none expired`,
        counts: { ignored: audit.ignored.length, expired: audit.expired.length, unused: audit.unused.length },
        findings,
    };
}
function outdatedCheck(audit, options) {
    const base = { id: 'outdated', name: 'Outdated packages', mode: options.mode };
    if (options.outdatedProblem) {
        return { ...base, durationMs: options.durationMs.outdated, findings: [], ...options.outdatedProblem };
    }
    const findings = audit.outdated.map((p) => {
        const line = options.manifest?.lines.get(normalizeName(p.name));
        return {
            severity: outdatedFails(p.kind, options.failOnOutdated) ? 'error' : 'notice',
            title: `${p.name} ${p.version} → ${p.latest}`,
            message: `${p.name} ${p.version} is outdated: ${p.latest} is out (${p.kind}).`,
            rule: `outdated-${p.kind}`,
            ...(options.manifest ? { file: options.manifest.file, ...(line ? { line } : {}) } : {}),
        };
    });
    const counts = Object.fromEntries(src_spec/* UPDATE_KINDS */.GY.map((k) => [k, audit.outdated.filter((p) => p.kind === k).length]));
    const failing = findings.filter((f) => f.severity === 'error').length;
    const kinds = src_spec/* UPDATE_KINDS */.GY.filter((k) => (counts[k] ?? 0) > 0).map((k) => `${counts[k]} ${k}`);
    return {
        ...base,
        status: failing > 0 ? 'failed' : 'passed',
        durationMs: options.durationMs.outdated,
        summary: audit.outdated.length === 0
            ? 'every package is up to date'
            : `${plural(audit.outdated.length, 'outdated package')} (${kinds.join(', ')})${failing > 0 ? `, ${failing} over the policy` : ''}`,
        counts,
        findings,
    };
}
/** The job summary's Markdown: the verdict line, notes, vulnerable packages by severity, then outdated ones. */
function renderAuditMarkdown(audit, view) {
    const out = [`## ${view.title}: ${view.verdict}\n`, ...view.lines.map((l) => `- ${l}\n`), '\n'];
    for (const note of view.notes)
        out.push(`> ${note.replace(/\s+/g, ' ').replace(/[<>]/g, (c) => `\\${c}`)}\n\n`);
    if (audit.expired.length > 0) {
        out.push('### Expired ignores\n\n');
        for (const e of audit.expired)
            out.push(`- \`${escapeCell(e.id)}\` expired on ${e.expires}, owner **${escapeCell(e.owner)}**: fix it or renew the entry.\n`);
        out.push('\n');
    }
    if (audit.vulnerable.length > 0) {
        out.push('### Vulnerable packages\n\n| Severity | Package | Installed | Vulnerability | Fix |\n|---|---|---|---|---|\n');
        for (const v of audit.vulnerable) {
            const ids = [report_link(v.id), ...v.aliases.map(escapeCell)].join(', ');
            out.push(`| ${severityText(v)} | ${escapeCell(v.package)} | ${escapeCell(v.version)} | ${ids} | ${escapeCell(v.fix ?? (v.fixVersions.join(', ') || 'none yet'))} |\n`);
        }
        out.push('\n');
    }
    if (audit.outdated.length > 0) {
        out.push('### Outdated packages\n\n| Package | Installed | Latest | Update |\n|---|---|---|---|\n');
        for (const p of audit.outdated)
            out.push(`| ${escapeCell(p.name)} | ${escapeCell(p.version)} | ${escapeCell(p.latest)} | ${p.kind} |\n`);
        out.push('\n');
    }
    if (audit.ignored.length > 0) {
        out.push('### Ignored\n\n| Vulnerability | Package | Owner | Until | Reason |\n|---|---|---|---|---|\n');
        for (const { vuln, entry } of audit.ignored)
            out.push(`| ${report_link(vuln.id)} | ${escapeCell(vuln.package)} ${escapeCell(vuln.version)} | ${escapeCell(entry.owner)} | ${entry.expires} | ${escapeCell(entry.reason)} |\n`);
        out.push('\n');
    }
    if (audit.skipped.length > 0) {
        out.push('### Not audited\n\n');
        for (const s of audit.skipped)
            out.push(`- ${escapeCell(s.name)}: ${escapeCell(s.reason)}\n`);
        out.push('\n');
    }
    return out.join('');
}
/** A GitLab dependency-scanning report (schema 15.x) of the vulnerabilities not ignored. */
function renderDependencyScanning(audit, options) {
    const tool = {
        id: 'maint-actions-dependency-audit',
        name: 'maint-actions dependency-audit',
        version: options.version,
        vendor: { name: 'maint-actions' },
    };
    return {
        version: '15.0.7',
        vulnerabilities: audit.vulnerable.map((v) => ({
            id: uuidOf(`${v.package}\n${v.version}\n${v.id}`),
            name: `${v.id} in ${v.package} ${v.version}`,
            description: v.description || `${v.package} ${v.version} is vulnerable to ${v.id}.`,
            severity: v.severity === 'unknown' ? 'Unknown' : v.severity[0]?.toUpperCase() + v.severity.slice(1),
            ...(v.fix ? { solution: `Upgrade ${v.package} to ${v.fix} or later.` } : {}),
            identifiers: [v.id, ...v.aliases].map(identifierOf),
            links: [{ url: osvUrl(v.id) }],
            location: { file: options.file, dependency: { package: { name: v.package }, version: v.version } },
        })),
        scan: {
            analyzer: tool,
            scanner: { ...tool, id: 'pip-audit', name: 'pip-audit', version: 'unknown', vendor: { name: 'PyPA' } },
            type: 'dependency_scanning',
            start_time: gitlabTime(options.startedAt),
            end_time: gitlabTime(options.endedAt),
            status: 'success',
        },
    };
}
function identifierOf(id) {
    const type = /^(CVE|GHSA|PYSEC)-/i.exec(id)?.[1]?.toLowerCase() ?? 'osv';
    return {
        type,
        name: id,
        value: id,
        url: type === 'cve' ? `https://nvd.nist.gov/vuln/detail/${id}` : osvUrl(id),
    };
}
/** A stable UUID-shaped id (version 4 bits set) derived from `text`. */
function uuidOf(text) {
    const hex = (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
/** `2024-05-01T10:20:30`: the schema's pattern has no fraction and no zone (UTC here). */
function gitlabTime(date) {
    return date.toISOString().slice(0, 19);
}
function severityText(v) {
    return v.score === undefined ? v.severity : `${v.severity} (${v.score.toFixed(1)})`;
}
function osvUrl(id) {
    return `https://osv.dev/vulnerability/${encodeURIComponent(id)}`;
}
function report_link(id) {
    return `[${escapeCell(id)}](${osvUrl(id)})`;
}
/** Text safe in a Markdown table cell: one line, no pipes, no HTML. */
function escapeCell(text) {
    return text.replace(/\s+/g, ' ').replace(/[\\|`*_[\]<>]/g, (c) => `\\${c}`);
}
/** PEP 503 normalisation: `Django_REST.framework` → `django-rest-framework`. */
function normalizeName(name) {
    return name.toLowerCase().replace(/[-_.]+/g, '-');
}
function plural(n, one, many = `${one}s`) {
    return `${n} ${n === 1 ? one : many}`;
}

;// CONCATENATED MODULE: ./actions/dependency-audit/src/tools.ts
/**
 * The two Python tools the audit reads: pip-audit (vulnerabilities) and `pip list --outdated`
 * (newer releases), run with argument arrays under a timeout, or read from files they wrote in
 * another step. Their JSON is checked as it is parsed, so a bad file is a one-line error.
 */



/** A tool run that did not give a report: what the user sees in the check. */
class ToolRunError extends Error {
    name = 'ToolRunError';
    command;
    outputTail;
    constructor(message, command, outputTail) {
        super(message);
        this.command = command;
        this.outputTail = outputTail;
    }
}
const PIP_AUDIT_HINT = 'add it to your dev requirements (pip install pip-audit)';
/**
 * Parses pip-audit's JSON format (`{"dependencies": [...], "fixes": [...]}`).
 * @throws Error saying what is wrong with the text.
 */
function parsePipAudit(text) {
    const doc = parseJson(text);
    const list = isRecord(doc) ? doc.dependencies : undefined;
    if (!Array.isArray(list))
        throw new Error('expected an object with a "dependencies" list');
    const dependencies = [];
    const skipped = [];
    for (const [index, item] of list.entries()) {
        if (!isRecord(item) || typeof item.name !== 'string') {
            throw new Error(`dependency ${index + 1} has no "name"`);
        }
        if (typeof item.skip_reason === 'string') {
            skipped.push({ name: item.name, reason: item.skip_reason });
            continue;
        }
        if (typeof item.version !== 'string' || !Array.isArray(item.vulns)) {
            throw new Error(`dependency ${item.name} has no "version" and "vulns"`);
        }
        dependencies.push({ name: item.name, version: item.version, vulns: item.vulns.map(vulnOf(item.name)) });
    }
    return { dependencies, skipped };
}
function vulnOf(name) {
    return (vuln) => {
        if (!isRecord(vuln) || typeof vuln.id !== 'string')
            throw new Error(`a vulnerability of ${name} has no "id"`);
        return {
            id: vuln.id,
            fixVersions: strings(vuln.fix_versions),
            aliases: strings(vuln.aliases),
            description: typeof vuln.description === 'string' ? vuln.description : '',
        };
    };
}
/**
 * Parses `pip list --outdated --format json` (`[{"name", "version", "latest_version", ...}]`).
 * @throws Error saying what is wrong with the text.
 */
function parseOutdated(text) {
    const doc = parseJson(text);
    if (!Array.isArray(doc))
        throw new Error('expected a list of packages');
    return doc.map((item, index) => {
        if (!isRecord(item) ||
            typeof item.name !== 'string' ||
            typeof item.version !== 'string' ||
            typeof item.latest_version !== 'string') {
            throw new Error(`package ${index + 1} needs "name", "version" and "latest_version"`);
        }
        return { name: item.name, version: item.version, latest: item.latest_version };
    });
}
/**
 * How to start pip-audit: installed beside the interpreter (a venv's `bin/`), as its module,
 * else on PATH.
 * @throws ToolMissingError naming the package when none is found.
 */
async function findPipAudit(python, env) {
    const beside = external_node_path_default().join(external_node_path_default().dirname(python), 'pip-audit');
    if (await (0,src/* which */.K7)(beside, env))
        return [beside];
    if (await (0,src_python/* hasModule */.RZ)(python, 'pip_audit', env))
        return [python, '-m', 'pip_audit'];
    const onPath = await (0,src/* which */.K7)('pip-audit', env);
    if (onPath)
        return [onPath];
    throw new src/* ToolMissingError */.hc('pip-audit', PIP_AUDIT_HINT);
}
/**
 * Runs `pip-audit --format json` on the requirement files (relative to `cwd`), or on the
 * interpreter's environment when there are none (PIPAPI_PYTHON_LOCATION names it, for a
 * pip-audit installed elsewhere). pip-audit exits 1 when it finds something: the report counts.
 *
 * @throws ToolRunError when it gives no report.
 */
async function runPipAudit(command, requirements, options) {
    const args = [...command.slice(1), '--format', 'json', ...requirements.flatMap((file) => ['-r', file])];
    const env = requirements.length > 0 ? options.env : { ...options.env, PIPAPI_PYTHON_LOCATION: options.python };
    const run = await runTool(command[0], args, { ...options, env });
    try {
        return parsePipAudit(run.stdout);
    }
    catch (error) {
        throw failed('pip-audit', run, error);
    }
}
/**
 * Runs `python -m pip list --outdated --format json` for the interpreter's environment, with
 * the environment's pip settings (PIP_INDEX_URL ...).
 * @throws ToolRunError when pip fails or prints no list.
 */
async function runPipOutdated(options) {
    const args = ['-m', 'pip', 'list', '--outdated', '--format', 'json', '--disable-pip-version-check'];
    if (options.pre)
        args.push('--pre');
    const run = await runTool(options.python, args, options);
    if (run.exitCode !== 0)
        throw failed('pip list --outdated', run);
    try {
        return parseOutdated(run.stdout);
    }
    catch (error) {
        throw failed('pip list --outdated', run, error);
    }
}
async function runTool(command, args, options) {
    const commandLine = [command, ...args].map((part) => src/* secrets */.O3.redact(part));
    options.log(`$ ${commandLine.join(' ')}`);
    let result;
    try {
        result = await (0,src/* runProcess */.R3)({
            command,
            args,
            cwd: options.cwd,
            env: options.env,
            timeoutMs: options.timeoutMs,
        });
    }
    catch (error) {
        if (error instanceof src/* CommandNotFoundError */.v$)
            throw new ToolRunError(`${command} was not found`, commandLine, '');
        throw error;
    }
    if (result.timedOut) {
        throw new ToolRunError(`timed out after ${Math.round(options.timeoutMs / 60_000)} min`, commandLine, tail(result.stderr));
    }
    return { ...result, command: commandLine };
}
function failed(tool, run, cause) {
    const exit = run.exitCode === null ? `killed by ${run.signal}` : `exit code ${run.exitCode}`;
    const why = cause instanceof Error ? `: ${cause.message}` : '';
    return new ToolRunError(`${tool} gave no report (${exit})${why}`, run.command, tail(run.stderr || run.stdout));
}
function tail(text) {
    return (0,src/* tailUtf8 */.K)(src/* secrets */.O3.redact(text.trimEnd()), 8 * 1024);
}
function parseJson(text) {
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new Error(`not JSON (${error.message})`);
    }
}
function strings(value) {
    return Array.isArray(value) ? value.filter((v) => typeof v === 'string') : [];
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./actions/dependency-audit/src/tracking.ts
/**
 * One tracking issue per repository (per working directory) for scheduled audits, found by
 * the marker its body starts with. Its body ends with a hidden list of what it tracks, so the
 * next run can say what is new since the last one; it is closed when nothing is left.
 */



/** What the issue tracks: vulnerabilities not ignored, expired ignores and outdated packages over the policy. */
function trackedItems(audit, failOnOutdated) {
    return [
        ...audit.vulnerable.map((v) => ({
            key: `vuln:${v.package}:${v.id}`,
            line: `${v.package} ${v.version}: ${v.id} (${severityText(v)})${v.fix ? `, upgrade to ${v.fix}` : ''}`,
        })),
        ...audit.expired.map((e) => ({
            key: `expired:${e.id}`,
            line: `the ignore of ${e.id} expired on ${e.expires} (owner ${e.owner})`,
        })),
        ...audit.outdated
            .filter((p) => outdatedFails(p.kind, failOnOutdated))
            .map((p) => ({
            key: `outdated:${p.name}:${p.latest}`,
            line: `${p.name} ${p.version} → ${p.latest} (${p.kind})`,
        })),
    ];
}
/**
 * Creates, updates or closes the marked issue. An update comments the items new since the
 * last run (all of them when the issue was closed); with nothing to track, an open issue is
 * closed and none is created.
 */
async function syncTrackingIssue(issues, items, options) {
    if (items.length === 0) {
        const closed = await issues.close(options.marker, `All clean as of ${options.today}: nothing left to track.${options.runUrl ? ` ([run](${options.runUrl}))` : ''}`);
        return closed ? { action: 'closed', url: closed.url, added: [] } : { action: 'none', added: [] };
    }
    const previous = await issues.find(options.marker);
    const before = previous?.state === 'open' ? keysOf(previous.body, options.marker) : new Set();
    const added = items.filter((item) => !before.has(item.key));
    const result = await issues.upsert({
        marker: options.marker,
        title: `Dependency audit: ${tracking_plural(items.length, 'open finding')}`,
        body: issueBody(items, options),
        labels: options.labels,
        ...(added.length > 0 && previous
            ? { comment: `New since the last run:\n\n${added.map((i) => `- ${i.line}`).join('\n')}` }
            : {}),
    });
    return { action: result.action, url: result.url, added: added.map((i) => i.key) };
}
/** The issue body: marker, the audit, the run, and the hidden list of tracked keys. */
function issueBody(items, options) {
    const run = options.runUrl ? ` by [this run](${options.runUrl})` : '';
    return [
        (0,src/* commentMarker */.Ql)(options.marker),
        options.markdown.trimEnd(),
        '',
        `_Kept up to date${run} on ${options.today}; closed when all is clean._`,
        `<!-- ${listMarker(options.marker)} ${items.map((i) => i.key).join(' ')} -->`,
        '',
    ].join('\n');
}
/** The keys a previous body tracked; empty when it has no list. */
function keysOf(body, marker) {
    const start = body.lastIndexOf(`<!-- ${listMarker(marker)} `);
    if (start === -1)
        return new Set();
    const end = body.indexOf('-->', start);
    const list = body.slice(start + `<!-- ${listMarker(marker)} `.length, end === -1 ? undefined : end);
    return new Set(list.split(/\s+/).filter(Boolean));
}
function listMarker(marker) {
    return `maint-actions:${marker}:tracked`;
}
/** A host failure is never the audit's: a warning line, whatever the status. */
function describeTrackingFailure(error) {
    return `The tracking issue was not updated: ${(0,src/* describeError */.Uc)(error).message}`;
}
function tracking_plural(n, one) {
    return `${n} ${one}${n === 1 ? '' : 's'}`;
}

;// CONCATENATED MODULE: ./actions/dependency-audit/src/run.ts
/**
 * The dependency-audit action: read or run pip-audit and `pip list --outdated`, rate the
 * vulnerabilities from OSV, apply the ignore list and the policy, write the reports, and keep
 * the tracking issue of scheduled runs.
 */












const SARIF_TOOL = { name: 'maint-actions dependency-audit', version: '1' };
/** The GitLab dependency-scanning report, beside the other report files. */
const DEPENDENCY_SCANNING_FILE = 'gl-dependency-scanning-report.json';
/** Room an issue body leaves for the audit (GitHub allows 65,536 characters). */
const ISSUE_MARKDOWN_CHARS = 60_000;
/** Runs the action (see the spec and dependency-audit/README.md). */
async function run({ platform, inputs }) {
    const startedAt = new Date();
    const workspace = external_node_path_default().resolve(platform.context.workspace);
    const cwd = (0,src/* workingDirectory */.p7)(workspace, inputs.workingDirectory);
    const reportDir = external_node_path_default().resolve(workspace, inputs.reportDir ?? (0,src/* defaultReportDir */.Vh)(workspace, 'dependency-audit'));
    const timeoutMs = timeoutOf(inputs.timeoutMinutes);
    const requirements = requirementFiles(cwd, inputs.requirements);
    const ignores = await loadIgnores(workspace, inputs.ignoreFile);
    const meta = {
        'working-directory': relativeTo(workspace, cwd),
        'fail-on': inputs.failOn,
        'fail-on-outdated': inputs.failOnOutdated,
    };
    const notes = [];
    const needsPython = !inputs.pipAuditReport || (inputs.outdated && !inputs.outdatedReport);
    const python = needsPython
        ? await (0,src_python/* resolvePython */.Lx)({ python: inputs.python, workspace, cwd, env: platform.env })
        : undefined;
    if (python)
        meta.python = python.version;
    const tools = python && {
        python: python.path,
        cwd,
        env: (0,src_python/* activateVenv */.BM)(platform.env, python.path),
        timeoutMs,
        log: (line) => platform.log.debug(line),
    };
    const vulnStarted = performance.now();
    const audited = await auditVulnerabilities(platform, inputs, workspace, requirements, tools, notes);
    const vulnerabilities = audited.result
        ? vulnerabilitiesOf(audited.result, await rate(platform, inputs, audited.result, notes, meta))
        : [];
    const vulnMs = Math.round(performance.now() - vulnStarted);
    const outdatedStarted = performance.now();
    const outdated = await checkOutdated(platform, inputs, workspace, tools);
    const outdatedMs = Math.round(performance.now() - outdatedStarted);
    const today = utcDay(startedAt);
    const audit = buildAudit({
        pipAudit: audited.result,
        vulnerabilities,
        outdated: outdated.packages,
        ignores: ignores.entries,
        today,
    });
    const manifest = await manifestOf(workspace, cwd, requirements);
    const checks = auditChecks(audit, {
        mode: inputs.mode,
        failOn: inputs.failOn,
        failOnOutdated: inputs.failOnOutdated,
        ...(manifest ? { manifest } : {}),
        ...(audited.problem ? { vulnerabilitiesProblem: audited.problem } : {}),
        ...(outdated.problem ? { outdatedProblem: outdated.problem } : {}),
        ...(ignores.file ? { ignoreFile: ignores.file } : {}),
        durationMs: { vulnerabilities: vulnMs, outdated: outdatedMs },
    });
    const report = {
        action: 'dependency-audit',
        title: 'Dependency audit',
        verdict: (0,src/* verdictOf */.Vj)(checks),
        startedAt: startedAt.toISOString(),
        durationMs: Date.now() - startedAt.getTime(),
        checks,
        meta,
    };
    const files = await (0,src/* writeReportFiles */.t4)(report, reportDir, ['json', 'sarif', 'codequality'], {
        tool: SARIF_TOOL,
        codeQuality: { fallbackPath: manifest?.file ?? ignores.file ?? '.maint-actions.yml' },
    });
    const fullReportHint = `\`${relativeTo(workspace, files.json)}\``;
    const lines = checks.map((c) => `**${c.name}**: ${c.summary}`);
    const verdict = report.verdict === 'passed' ? (inputs.mode === 'warn' ? 'reported (warn mode)' : 'passed') : 'failed';
    const markdown = renderAuditMarkdown(audit, { title: report.title, verdict, lines, notes });
    const trackingNote = await trackingIssue(platform, inputs, audit, markdown, today);
    const summaryMarkdown = (0,src/* cutMarkdown */.G$)(markdown + trackingNote, src/* LIMITS */.b1.jobSummaryBytes, 'bytes', `_Cut to fit: the full report is ${fullReportHint}._`);
    await writeAtomic(external_node_path_default().join(reportDir, 'summary.md'), summaryMarkdown);
    const scanning = renderDependencyScanning(audit, {
        file: manifest?.file ?? 'requirements.txt',
        startedAt,
        endedAt: new Date(),
        version: SARIF_TOOL.version,
    });
    await writeAtomic(external_node_path_default().join(reportDir, DEPENDENCY_SCANNING_FILE), `${JSON.stringify(scanning, null, 2)}\n`);
    await platform.writeSummary(summaryMarkdown);
    platform.annotate((0,src/* selectAnnotations */.TT)(report));
    return {
        verdict: report.verdict,
        summary: `Dependency audit ${report.verdict}: ${checks.map((c) => `${c.id}: ${c.summary}`).join('; ')}`,
        outputs: {
            vulnerabilities: String(audit.vulnerable.length),
            'highest-severity': highestSeverity(audit.vulnerable),
            outdated: String(audit.outdated.length),
            report: files.json,
        },
        report,
    };
}
/** pip-audit's report from `pip-audit-report` or from running it; a problem instead when it is missing (warn mode) or broke. */
async function auditVulnerabilities(platform, inputs, workspace, requirements, tools, notes) {
    if (inputs.pipAuditReport) {
        return { result: await readReport(workspace, inputs.pipAuditReport, 'pip-audit-report', parsePipAudit) };
    }
    if (!tools)
        throw new Error('no interpreter to run pip-audit with');
    let command;
    try {
        command = await findPipAudit(tools.python, tools.env);
    }
    catch (error) {
        if (!(error instanceof src/* ToolMissingError */.hc) || inputs.mode !== 'warn')
            throw error;
        const why = 'pip-audit is not installed (pip install pip-audit): vulnerabilities were not audited, this report has outdated packages only.';
        notes.push(why);
        platform.log.warning(why);
        return { problem: { status: 'skipped', summary: 'not audited: pip-audit is not installed' } };
    }
    try {
        return { result: await runPipAudit(command, requirements, tools) };
    }
    catch (error) {
        if (!(error instanceof ToolRunError))
            throw error;
        return {
            problem: {
                status: 'error',
                summary: error.message,
                command: error.command,
                outputTail: error.outputTail,
            },
        };
    }
}
/** Severities from OSV, or undefined (all unknown) when enrichment is off or OSV failed, said in `notes`. */
async function rate(platform, inputs, result, notes, meta) {
    const vulns = vulnerabilitiesOf(result);
    if (!inputs.enrich) {
        meta.severities = 'unknown (enrich: false)';
        if (vulns.length > 0)
            notes.push('Severities are unknown: enrichment is off (`enrich: false`), and `fail-on` counts an unknown severity as critical.');
        return undefined;
    }
    meta.severities = `OSV (${inputs.osvUrl})`;
    if (vulns.length === 0)
        return undefined;
    try {
        return await rateVulnerabilities(vulns, { url: inputs.osvUrl });
    }
    catch (error) {
        const why = `Severities are unknown: ${error.message}. \`fail-on\` counts an unknown severity as critical.`;
        notes.push(why);
        platform.log.warning(why);
        return undefined;
    }
}
/** Outdated packages from `outdated-report` or `pip list --outdated`; a problem when off or broken. */
async function checkOutdated(platform, inputs, workspace, tools) {
    if (!inputs.outdated)
        return { packages: [], problem: { status: 'skipped', summary: 'not checked (`outdated: false`)' } };
    if (inputs.outdatedReport) {
        return { packages: await readReport(workspace, inputs.outdatedReport, 'outdated-report', parseOutdated) };
    }
    if (!tools)
        throw new Error('no interpreter to run pip with');
    try {
        return { packages: await runPipOutdated({ ...tools, pre: inputs.includePreReleases }) };
    }
    catch (error) {
        if (!(error instanceof ToolRunError))
            throw error;
        platform.log.warning(`Outdated packages: ${error.message}`);
        return {
            packages: [],
            problem: {
                status: 'error',
                summary: error.message,
                command: error.command,
                outputTail: error.outputTail,
            },
        };
    }
}
/** Reads and parses a report file named by `input`. @throws ConfigError naming the input. */
async function readReport(workspace, file, input, parse) {
    let text;
    try {
        text = await (0,promises_.readFile)(external_node_path_default().resolve(workspace, file), 'utf8');
    }
    catch {
        throw new src/* ConfigError */.xL(`Input "${input}": ${file} cannot be read; give the path of the report, relative to the repository root.`, { input });
    }
    try {
        return parse(text);
    }
    catch (error) {
        throw new src/* ConfigError */.xL(`Input "${input}": ${file} is not in the expected JSON format: ${error.message}.`, { input });
    }
}
/** Creates, updates or closes the tracking issue when enabled; returns a note for the summary. */
async function trackingIssue(platform, inputs, audit, markdown, today) {
    const enabled = inputs.trackingIssue ?? platform.context.event === 'schedule';
    if (!enabled)
        return '';
    const issues = platform.repoHost(inputs.token)?.issues;
    if (!issues) {
        const why = 'No tracking issue: there is no repository host or token here (set `token`).';
        platform.log.warning(why);
        return `\n> ${why}\n`;
    }
    const workingDirectory = inputs.workingDirectory.replace(/^\.\/?$/, '');
    const marker = `dependency-audit${workingDirectory ? `:${workingDirectory.replace(/[^\w./-]/g, '_').replace(/-{2,}/g, '-')}` : ''}`;
    try {
        const outcome = await syncTrackingIssue(issues, trackedItems(audit, inputs.failOnOutdated), {
            marker,
            markdown: (0,src/* cutMarkdown */.G$)(markdown, ISSUE_MARKDOWN_CHARS, 'chars', '_Cut to fit: see the run for the full report._'),
            labels: inputs.issueLabels,
            today,
            ...(platform.context.runUrl ? { runUrl: platform.context.runUrl } : {}),
        });
        if (outcome.action === 'none')
            return '';
        platform.log.info(`Tracking issue ${outcome.action}${outcome.url ? `: ${outcome.url}` : ''}`);
        return `\n_Tracking issue ${outcome.action}${outcome.url ? `: ${outcome.url}` : ''}._\n`;
    }
    catch (error) {
        const why = describeTrackingFailure(error);
        platform.log.warning(why);
        return `\n> ${why}\n`;
    }
}
/** The requirement files, checked to exist. @throws ConfigError naming `requirements`. */
function requirementFiles(cwd, files) {
    for (const file of files) {
        if (!(0,external_node_fs_.statSync)(external_node_path_default().resolve(cwd, file), { throwIfNoEntry: false })?.isFile()) {
            throw new src/* ConfigError */.xL(`Input "requirements": ${file} is not a file in the working directory.`, {
                input: 'requirements',
            });
        }
    }
    return [...files];
}
/**
 * Where findings point: the first requirement file, else `requirements.txt` of the working
 * directory when there is one, with the line each package is named on.
 */
async function manifestOf(workspace, cwd, requirements) {
    const candidate = external_node_path_default().resolve(cwd, requirements[0] ?? 'requirements.txt');
    if (!(0,external_node_fs_.existsSync)(candidate))
        return undefined;
    const lines = new Map();
    (await (0,promises_.readFile)(candidate, 'utf8')).split('\n').forEach((line, index) => {
        const name = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(line)?.[1];
        if (name && !lines.has(normalizeName(name)))
            lines.set(normalizeName(name), index + 1);
    });
    return { file: relativeTo(workspace, candidate), lines };
}
function timeoutOf(minutes) {
    if (!(minutes > 0)) {
        throw new src/* ConfigError */.xL(`Input "timeout-minutes" must be more than 0 (got ${minutes}).`, {
            input: 'timeout-minutes',
        });
    }
    return minutes * 60_000;
}
/** Writes through a temporary file and a rename, so no reader sees half a file. */
async function writeAtomic(file, content) {
    const temp = external_node_path_default().join(external_node_path_default().dirname(file), `.${external_node_path_default().basename(file)}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`);
    try {
        await (0,promises_.writeFile)(temp, content, { flag: 'wx' });
        await (0,promises_.rename)(temp, file);
    }
    catch (error) {
        await (0,promises_.rm)(temp, { force: true });
        throw error;
    }
}
function relativeTo(workspace, file) {
    return external_node_path_default().relative(workspace, file).split((external_node_path_default()).sep).join('/') || '.';
}


/***/ }),

/***/ 6955:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BM: () => (/* binding */ activateVenv),
/* harmony export */   Lx: () => (/* binding */ resolvePython),
/* harmony export */   RZ: () => (/* binding */ hasModule),
/* harmony export */   SG: () => (/* binding */ findTool),
/* harmony export */   WR: () => (/* binding */ pythonFacts),
/* harmony export */   qb: () => (/* binding */ venvPython)
/* harmony export */ });
/* unused harmony export PROBED_MODULES */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _maint_actions_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2995);
/**
 * The Python interpreter the gates run with: found from the `python` input, asked for its
 * version, and asked which tools (modules) it has.
 */



/**
 * The modules the gates and generate-openapi look for, asked in the same interpreter start as
 * the version: one process instead of one a gate.
 */
const PROBED_MODULES = ['pytest', 'django', 'flake8', 'rest_framework', 'drf_spectacular'];
/** Prints the version, then one line per probed module: its name, a tab and 1 or 0. */
const FACTS_SCRIPT = [
    'import importlib.util, sys',
    'print("%d.%d.%d" % sys.version_info[:3])',
    'for name in sys.argv[1:]: print("%s\\t%d" % (name, importlib.util.find_spec(name) is not None))',
].join('\n');
/**
 * Resolves the interpreter. `auto`: `<cwd>/.venv/bin/python`, then `installVenv`'s
 * `bin/python`, then `python3`, then `python` on PATH. Anything else is a path (when it has a
 * slash) or a command on PATH.
 *
 * @throws ConfigError naming the `python` input when nothing is found or the interpreter does not run.
 */
async function resolvePython(options) {
    const found = options.python === 'auto' ? await findAuto(options) : await findExplicit(options);
    return { path: found, ...(await pythonFacts(found, options.env)) };
}
async function findAuto(options) {
    const venvs = [node_path__WEBPACK_IMPORTED_MODULE_1___default().join(options.cwd, '.venv'), options.installVenv].filter((dir) => dir !== undefined);
    for (const venv of venvs) {
        const candidate = venvPython(venv);
        if (await (0,_maint_actions_core__WEBPACK_IMPORTED_MODULE_2__/* .which */ .K7)(candidate, options.env))
            return candidate;
    }
    for (const command of ['python3', 'python']) {
        const found = await (0,_maint_actions_core__WEBPACK_IMPORTED_MODULE_2__/* .which */ .K7)(command, options.env);
        if (found)
            return found;
    }
    throw new _maint_actions_core__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL('No Python interpreter found (tried .venv/bin/python in the working directory, python3 and python on PATH): set the "python" input to an interpreter.', { input: 'python' });
}
async function findExplicit(options) {
    const value = options.python;
    const candidate = value.includes('/') ? node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(options.workspace, value) : value;
    const found = await (0,_maint_actions_core__WEBPACK_IMPORTED_MODULE_2__/* .which */ .K7)(candidate, options.env);
    if (found)
        return candidate.includes('/') ? candidate : found;
    const where = value.includes('/') ? `${candidate} is not an executable file` : `${value} is not on PATH`;
    throw new _maint_actions_core__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`Input "python" names no interpreter: ${where}.`, { input: 'python' });
}
/** `<venv>/bin/python`. */
function venvPython(venv) {
    return node_path__WEBPACK_IMPORTED_MODULE_1___default().join(venv, 'bin', 'python');
}
/**
 * Asks the interpreter for its version and which of PROBED_MODULES it has, in one start.
 *
 * @throws ConfigError when it does not run.
 */
async function pythonFacts(python, env) {
    const broken = (why) => new _maint_actions_core__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`Input "python": ${python} does not run (${why}); set it to a working interpreter.`, {
        input: 'python',
    });
    let result;
    try {
        result = await (0,_maint_actions_core__WEBPACK_IMPORTED_MODULE_2__/* .runProcess */ .R3)({
            command: python,
            args: ['-c', FACTS_SCRIPT, ...PROBED_MODULES],
            env,
            timeoutMs: 60_000,
        });
    }
    catch (error) {
        if (error instanceof _maint_actions_core__WEBPACK_IMPORTED_MODULE_2__/* .CommandNotFoundError */ .v$)
            throw broken('not found');
        throw error;
    }
    const [version = '', ...lines] = result.stdout.trim().split('\n');
    if (result.exitCode !== 0 || !/^\d+\.\d+\.\d+$/.test(version.trim())) {
        throw broken(result.stderr.trim().split('\n').pop() || `exit code ${result.exitCode}`);
    }
    const modules = new Map();
    for (const line of lines) {
        const [name = '', found] = line.trim().split('\t');
        modules.set(name, found === '1');
    }
    return { version: version.trim(), modules };
}
/**
 * True when `module` can be imported by the interpreter (found by `importlib.util.find_spec`, not
 * imported). A probed module of a resolved interpreter is answered without starting it again.
 */
async function hasModule(python, module, env) {
    const known = typeof python === 'string' ? undefined : python.modules.get(module);
    if (known !== undefined)
        return known;
    const command = typeof python === 'string' ? python : python.path;
    const script = 'import importlib.util, sys; sys.exit(0 if importlib.util.find_spec(sys.argv[1]) else 1)';
    const result = await (0,_maint_actions_core__WEBPACK_IMPORTED_MODULE_2__/* .runProcess */ .R3)({ command, args: ['-c', script, module], env, timeoutMs: 60_000 });
    return result.exitCode === 0;
}
/**
 * An executable installed beside the interpreter (a venv's `bin/`), else on PATH; undefined when
 * neither has it.
 */
async function findTool(python, tool, env) {
    const beside = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(python), tool);
    if (await (0,_maint_actions_core__WEBPACK_IMPORTED_MODULE_2__/* .which */ .K7)(beside, env))
        return beside;
    return (0,_maint_actions_core__WEBPACK_IMPORTED_MODULE_2__/* .which */ .K7)(tool, env);
}
/**
 * The environment with the interpreter's venv activated (its `bin/` first on PATH, VIRTUAL_ENV
 * set) when the interpreter is a venv's, so custom gates and tools find what it installed;
 * `env` unchanged otherwise.
 */
function activateVenv(env, python) {
    const venv = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(python));
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(venv, 'pyvenv.cfg')))
        return env;
    const bin = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(python);
    return { ...env, VIRTUAL_ENV: venv, PATH: [bin, env.PATH].filter(Boolean).join((node_path__WEBPACK_IMPORTED_MODULE_1___default().delimiter)) };
}


/***/ }),

/***/ 6058:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ spec),
/* harmony export */   J: () => (/* binding */ GATES)
/* harmony export */ });
/* harmony import */ var _maint_actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2995);

/** The built-in gates, in the order they are reported. */
const GATES = [
    'pytest',
    'import-linter',
    'django-check',
    'migrations',
    'lint',
    'change-flow',
];
const spec = (0,_maint_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .defineAction */ .QP)({
    name: 'quality-gates',
    title: 'Quality gates',
    description: 'Run the quality gates of a Django service (pytest, import-linter, manage.py check, migrations drift, lint and custom gates) in parallel and report them as one.',
    branding: { icon: 'check-circle', color: 'green' },
    inputs: {
        gates: {
            type: 'list',
            description: 'Built-in gates to run, comma-separated: `pytest`, `import-linter`, `django-check`, `migrations`, `lint`, `change-flow` (the PR/MR checks: description sections, docs for API changes, deployment notes for migrations). Unset: the gates the policy runs, else the default.',
            default: ['pytest', 'import-linter', 'django-check', 'migrations'],
            values: GATES,
        },
        warn: {
            type: 'list',
            description: 'Gates that only warn: their failures are reported but do not fail the verdict, and a missing tool makes them skipped instead of a configuration error. Names from `gates` or custom gates; they add to the gates the policy makes warn.',
            default: [],
        },
        enforce: {
            type: 'list',
            description: 'Built-in gates that fail the verdict even where the policy makes them warn (or turns them off), comma-separated.',
            default: [],
            values: GATES,
        },
        policy: {
            type: 'string',
            description: "Quality policy: a preset (`relaxed`, `standard`, `strict`) or the path of a policy file relative to the workspace, such as `./.platform/policy.yml`. It sets each gate's mode and the thresholds `django-check-fail-level`, `django-check-deploy` and `required-sections` where the inputs leave them unset. Unset: the top-level `policy:` of `.maint-actions.yml`; without one, no policy.",
        },
        'custom-gates': {
            type: 'string',
            description: 'Extra gates, one per line as `name: command`. Each command is run with `sh -c` in the working directory; it passes when it exits 0.',
        },
        'working-directory': {
            type: 'path',
            description: 'Directory of the Django project (where `manage.py` is), relative to the repository root.',
            default: '.',
        },
        python: {
            type: 'string',
            description: 'Python interpreter. `auto` uses `.venv/bin/python` in the working directory, then the venv made by `install`, then `python3`/`python` on PATH.',
            default: 'auto',
        },
        'settings-module': {
            type: 'string',
            description: 'Django settings module (`DJANGO_SETTINGS_MODULE`) for every gate. Unset: the project default.',
        },
        install: {
            type: 'path',
            description: 'Requirements file(s) or `pyproject.toml` to install into a cached virtualenv before the gates run, comma-separated. The venv is restored from the CI cache by a key of the Python version and the files hash.',
        },
        concurrency: {
            type: 'number',
            description: 'How many gates run at once. 0 means the number of CPUs.',
            default: 0,
        },
        'timeout-minutes': {
            type: 'number',
            description: 'Timeout of each gate, in minutes; the gate process tree is killed when it runs out.',
            default: 30,
        },
        'pytest-args': {
            type: 'string',
            description: 'Extra arguments for pytest, split like a shell would split them (no shell runs).',
        },
        'django-check-deploy': {
            type: 'boolean',
            description: 'Run `manage.py check --deploy` (the deployment checklist).',
            default: false,
        },
        'django-check-fail-level': {
            type: 'enum',
            description: 'Message level that fails `manage.py check` (its `--fail-level`).',
            default: 'ERROR',
            values: ['CRITICAL', 'ERROR', 'WARNING', 'INFO', 'DEBUG'],
        },
        'lint-tool': {
            type: 'enum',
            description: 'Linter for the `lint` gate: `auto` picks ruff when configured, then flake8.',
            default: 'auto',
            values: ['auto', 'ruff', 'flake8'],
        },
        'shard-index': {
            type: 'number',
            description: 'This shard (1-based) when pytest is split across jobs. On GitLab `CI_NODE_INDEX` of `parallel:` is used when unset.',
        },
        'shard-total': {
            type: 'number',
            description: 'Number of shards. On GitLab `CI_NODE_TOTAL` of `parallel:` is used when unset.',
        },
        mode: {
            type: 'enum',
            description: '`run` runs the gates; `merge` combines the JUnit files of shards (`merge-files`) into one report.',
            default: 'run',
            values: ['run', 'merge'],
        },
        'merge-files': {
            type: 'string',
            description: 'In `merge` mode: JUnit files or glob patterns of the shards, comma- or newline-separated.',
        },
        'pr-body': {
            type: 'string',
            description: "For `change-flow`: the PR/MR description. Unset: the event payload's `pull_request.body` on GitHub, `CI_MERGE_REQUEST_DESCRIPTION` on GitLab.",
        },
        'pr-labels': {
            type: 'list',
            description: "For `change-flow`: the PR/MR labels, comma-separated. Unset: the event payload's labels on GitHub, `CI_MERGE_REQUEST_LABELS` on GitLab.",
        },
        'base-ref': {
            type: 'string',
            description: 'For `change-flow`: the branch or commit the change is compared with. Unset: the PR base / MR target branch; outside a PR/MR the gate is skipped.',
        },
        'required-sections': {
            type: 'list',
            description: 'For `change-flow`: the sections (`##` or `###` headings, any case) the PR/MR description must fill.',
            default: ['Summary', 'Tests run', 'Risks'],
        },
        schema: {
            type: 'path',
            description: 'For `change-flow`: the committed OpenAPI schema, relative to the working directory; a change to it means the API changed.',
            default: 'schema.yml',
        },
        'api-changes': {
            type: 'number',
            description: 'For `change-flow`: the `changes` output of generate-openapi; more than 0 means the API changed.',
        },
        'docs-paths': {
            type: 'list',
            description: 'For `change-flow`: where the documentation lives, relative to the repository root; an API change must change a file there.',
            default: ['docs/'],
        },
        'waive-label': {
            type: 'string',
            description: 'For `change-flow`: a PR/MR label that waives the docs requirement of an API change.',
            default: 'no-docs-needed',
        },
        'report-dir': {
            type: 'path',
            description: 'Directory for the reports (JSON, JUnit, Code Quality, SARIF, summary). Default `.maint-actions/reports/quality-gates`.',
        },
    },
    outputs: {
        status: { description: '`passed` or `failed`.' },
        'failed-gates': { description: 'Comma-separated names of the enforced gates that failed.' },
        report: { description: 'Path of the JSON report.' },
        junit: { description: 'Path of the JUnit XML report.' },
        summary: { description: 'One line, such as `4 gates: 3 passed, 1 failed (pytest)`.' },
    },
});


/***/ })

};

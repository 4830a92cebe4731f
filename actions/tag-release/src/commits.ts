/**
 * Conventional commits (conventionalcommits.org 1.0.0) as they reach a release: plain commits,
 * squash merges with the pull request number (`feat: x (#12)`), GitHub merge commits
 * (`Merge pull request #12 from ...` with the title below), GitLab merge commits (`Merge branch
 * ... into ...` with `See merge request group/project!12`), reverts, and messages that follow no
 * convention at all. Pure: no git here.
 */

/** A footer (git trailer) such as `Refs: #12` or `BREAKING CHANGE: the v1 API is gone`. */
export interface Footer {
  readonly token: string;
  readonly value: string;
}

export interface ParsedCommit {
  readonly sha: string;
  /** `feat`, `fix` ... in lower case; `revert` for `Revert "..."`; undefined when the message is not conventional. */
  readonly type: string | undefined;
  readonly scope: string | undefined;
  /** What the change does: the header's description, or the whole first line of a non-conventional message. */
  readonly subject: string;
  readonly body: string;
  readonly footers: readonly Footer[];
  /** The breaking change note (a `BREAKING CHANGE` footer), or the subject for a bare `!`; undefined when not breaking. */
  readonly breaking: string | undefined;
  /** The pull (GitHub) or merge request (GitLab) number the commit came from. */
  readonly change: number | undefined;
  /** A merge commit: it stands for the commits it merged when its title is conventional. */
  readonly merge: boolean;
  /** `Deploy-Notes:` trailers and `## Deployment notes` sections of the message. */
  readonly deployNotes: readonly string[];
}

const HEADER =
  /^(?<type>[A-Za-z][A-Za-z0-9_-]*)(?:\((?<scope>[^()\r\n]*)\))?(?<bang>!)?:[ \t]+(?<subject>\S.*)$/;
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
export function parseCommit(sha: string, message: string): ParsedCommit {
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
function parseSingle(sha: string, first: string, rest: string): ParsedCommit {
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

function emptyCommit(sha: string, subject: string): ParsedCommit {
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
function splitFooters(text: string): { body: string; footers: Footer[] } {
  const paragraphs = text.split(/\n[ \t]*\n/);
  const last = paragraphs.at(-1) ?? '';
  const lines = last.split('\n');
  if (!FOOTER_LINE.test(lines[0] ?? '')) return { body: text, footers: [] };
  // Each footer's lines are gathered and joined once: joining as they come copies the value
  // again for every line, which grows with the square of a long footer.
  const gathered: { token: string; lines: string[] }[] = [];
  for (const line of lines) {
    const m = FOOTER_LINE.exec(line);
    if (m?.groups) gathered.push({ token: m.groups.token ?? '', lines: [m.groups.value ?? ''] });
    else gathered.at(-1)?.lines.push(line);
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
function deploymentNotes(body: string, footers: readonly Footer[]): string[] {
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
    if (section) notes.unshift(section);
  }
  return notes;
}

/** A commit of the range with its parents, as `git log --format=%H %P` gives them. */
export interface CommitNode {
  readonly sha: string;
  readonly parents: readonly string[];
  readonly message: string;
}

/**
 * The commits a release is made of: each merge commit with a conventional title stands for the
 * commits it merged (which are left out, so a pull request is listed once); other merge commits
 * are left out (their commits stand for themselves). Order is kept (newest first, as git logs).
 */
export function releaseCommits(nodes: readonly CommitNode[]): ParsedCommit[] {
  const bySha = new Map(nodes.map((n) => [n.sha, n]));
  const parsed = nodes.map((n) => parseCommit(n.sha, n.message));
  const covered = new Set<string>();
  for (const [i, commit] of parsed.entries()) {
    const node = nodes[i] as CommitNode;
    if (!commit.merge || commit.type === undefined || node.parents.length < 2) continue;
    const mainline = ancestors(bySha, [node.parents[0] as string]);
    for (const sha of ancestors(bySha, node.parents.slice(1))) if (!mainline.has(sha)) covered.add(sha);
  }
  return parsed.filter((c) => !covered.has(c.sha) && (!c.merge || c.type !== undefined));
}

/** `from` and their ancestors within the range (commits outside it are not followed). */
function ancestors(bySha: ReadonlyMap<string, CommitNode>, from: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const stack = [...from];
  while (stack.length > 0) {
    const sha = stack.pop() as string;
    const node = bySha.get(sha);
    if (!node || seen.has(sha)) continue;
    seen.add(sha);
    stack.push(...node.parents);
  }
  return seen;
}

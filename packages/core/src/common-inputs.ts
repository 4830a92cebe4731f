/**
 * Inputs that several actions declare alike, declared once: a spec spreads or places them among
 * its own inputs, with its own words where the use differs (see spec.ts for the fields). The
 * inputs of the project's Python (`working-directory`, `python`) are in packages/python-env.
 */
import { ConfigError } from './errors';
import type { IssueTracker, Platform } from './platform';

/** What the host token of an issue or comment is for, as its description says it. */
export interface HostTokenUse {
  /** What the token is for, such as `the review issue`. */
  readonly for: string;
  /** The job token's permission GitHub needs, such as `issues: write`. */
  readonly permission: string;
  /** What happens without a token, such as `the issue is skipped and the summary says so`. */
  readonly without?: string;
}

/**
 * `token`: the repository host's token, a secret, the job token by default on GitHub (elsewhere
 * unset unless given). `use` is the description, or what the token is for in the usual words.
 */
export function hostTokenInput(use: string | HostTokenUse) {
  const description =
    typeof use === 'string'
      ? use
      : `Token for ${use.for}. GitHub: the job token by default (needs \`${use.permission}\`). GitLab: a project access token with \`api\` scope.${use.without ? ` Without one ${use.without}.` : ''}`;
  return {
    type: 'string',
    description,
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, written into action.yml as is
    githubDefault: '${{ github.token }}',
    secret: true,
  } as const;
}

/**
 * `labels` and `token` of an action that keeps one issue (such as the quarter's access review):
 * the issue's labels, default `labels`, and the host token for it; without a token the issue is
 * skipped and the summary says so.
 */
export function issueInputs(issue: string, labels: readonly string[]) {
  return {
    labels: { type: 'list', description: `Labels of ${issue}, comma-separated.`, default: labels },
    token: hostTokenInput({
      for: issue,
      permission: 'issues: write',
      without: 'the issue is skipped and the summary says so',
    }),
  } as const;
}

/**
 * The host's issue tracker for the `token` input, or, without a host or a token, why not (already
 * logged as a warning) for the summary: `No <issue>: there is no repository host or token here (set \`token\`).`
 */
export function issueTracker(
  platform: Pick<Platform, 'repoHost' | 'log'>,
  token: string | undefined,
  issue: string,
): { readonly issues: IssueTracker } | { readonly why: string } {
  const issues = platform.repoHost(token)?.issues;
  if (issues) return { issues };
  const why = `No ${issue}: there is no repository host or token here (set \`token\`).`;
  platform.log.warning(why);
  return { why };
}

/** The author of the commits and annotated tags maint-actions makes unless `git-author` says otherwise. */
export const DEFAULT_GIT_AUTHOR = 'maint-actions <maint-actions@users.noreply.github.com>';

/** `git-author`: `Name <email>`, default `DEFAULT_GIT_AUTHOR`. */
export function gitAuthorInput(description: string) {
  return { type: 'string', description, default: DEFAULT_GIT_AUTHOR } as const;
}

export interface GitAuthor {
  readonly name: string;
  readonly email: string;
}

/** The `git-author` input, `Name <email>`, as name and email. @throws ConfigError naming `git-author`. */
export function parseGitAuthor(text: string): GitAuthor {
  const m = /^([^<>\n]+?)\s*<([^<>\s]+@[^<>\s]+)>$/.exec(text.trim());
  if (!m) {
    throw new ConfigError(`Input "git-author" must be "Name <email>" (got ${JSON.stringify(text)}).`, {
      input: 'git-author',
    });
  }
  return { name: m[1] as string, email: m[2] as string };
}

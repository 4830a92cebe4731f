import { FakePlatform } from '@maint-actions/testing';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_GIT_AUTHOR,
  gitAuthorInput,
  hostTokenInput,
  issueInputs,
  issueTracker,
  parseGitAuthor,
} from './common-inputs';
import { ConfigError } from './errors';

describe('hostTokenInput', () => {
  it('is a secret with the job token as its GitHub default', () => {
    const input = hostTokenInput('Token for the release. Secret.');
    expect(input).toEqual({
      type: 'string',
      description: 'Token for the release. Secret.',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the GitHub expression written into action.yml
      githubDefault: '${{ github.token }}',
      secret: true,
    });
  });

  it('says what the token is for, the permission it needs and what happens without one', () => {
    expect(hostTokenInput({ for: 'the tracking issue', permission: 'issues: write' }).description).toBe(
      'Token for the tracking issue. GitHub: the job token by default (needs `issues: write`). GitLab: a project access token with `api` scope.',
    );
    expect(
      hostTokenInput({
        for: 'the checklist issue',
        permission: 'issues: write',
        without: 'no issue is opened',
      }).description,
    ).toMatch(/`api` scope\. Without one no issue is opened\.$/);
  });
});

describe('issueInputs', () => {
  it('gives the labels of the issue with their default and its token', () => {
    const inputs = issueInputs('the alert issue', ['usage-alert']);
    expect(inputs.labels).toEqual({
      type: 'list',
      description: 'Labels of the alert issue, comma-separated.',
      default: ['usage-alert'],
    });
    expect(inputs.token.secret).toBe(true);
    expect(inputs.token.description).toMatch(
      /^Token for the alert issue\. .* Without one the issue is skipped and the summary says so\.$/,
    );
  });
});

describe('git-author', () => {
  it('defaults to the maint-actions author and parses Name <email>', () => {
    expect(gitAuthorInput('The tagger.').default).toBe(DEFAULT_GIT_AUTHOR);
    expect(parseGitAuthor(DEFAULT_GIT_AUTHOR)).toEqual({
      name: 'maint-actions',
      email: 'maint-actions@users.noreply.github.com',
    });
    expect(parseGitAuthor('  Ada Lovelace<ada@example.com> ')).toEqual({
      name: 'Ada Lovelace',
      email: 'ada@example.com',
    });
  });

  it('names the input when the value is not Name <email>', () => {
    expect(() => parseGitAuthor('ada@example.com')).toThrow(ConfigError);
    expect(() => parseGitAuthor('ada@example.com')).toThrow(
      'Input "git-author" must be "Name <email>" (got "ada@example.com").',
    );
  });
});

describe('issueTracker', () => {
  it("gives the host's issues for the token", () => {
    const platform = new FakePlatform();
    const tracker = issueTracker(platform, 'token-1', 'review issue');
    expect(tracker).toEqual({ issues: platform.repoHost('token-1')?.issues });
    expect(platform.lines).toEqual([]);
  });

  it('says why there is no issue, as a warning, where there is no host or token', () => {
    const platform = new FakePlatform();
    platform.repoHost = () => undefined;
    const why = 'No alert issue: there is no repository host or token here (set `token`).';
    expect(issueTracker(platform, undefined, 'alert issue')).toEqual({ why });
    expect(platform.lines).toEqual([{ level: 'warning', message: why }]);
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { git, gitFixture, type Temp, tempDir } from './test-support';
import { resolveVersion, stripV } from './version';

let temp: Temp;
let workspace: string;
const env = { PATH: process.env.PATH };

beforeEach(async () => {
  temp = await tempDir('publish-schema-version-');
  workspace = (await gitFixture(temp.dir)).workspace;
});
afterEach(async () => temp.cleanup());

describe('resolveVersion', () => {
  it('takes the tag of the current commit, without its v', async () => {
    await git(workspace, 'tag', 'v1.4.2');
    expect(await resolveVersion(undefined, workspace, env, undefined)).toEqual({
      version: '1.4.2',
      tag: 'v1.4.2',
    });
  });

  it('prefers the input, and keeps the tag when it names the same version', async () => {
    await git(workspace, 'tag', 'v1.4.2');
    expect(await resolveVersion('1.4.2', workspace, env, undefined)).toEqual({
      version: '1.4.2',
      tag: 'v1.4.2',
    });
    expect(await resolveVersion('2.0.0', workspace, env, undefined)).toEqual({
      version: '2.0.0',
      tag: 'v2.0.0',
    });
  });

  it('falls back on the tag the CI builds when the checkout has no tags', async () => {
    expect(await resolveVersion(undefined, workspace, env, 'v3.1.0')).toEqual({
      version: '3.1.0',
      tag: 'v3.1.0',
    });
    expect(await resolveVersion(undefined, workspace, env, 'release-7')).toEqual({
      version: 'release-7',
      tag: 'release-7',
    });
  });

  it('prefers the tag on the commit over the one the CI names', async () => {
    await git(workspace, 'tag', 'v1.4.2');
    expect(await resolveVersion(undefined, workspace, env, 'v9.9.9')).toEqual({
      version: '1.4.2',
      tag: 'v1.4.2',
    });
  });

  it('names the version input when there is neither input nor tag', async () => {
    await expect(resolveVersion(undefined, workspace, env, undefined)).rejects.toThrow(
      'Input "version" is not set and the current commit has no tag: set "version", or run on a tag.',
    );
    await expect(resolveVersion(undefined, temp.dir, env, undefined)).rejects.toMatchObject({
      input: 'version',
    });
  });

  it('refuses a version that is not a safe path segment', async () => {
    for (const bad of ['../1.0.0', '1.0/0', 'latest', ' 1.0.0', '1..0']) {
      await expect(resolveVersion(bad, workspace, env, undefined)).rejects.toThrow(
        /^Input "version" must be a version such as 1\.4\.2/,
      );
    }
  });
});

describe('stripV', () => {
  it('drops a v before a digit only', () => {
    expect(stripV('v1.0.0')).toBe('1.0.0');
    expect(stripV('version-1')).toBe('version-1');
  });
});

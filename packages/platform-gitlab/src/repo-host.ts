/**
 * The repository host on GitLab (REST v4): the sticky note on this pipeline's merge request,
 * generic package files, tracking issues and releases. A project or personal access token
 * (`PRIVATE-TOKEN`) can do all; the job token (`CI_JOB_TOKEN`) can publish packages only.
 */
import type {
  ChangeRequestComments,
  CommentOutcome,
  HostFile,
  HostFiles,
  Logger,
  RepoHost,
} from '@maint-actions/core';
import { commentMarker, hasMarker, markedComments } from '@maint-actions/core';
import { type GitLabApi, GitLabApiError, gitlabApi, projectId } from './api';
import { gitlabIssues } from './issues';
import { gitlabReleases } from './releases';

type Env = Readonly<Record<string, string | undefined>>;

/** Why a note was skipped when GitLab answered 401, 403 or 404. */
export const NOTE_REFUSED_REASON =
  'the token cannot write to this merge request (a project access token with the api scope is needed)';

/** Why a note is skipped when only the job token is there. */
export const JOB_TOKEN_REASON =
  'CI_JOB_TOKEN cannot write merge request notes: give a project access token with the api scope';

/** A note as `GET /projects/:id/merge_requests/:iid/notes` documents it (the fields read here). */
interface Note {
  readonly id: number;
  readonly body: string;
  readonly system: boolean;
}

/** A package of `GET /projects/:id/packages` and a file of its `package_files`. */
interface Package {
  readonly id: number;
  readonly name: string;
  readonly version: string;
}
interface PackageFile {
  readonly id: number;
  readonly file_name: string;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Comments that are always skipped, for the reason given (logged once per call). */
function refusedNotes(reason: string, log: Logger): ChangeRequestComments {
  const skip = async (marker: string): Promise<CommentOutcome> => {
    commentMarker(marker);
    log.info(`Skipped the merge request note "${marker}": ${reason}`);
    return { status: 'skipped', reason };
  };
  return { upsert: (marker) => skip(marker), remove: (marker) => skip(marker) };
}

function mergeRequestNotes(
  api: GitLabApi,
  project: string,
  iid: number,
  webUrl: string | undefined,
  log: Logger,
): ChangeRequestComments {
  const notesPath = `/projects/${project}/merge_requests/${iid}/notes`;
  const noteUrl = (id: number) => (webUrl ? `${webUrl}/-/merge_requests/${iid}#note_${id}` : undefined);

  return markedComments({
    /** The oldest user note whose first line is the marker. */
    async find(marker) {
      const notes = await api.paginate<Note>(`${notesPath}?sort=asc&order_by=created_at`);
      const note = notes.find((n) => !n.system && hasMarker(n.body, marker));
      return note && { id: note.id, body: note.body, url: noteUrl(note.id) };
    },
    async create(body) {
      const created = await api.request<Note>('POST', notesPath, { body });
      return noteUrl(created.id);
    },
    async update(id, body) {
      await api.request<Note>('PUT', `${notesPath}/${id}`, { body });
      return noteUrl(id);
    },
    async delete(id) {
      await api.request('DELETE', `${notesPath}/${id}`);
    },
    skipped(marker, error) {
      const refused = error instanceof GitLabApiError && [401, 403, 404].includes(error.status);
      const reason = refused ? NOTE_REFUSED_REASON : `GitLab API error: ${messageOf(error)}`;
      const detail = refused ? ` (${messageOf(error)})` : '';
      log.warning(`Skipped the merge request note "${marker}": ${reason}${detail}`);
      return { status: 'skipped', reason };
    },
  });
}

function genericPackages(api: GitLabApi, project: string, apiUrl: string): HostFiles {
  const filePath = (file: HostFile) =>
    `/projects/${project}/packages/generic/${[file.packageName, file.version, file.fileName].map(encodeURIComponent).join('/')}`;

  /** Deletes the files named like `file` from its package (when the namespace refuses duplicates). */
  async function deleteExisting(file: HostFile): Promise<void> {
    const query = new URLSearchParams({
      package_type: 'generic',
      package_name: file.packageName,
      package_version: file.version,
    });
    const packages = await api.paginate<Package>(`/projects/${project}/packages?${query}`);
    for (const pkg of packages.filter((p) => p.name === file.packageName && p.version === file.version)) {
      const files = await api.paginate<PackageFile>(`/projects/${project}/packages/${pkg.id}/package_files`);
      for (const old of files.filter((f) => f.file_name === file.fileName)) {
        await api.request('DELETE', `/projects/${project}/packages/${pkg.id}/package_files/${old.id}`);
      }
    }
  }

  return {
    async publish(file) {
      const upload = () => api.upload(filePath(file), file.content, file.contentType);
      try {
        await upload();
      } catch (error) {
        const duplicate =
          error instanceof GitLabApiError &&
          error.status === 400 &&
          /duplicate/i.test(error.gitlabMessage ?? '');
        if (!duplicate) throw error;
        await deleteExisting(file);
        await upload();
      }
      return `${apiUrl}${filePath(file)}`;
    },
  };
}

export interface GitlabRepoHostOptions {
  /** Job variables: CI_API_V4_URL, CI_PROJECT_ID/CI_PROJECT_PATH, CI_JOB_TOKEN, CI_MERGE_REQUEST_*. */
  readonly env: Env;
  /** The merge request of this pipeline (CI_MERGE_REQUEST_IID); without it there is no `changeRequest`. */
  readonly changeNumber?: number;
  /** Where a skipped note is reported. */
  readonly log: Logger;
}

/**
 * The GitLab RepoHost, or undefined without `CI_API_V4_URL`, a project (`CI_PROJECT_ID`, else
 * `CI_PROJECT_PATH`) or any token. With `token` (PRIVATE-TOKEN): notes on the merge request (in
 * its own project, `CI_MERGE_REQUEST_PROJECT_ID`, which a fork's pipeline differs from) and
 * generic packages. Without it, `CI_JOB_TOKEN` (JOB-TOKEN) publishes packages and notes are
 * skipped with the reason. A package file of the same name is replaced: GitLab serves the newest
 * one, and where the namespace refuses duplicates the old file is deleted first. `issues`
 * (./issues) and `releases` (./releases) need `token` (the job token can create neither issues
 * nor tags); their refusals are HostApiErrors that say the token needs the api scope.
 */
export function createGitlabRepoHost(
  token: string | undefined,
  options: GitlabRepoHostOptions,
): RepoHost | undefined {
  const { env, changeNumber, log } = options;
  const apiUrl = env.CI_API_V4_URL?.replace(/\/+$/, '');
  const projectRef = env.CI_PROJECT_ID || env.CI_PROJECT_PATH;
  const jobToken = env.CI_JOB_TOKEN;
  if (!apiUrl || !projectRef || !(token || jobToken)) return undefined;
  const api = token
    ? gitlabApi({ baseUrl: apiUrl, token })
    : gitlabApi({ baseUrl: apiUrl, token: jobToken ?? '', tokenType: 'job' });
  const project = projectId(projectRef);
  const files = genericPackages(api, project, apiUrl);
  if (!token) {
    return changeNumber === undefined
      ? { files }
      : { changeRequest: refusedNotes(JOB_TOKEN_REASON, log), files };
  }
  const host = { files, issues: gitlabIssues(api, project), releases: gitlabReleases(api, project, files) };
  if (changeNumber === undefined) return host;
  const notesProject = projectId(env.CI_MERGE_REQUEST_PROJECT_ID || projectRef);
  const webUrl = env.CI_MERGE_REQUEST_PROJECT_URL || env.CI_PROJECT_URL || undefined;
  return { ...host, changeRequest: mergeRequestNotes(api, notesProject, changeNumber, webUrl, log) };
}

/** What every target does: tell what it holds, then publish. */

import type { Decision, Publication } from '../site';
import type { TargetName } from '../spec';

/** What publishing did on one target. */
export interface TargetOutcome {
  /** `unchanged` when the target turned out to hold the schema already (a retry can find that). */
  readonly status: 'published' | 'unchanged';
  /** One line for the report, such as `8 files, latest moved`. */
  readonly detail: string;
  /** The browsable reference of the version, when the target gives a URL. */
  readonly url?: string;
}

export interface Target {
  readonly id: TargetName;
  /** For the report, such as `S3 s3://bucket/schemas`. */
  readonly name: string;
  /** Path or URL of the target's `index.json`; undefined for a target without one. */
  readonly index: string | undefined;
  /** The URL of a version's HTML reference, for targets reachable by URL. */
  referenceUrl?(version: string): string;
  /**
   * Reads what the target has published and decides; undefined when the target cannot tell (a
   * release keeps no index).
   */
  inspect(publication: Publication): Promise<Decision | undefined>;
  /** Publishes (called after `inspect`, when it did not answer `unchanged` or `conflict`). */
  publish(publication: Publication): Promise<TargetOutcome>;
  /** Removes temporary files and the like; never throws. */
  close?(): Promise<void>;
}

/** The version is published already with another schema: the user must bump the version. */
export class VersionConflictError extends Error {
  override readonly name = 'VersionConflictError';
  constructor(version: string, publishedSha256: string, sha256: string) {
    super(
      `version ${version} is already published with other content (sha256 ${publishedSha256.slice(0, 12)}, this schema ${sha256.slice(0, 12)}): bump the version to publish it`,
    );
  }
}

/** Stable fingerprints of findings, shared by the Code Quality and SARIF renderers. Internal. */
import { createHash } from 'node:crypto';
import type { Check, Finding } from '../report';

/**
 * A function giving each finding the SHA-256 (hex) of its check id, rule, file, line and
 * message. Findings alike in all of these are told apart by their order (the second gets `#2`
 * in its hash), so fingerprints are unique within a report and stable across runs that find
 * the same things. Call it on the findings in report order.
 */
export function createFingerprinter(): (check: Check, finding: Finding) => string {
  const seen = new Map<string, number>();
  return (check, finding) => {
    const key = JSON.stringify([
      check.id,
      finding.rule ?? '',
      finding.file ?? '',
      finding.line ?? 0,
      finding.message,
    ]);
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return createHash('sha256')
      .update(n === 1 ? key : `${key}#${n}`)
      .digest('hex');
  };
}

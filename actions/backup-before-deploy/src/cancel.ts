/**
 * What a cancelled backup or restore must not leave behind. CI runners end a job with signals
 * (GitHub: SIGINT, then SIGTERM 7.5 s later, then SIGKILL; GitLab: SIGTERM, then SIGKILL), and
 * Node's default for them is to exit on the spot: password files, a partial dump and running
 * dump tools would stay. While a run is guarded, those signals instead end every tool, run the
 * clean-ups registered (password files, the partial backup), let the run report its failure,
 * and exit with 128 + the signal number, as a shell does.
 */
import { constants } from 'node:os';

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
type Signal = (typeof SIGNALS)[number];

/** Raised in the run when a signal ended it. */
export class CancelledError extends Error {
  override readonly name = 'CancelledError';
  constructor(readonly signal: Signal) {
    super(`cancelled by ${signal}`);
  }
}

type CleanUp = () => void | Promise<void>;

let controller = new AbortController();
const cleanUps = new Set<CleanUp>();
let guards = 0;
let exiting = false;

/** Aborted when a guarded run receives SIGINT, SIGTERM or SIGHUP: every tool listens to it. */
export function cancelSignal(): AbortSignal {
  return controller.signal;
}

/** Registers `cleanUp` to run if the run is cancelled; returns its removal. */
export function onCancel(cleanUp: CleanUp): () => void {
  cleanUps.add(cleanUp);
  return () => {
    cleanUps.delete(cleanUp);
  };
}

/** Longest wait for the clean-ups (an S3 delete) before exiting anyway: well inside GitHub's 7.5 s. */
const CLEANUP_DEADLINE_MS = 5000;
/**
 * Longest time from the signal to the exit, whatever still runs: inside GitHub's 10 s between
 * SIGINT and SIGKILL (SIGTERM comes at 7.5 s and is ignored by then).
 */
const EXIT_DEADLINE_MS = 8000;

async function cancel(signal: Signal): Promise<void> {
  if (exiting) return;
  exiting = true;
  const started = Date.now();
  const code = 128 + (constants.signals[signal] ?? 15);
  // The run unwinds on the abort and reports its failure (the error line, the summary) as it
  // goes, so the process exits once nothing is left to run, with the signal's code whatever the
  // run set (a failed verdict sets 1). Through process.exit, never a natural exit: that one
  // closes the signal handlers first, and GitHub's SIGTERM arriving then would kill the process.
  process.on('beforeExit', () => process.exit(code));
  controller.abort(new CancelledError(signal));
  const all = [...cleanUps];
  // Synchronous clean-ups (local files) are done before anything else can run.
  const pending = all.map((cleanUp) => {
    try {
      return Promise.resolve(cleanUp()).catch(() => undefined);
    } catch {
      return Promise.resolve();
    }
  });
  await Promise.race([
    Promise.all(pending),
    new Promise((resolve) => setTimeout(resolve, CLEANUP_DEADLINE_MS).unref()),
  ]);
  // A write that was in flight may have recreated a file: the clean-ups run once more.
  for (const cleanUp of all) {
    try {
      await Promise.race([
        Promise.resolve(cleanUp()).catch(() => undefined),
        new Promise((resolve) => setTimeout(resolve, 1000).unref()),
      ]);
    } catch {
      // best effort
    }
  }
  // Something may still hold the process open (a tool that ignores its kill): not past the deadline.
  const left = Math.max(500, EXIT_DEADLINE_MS - (Date.now() - started));
  setTimeout(() => process.exit(code), left).unref();
}

const handlers = new Map<Signal, () => void>(SIGNALS.map((s) => [s, () => void cancel(s)]));

/**
 * Guards a run: until `release` is called, SIGINT, SIGTERM and SIGHUP cancel it as described
 * above. Nested guards share the handlers.
 */
export function guardSignals(): () => void {
  if (guards === 0) {
    if (controller.signal.aborted && !exiting) controller = new AbortController();
    for (const [signal, handler] of handlers) process.on(signal, handler);
  }
  guards += 1;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    guards -= 1;
    // Once cancelling, the handlers stay until cancel() exits: the run may end (and release) while
    // the clean-ups still run, and a second signal (GitHub's SIGTERM after SIGINT) must not then
    // end the process with them half done.
    if (guards === 0 && !exiting) for (const [signal, handler] of handlers) process.off(signal, handler);
  };
}

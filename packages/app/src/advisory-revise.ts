import { loadAdvisory, reviseAdvisory, type TrackingStatus } from '@evident/advisory';
import { UsageError } from '@evident/core';
import { createClock, lockFile, writeFileAtomic } from '@evident/node';
import { readComponents } from './advisory-build.js';
import { readNamedFiles } from './named-files.js';
import type { Workspace } from './workspace.js';

/** What `reviseAdvisoryFile` is asked for. */
export interface AdvisoryReviseRequest {
  /** The advisory YAML file, relative to the start directory. */
  readonly file: string;
  /** What changed (required once released). */
  readonly summary?: string;
  /** Move to this status. */
  readonly status?: TrackingStatus;
  /** A major revision (2.0.0) instead of a minor one (1.1.0). */
  readonly major: boolean;
}

/** What `evident advisory revise --json` prints. */
export interface AdvisoryReviseReport {
  readonly file: string;
  readonly from: { readonly version: string; readonly status: string } | null;
  readonly to: { readonly version: string; readonly status: string };
}

/**
 * The next revision of an advisory, dated by the run's clock (SOURCE_DATE_EPOCH, else now).
 * Only the `tracking:` block of the file changes.
 */
export async function reviseAdvisoryFile(
  request: AdvisoryReviseRequest,
  workspace: Workspace,
): Promise<AdvisoryReviseReport> {
  // Held from the read to the write: concurrent revisions must not each add theirs to the
  // same old text, or all but one would be lost.
  // Read once first, so a file that cannot be read is reported as such, not as a lock failure.
  const [named] = await readNamedFiles([request.file], workspace.start);
  if (named === undefined) throw new UsageError('name the advisory file to revise');
  const lock = await lockFile(named.path, named.shown);
  try {
    return await revise(request, workspace);
  } finally {
    await lock.release();
  }
}

async function revise(request: AdvisoryReviseRequest, workspace: Workspace): Promise<AdvisoryReviseReport> {
  const config = await workspace.requireConfig();
  const [file] = await readNamedFiles([request.file], workspace.start);
  if (file === undefined) throw new UsageError('name the advisory file to revise');
  const components = await readComponents(workspace, config);
  const advisory = loadAdvisory(file.text, file.shown, config.products, components);
  // A revision is dated when it is made (not by the commit, as built outputs are).
  const clock = createClock({
    env: workspace.env,
    fallback: new Date(Math.floor(Date.now() / 1000) * 1000),
  });
  // The file as it was, byte order mark included: only `tracking:` may change.
  const original = file.byteOrderMark ? `\uFEFF${file.text}` : file.text;
  const revised = reviseAdvisory(advisory, original, {
    now: clock.now(),
    ...(request.summary === undefined ? {} : { summary: request.summary }),
    ...(request.status === undefined ? {} : { status: request.status }),
    ...(request.major ? { major: true } : {}),
  });
  // Checked again, so a revision never leaves an advisory that does not load.
  loadAdvisory(revised.text, file.shown, config.products, components);
  await writeFileAtomic(file.path, revised.text);
  return { file: file.shown, from: revised.from ?? null, to: revised.to };
}

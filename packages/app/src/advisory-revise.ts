import { loadAdvisory, reviseAdvisory, type TrackingStatus } from '@evident/advisory';
import { UsageError } from '@evident/core';
import { createClock, lockFile, writeFileAtomic } from '@evident/node';
import type { CliIo, CommandResult, GlobalOptions } from '../io.js';
import { loadWorkspaceConfig, type Workspace } from '../workspace.js';
import { openAdvisoryWorkspace, readComponents } from './advisory-build.js';
import { baseDirectory, readNamedFiles } from './advisory-files.js';

/** Options of `evident advisory revise`. */
export interface AdvisoryReviseOptions extends GlobalOptions {
  readonly file: string;
  readonly summary?: string;
  readonly status?: string;
  readonly major?: boolean;
}

/** What `evident advisory revise --json` prints. */
export interface AdvisoryReviseReport {
  readonly file: string;
  readonly from: { readonly version: string; readonly status: string } | null;
  readonly to: { readonly version: string; readonly status: string };
}

const statuses: readonly TrackingStatus[] = ['draft', 'interim', 'final'];

/**
 * `evident advisory revise FILE.yml`: the next revision of an advisory, dated by the run's
 * clock (SOURCE_DATE_EPOCH, else now). Only the `tracking:` block of the file changes.
 */
export async function runAdvisoryRevise(
  options: AdvisoryReviseOptions,
  io: CliIo,
): Promise<CommandResult<AdvisoryReviseReport>> {
  const status = parseStatus(options.status);
  const workspace = await openAdvisoryWorkspace(options, io);
  const base = baseDirectory(options, io);
  // Held from the read to the write: concurrent revisions must not each add theirs to the
  // same old text, or all but one would be lost.
  // Read once first, so a file that cannot be read is reported as such, not as a lock failure.
  const [named] = await readNamedFiles([options.file], base);
  if (named === undefined) throw new UsageError('name the advisory file to revise');
  const lock = await lockFile(named.path, named.shown);
  try {
    return await revise(options, io, workspace, status, base);
  } finally {
    await lock.release();
  }
}

async function revise(
  options: AdvisoryReviseOptions,
  io: CliIo,
  workspace: Workspace,
  status: TrackingStatus | undefined,
  base: string,
): Promise<CommandResult<AdvisoryReviseReport>> {
  const config = await loadWorkspaceConfig(workspace);
  const [file] = await readNamedFiles([options.file], base);
  if (file === undefined) throw new UsageError('name the advisory file to revise');
  const components = await readComponents(workspace, config);
  const advisory = loadAdvisory(file.text, file.shown, config.products, components);
  const clock = createClock({ env: io.env, fallback: new Date(Math.floor(Date.now() / 1000) * 1000) });
  // The file as it was, byte order mark included: only `tracking:` may change.
  const original = file.byteOrderMark ? `\uFEFF${file.text}` : file.text;
  const revised = reviseAdvisory(advisory, original, {
    now: clock.now(),
    ...(options.summary === undefined ? {} : { summary: options.summary }),
    ...(status === undefined ? {} : { status }),
    ...(options.major ? { major: true } : {}),
  });
  // Checked again, so a revision never leaves an advisory that does not load.
  loadAdvisory(revised.text, file.shown, config.products, components);
  await writeFileAtomic(file.path, revised.text);
  const report = { file: file.shown, from: revised.from ?? null, to: revised.to };
  const from = revised.from ? `${revised.from.version} ${revised.from.status}` : 'no history';
  return { report, text: `${file.shown}: ${from} → ${revised.to.version} ${revised.to.status}` };
}

function parseStatus(status: string | undefined): TrackingStatus | undefined {
  if (status === undefined) return undefined;
  const known = statuses.find((name) => name === status);
  if (known === undefined)
    throw new UsageError(`unknown status "${status}"`, { fix: 'use draft, interim or final' });
  return known;
}

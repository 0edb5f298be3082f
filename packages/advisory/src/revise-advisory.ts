/**
 * The revision history is the tool's: `revise` bumps the version, adds the entry and moves
 * draft → interim → final, so that mandatory tests 6.1.16–6.1.20 hold by construction:
 * drafts are 0.x versions, the first release is 1.0.0 and its history holds no draft
 * entries, a released advisory never goes back to draft.
 */
import { InputError, UsageError } from '@evident/core';
import { isMap, isScalar, parseDocument, stringify } from 'yaml';
import type { TrackingInput, TrackingStatus } from './advisory-schema.js';
import { advisoryDisclosure, type LoadedAdvisory, parseDate } from './load-advisory.js';

/** What to do. */
export interface ReviseOptions {
  /** The revision's time (the run's clock). */
  readonly now: Date;
  /** What changed; required once the advisory is released. */
  readonly summary?: string;
  /** Move to this status (interim or final publishes a draft as 1.0.0). */
  readonly status?: TrackingStatus;
  /** A major revision (2.0.0) instead of a minor one (1.1.0), for released advisories. */
  readonly major?: boolean;
}

/** The revised file and what happened. */
export interface RevisedAdvisory {
  readonly text: string;
  readonly from: { readonly version: string; readonly status: TrackingStatus } | undefined;
  readonly to: { readonly version: string; readonly status: TrackingStatus };
}

const rank: Readonly<Record<TrackingStatus, number>> = { draft: 0, interim: 1, final: 2 };

/** Revises a checked advisory; returns the new text of its file (only `tracking:` changes). */
export function reviseAdvisory(
  advisory: LoadedAdvisory,
  text: string,
  options: ReviseOptions,
): RevisedAdvisory {
  const current = advisory.input.tracking;
  const date = options.now.toISOString().replace(/\.000Z$/, 'Z');
  const tracking = current === undefined ? start(options, date) : next(current, options, date, advisory);
  const block = stringify({ tracking }, { lineWidth: 0 }).trimEnd();
  const last = tracking.revisions.at(-1);
  return {
    text: replaceTracking(text, block),
    from: current === undefined ? undefined : { version: current.version, status: current.status },
    to: { version: last?.number ?? tracking.version, status: tracking.status },
  };
}

function start(options: ReviseOptions, date: string): TrackingInput {
  const status = options.status ?? 'draft';
  const version = status === 'draft' ? '0.1.0' : '1.0.0';
  const summary = options.summary ?? (status === 'draft' ? 'Initial draft.' : 'Initial public release.');
  return { status, version, revisions: [{ number: version, date, summary }] };
}

function next(
  current: TrackingInput,
  options: ReviseOptions,
  date: string,
  advisory: LoadedAdvisory,
): TrackingInput {
  const status = options.status ?? current.status;
  if (rank[status] < rank[current.status]) {
    throw new UsageError(`the advisory is ${current.status}; it cannot go back to ${status}`, {
      fix: 'a released advisory stays released: revise it (e.g. with --summary) or publish a new one',
    });
  }
  const previous = parseDate(current.revisions.at(-1)?.date ?? '');
  // Equal dates are fine (two revisions in one second, or a pinned SOURCE_DATE_EPOCH): CSAF
  // orders revisions of the same date by number (6.1.14, 6.1.16), which only ever grows here.
  if (previous !== undefined && options.now.getTime() < previous.getTime()) {
    const last = current.revisions.at(-1)?.date ?? '';
    const shown = advisoryDisclosure(advisory.input) === 'quote' ? `${last}, ` : '';
    throw new InputError(`the last revision is dated ${shown}after ${date}`, {
      location: advisory.source.locate(['tracking', 'revisions', current.revisions.length - 1, 'date']),
      fix: 'revise with a later clock (SOURCE_DATE_EPOCH, if set, pins the time)',
    });
  }
  const [major = 0, minor = 0] = current.version.split('.').map(Number);
  if (current.status === 'draft' && status !== 'draft') {
    // 6.1.18: a released advisory's history holds no draft (0.x) entries.
    return {
      status,
      version: '1.0.0',
      revisions: [{ number: '1.0.0', date, summary: options.summary ?? 'Initial public release.' }],
    };
  }
  if (current.status === 'draft') {
    const version = `0.${minor + 1}.0`;
    return {
      status,
      version,
      revisions: [
        ...current.revisions,
        { number: version, date, summary: options.summary ?? 'Draft revised.' },
      ],
    };
  }
  if (options.summary === undefined) {
    throw new UsageError('a released advisory needs a summary of what changed', {
      fix: 'pass --summary "…", e.g. --summary "Mitigation for firmware 1.x added."',
    });
  }
  const version = options.major ? `${major + 1}.0.0` : `${major}.${minor + 1}.0`;
  return {
    status,
    version,
    revisions: [...current.revisions, { number: version, date, summary: options.summary }],
  };
}

/**
 * Replaces the top-level `tracking:` entry (or appends one), leaving every other byte alone:
 * a byte order mark stays, and the new block takes the file's line ending (CRLF or LF).
 */
function replaceTracking(text: string, block: string): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = block.replaceAll('\n', eol);
  const document = parseDocument(text);
  const contents = document.contents;
  if (isMap(contents)) {
    for (const pair of contents.items) {
      if (isScalar(pair.key) && pair.key.value === 'tracking' && pair.key.range) {
        const start = pair.key.range[0];
        const value = pair.value as { range?: [number, number, number] } | null;
        const end = value?.range?.[1] ?? pair.key.range[1];
        const rest = text.slice(end);
        return `${text.slice(0, start)}${lines}${rest.startsWith('\n') || rest.startsWith('\r\n') ? '' : eol}${rest}`;
      }
    }
  }
  return `${text.replace(/(\r?\n)*$/, eol)}${lines}${eol}`;
}

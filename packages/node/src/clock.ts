import { type Clock, ConfigurationError, InternalError } from '@evident/core';

/** Options of {@link createClock}. */
export interface ClockOptions {
  /** Read for SOURCE_DATE_EPOCH; default `process.env`. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** The time when SOURCE_DATE_EPOCH is unset: the caller passes the commit time. */
  readonly fallback: Date;
}

/** A {@link Clock} that also says where its time came from, for the run's log and manifest. */
export interface FixedClock extends Clock {
  readonly source: 'SOURCE_DATE_EPOCH' | 'fallback';
}

// The largest instant a Date can hold, in seconds (ECMAScript: ±8.64e15 ms).
const MAX_EPOCH_SECONDS = 8.64e12;

/**
 * A clock fixed for the whole run, so every output of one run carries the same instant: from
 * SOURCE_DATE_EPOCH (https://reproducible-builds.org/specs/source-date-epoch/) when set and
 * not empty, else `fallback`. A malformed SOURCE_DATE_EPOCH is an error, as that spec asks,
 * rather than silently unreproducible output.
 */
export function createClock(options: ClockOptions): FixedClock {
  const env = options.env ?? process.env;
  const raw = env.SOURCE_DATE_EPOCH;
  const fromEnv = raw !== undefined && raw !== '';
  const millis = fromEnv ? parseSourceDateEpoch(raw) * 1000 : options.fallback.getTime();
  if (Number.isNaN(millis)) throw new InternalError('the fallback time of the clock is an invalid Date');
  return {
    source: fromEnv ? 'SOURCE_DATE_EPOCH' : 'fallback',
    // A new Date each call: Date is mutable, and one caller's setTime must not move the clock.
    now: () => new Date(millis),
  };
}

function parseSourceDateEpoch(raw: string): number {
  const seconds = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
  if (!(seconds <= MAX_EPOCH_SECONDS)) {
    throw new ConfigurationError(
      `SOURCE_DATE_EPOCH is "${raw}", which is not a whole number of seconds since 1970-01-01 UTC`,
      {
        fix: 'set SOURCE_DATE_EPOCH to an integer such as the commit time (`git log -1 --format=%ct`), or unset it',
      },
    );
  }
  return seconds;
}

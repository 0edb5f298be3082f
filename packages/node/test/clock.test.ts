import { ConfigurationError, InternalError } from '@evident/core';
import { describe, expect, it } from 'vitest';
import { createClock } from '../src/index.js';

const commitTime = new Date('2024-05-01T10:00:00Z');

describe('createClock', () => {
  it('takes the time from SOURCE_DATE_EPOCH when set', () => {
    const clock = createClock({ env: { SOURCE_DATE_EPOCH: '1700000000' }, fallback: commitTime });
    expect(clock.now().toISOString()).toBe('2023-11-14T22:13:20.000Z');
    expect(clock.source).toBe('SOURCE_DATE_EPOCH');
  });

  it('falls back to the given time when SOURCE_DATE_EPOCH is unset or empty', () => {
    for (const env of [{}, { SOURCE_DATE_EPOCH: '' }]) {
      const clock = createClock({ env, fallback: commitTime });
      expect(clock.now()).toEqual(commitTime);
      expect(clock.source).toBe('fallback');
    }
  });

  it('returns the same instant on every call, even if a caller mutates a result', () => {
    const clock = createClock({ env: {}, fallback: commitTime });
    const first = clock.now();
    first.setFullYear(1999);
    expect(clock.now()).toEqual(commitTime);
    expect(clock.now().getTime()).toBe(clock.now().getTime());
  });

  it.each(['1.5', '-1', ' 1700000000', '1e9', 'yesterday', '99999999999999999'])(
    'refuses SOURCE_DATE_EPOCH=%j with a configuration error naming the variable',
    (value) => {
      const create = () => createClock({ env: { SOURCE_DATE_EPOCH: value }, fallback: commitTime });
      expect(create).toThrow(ConfigurationError);
      expect(create).toThrow(/SOURCE_DATE_EPOCH/);
    },
  );

  it('accepts the epoch itself', () => {
    expect(
      createClock({ env: { SOURCE_DATE_EPOCH: '0' }, fallback: commitTime })
        .now()
        .getTime(),
    ).toBe(0);
  });

  it('rejects an invalid fallback Date as a bug', () => {
    expect(() => createClock({ env: {}, fallback: new Date(Number.NaN) })).toThrow(InternalError);
  });
});

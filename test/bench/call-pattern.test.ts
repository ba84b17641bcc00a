import { describe, expect, it } from 'vitest';
import { callPattern, sequentialRounds } from '../../bench/measure.ts';
import type { RequestLogEntry } from '../../src/emulator/app.ts';

/** A logged call from `start` to `end` ms. */
function call(method: string, path: string, query: string, start: number, end: number): RequestLogEntry {
  return {
    method,
    path,
    query,
    operationId: null,
    status: 200,
    username: null,
    accountSid: null,
    startedAt: start,
    durationMs: end - start,
  };
}

describe('the call pattern the floor server replays', () => {
  it('groups the calls by round: a call is in the round after the last one answered before it started', () => {
    const entries = [
      // Logged in the order they were answered, not sent.
      call('GET', '/v1/Conversations/CH1/Messages', 'PageSize=50', 1.2, 21.5),
      call('GET', '/v1/Conversations/CH1', '', 1.0, 21.0),
      // Starts after the first answer: the second round, though the other first-round call is still out.
      call('GET', '/v1/Users/US1', '', 21.2, 41.3),
      call('GET', '/v1/Users/US2', '', 22.0, 42.0),
      call('GET', '/v1/Conversations/CH1/Messages/IM1/Receipts', '', 43.0, 63.0),
    ];
    expect(callPattern(entries)).toEqual([
      ['/v1/Conversations/CH1', '/v1/Conversations/CH1/Messages?PageSize=50'],
      ['/v1/Users/US1', '/v1/Users/US2'],
      ['/v1/Conversations/CH1/Messages/IM1/Receipts'],
    ]);
    expect(sequentialRounds(entries)).toBe(3);
  });

  it('is not made for calls other than GETs, which would change the data', () => {
    expect(callPattern([call('POST', '/v1/Conversations/CH1/Messages', '', 0, 20)])).toBeNull();
  });
});

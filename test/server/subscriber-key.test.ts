import { describe, expect, it } from 'vitest';
import type { EndUser } from '../../src/access/index.ts';
import { subscriberKey } from '../../src/server/subscriber-key.ts';

describe('subscriberKey', () => {
  const alice: EndUser = {
    identity: 'alice',
    serviceSid: `IS${'1'.repeat(32)}`,
    accountSid: `AC${'2'.repeat(32)}`,
    keySid: `SK${'3'.repeat(32)}`,
    expiresAt: 2_000_000_000,
    acceptedUntil: 2_000_000_060,
  };

  it('is the same for every token of one end user and differs between end users', () => {
    expect(subscriberKey({ endUser: alice, authorization: 'Bearer token-1' })).toBe(
      subscriberKey({
        endUser: { ...alice, keySid: `SK${'4'.repeat(32)}` },
        authorization: 'Bearer token-2',
      }),
    );
    expect(subscriberKey({ endUser: alice, authorization: null })).not.toBe(
      subscriberKey({ endUser: { ...alice, identity: 'bob' }, authorization: null }),
    );
  });

  it('cannot be forged by an Authorization value spelling out an end user', () => {
    const ofAlice = subscriberKey({ endUser: alice, authorization: null });
    for (const forged of [
      `end-user ${alice.accountSid}/${alice.serviceSid}/alice`,
      `${alice.accountSid}/${alice.serviceSid}/alice`,
      JSON.stringify(['end-user', `${alice.accountSid}/${alice.serviceSid}/alice`]),
    ]) {
      expect(subscriberKey({ endUser: null, authorization: forged })).not.toBe(ofAlice);
    }
  });

  it('keeps apart callers by their Authorization value, and is a digest of it', () => {
    const a = subscriberKey({ endUser: null, authorization: 'Basic YTpi' });
    expect(a).not.toBe(subscriberKey({ endUser: null, authorization: 'Basic YTpj' }));
    expect(a).not.toContain('YTpi');
  });
});

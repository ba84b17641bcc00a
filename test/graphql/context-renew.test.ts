import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EndUser } from '../../src/access/index.ts';
import { type RunningEmulator, startEmulator } from '../../src/emulator/server.ts';
import { createGatewayContext } from '../../src/graphql/context.ts';
import { createTwilioClient, type TwilioClient } from '../../src/twilio/index.ts';

/**
 * A subscription's context is renewed before each event (src/graphql/context.ts, `renew`): what one
 * event started (session, loaders, an end user's memberships) is never what the next one reads,
 * and nothing is started until something reads it.
 */
let emulator: RunningEmulator;
let client: TwilioClient;
let opened = 0;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, seed: 'demo' });
  const real = createTwilioClient({ baseUrl: emulator.url, circuitBreaker: false });
  client = {
    session(credentials, options) {
      opened += 1;
      return real.session(credentials, options);
    },
    close: () => real.close(),
  };
});

afterAll(async () => {
  await client?.close();
  await emulator?.close();
});

function context(endUser: EndUser | null) {
  const account = emulator.accounts[0];
  if (!account) throw new Error('no emulator account');
  return createGatewayContext(
    client,
    { username: account.accountSid, password: account.authToken },
    endUser ? { endUser } : {},
  );
}

async function endUser(identity: string): Promise<EndUser> {
  const account = emulator.accounts[0];
  if (!account) throw new Error('no emulator account');
  const services = Object.keys(emulator.store.state.accounts[account.accountSid]?.services ?? {});
  const serviceSid = services.find((sid) => sid.startsWith('IS'));
  if (!serviceSid) throw new Error('no service in the demo data');
  return {
    identity,
    serviceSid,
    accountSid: account.accountSid,
    keySid: `SK${'0'.repeat(32)}`,
    expiresAt: Math.floor(Date.now() / 1000) + 3600,
    acceptedUntil: Math.floor(Date.now() / 1000) + 3600,
  };
}

describe('renewing a subscription’s context', () => {
  it('gives each event a session and loaders of its own, started when first read', () => {
    const ctx = context(null);
    const first = { session: ctx.session, loaders: ctx.loaders };
    const before = opened;
    ctx.renew();
    ctx.renew();
    expect(opened).toBe(before);
    const second = { session: ctx.session, loaders: ctx.loaders };
    expect(opened).toBe(before + 1);
    expect(second.session).not.toBe(first.session);
    expect(second.loaders).not.toBe(first.loaders);
    ctx.renew();
    expect(ctx.loaders).not.toBe(second.loaders);
    expect(ctx.endUser).toBeNull();
  });

  it('tells who an end user is without starting anything, and asks Twilio afresh for each event', async () => {
    const user = await endUser('ana');
    const ctx = context(user);
    ctx.renew();
    const before = opened;
    const access = ctx.endUser;
    expect(access?.user).toBe(user);
    expect(opened).toBe(before);
    // A question starts this event's set; the next event's access is another, with its own.
    await access?.isMember('CH00000000000000000000000000000000');
    expect(opened).toBe(before + 1);
    const loaders = ctx.loaders;
    ctx.renew();
    const next = ctx.endUser;
    expect(next).not.toBe(access);
    expect(next?.user).toBe(user);
    await next?.isMember('CH00000000000000000000000000000000');
    expect(opened).toBe(before + 2);
    expect(ctx.loaders).not.toBe(loaders);
  });
});

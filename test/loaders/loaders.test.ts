import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type RunningEmulator, startEmulator } from '../../src/emulator/server.ts';
import { createLoaders, keys, primeFromPage } from '../../src/loaders/index.ts';
import {
  createConversation,
  createMessage,
  createParticipant,
  createTwilioClient,
  createUser,
  listConversations,
  listRoles,
  type Message,
  type Participant,
  type TwilioClient,
  type TwilioSession,
} from '../../src/twilio/index.ts';

const ACCOUNT_A = { accountSid: `AC${'a1'.repeat(16)}`, authToken: 'token-a' };
const ACCOUNT_B = { accountSid: `AC${'b2'.repeat(16)}`, authToken: 'token-b' };

let emulator: RunningEmulator;
let client: TwilioClient;
let session: TwilioSession;

beforeEach(async () => {
  emulator = await startEmulator({ accounts: [ACCOUNT_A, ACCOUNT_B] });
  client = createTwilioClient({ baseUrl: emulator.url });
  session = client.session({ username: ACCOUNT_A.accountSid, password: ACCOUNT_A.authToken });
});

afterEach(async () => {
  await client.close();
  await emulator.close();
});

/** Upstream calls the emulator saw after `mark`. */
const callsSince = (mark: number) => emulator.requests.slice(mark);

type LoaderSet = ReturnType<typeof createLoaders>;

/**
 * Runs a scenario once on unbatched loaders (no cache, no batching, no coalescing: one REST call per
 * load, as resolvers calling the client directly would make) and once on the gateway's loaders, and
 * returns the operations each sent, so a test can assert what the loaders save.
 */
async function withAndWithoutLoaders(scenario: (loaders: LoaderSet) => Promise<unknown>) {
  let mark = emulator.requests.length;
  await scenario(createLoaders(session, { batching: false }));
  const without = callsSince(mark).map((r) => r.operationId);
  mark = emulator.requests.length;
  await scenario(createLoaders(session));
  const withLoaders = callsSince(mark).map((r) => r.operationId);
  return { without, with: withLoaders };
}

describe('per-request loaders', () => {
  it('fetch the same conversation once however many resolvers ask for it (5 calls without loaders, 1 with)', async () => {
    const conversation = await createConversation(session, { friendlyName: 'dedup' });
    const calls = await withAndWithoutLoaders(async (loaders) => {
      const results = await Promise.all(
        Array.from({ length: 5 }, () =>
          loaders.conversation.load(keys.conversation(undefined, conversation.sid)),
        ),
      );
      expect(results.every((c) => c?.sid === conversation.sid)).toBe(true);
    });
    expect(calls.without).toHaveLength(5);
    expect(calls.with).toEqual(['FetchConversation']);
  });

  it('know a conversation fetched by unique name by its SID too (2 calls without aliasing, 1 with)', async () => {
    const conversation = await createConversation(session, { uniqueName: 'by-name' });
    const calls = await withAndWithoutLoaders(async (loaders) => {
      await loaders.conversation.load(keys.conversation(undefined, 'by-name'));
      const bySid = await loaders.conversation.load(keys.conversation(undefined, conversation.sid));
      expect(bySid?.sid).toBe(conversation.sid);
    });
    expect(calls.without).toHaveLength(2);
    expect(calls.with).toEqual(['FetchConversation']);
  });

  it('know a conversation fetched by SID by its unique name too (2 calls without aliasing, 1 with)', async () => {
    const conversation = await createConversation(session, { uniqueName: 'by-sid-first' });
    const calls = await withAndWithoutLoaders(async (loaders) => {
      await loaders.conversation.load(keys.conversation(undefined, conversation.sid));
      const byName = await loaders.conversation.load(keys.conversation(undefined, 'by-sid-first'));
      expect(byName?.sid).toBe(conversation.sid);
    });
    expect(calls.without).toHaveLength(2);
    expect(calls.with).toEqual(['FetchConversation']);
  });

  it('know a user fetched by identity by its SID too, and the other way round (4 calls without aliasing, 2 with)', async () => {
    const ana = await createUser(session, { identity: 'ana' });
    const bo = await createUser(session, { identity: 'bo' });
    const calls = await withAndWithoutLoaders(async (loaders) => {
      await loaders.user.load(keys.user(undefined, 'ana'));
      expect((await loaders.user.load(keys.user(undefined, ana.sid)))?.identity).toBe('ana');
      await loaders.user.load(keys.user(undefined, bo.sid));
      expect((await loaders.user.load(keys.user(undefined, 'bo')))?.sid).toBe(bo.sid);
    });
    expect(calls.without).toHaveLength(4);
    expect(calls.with).toEqual(['FetchUser', 'FetchUser']);
  });

  it('serve items of a list page from the cache (1 list + 4 fetches without priming, 1 list with)', async () => {
    for (let i = 0; i < 4; i += 1) await createConversation(session, { friendlyName: `primed ${i}` });
    const calls = await withAndWithoutLoaders(async (loaders) => {
      const page = await listConversations(session, { pageSize: 50 });
      primeFromPage(loaders.conversation, page, (c) => [keys.conversation(undefined, c.sid)]);
      await Promise.all(
        page.items.map((c) => loaders.conversation.load(keys.conversation(undefined, c.sid))),
      );
    });
    expect(calls.without).toEqual(['ListConversation', ...Array(4).fill('FetchConversation')]);
    expect(calls.with).toEqual(['ListConversation']);
  });

  it('coalesce many participants of one conversation into one list call (10 fetches without, 1 list with)', async () => {
    const conversation = await createConversation(session, { friendlyName: 'coalesced' });
    const participants: Participant[] = [];
    for (let i = 0; i < 10; i += 1) {
      participants.push(
        await createParticipant(session, { conversationSid: conversation.sid, identity: `member-${i}` }),
      );
    }
    const calls = await withAndWithoutLoaders(async (loaders) => {
      const loaded = await Promise.all(
        participants.map((p) =>
          loaders.participant.load(keys.participant(undefined, conversation.sid, p.sid)),
        ),
      );
      expect(loaded.map((p) => p?.identity)).toEqual(participants.map((p) => p.identity));
    });
    expect(calls.without).toEqual(Array(10).fill('FetchConversationParticipant'));
    expect(calls.with).toEqual(['ListConversationParticipant']);
  });

  it('resolve a participant missing from the coalesced page as null without another call', async () => {
    const conversation = await createConversation(session, { friendlyName: 'missing member' });
    const member = await createParticipant(session, {
      conversationSid: conversation.sid,
      identity: 'present',
    });
    const loaders = createLoaders(session);
    const mark = emulator.requests.length;
    const [found, missing] = await Promise.all([
      loaders.participant.load(keys.participant(undefined, conversation.sid, member.sid)),
      loaders.participant.load(keys.participant(undefined, conversation.sid, `MB${'0'.repeat(32)}`)),
    ]);
    expect(found?.sid).toBe(member.sid);
    expect(missing).toBeNull();
    expect(callsSince(mark)).toHaveLength(1);
  });

  it('fetch members one by one once a conversation is known to span several pages (list + 2 list + 2 fetches without remembering it, list + 2 fetches with)', async () => {
    const conversation = await createConversation(session, { friendlyName: 'crowded' });
    const members: Participant[] = [];
    for (let i = 0; i < 102; i += 1) {
      members.push(
        await createParticipant(session, { conversationSid: conversation.sid, identity: `crowd-${i}` }),
      );
    }
    const loaders = createLoaders(session);
    const load = (index: number) =>
      loaders.participant.load(keys.participant(undefined, conversation.sid, members[index]?.sid ?? ''));
    const mark = emulator.requests.length;
    await Promise.all([load(0), load(1)]);
    const later = await Promise.all([load(100), load(101)]);
    expect(later.map((p) => p?.identity)).toEqual(['crowd-100', 'crowd-101']);
    expect(callsSince(mark).map((r) => r.operationId)).toEqual([
      'ListConversationParticipant',
      'FetchConversationParticipant',
      'FetchConversationParticipant',
    ]);
  });

  it('coalesce the roles of a service into one list call (3 fetches without, 1 list with)', async () => {
    const roles = await listRoles(session, {});
    const calls = await withAndWithoutLoaders(async (loaders) => {
      await Promise.all(roles.items.slice(0, 3).map((r) => loaders.role.load(keys.role(undefined, r.sid))));
    });
    expect(calls.without).toEqual(['FetchRole', 'FetchRole', 'FetchRole']);
    expect(calls.with).toEqual(['ListRole']);
  });

  it('return null for a conversation that does not exist, and cache that answer', async () => {
    const loaders = createLoaders(session);
    const mark = emulator.requests.length;
    expect(await loaders.conversation.load(keys.conversation(undefined, 'no-such-conversation'))).toBeNull();
    expect(await loaders.conversation.load(keys.conversation(undefined, 'no-such-conversation'))).toBeNull();
    expect(callsSince(mark)).toHaveLength(1);
  });

  it('keep names holding a slash apart: conversation "room/MB/alice" member "bob" is not conversation "room" member "alice/MB/bob"', async () => {
    await createConversation(session, { uniqueName: 'room/MB/alice' });
    await createConversation(session, { uniqueName: 'room' });
    const bob = await createParticipant(session, { conversationSid: 'room/MB/alice', identity: 'bob' });
    const alice = await createParticipant(session, { conversationSid: 'room', identity: 'alice/MB/bob' });
    const loaders = createLoaders(session);
    const [first, second] = await Promise.all([
      loaders.participant.load(keys.participant(undefined, 'room/MB/alice', 'bob')),
      loaders.participant.load(keys.participant(undefined, 'room', 'alice/MB/bob')),
    ]);
    expect(first?.sid).toBe(bob.sid);
    expect(second?.sid).toBe(alice.sid);
  });

  it('never share results between two credentials asking for the same key at the same time', async () => {
    const sessionB = client.session({ username: ACCOUNT_B.accountSid, password: ACCOUNT_B.authToken });
    await createConversation(session, { uniqueName: 'shared-name', friendlyName: 'belongs to A' });
    await createConversation(sessionB, { uniqueName: 'shared-name', friendlyName: 'belongs to B' });
    const rounds = 100;
    const mark = emulator.requests.length;
    const results = await Promise.all(
      Array.from({ length: rounds }, async (_, i) => {
        const own = i % 2 === 0 ? session : sessionB;
        const loaders = createLoaders(own);
        const conversation = await loaders.conversation.load(keys.conversation(undefined, 'shared-name'));
        return {
          expected: i % 2 === 0 ? 'belongs to A' : 'belongs to B',
          actual: conversation?.friendlyName,
        };
      }),
    );
    for (const result of results) expect(result.actual).toBe(result.expected);
    const seen = callsSince(mark);
    expect(seen).toHaveLength(rounds);
    expect(seen.filter((r) => r.username === ACCOUNT_A.accountSid)).toHaveLength(rounds / 2);
    expect(seen.filter((r) => r.username === ACCOUNT_B.accountSid)).toHaveLength(rounds / 2);
  });
});

describe('coalescing across ticks', () => {
  it('lets a member asked for while its conversation’s list is being read wait for that list (2 calls without, 1 with)', async () => {
    const conversation = await createConversation(session, { friendlyName: 'late member' });
    const members = [];
    for (let i = 0; i < 3; i += 1) {
      members.push(
        await createParticipant(session, { conversationSid: conversation.sid, identity: `late-${i}` }),
      );
    }
    const [first, second, late] = members as [(typeof members)[0], (typeof members)[0], (typeof members)[0]];
    const loaders = createLoaders(session);
    const mark = emulator.requests.length;
    const early = Promise.all([
      loaders.participant.load(keys.participant(undefined, conversation.sid, first.sid)),
      loaders.participant.load(keys.participant(undefined, conversation.sid, second.sid)),
    ]);
    // A later tick, while the list read by the first two is still under way.
    await new Promise((resolve) => setImmediate(resolve));
    const lateLoad = loaders.participant.load(keys.participant(undefined, conversation.sid, late.sid));
    const [loaded, lateLoaded] = await Promise.all([early, lateLoad]);
    expect(loaded.map((p) => p?.sid)).toEqual([first.sid, second.sid]);
    expect(lateLoaded?.sid).toBe(late.sid);
    expect(callsSince(mark).map((r) => r.operationId)).toEqual(['ListConversationParticipant']);
  });
});

describe('reading a parent collection instead of fetching its members', () => {
  it('reads the users of a service asked together as one page of its users (3 fetches without, 1 list with)', async () => {
    for (const identity of ['ua', 'ub', 'uc']) await createUser(session, { identity });
    const calls = await withAndWithoutLoaders(async (loaders) => {
      const users = await Promise.all(
        ['ua', 'ub', 'uc'].map((id) => loaders.user.load(keys.user(undefined, id))),
      );
      expect(users.map((u) => u?.identity)).toEqual(['ua', 'ub', 'uc']);
    });
    expect(calls.without).toEqual(['FetchUser', 'FetchUser', 'FetchUser']);
    expect(calls.with).toEqual(['ListUser']);
  });

  it('answers a member missing from a page that was the whole collection as null, without a call', async () => {
    await createUser(session, { identity: 'only' });
    const loaders = createLoaders(session);
    const mark = emulator.requests.length;
    const [only, ghost] = await Promise.all([
      loaders.user.load(keys.user(undefined, 'only')),
      loaders.user.load(keys.user(undefined, 'ghost-1')),
    ]);
    expect([only?.identity, ghost]).toEqual(['only', null]);
    // Asked later, alone: the page read above already told that it does not exist.
    expect(await loaders.user.load(keys.user(undefined, 'ghost-2'))).toBeNull();
    expect(callsSince(mark).map((r) => r.operationId)).toEqual(['ListUser']);
  });

  it('lets a lone lookup wait for a list started ahead instead of fetching (2 calls without, 1 with)', async () => {
    const conversation = await createConversation(session, { friendlyName: 'ahead' });
    const member = await createParticipant(session, { conversationSid: conversation.sid, identity: 'ahead' });
    const roles = await listRoles(session, {});
    const calls = await withAndWithoutLoaders(async (loaders) => {
      loaders.prefetch.participants(undefined, conversation.sid);
      loaders.prefetch.roles(undefined);
      const [loaded, role] = await Promise.all([
        loaders.participant.load(keys.participant(undefined, conversation.sid, member.sid)),
        loaders.role.load(keys.role(undefined, roles.items[0]?.sid ?? '')),
      ]);
      expect(loaded?.identity).toBe('ahead');
      expect(role?.sid).toBe(roles.items[0]?.sid);
    });
    // Without batching nothing is read ahead: each lookup is its own fetch.
    expect(calls.without.sort()).toEqual(['FetchConversationParticipant', 'FetchRole']);
    expect(calls.with.sort()).toEqual(['ListConversationParticipant', 'ListRole']);
  });

  it('reads messages and conversations as a page only when started ahead (one fetch each otherwise)', async () => {
    const conversation = await createConversation(session, { friendlyName: 'history' });
    const sent: Message[] = [];
    for (let i = 0; i < 3; i += 1) {
      sent.push(await createMessage(session, { conversationSid: conversation.sid, body: `m${i}` }));
    }
    const load = (loaders: LoaderSet) =>
      Promise.all(sent.map((m) => loaders.message.load(keys.message(undefined, conversation.sid, m.sid))));
    let loaders = createLoaders(session);
    let mark = emulator.requests.length;
    await load(loaders);
    expect(callsSince(mark).map((r) => r.operationId)).toEqual(Array(3).fill('FetchConversationMessage'));
    loaders = createLoaders(session);
    mark = emulator.requests.length;
    loaders.prefetch.messages(undefined, conversation.sid);
    expect((await load(loaders)).map((m) => m?.body)).toEqual(['m0', 'm1', 'm2']);
    expect(callsSince(mark).map((r) => r.operationId)).toEqual(['ListConversationMessage']);
  });
});

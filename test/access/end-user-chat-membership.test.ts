import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCENARIOS } from '../../bench/queries.ts';
import { MAX_PAGE_SIZE } from '../../src/twilio/index.ts';
import { ACCOUNT_SID, type EndUserGateway, startEndUserGateway } from '../helpers/end-user-gateway.ts';

/**
 * An end user's chat screen (`conversation(sid:)` with its messages' authors) settles their
 * membership from the conversation's participant list, which the screen reads anyway, instead of
 * their own membership page (docs/decisions/0039). Demo seed: alice, bob and dave share "Product
 * launch"; carol is not in it. A second conversation has more members than one page of
 * participants holds, so a page without the user proves nothing on its own.
 */
let gateway: EndUserGateway;
let launchSid = '';
let crowdSid = '';
/** Members of the crowded conversation before alice, so she is on its second page. */
const FILLERS = MAX_PAGE_SIZE.listParticipants + 2;

const CHAT = (() => {
  const scenario = SCENARIOS.find((s) => s.id === 'chat');
  if (!scenario) throw new Error('no chat scenario in bench/queries.ts');
  return scenario.document;
})();

const operations = (mark: number) => gateway.since(mark).map((r) => r.operationId ?? `${r.method} ${r.path}`);

beforeAll(async () => {
  gateway = await startEndUserGateway({
    emulator: { seed: 'demo' },
    env: { TWILIO_ACCOUNT_SID: ACCOUNT_SID },
  });
  const launch = await gateway.asServer<{ conversation: { sid: string } }>(
    '{ conversation(sid: "product-launch") { sid } }',
  );
  launchSid = launch.conversation.sid;
  const crowd = await gateway.asServer<{ createConversation: { conversation: { sid: string } } }>(
    'mutation { createConversation(input: { friendlyName: "Crowd", uniqueName: "crowd" }) { conversation { sid } } }',
  );
  crowdSid = crowd.createConversation.conversation.sid;
  // bob first, then fillers past the first page, then alice: bob is on page one, alice is not.
  const identities = ['bob', ...Array.from({ length: FILLERS }, (_, i) => `filler-${i}`), 'alice'];
  for (let at = 0; at < identities.length; at += 50) {
    const fields = identities
      .slice(at, at + 50)
      .map(
        (identity, i) =>
          `p${i}: createParticipant(input: { conversationSid: "${crowdSid}", identity: "${identity}" }) { userErrors { message } }`,
      );
    await gateway.asServer(`mutation { ${fields.join('\n')} }`);
  }
}, 60_000);

afterAll(async () => {
  await gateway?.close();
});

describe('the chat screen settles membership from the participant list it reads', () => {
  it('as a member: the same answer and calls as server mode, and no membership page', async () => {
    const serverMark = gateway.mark();
    const server = await gateway.asServer(CHAT, { conversation: launchSid });
    const serverCalls = operations(serverMark);
    const mark = gateway.mark();
    const answer = await gateway.asUser('alice', CHAT, { conversation: launchSid });
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual(server);
    expect(JSON.stringify(answer.data)).toContain('Product launch');
    const calls = operations(mark);
    expect(calls).not.toContain('ListServiceUserConversation');
    // Server mode reads the default service through the short routes, the end user through the
    // service's: the same operations by another name. (Rounds: test/access/end-user-cost.test.ts.)
    const unrouted = (ops: string[]) => ops.map((op) => op.replace(/^(Fetch|List)Service/, '$1')).sort();
    expect(unrouted(calls)).toEqual(unrouted(serverCalls));
  });

  it('as a non-member: null, as before, from a participant list of one page', async () => {
    const mark = gateway.mark();
    const answer = await gateway.asUser('carol', CHAT, { conversation: launchSid });
    expect(answer).toMatchObject({ status: 200, data: { conversation: null } });
    expect(answer.errors).toBeUndefined();
    // Decided by the participant page: complete, and carol is not on it.
    expect(operations(mark)).not.toContain('ListServiceUserConversation');
    expect(operations(mark)).not.toContain('FetchServiceConversationParticipant');
  });

  it('as a non-member of a list of several pages: null, checked beyond the first page', async () => {
    const mark = gateway.mark();
    const answer = await gateway.asUser('carol', CHAT, { conversation: crowdSid });
    expect(answer).toMatchObject({ status: 200, data: { conversation: null } });
    expect(answer.errors).toBeUndefined();
    // The first page had more after it: carol's absence from it proved nothing, so she was asked for.
    expect(operations(mark)).toContain('FetchServiceConversationParticipant');
  });

  it('as a member beyond the first page, and as one on it', async () => {
    for (const identity of ['alice', 'bob']) {
      const answer = await gateway.asUser<{ conversation: { friendlyName: string } | null }>(identity, CHAT, {
        conversation: crowdSid,
      });
      expect(answer.errors, identity).toBeUndefined();
      expect(answer.data?.conversation?.friendlyName, identity).toBe('Crowd');
    }
  });

  it('a conversation of another service, or by a SID that does not exist: null', async () => {
    const missing = `CH${'0'.repeat(32)}`;
    for (const conversation of [missing, launchSid]) {
      const answer = await gateway.asUser(
        'alice',
        CHAT.replace(
          'conversation(sid: $conversation)',
          'conversation(sid: $conversation, serviceSid: $s)',
        ).replace('($conversation: String!)', '($conversation: String!, $s: String)'),
        { conversation, s: conversation === missing ? null : `IS${'f'.repeat(32)}` },
      );
      expect(answer).toMatchObject({ status: 200, data: { conversation: null } });
      expect(answer.errors).toBeUndefined();
    }
  });

  it('a lookup that reads no participant list keeps the membership page', async () => {
    const mark = gateway.mark();
    const answer = await gateway.asUser(
      'alice',
      'query($c: String!) { conversation(sid: $c) { sid friendlyName } }',
      {
        c: launchSid,
      },
    );
    expect(answer.errors).toBeUndefined();
    expect(operations(mark)).toContain('ListServiceUserConversation');
    expect(operations(mark)).not.toContain('ListServiceConversationParticipant');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../helpers/gateway.ts';

let gateway: TestGateway;

beforeAll(async () => {
  gateway = await startTestGateway({ seed: 'demo' });
});

afterAll(async () => {
  await gateway.close();
});

/**
 * A lone surrogate has no UTF-8 form, so it can be neither percent-encoded into a REST path nor
 * sent in a form. GraphQL's parser refuses one in a string literal, but JSON variables carry it.
 */
const MALFORMED = 'a\ud800b';
const SERVICE = 'IS00000000000000000000000000000000';
const MESSAGE = 'IM00000000000000000000000000000000';

/** Root lookups: each addresses its object by a REST path built from the argument `arg`. */
const lookups: Array<{ field: string; arg: string; document: string }> = [
  { field: 'conversation', arg: 'sid', document: 'query($s: String!) { conversation(sid: $s) { sid } }' },
  {
    field: 'conversation',
    arg: 'serviceSid',
    document: 'query($s: String!) { conversation(serviceSid: $s, sid: "support-1042") { sid } }',
  },
  {
    field: 'conversation',
    arg: 'sid',
    document:
      'query($s: String!) { conversation(sid: $s) { messages(first: 2) { edges { node { body } } } } }',
  },
  { field: 'user', arg: 'sid', document: 'query($s: String!) { user(sid: $s) { identity } }' },
  { field: 'service', arg: 'sid', document: 'query($s: String!) { service(sid: $s) { friendlyName } }' },
  { field: 'role', arg: 'sid', document: 'query($s: String!) { role(sid: $s) { friendlyName } }' },
  {
    field: 'participant',
    arg: 'sid',
    document: 'query($s: String!) { participant(conversationSid: "support-1042", sid: $s) { identity } }',
  },
  {
    field: 'message',
    arg: 'conversationSid',
    document: `query($s: String!) { message(conversationSid: $s, sid: "${MESSAGE}") { body } }`,
  },
  {
    field: 'deliveryReceipt',
    arg: 'conversationSid',
    document: `query($s: String!) { deliveryReceipt(conversationSid: $s, messageSid: "${MESSAGE}", sid: "DY00000000000000000000000000000000") { status } }`,
  },
  {
    field: 'conversationWebhook',
    arg: 'conversationSid',
    document:
      'query($s: String!) { conversationWebhook(conversationSid: $s, sid: "WH00000000000000000000000000000000") { target } }',
  },
  {
    field: 'userConversation',
    arg: 'userSid',
    document:
      'query($s: String!) { userConversation(userSid: $s, conversationSid: "support-1042") { friendlyName } }',
  },
  {
    field: 'credential',
    arg: 'sid',
    document: 'query($s: String!) { credential(sid: $s) { friendlyName } }',
  },
  {
    field: 'addressConfiguration',
    arg: 'sid',
    document: 'query($s: String!) { addressConfiguration(sid: $s) { address } }',
  },
  {
    field: 'pushBinding',
    arg: 'sid',
    document: `query($s: String!) { pushBinding(serviceSid: "${SERVICE}", sid: $s) { identity } }`,
  },
  {
    field: 'participantConversations',
    arg: 'identity',
    document:
      'query($s: String!) { participantConversations(identity: $s) { edges { node { conversationSid } } } }',
  },
];

describe('a malformed string where a REST path or form is built', () => {
  it.each(lookups)(
    '$field, argument $arg: is BAD_USER_INPUT naming the argument, before any call',
    async (lookup) => {
      const mark = gateway.mark();
      const result = await gateway.query<Record<string, unknown>>(lookup.document, { s: MALFORMED });
      expect(result.errors).toHaveLength(1);
      const [error] = result.errors ?? [];
      expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error?.message).toMatch(/is not well-formed Unicode text/);
      expect(error?.message.toLowerCase()).toContain(lookup.arg.toLowerCase());
      expect(error?.path?.[0]).toBe(lookup.field);
      expect(result.data?.[lookup.field] ?? null).toBeNull();
      expect(gateway.since(mark)).toEqual([]);
    },
  );

  it.each([
    ['a path parameter', { s: MALFORMED, b: 'hello' }, /^ConversationSid is not well-formed Unicode text/],
    ['a form field', { s: 'support-1042', b: `body ${MALFORMED}` }, /^body is not well-formed Unicode text/],
  ])('a mutation answers it in %s as a user error and sends nothing', async (_where, variables, message) => {
    const mark = gateway.mark();
    const data = await gateway.run<{
      createMessage: { message: unknown; userErrors: Array<{ message: string }> };
    }>(
      'mutation($s: String!, $b: String!) { createMessage(input: { conversationSid: $s, body: $b }) { message { sid } userErrors { message } } }',
      variables,
    );
    expect(data.createMessage.message).toBeNull();
    expect(data.createMessage.userErrors).toEqual([{ message: expect.stringMatching(message) }]);
    expect(gateway.since(mark)).toEqual([]);
  });

  it('well-formed text outside the Basic Multilingual Plane is still sent as is', async () => {
    const data = await gateway.run<{ createMessage: { message: { body: string } | null } }>(
      'mutation($b: String!) { createMessage(input: { conversationSid: "support-1042", body: $b }) { message { body } } }',
      { b: 'on its way \ud83d\ude9a' },
    );
    expect(data.createMessage.message?.body).toBe('on its way 🚚');
  });
});

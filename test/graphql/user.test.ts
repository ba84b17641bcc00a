import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../helpers/gateway.ts';

let gateway: TestGateway;

beforeAll(async () => {
  gateway = await startTestGateway({ seed: 'demo' });
});

afterAll(async () => {
  await gateway.close();
});

async function run<T>(document: string, variables: Record<string, unknown> = {}): Promise<T> {
  const result = await gateway.query<T>(document, variables);
  if (!result.data || result.errors) throw new Error(JSON.stringify(result));
  return result.data;
}

function operations(): string[] {
  return gateway
    .lastCalls()
    .map((call) => call.operationId)
    .sort();
}

const CREATE_USER = `mutation ($input: CreateUserInput!) {
  createUser(input: $input) { user { sid identity friendlyName attributes roleSid chatServiceSid } userErrors { code message moreInfo } }
}`;

interface CreateUserResult {
  createUser: {
    user: {
      sid: string;
      identity: string;
      friendlyName: string | null;
      attributes: unknown;
      roleSid: string;
      chatServiceSid: string;
    } | null;
    userErrors: Array<{ code: number; message: string; moreInfo: string }>;
  };
}

describe('users', () => {
  it('reads a user of the default service by identity and by SID, with parsed attributes and role', async () => {
    const byIdentity = await run<{
      user: {
        sid: string;
        identity: string;
        friendlyName: string;
        attributes: unknown;
        role: { friendlyName: string; type: string };
      };
    }>('{ user(sid: "alice") { sid identity friendlyName attributes role { friendlyName type } } }');
    expect(byIdentity.user).toMatchObject({
      identity: 'alice',
      friendlyName: 'Alice Johnson',
      attributes: { title: 'Support lead' },
      role: { friendlyName: 'service user', type: 'SERVICE' },
    });
    const bySid = await run<{ user: { identity: string } }>(
      'query ($sid: String!) { user(sid: $sid) { identity } }',
      {
        sid: byIdentity.user.sid,
      },
    );
    expect(bySid.user.identity).toBe('alice');
    expect(operations()).toEqual(['FetchUser']);
  });

  it('links a user and its role to the service they belong to, fetching the service once', async () => {
    const data = await run<{
      configuration: { defaultChatServiceSid: string };
      user: { service: { sid: string }; role: { service: { sid: string } } };
    }>(
      '{ configuration { defaultChatServiceSid } user(sid: "dave") { service { sid } role { service { sid } } } }',
    );
    expect(data.user.service.sid).toBe(data.configuration.defaultChatServiceSid);
    expect(data.user.role.service.sid).toBe(data.configuration.defaultChatServiceSid);
    expect(operations()).toEqual(['FetchConfiguration', 'FetchRole', 'FetchService', 'FetchUser']);
  });

  it('returns null for an unknown identity and an unknown SID', async () => {
    const result = await gateway.query(
      '{ a: user(sid: "nobody") { sid } b: user(sid: "US00000000000000000000000000000000") { sid } }',
    );
    expect(result).toEqual({ data: { a: null, b: null } });
  });

  it('reads users of a named service through its routes', async () => {
    const sales = await run<{ services: { edges: Array<{ node: { sid: string; friendlyName: string } }> } }>(
      '{ services(first: 50) { edges { node { sid friendlyName } } } }',
    );
    const serviceSid = sales.services.edges.find((edge) => edge.node.friendlyName === 'Sales team')?.node.sid;
    const data = await run<{
      user: { identity: string; chatServiceSid: string } | null;
      users: { edges: Array<{ node: { identity: string } }> };
    }>(
      'query ($s: String!) { user(sid: "erin", serviceSid: $s) { identity chatServiceSid } users(serviceSid: $s) { edges { node { identity } } } }',
      { s: serviceSid },
    );
    expect(data.user).toEqual({ identity: 'erin', chatServiceSid: serviceSid });
    expect(data.users.edges.map((edge) => edge.node.identity)).toEqual(['erin']);
    expect(operations()).toEqual(['FetchServiceUser', 'ListServiceUser']);
    // Erin is not a user of the default service.
    expect((await run<{ user: null }>('{ user(sid: "erin") { sid } }')).user).toBeNull();
  });

  it('lists the default service’s users, oldest first', async () => {
    const data = await run<{ users: { edges: Array<{ node: { identity: string } }> } }>(
      '{ users(first: 10) { edges { node { identity } } } }',
    );
    expect(data.users.edges.map((edge) => edge.node.identity)).toEqual(['alice', 'bob', 'carol', 'dave']);
  });

  it('creates, updates and deletes a user', async () => {
    const created = await run<CreateUserResult>(CREATE_USER, {
      input: { identity: 'frank', friendlyName: 'Frank', attributes: { team: 'ops' } },
    });
    expect(created.createUser.userErrors).toEqual([]);
    expect(created.createUser.user).toMatchObject({
      identity: 'frank',
      friendlyName: 'Frank',
      attributes: { team: 'ops' },
    });
    expect(created.createUser.user?.sid).toMatch(/^US[0-9a-f]{32}$/);

    const updated = await run<{
      updateUser: { user: { friendlyName: string; attributes: unknown }; userErrors: unknown[] };
    }>(
      `mutation { updateUser(input: { sid: "frank", friendlyName: "Frank Ops", attributes: { team: "ops", level: 2 } }) {
        user { friendlyName attributes } userErrors { code }
      } }`,
    );
    expect(updated.updateUser).toEqual({
      user: { friendlyName: 'Frank Ops', attributes: { team: 'ops', level: 2 } },
      userErrors: [],
    });

    const deleted = await run<{ deleteUser: { deletedSid: string; userErrors: unknown[] } }>(
      'mutation { deleteUser(input: { sid: "frank" }) { deletedSid userErrors { code } } }',
    );
    expect(deleted.deleteUser).toEqual({ deletedSid: 'frank', userErrors: [] });
    expect((await run<{ user: null }>('{ user(sid: "frank") { sid } }')).user).toBeNull();
  });

  it('refuses a duplicate identity with Twilio’s code 50201', async () => {
    const result = await run<CreateUserResult>(CREATE_USER, { input: { identity: 'alice' } });
    expect(result.createUser.user).toBeNull();
    expect(result.createUser.userErrors).toHaveLength(1);
    expect(result.createUser.userErrors[0]).toMatchObject({ code: 50201 });
    expect(result.createUser.userErrors[0]?.moreInfo).toContain('50201');
  });

  it('reports updating an unknown user as a user error', async () => {
    const result = await run<{ updateUser: { user: null; userErrors: Array<{ code: number }> } }>(
      'mutation { updateUser(input: { sid: "nobody", friendlyName: "x" }) { user { sid } userErrors { code } } }',
    );
    expect(result.updateUser.user).toBeNull();
    expect(result.updateUser.userErrors.map((error) => error.code)).toEqual([20404]);
  });

  it('fetches a user by its global ID in one call', async () => {
    const { user } = await run<{ user: { id: string; sid: string } }>('{ user(sid: "bob") { id sid } }');
    const node = await run<{ node: { __typename: string; identity: string; sid: string } }>(
      'query ($id: ID!) { node(id: $id) { __typename ... on User { sid identity } } }',
      { id: user.id },
    );
    expect(node.node).toEqual({ __typename: 'User', sid: user.sid, identity: 'bob' });
    // The global ID names the service, so the lookup goes straight to the service route.
    expect(operations()).toEqual(['FetchServiceUser']);
  });
});

describe('user conversations', () => {
  it('lists a user’s conversations with unread counts and links to the conversation and participant', async () => {
    const data = await run<{
      user: {
        conversations: {
          edges: Array<{
            node: {
              uniqueName: string | null;
              friendlyName: string;
              unreadMessagesCount: number | null;
              lastReadMessageIndex: number | null;
              notificationLevel: string | null;
              conversationState: string;
              timers: { dateInactive: string | null; dateClosed: string | null };
              conversation: { sid: string };
              participant: { identity: string };
              user: { identity: string };
            };
          }>;
        };
      };
    }>(`{
      user(sid: "alice") { conversations { edges { node {
        uniqueName friendlyName unreadMessagesCount lastReadMessageIndex notificationLevel conversationState
        timers { dateInactive dateClosed }
        conversation { sid } participant { identity } user { identity }
      } } } }
    }`);
    const nodes = data.user.conversations.edges.map((edge) => edge.node);
    expect(nodes.map((node) => node.friendlyName)).toEqual(['Product launch', 'Returns via WhatsApp']);
    const launch = nodes[0];
    expect(launch).toMatchObject({
      uniqueName: 'product-launch',
      lastReadMessageIndex: 4,
      unreadMessagesCount: 0,
      conversationState: 'ACTIVE',
      participant: { identity: 'alice' },
      user: { identity: 'alice' },
    });
    expect(nodes[1]?.timers.dateClosed).not.toBeNull();
  });

  it('links a user’s conversations to their service with one fetch, none when the service is read already', async () => {
    const data = await run<{
      user: {
        chatServiceSid: string;
        conversations: { edges: Array<{ node: { service: { sid: string } } }> };
      };
    }>('{ user(sid: "alice") { chatServiceSid conversations { edges { node { service { sid } } } } } }');
    const { chatServiceSid, conversations } = data.user;
    expect(conversations.edges.map((edge) => edge.node.service.sid)).toEqual([
      chatServiceSid,
      chatServiceSid,
    ]);
    // Minimum 3: the user, their conversations page and the one service every item names.
    expect(operations()).toEqual(['FetchService', 'FetchUser', 'ListUserConversation']);

    await run(
      '{ user(sid: "alice") { service { sid } conversations { edges { node { service { friendlyName } } } } } }',
    );
    // Minimum 3 still: the user's service and their conversations' are the same fetch.
    expect(operations()).toEqual(['FetchService', 'FetchUser', 'ListUserConversation']);
  });

  it('mutes a conversation for a user and marks it read, then leaves it', async () => {
    const updated = await run<{
      updateUserConversation: {
        userConversation: {
          notificationLevel: string;
          lastReadMessageIndex: number;
          unreadMessagesCount: number;
        };
        userErrors: unknown[];
      };
    }>(`mutation { updateUserConversation(input: { userSid: "bob", conversationSid: "product-launch", notificationLevel: MUTED, lastReadMessageIndex: 4 }) {
      userConversation { notificationLevel lastReadMessageIndex unreadMessagesCount } userErrors { code }
    } }`);
    expect(updated.updateUserConversation).toEqual({
      userConversation: { notificationLevel: 'MUTED', lastReadMessageIndex: 4, unreadMessagesCount: 0 },
      userErrors: [],
    });

    const left = await run<{ deleteUserConversation: { deletedSid: string; userErrors: unknown[] } }>(
      'mutation { deleteUserConversation(input: { userSid: "bob", conversationSid: "product-launch" }) { deletedSid userErrors { code } } }',
    );
    expect(left.deleteUserConversation).toEqual({ deletedSid: 'product-launch', userErrors: [] });
    // Leaving removes bob's participant; the conversation and the others stay.
    const after = await run<{
      conversation: { participants: { edges: Array<{ node: { identity: string } }> } };
    }>('{ conversation(sid: "product-launch") { participants { edges { node { identity } } } } }');
    expect(after.conversation.participants.edges.map((edge) => edge.node.identity)).toEqual([
      'alice',
      'dave',
    ]);
  });

  it('reads one user conversation by identity and unique name, and null when the user is not in it', async () => {
    const data = await run<{
      inIt: { conversationSid: string; unreadMessagesCount: number; user: { identity: string } };
      notInIt: null;
    }>(`{
      inIt: userConversation(userSid: "carol", conversationSid: "support-1042") { conversationSid unreadMessagesCount user { identity } }
      notInIt: userConversation(userSid: "carol", conversationSid: "product-launch") { conversationSid }
    }`);
    expect(data.inIt).toMatchObject({ unreadMessagesCount: 0, user: { identity: 'carol' } });
    expect(data.notInIt).toBeNull();
  });

  it('fetches a user conversation by its global ID in one call', async () => {
    const data = await run<{
      user: { conversations: { edges: Array<{ node: { id: string; conversationSid: string } }> } };
    }>('{ user(sid: "carol") { conversations(first: 1) { edges { node { id conversationSid } } } } }');
    const first = data.user.conversations.edges[0]?.node;
    const node = await run<{ node: { conversationSid: string; unreadMessagesCount: number } }>(
      'query ($id: ID!) { node(id: $id) { ... on UserConversation { conversationSid unreadMessagesCount } } }',
      { id: first?.id },
    );
    expect(node.node.conversationSid).toBe(first?.conversationSid);
    expect(operations()).toEqual(['FetchServiceUserConversation']);
  });

  it('reads 50 conversations of a user with unread counts in two calls', async () => {
    await run(CREATE_USER, { input: { identity: 'busy' } });
    for (let i = 0; i < 50; i += 1) {
      const created = await run<{ createConversation: { conversation: { sid: string } } }>(
        'mutation ($n: String) { createConversation(input: { friendlyName: $n }) { conversation { sid } } }',
        { n: `busy ${i}` },
      );
      await run(
        'mutation ($c: String!) { createParticipant(input: { conversationSid: $c, identity: "busy" }) { userErrors { code } } }',
        { c: created.createConversation.conversation.sid },
      );
    }
    const data = await run<{
      user: {
        identity: string;
        conversations: { edges: Array<{ node: { unreadMessagesCount: number | null } }> };
      };
    }>(
      '{ user(sid: "busy") { identity conversations(first: 50) { edges { node { unreadMessagesCount } } } } }',
    );
    expect(data.user.conversations.edges).toHaveLength(50);
    // Measured: 2 calls, which is the minimum for a query that reads the user's own fields: one
    // fetch of the user and one page of its conversations (Twilio serves 50 a page, with the
    // unread count in each item, so no conversation is fetched on its own).
    expect(operations()).toEqual(['FetchUser', 'ListUserConversation']);
  });

  it('answers an inbox of 50 conversations with each last message without fetching any conversation', async () => {
    // Uses the 50 conversations of "busy" created by the previous test.
    const data = await run<{
      user: {
        conversations: {
          edges: Array<{
            node: {
              conversation: {
                id: string;
                friendlyName: string;
                state: string;
                dateCreated: string;
                url: string;
                messages: { edges: unknown[] };
              };
            };
          }>;
        };
      };
    }>(`{ user(sid: "busy") { conversations(first: 50) { edges { node {
      unreadMessagesCount
      conversation { id friendlyName state dateCreated url ...Last }
    } } } } }
    fragment Last on Conversation { messages(last: 1) { edges { node { body } } } }`);
    const conversations = data.user.conversations.edges.map((edge) => edge.node.conversation);
    expect(conversations).toHaveLength(50);
    expect(conversations[0]).toMatchObject({ friendlyName: 'busy 0', state: 'ACTIVE' });
    expect(conversations[0]?.url).toMatch(/\/v1\/Conversations\/CH[0-9a-f]{32}$/);
    // Minimum possible: 52 = 1 FetchUser + 1 ListUserConversation + 50 ListConversationMessage (Twilio
    // has no "last message" of a user conversation). The conversations' own fields come with the
    // user conversations, so the 50 FetchConversation a naive resolver makes are saved.
    expect(operations()).toEqual([
      'FetchUser',
      ...Array(50).fill('ListConversationMessage'),
      'ListUserConversation',
    ]);
  });

  it('fetches the conversations when the selection asks for a field the user conversations lack', async () => {
    const data = await run<{
      user: {
        conversations: { edges: Array<{ node: { conversation: { messagingServiceSid: string | null } } }> };
      };
    }>(
      '{ user(sid: "alice") { conversations { edges { node { conversation { friendlyName messagingServiceSid } } } } } }',
    );
    expect(data.user.conversations.edges).toHaveLength(2);
    // Minimum possible: 4 = 1 FetchUser + 1 ListUserConversation + 2 FetchConversation (the Messaging
    // Service is only on the conversation itself).
    expect(operations()).toEqual([
      'FetchConversation',
      'FetchConversation',
      'FetchUser',
      'ListUserConversation',
    ]);
  });
});

describe('the user of a participant', () => {
  it('links a chat participant to its user, and an SMS participant to none', async () => {
    const data = await run<{
      conversation: {
        participants: {
          edges: Array<{ node: { identity: string | null; user: { friendlyName: string } | null } }>;
        };
      };
    }>(
      '{ conversation(sid: "support-1042") { participants { edges { node { identity user { friendlyName } } } } } }',
    );
    expect(data.conversation.participants.edges.map((edge) => edge.node)).toEqual([
      { identity: 'carol', user: { friendlyName: 'Carol Chen' } },
      { identity: null, user: null },
    ]);
    expect(operations()).toEqual(['FetchConversation', 'FetchUser', 'ListConversationParticipant']);
  });
});

import { describe, expect, it } from 'vitest';
import { useTestGateway } from '../helpers/gateway.ts';

const gateway = useTestGateway({ seed: 'demo' });

const CREATE_USER = `mutation ($input: CreateUserInput!) {
  createUser(input: $input) { user { sid identity friendlyName attributes roleSid chatServiceSid } userErrors { code message moreInfo } }
}`;

describe('user conversations', () => {
  it('lists a user’s conversations with unread counts and links to the conversation and participant', async () => {
    const data = await gateway.run<{
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
    const data = await gateway.run<{
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
    expect(gateway.operations()).toEqual(['FetchService', 'FetchUser', 'ListUserConversation']);

    await gateway.run(
      '{ user(sid: "alice") { service { sid } conversations { edges { node { service { friendlyName } } } } } }',
    );
    // Minimum 3 still: the user's service and their conversations' are the same fetch.
    expect(gateway.operations()).toEqual(['FetchService', 'FetchUser', 'ListUserConversation']);
  });

  it('mutes a conversation for a user and marks it read, then leaves it', async () => {
    const updated = await gateway.run<{
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

    const left = await gateway.run<{ deleteUserConversation: { deletedSid: string; userErrors: unknown[] } }>(
      'mutation { deleteUserConversation(input: { userSid: "bob", conversationSid: "product-launch" }) { deletedSid userErrors { code } } }',
    );
    expect(left.deleteUserConversation).toEqual({ deletedSid: 'product-launch', userErrors: [] });
    // Leaving removes bob's participant; the conversation and the others stay.
    const after = await gateway.run<{
      conversation: { participants: { edges: Array<{ node: { identity: string } }> } };
    }>('{ conversation(sid: "product-launch") { participants { edges { node { identity } } } } }');
    expect(after.conversation.participants.edges.map((edge) => edge.node.identity)).toEqual([
      'alice',
      'dave',
    ]);
  });

  it('reads one user conversation by identity and unique name, and null when the user is not in it', async () => {
    const data = await gateway.run<{
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
    const data = await gateway.run<{
      user: { conversations: { edges: Array<{ node: { id: string; conversationSid: string } }> } };
    }>('{ user(sid: "carol") { conversations(first: 1) { edges { node { id conversationSid } } } } }');
    const first = data.user.conversations.edges[0]?.node;
    const node = await gateway.run<{ node: { conversationSid: string; unreadMessagesCount: number } }>(
      'query ($id: ID!) { node(id: $id) { ... on UserConversation { conversationSid unreadMessagesCount } } }',
      { id: first?.id },
    );
    expect(node.node.conversationSid).toBe(first?.conversationSid);
    expect(gateway.operations()).toEqual(['FetchServiceUserConversation']);
  });

  it('reads 50 conversations of a user with unread counts in two calls', async () => {
    await gateway.run(CREATE_USER, { input: { identity: 'busy' } });
    for (let i = 0; i < 50; i += 1) {
      const created = await gateway.run<{ createConversation: { conversation: { sid: string } } }>(
        'mutation ($n: String) { createConversation(input: { friendlyName: $n }) { conversation { sid } } }',
        { n: `busy ${i}` },
      );
      await gateway.run(
        'mutation ($c: String!) { createParticipant(input: { conversationSid: $c, identity: "busy" }) { userErrors { code } } }',
        { c: created.createConversation.conversation.sid },
      );
    }
    const data = await gateway.run<{
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
    expect(gateway.operations()).toEqual(['FetchUser', 'ListUserConversation']);
  });

  it('answers an inbox of 50 conversations with each last message without fetching any conversation', async () => {
    // Uses the 50 conversations of "busy" created by the previous test.
    const data = await gateway.run<{
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
    expect(gateway.operations()).toEqual([
      'FetchUser',
      ...Array(50).fill('ListConversationMessage'),
      'ListUserConversation',
    ]);
  });

  it('fetches the conversations when the selection asks for a field the user conversations lack', async () => {
    const data = await gateway.run<{
      user: {
        conversations: { edges: Array<{ node: { conversation: { messagingServiceSid: string | null } } }> };
      };
    }>(
      '{ user(sid: "alice") { conversations { edges { node { conversation { friendlyName messagingServiceSid } } } } } }',
    );
    expect(data.user.conversations.edges).toHaveLength(2);
    // Minimum possible: 4 = 1 FetchUser + 1 ListUserConversation + 2 FetchConversation (the Messaging
    // Service is only on the conversation itself).
    expect(gateway.operations()).toEqual([
      'FetchConversation',
      'FetchConversation',
      'FetchUser',
      'ListUserConversation',
    ]);
  });
});

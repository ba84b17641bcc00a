import { describe, expect, it } from 'vitest';
import {
  ConversationParticipantIdentitiesDocument,
  CreateConversationDocument,
  CreateConversationParticipantDocument,
  CreateUserDocument,
  DeleteUserConversationDocument,
  UpdateUserConversationDocument,
  UserAndConversationServicesDocument,
  UserConversationIdsDocument,
  UserConversationInAndOutDocument,
  UserConversationLinksDocument,
  UserConversationMessagingServicesDocument,
  UserConversationNodeDocument,
  UserConversationServicesDocument,
  UserInboxDocument,
  UserUnreadCountsDocument,
} from '../documents/generated.ts';
import { useTestGateway } from '../helpers/gateway.ts';

const gateway = useTestGateway({ seed: 'demo' });

describe('user conversations', () => {
  it('lists a user’s conversations with unread counts and links to the conversation and participant', async () => {
    const data = await gateway.run(UserConversationLinksDocument, { userSid: 'alice' });
    const nodes = data.user?.conversations.edges.map((edge) => edge.node) ?? [];
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
    const data = await gateway.run(UserConversationServicesDocument, { userSid: 'alice' });
    if (!data.user) throw new Error('the demo seed has no alice');
    const { chatServiceSid, conversations } = data.user;
    expect(conversations.edges.map((edge) => edge.node.service?.sid)).toEqual([
      chatServiceSid,
      chatServiceSid,
    ]);
    // Minimum 3: the user, their conversations page and the one service every item names.
    expect(gateway.operations()).toEqual(['FetchService', 'FetchUser', 'ListUserConversation']);

    await gateway.run(UserAndConversationServicesDocument, { userSid: 'alice' });
    // Minimum 3 still: the user's service and their conversations' are the same fetch.
    expect(gateway.operations()).toEqual(['FetchService', 'FetchUser', 'ListUserConversation']);
  });

  it('mutes a conversation for a user and marks it read, then leaves it', async () => {
    const updated = await gateway.run(UpdateUserConversationDocument, {
      userSid: 'bob',
      conversationSid: 'product-launch',
      notificationLevel: 'MUTED',
      lastReadMessageIndex: 4,
    });
    expect(updated.updateUserConversation).toEqual({
      userConversation: expect.objectContaining({
        notificationLevel: 'MUTED',
        lastReadMessageIndex: 4,
        unreadMessagesCount: 0,
      }),
      userErrors: [],
    });

    const left = await gateway.run(DeleteUserConversationDocument, {
      userSid: 'bob',
      conversationSid: 'product-launch',
    });
    expect(left.deleteUserConversation).toEqual({ deletedSid: 'product-launch', userErrors: [] });
    // Leaving removes bob's participant; the conversation and the others stay.
    const after = await gateway.run(ConversationParticipantIdentitiesDocument, { sid: 'product-launch' });
    expect(after.conversation?.participants.edges.map((edge) => edge.node.identity)).toEqual([
      'alice',
      'dave',
    ]);
  });

  it('reads one user conversation by identity and unique name, and null when the user is not in it', async () => {
    const data = await gateway.run(UserConversationInAndOutDocument, {
      userSid: 'carol',
      inIt: 'support-1042',
      notInIt: 'product-launch',
    });
    expect(data.inIt).toMatchObject({ unreadMessagesCount: 0, user: { identity: 'carol' } });
    expect(data.notInIt).toBeNull();
  });

  it('fetches a user conversation by its global ID in one call', async () => {
    const data = await gateway.run(UserConversationIdsDocument, { userSid: 'carol', first: 1 });
    const first = data.user?.conversations.edges[0]?.node;
    if (!first) throw new Error('carol has no conversation in the demo seed');
    const node = await gateway.run(UserConversationNodeDocument, { id: first.id });
    expect(node.node).toMatchObject({ conversationSid: first.conversationSid });
    expect(gateway.operations()).toEqual(['FetchServiceUserConversation']);
  });

  it('reads 50 conversations of a user with unread counts in two calls', async () => {
    await gateway.run(CreateUserDocument, { identity: 'busy' });
    for (let i = 0; i < 50; i += 1) {
      const created = await gateway.run(CreateConversationDocument, { friendlyName: `busy ${i}` });
      await gateway.run(CreateConversationParticipantDocument, {
        conversationSid: created.createConversation.conversation?.sid ?? '',
        identity: 'busy',
      });
    }
    const data = await gateway.run(UserUnreadCountsDocument, { userSid: 'busy', first: 50 });
    expect(data.user?.conversations.edges).toHaveLength(50);
    // Measured: 2 calls, which is the minimum for a query that reads the user's own fields: one
    // fetch of the user and one page of its conversations (Twilio serves 50 a page, with the
    // unread count in each item, so no conversation is fetched on its own).
    expect(gateway.operations()).toEqual(['FetchUser', 'ListUserConversation']);
  });

  it('answers an inbox of 50 conversations with each last message without fetching any conversation', async () => {
    // Uses the 50 conversations of "busy" created by the previous test.
    const data = await gateway.run(UserInboxDocument, { userSid: 'busy', first: 50 });
    const conversations = data.user?.conversations.edges.map((edge) => edge.node.conversation) ?? [];
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
    const data = await gateway.run(UserConversationMessagingServicesDocument, { userSid: 'alice' });
    expect(data.user?.conversations.edges).toHaveLength(2);
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

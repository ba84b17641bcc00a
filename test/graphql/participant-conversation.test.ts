import { describe, expect, it } from 'vitest';
import { useTestGateway } from '../helpers/gateway.ts';

const gateway = useTestGateway({ seed: 'demo' });

describe('participant conversations', () => {
  it('finds the conversations of a chat identity, with links to each conversation and participant', async () => {
    const data = await gateway.run<{
      participantConversations: {
        edges: Array<{
          node: {
            conversationFriendlyName: string;
            participantIdentity: string;
            conversationState: string;
            conversation: { uniqueName: string | null };
            participant: { identity: string };
            user: { friendlyName: string };
          };
        }>;
      };
    }>(`{ participantConversations(identity: "alice") { edges { node {
      conversationFriendlyName participantIdentity conversationState conversation { uniqueName } participant { identity }
      user { friendlyName }
    } } } }`);
    const nodes = data.participantConversations.edges.map((edge) => edge.node);
    expect(nodes.map((node) => node.conversationFriendlyName).sort()).toEqual([
      'Product launch',
      'Returns via WhatsApp',
    ]);
    expect(
      nodes.every((node) => node.participant.identity === 'alice' && node.participantIdentity === 'alice'),
    ).toBe(true);
    expect(nodes.map((node) => node.user.friendlyName)).toEqual(['Alice Johnson', 'Alice Johnson']);
  });

  it('links each conversation of a member without fetching it when the selection needs only what the member list carries', async () => {
    const data = await gateway.run<{
      participantConversations: {
        edges: Array<{
          node: { conversation: { uniqueName: string | null; participants: { edges: unknown[] } } };
        }>;
      };
    }>(`{ participantConversations(identity: "alice") { edges { node {
      conversation { uniqueName participants(first: 5) { edges { node { identity } } } }
    } } } }`);
    expect(data.participantConversations.edges).toHaveLength(2);
    // Minimum possible: 3 = 1 ListParticipantConversation + 2 ListConversationParticipant.
    expect(gateway.operations()).toEqual([
      'ListConversationParticipant',
      'ListConversationParticipant',
      'ListParticipantConversation',
    ]);
  });

  it('finds the conversations of an SMS address, with its messaging binding', async () => {
    const data = await gateway.run<{
      participantConversations: {
        edges: Array<{
          node: {
            conversationUniqueName: string;
            participantIdentity: null;
            participantMessagingBinding: { address: string };
          };
        }>;
      };
    }>(`{ participantConversations(address: "+15551230001") { edges { node {
      conversationUniqueName participantIdentity participantMessagingBinding { address }
    } } } }`);
    expect(data.participantConversations.edges.map((edge) => edge.node)).toEqual([
      {
        conversationUniqueName: 'support-1042',
        participantIdentity: null,
        participantMessagingBinding: { address: '+15551230001' },
      },
    ]);
  });

  it('refuses both or neither of identity and address before calling Twilio', async () => {
    for (const args of ['identity: "alice", address: "+15551230001"', '']) {
      const result = await gateway.query(
        `{ participantConversations${args ? `(${args})` : ''} { edges { cursor } } }`,
      );
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(gateway.lastCalls()).toEqual([]);
    }
  });

  it('links the conversations of a member to their service with one fetch', async () => {
    const data = await gateway.run<{
      participantConversations: {
        edges: Array<{ node: { chatServiceSid: string; service: { sid: string } } }>;
      };
    }>(
      '{ participantConversations(identity: "alice") { edges { node { chatServiceSid service { sid } } } } }',
    );
    const nodes = data.participantConversations.edges.map((edge) => edge.node);
    expect(nodes).toHaveLength(2);
    for (const node of nodes) expect(node.service.sid).toBe(node.chatServiceSid);
    // Minimum 2: the list and the one service all of it belongs to.
    expect(gateway.operations()).toEqual(['FetchService', 'ListParticipantConversation']);
  });

  it('finds the conversations of a member from their service, through the service route', async () => {
    const listed = await gateway.run<{ user: { chatServiceSid: string } }>(
      '{ user(sid: "alice") { chatServiceSid } }',
    );
    const data = await gateway.run<{
      service: {
        participantConversations: {
          edges: Array<{ node: { conversationFriendlyName: string; service: { sid: string } } }>;
        };
      };
    }>(
      'query($s: String!) { service(sid: $s) { participantConversations(identity: "alice") { edges { node { conversationFriendlyName service { sid } } } } } }',
      { s: listed.user.chatServiceSid },
    );
    const nodes = data.service.participantConversations.edges.map((edge) => edge.node);
    expect(nodes.map((node) => node.conversationFriendlyName).sort()).toEqual([
      'Product launch',
      'Returns via WhatsApp',
    ]);
    expect(nodes.every((node) => node.service.sid === listed.user.chatServiceSid)).toBe(true);
    // Minimum 2: the service and its list; every item names the service already read.
    expect(gateway.operations()).toEqual(['FetchService', 'ListServiceParticipantConversation']);
  });

  it('refuses both or neither of identity and address on a service too, before listing', async () => {
    const listed = await gateway.run<{ user: { chatServiceSid: string } }>(
      '{ user(sid: "alice") { chatServiceSid } }',
    );
    const result = await gateway.query(
      'query($s: String!) { service(sid: $s) { participantConversations { edges { cursor } } } }',
      { s: listed.user.chatServiceSid },
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.path).toEqual(['service', 'participantConversations']);
    expect(gateway.operations()).toEqual(['FetchService']);
  });
});

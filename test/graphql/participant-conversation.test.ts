import { describe, expect, it } from 'vitest';
import {
  FetchUserDocument,
  ParticipantConversationCursorsDocument,
  ParticipantConversationLinksDocument,
  ParticipantConversationMembersDocument,
  ParticipantConversationServicesDocument,
  ParticipantConversationsOfAddressDocument,
  ServiceParticipantConversationsDocument,
} from '../documents/generated.ts';
import { useTestGateway } from '../helpers/gateway.ts';

const gateway = useTestGateway({ seed: 'demo' });

describe('participant conversations', () => {
  it('finds the conversations of a chat identity, with links to each conversation and participant', async () => {
    const data = await gateway.run(ParticipantConversationLinksDocument, { identity: 'alice' });
    const nodes = data.participantConversations.edges.map((edge) => edge.node);
    expect(nodes.map((node) => node.conversationFriendlyName).sort()).toEqual([
      'Product launch',
      'Returns via WhatsApp',
    ]);
    expect(
      nodes.every((node) => node.participant?.identity === 'alice' && node.participantIdentity === 'alice'),
    ).toBe(true);
    expect(nodes.map((node) => node.user?.friendlyName)).toEqual(['Alice Johnson', 'Alice Johnson']);
  });

  it('links each conversation of a member without fetching it when the selection needs only what the member list carries', async () => {
    const data = await gateway.run(ParticipantConversationMembersDocument, { identity: 'alice' });
    expect(data.participantConversations.edges).toHaveLength(2);
    // Minimum possible: 3 = 1 ListParticipantConversation + 2 ListConversationParticipant.
    expect(gateway.operations()).toEqual([
      'ListConversationParticipant',
      'ListConversationParticipant',
      'ListParticipantConversation',
    ]);
  });

  it('finds the conversations of an SMS address, with its messaging binding', async () => {
    const data = await gateway.run(ParticipantConversationsOfAddressDocument, { address: '+15551230001' });
    expect(data.participantConversations.edges.map((edge) => edge.node)).toEqual([
      {
        conversationUniqueName: 'support-1042',
        participantIdentity: null,
        participantMessagingBinding: { address: '+15551230001' },
      },
    ]);
  });

  it('refuses both or neither of identity and address before calling Twilio', async () => {
    for (const variables of [{ identity: 'alice', address: '+15551230001' }, {}]) {
      const result = await gateway.query(ParticipantConversationCursorsDocument, variables);
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(gateway.lastCalls()).toEqual([]);
    }
  });

  it('links the conversations of a member to their service with one fetch', async () => {
    const data = await gateway.run(ParticipantConversationServicesDocument, { identity: 'alice' });
    const nodes = data.participantConversations.edges.map((edge) => edge.node);
    expect(nodes).toHaveLength(2);
    for (const node of nodes) expect(node.service?.sid).toBe(node.chatServiceSid);
    // Minimum 2: the list and the one service all of it belongs to.
    expect(gateway.operations()).toEqual(['FetchService', 'ListParticipantConversation']);
  });

  it('finds the conversations of a member from their service, through the service route', async () => {
    const listed = await gateway.run(FetchUserDocument, { sid: 'alice' });
    const serviceSid = listed.user?.chatServiceSid ?? '';
    const data = await gateway.run(ServiceParticipantConversationsDocument, {
      serviceSid,
      identity: 'alice',
    });
    const nodes = data.service?.participantConversations.edges.map((edge) => edge.node);
    expect(nodes?.map((node) => node.conversationFriendlyName).sort()).toEqual([
      'Product launch',
      'Returns via WhatsApp',
    ]);
    expect(nodes?.every((node) => node.service?.sid === serviceSid)).toBe(true);
    // Minimum 2: the service and its list; every item names the service already read.
    expect(gateway.operations()).toEqual(['FetchService', 'ListServiceParticipantConversation']);
  });

  it('refuses both or neither of identity and address on a service too, before listing', async () => {
    const listed = await gateway.run(FetchUserDocument, { sid: 'alice' });
    const serviceSid = listed.user?.chatServiceSid ?? '';
    const result = await gateway.query(ServiceParticipantConversationsDocument, { serviceSid });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.path).toEqual(['service', 'participantConversations']);
    expect(gateway.operations()).toEqual(['FetchService']);
  });
});

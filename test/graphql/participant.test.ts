import { beforeAll, describe, expect, it } from 'vitest';
import {
  CreateParticipantInputDocument,
  DeleteParticipantCodeDocument,
  MissingParticipantsDocument,
  ParticipantBindingsDocument,
  ParticipantIdentityDocument,
  ParticipantIdsDocument,
  ParticipantInServiceOrDefaultDocument,
  ParticipantNodeIdentityDocument,
  ParticipantNodeServiceDocument,
  ParticipantNodeSidDocument,
  ParticipantPageDocument,
  type ParticipantPageQuery,
  ParticipantReadHorizonsDocument,
  ParticipantServicesDocument,
  ParticipantWithConversationDocument,
  ServiceConversationMembersDocument,
  UpdateConversationCodeDocument,
  UpdateParticipantInputDocument,
} from '../documents/generated.ts';
import { conversationMaker, serviceSidNamed, useTestGateway } from '../helpers/gateway.ts';

const gateway = useTestGateway({ seed: 'demo' });
/** The demo seed's "Sales team" service, which holds the `enterprise-deal` conversation. */
let salesSid: string;

beforeAll(async () => {
  salesSid = await serviceSidNamed(gateway, 'Sales team');
});

const operations = () => gateway.lastCalls().map((call) => call.operationId);

const createConversation = conversationMaker(gateway, 'participants-test');

describe('reading participants', () => {
  it('lists the members of a conversation in the order they joined, with their read horizon', async () => {
    const data = await gateway.run(ParticipantReadHorizonsDocument, { conversationSid: 'product-launch' });
    const members = data.conversation?.participants.edges.map((edge) => edge.node) ?? [];
    expect(members.map((member) => [member.identity, member.lastReadMessageIndex])).toEqual([
      ['alice', 4],
      ['bob', 2],
      ['dave', null],
    ]);
    expect(members.every((member) => member.roleSid?.startsWith('RL'))).toBe(true);
    // Minimum 1: only the members are read, addressed by the conversation's unique name.
    expect(operations()).toEqual(['ListConversationParticipant']);
  });

  it('finds a participant by identity and by SID, and again by global ID', async () => {
    const byIdentity = await gateway.run(ParticipantWithConversationDocument, {
      conversationSid: 'product-launch',
      sid: 'bob',
    });
    expect(byIdentity.participant).toMatchObject({
      identity: 'bob',
      conversation: { uniqueName: 'product-launch' },
    });
    if (!byIdentity.participant) throw new Error('the demo seed has no bob');
    const { sid, id } = byIdentity.participant;

    const bySid = await gateway.run(ParticipantIdentityDocument, { conversationSid: 'product-launch', sid });
    expect(bySid.participant).toEqual({ identity: 'bob' });
    expect(operations()).toEqual(['FetchConversationParticipant']);

    const byId = await gateway.run(ParticipantNodeSidDocument, { id });
    expect(byId.node).toEqual({ sid });
  });

  it('shows the messaging binding of an SMS participant', async () => {
    const data = await gateway.run(ParticipantBindingsDocument, { conversationSid: 'support-1042' });
    expect(data.conversation?.participants.edges.map((edge) => edge.node)).toEqual([
      { identity: 'carol', attributes: {}, messagingBinding: null },
      {
        identity: null,
        attributes: { customer: 'Erin Walsh' },
        messagingBinding: {
          type: 'sms',
          address: '+15551230001',
          proxyAddress: '+15559870001',
          projectedAddress: null,
        },
      },
    ]);
  });

  it('returns null for participants and conversations that do not exist', async () => {
    const data = await gateway.run(MissingParticipantsDocument, {
      conversationSid: 'product-launch',
      identity: 'nobody',
      sid: 'MB00000000000000000000000000000000',
      unknownConversationSid: 'no-such-conversation',
      member: 'alice',
    });
    expect(data).toEqual({ unknownIdentity: null, unknownSid: null, unknownConversation: null });
  });

  it('reads the members of a conversation in a named service through the service routes', async () => {
    const data = await gateway.run(ServiceConversationMembersDocument, {
      serviceSid: salesSid,
      conversationSid: 'enterprise-deal',
    });
    const erin = data.conversation?.participants.edges[0]?.node;
    expect(erin).toMatchObject({ identity: 'erin', chatServiceSid: salesSid });
    expect(operations()).toEqual(['ListServiceConversationParticipant']);

    const lookup = await gateway.run(ParticipantInServiceOrDefaultDocument, {
      serviceSid: salesSid,
      conversationSid: 'enterprise-deal',
      sid: 'erin',
    });
    expect(lookup).toEqual({ inService: { identity: 'erin' }, inDefault: null });

    const byId = await gateway.run(ParticipantNodeIdentityDocument, { id: erin?.id ?? '' });
    expect(byId.node).toEqual({ identity: 'erin' });
    expect(operations()).toEqual(['FetchServiceConversationParticipant']);
  });

  it('links a page of participants to their service with one fetch', async () => {
    const data = await gateway.run(ParticipantServicesDocument, { conversationSid: 'support-1042' });
    if (!data.conversation) throw new Error('the demo seed has no support-1042');
    const { chatServiceSid, participants } = data.conversation;
    expect(participants.edges.map((edge) => edge.node.service?.sid)).toEqual([
      chatServiceSid,
      chatServiceSid,
    ]);
    // Minimum 3: the conversation (which names the service the short routes leave out of
    // participants), the participants page and the one service they share.
    expect(operations().sort()).toEqual(['FetchConversation', 'FetchService', 'ListConversationParticipant']);
  });

  it('links a participant fetched alone through the short routes to its service via its conversation', async () => {
    const listed = await gateway.run(ParticipantIdsDocument, { conversationSid: 'support-1042', first: 1 });
    const data = await gateway.run(ParticipantNodeServiceDocument, {
      id: listed.conversation?.participants.edges[0]?.node.id ?? '',
    });
    expect(data.node).toEqual({ service: { friendlyName: expect.any(String) } });
    // Minimum 3: the participant, its conversation (the only object on the short routes that names
    // the service) and the service.
    expect(operations().sort()).toEqual([
      'FetchConversation',
      'FetchConversationParticipant',
      'FetchService',
    ]);
  });

  it('walks many participants once each with first/after', async () => {
    const conversationSid = await createConversation();
    const joined: string[] = [];
    for (let i = 0; i < 25; i += 1) {
      const data = await gateway.run(CreateParticipantInputDocument, {
        input: { conversationSid, identity: `member-${i}` },
      });
      joined.push(data.createParticipant.participant?.sid ?? '');
    }
    const seen: string[] = [];
    let after: string | null = null;
    for (let round = 0; round < 5; round += 1) {
      const data: ParticipantPageQuery = await gateway.run(ParticipantPageDocument, {
        conversationSid,
        first: 10,
        after,
      });
      const participants = data.conversation?.participants;
      if (!participants) throw new Error(JSON.stringify(data));
      seen.push(...participants.edges.map((edge) => edge.node.sid));
      if (!participants.pageInfo.hasNextPage) break;
      after = participants.pageInfo.endCursor;
    }
    expect(seen).toEqual(joined);
  });
});

describe('writing participants', () => {
  it('adds a chat participant with a role and attributes', async () => {
    const conversationSid = await createConversation();
    const data = await gateway.run(CreateParticipantInputDocument, {
      input: { conversationSid, identity: 'zoe', attributes: { team: 'support' }, webhookEnabled: false },
    });
    expect(data.createParticipant.userErrors).toEqual([]);
    expect(data.createParticipant.participant).toMatchObject({
      identity: 'zoe',
      attributes: { team: 'support' },
      messagingBinding: null,
      conversation: { sid: conversationSid },
    });
    expect(data.createParticipant.participant?.roleSid).toMatch(/^RL/);
  });

  it('adds an SMS participant with its addresses', async () => {
    const conversationSid = await createConversation();
    const data = await gateway.run(CreateParticipantInputDocument, {
      input: { conversationSid, messagingBinding: { address: '+15550002222', proxyAddress: '+15559990001' } },
    });
    expect(data.createParticipant.participant).toMatchObject({
      identity: null,
      messagingBinding: { type: 'sms', address: '+15550002222', proxyAddress: '+15559990001' },
    });
  });

  it('reports a duplicate identity as user error 50433', async () => {
    const conversationSid = await createConversation();
    await gateway.run(CreateParticipantInputDocument, { input: { conversationSid, identity: 'twice' } });
    const data = await gateway.run(CreateParticipantInputDocument, {
      input: { conversationSid, identity: 'twice' },
    });
    expect(data.createParticipant.participant).toBeNull();
    expect(data.createParticipant.userErrors).toEqual([
      {
        code: 50433,
        message: 'Participant with identity twice already exists',
        moreInfo: 'https://www.twilio.com/docs/errors/50433',
      },
    ]);
  });

  it('refuses to add a participant to a closed conversation with user error 50377', async () => {
    const conversationSid = await createConversation();
    await gateway.run(UpdateConversationCodeDocument, { sid: conversationSid, state: 'CLOSED' });
    const data = await gateway.run(CreateParticipantInputDocument, {
      input: { conversationSid, identity: 'late' },
    });
    expect(data.createParticipant.userErrors.map((error) => error.code)).toEqual([50377]);
  });

  it('updates a participant’s read horizon, attributes and identity by identity', async () => {
    const conversationSid = await createConversation();
    await gateway.run(CreateParticipantInputDocument, { input: { conversationSid, identity: 'reader' } });
    const data = await gateway.run(UpdateParticipantInputDocument, {
      input: {
        conversationSid,
        sid: 'reader',
        identity: 'renamed',
        attributes: { seen: true },
        lastReadMessageIndex: 7,
        lastReadTimestamp: '2026-01-02T03:04:05Z',
      },
    });
    expect(data.updateParticipant).toEqual({
      participant: {
        identity: 'renamed',
        attributes: { seen: true },
        lastReadMessageIndex: 7,
        lastReadTimestamp: '2026-01-02T03:04:05.000Z',
      },
      userErrors: [],
    });
  });

  it('removes a participant, after which it reads as null', async () => {
    const conversationSid = await createConversation();
    await gateway.run(CreateParticipantInputDocument, { input: { conversationSid, identity: 'leaving' } });
    const deleted = await gateway.run(DeleteParticipantCodeDocument, { conversationSid, sid: 'leaving' });
    expect(deleted.deleteParticipant).toEqual({ deletedSid: 'leaving', userErrors: [] });
    const after = await gateway.run(ParticipantIdentityDocument, { conversationSid, sid: 'leaving' });
    expect(after.participant).toBeNull();
  });

  it('adds, changes and removes a participant of a conversation in a named service', async () => {
    const created = await gateway.run(CreateParticipantInputDocument, {
      input: { serviceSid: salesSid, conversationSid: 'enterprise-deal', identity: 'frank' },
    });
    expect(created.createParticipant.userErrors).toEqual([]);
    expect(operations()[0]).toBe('CreateServiceConversationParticipant');
    const updated = await gateway.run(UpdateParticipantInputDocument, {
      input: {
        serviceSid: salesSid,
        conversationSid: 'enterprise-deal',
        sid: 'frank',
        attributes: { vip: true },
      },
    });
    expect(updated.updateParticipant.participant?.attributes).toEqual({ vip: true });
    expect(operations()).toEqual(['UpdateServiceConversationParticipant']);
    const deleted = await gateway.run(DeleteParticipantCodeDocument, {
      serviceSid: salesSid,
      conversationSid: 'enterprise-deal',
      sid: 'frank',
    });
    expect(deleted.deleteParticipant.userErrors).toEqual([]);
    expect(operations()).toEqual(['DeleteServiceConversationParticipant']);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { conversationMaker, serviceSidNamed, useTestGateway } from '../helpers/gateway.ts';

const gateway = useTestGateway({ seed: 'demo' });
/** The demo seed's "Sales team" service, which holds the `enterprise-deal` conversation. */
let salesSid: string;

beforeAll(async () => {
  salesSid = await serviceSidNamed(gateway, 'Sales team');
});

const operations = () => gateway.lastCalls().map((call) => call.operationId);

const createConversation = conversationMaker(gateway, 'participants-test');

const CREATE = `mutation($input: CreateParticipantInput!) {
  createParticipant(input: $input) {
    participant { id sid identity roleSid attributes messagingBinding { type address proxyAddress projectedAddress } conversation { sid } }
    userErrors { code message moreInfo }
  }
}`;

interface CreateResult {
  createParticipant: {
    participant: {
      id: string;
      sid: string;
      identity: string | null;
      roleSid: string | null;
      attributes: unknown;
      messagingBinding: {
        type: string;
        address: string;
        proxyAddress: string;
        projectedAddress: string | null;
      } | null;
      conversation: { sid: string };
    } | null;
    userErrors: Array<{ code: number; message: string; moreInfo: string }>;
  };
}

describe('reading participants', () => {
  it('lists the members of a conversation in the order they joined, with their read horizon', async () => {
    const data = await gateway.run<{
      conversation: {
        participants: {
          edges: Array<{
            node: {
              identity: string;
              lastReadMessageIndex: number | null;
              lastReadTimestamp: string | null;
              roleSid: string;
            };
          }>;
        };
      };
    }>(
      '{ conversation(sid: "product-launch") { participants { edges { node { identity lastReadMessageIndex lastReadTimestamp roleSid } } } } }',
    );
    const members = data.conversation.participants.edges.map((edge) => edge.node);
    expect(members.map((member) => [member.identity, member.lastReadMessageIndex])).toEqual([
      ['alice', 4],
      ['bob', 2],
      ['dave', null],
    ]);
    expect(members.every((member) => member.roleSid.startsWith('RL'))).toBe(true);
    // Minimum 1: only the members are read, addressed by the conversation's unique name.
    expect(operations()).toEqual(['ListConversationParticipant']);
  });

  it('finds a participant by identity and by SID, and again by global ID', async () => {
    const byIdentity = await gateway.run<{
      participant: { id: string; sid: string; identity: string; conversation: { uniqueName: string } };
    }>(
      '{ participant(conversationSid: "product-launch", sid: "bob") { id sid identity conversation { uniqueName } } }',
    );
    expect(byIdentity.participant).toMatchObject({
      identity: 'bob',
      conversation: { uniqueName: 'product-launch' },
    });
    const { sid, id } = byIdentity.participant;

    const bySid = await gateway.run<{ participant: { identity: string } }>(
      'query($s: String!) { participant(conversationSid: "product-launch", sid: $s) { identity } }',
      { s: sid },
    );
    expect(bySid.participant).toEqual({ identity: 'bob' });
    expect(operations()).toEqual(['FetchConversationParticipant']);

    const byId = await gateway.run<{ node: { sid: string } | null }>(
      'query($id: ID!) { node(id: $id) { ... on Participant { sid } } }',
      { id },
    );
    expect(byId.node).toEqual({ sid });
  });

  it('shows the messaging binding of an SMS participant', async () => {
    const data = await gateway.run<{
      conversation: {
        participants: {
          edges: Array<{ node: { identity: string | null; attributes: unknown; messagingBinding: unknown } }>;
        };
      };
    }>(
      '{ conversation(sid: "support-1042") { participants { edges { node { identity attributes messagingBinding { type address proxyAddress projectedAddress } } } } } }',
    );
    expect(data.conversation.participants.edges.map((edge) => edge.node)).toEqual([
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
    const data = await gateway.run<Record<string, unknown>>(`{
      unknownIdentity: participant(conversationSid: "product-launch", sid: "nobody") { sid }
      unknownSid: participant(conversationSid: "product-launch", sid: "MB00000000000000000000000000000000") { sid }
      unknownConversation: participant(conversationSid: "no-such-conversation", sid: "alice") { sid }
    }`);
    expect(data).toEqual({ unknownIdentity: null, unknownSid: null, unknownConversation: null });
  });

  it('reads the members of a conversation in a named service through the service routes', async () => {
    const data = await gateway.run<{
      conversation: {
        participants: { edges: Array<{ node: { id: string; identity: string; chatServiceSid: string } }> };
      };
    }>(
      'query($s: String) { conversation(sid: "enterprise-deal", serviceSid: $s) { participants { edges { node { id identity chatServiceSid } } } } }',
      { s: salesSid },
    );
    const erin = data.conversation.participants.edges[0]?.node;
    expect(erin).toMatchObject({ identity: 'erin', chatServiceSid: salesSid });
    expect(operations()).toEqual(['ListServiceConversationParticipant']);

    const lookup = await gateway.run<{
      inService: { identity: string } | null;
      inDefault: { identity: string } | null;
    }>(
      'query($s: String) { inService: participant(conversationSid: "enterprise-deal", sid: "erin", serviceSid: $s) { identity } inDefault: participant(conversationSid: "enterprise-deal", sid: "erin") { identity } }',
      { s: salesSid },
    );
    expect(lookup).toEqual({ inService: { identity: 'erin' }, inDefault: null });

    const byId = await gateway.run<{ node: { identity: string } | null }>(
      'query($id: ID!) { node(id: $id) { ... on Participant { identity } } }',
      {
        id: erin?.id,
      },
    );
    expect(byId.node).toEqual({ identity: 'erin' });
    expect(operations()).toEqual(['FetchServiceConversationParticipant']);
  });

  it('links a page of participants to their service with one fetch', async () => {
    const data = await gateway.run<{
      conversation: {
        chatServiceSid: string;
        participants: { edges: Array<{ node: { service: { sid: string } } }> };
      };
    }>(
      '{ conversation(sid: "support-1042") { chatServiceSid participants { edges { node { service { sid } } } } } }',
    );
    const { chatServiceSid, participants } = data.conversation;
    expect(participants.edges.map((edge) => edge.node.service.sid)).toEqual([chatServiceSid, chatServiceSid]);
    // Minimum 3: the conversation (which names the service the short routes leave out of
    // participants), the participants page and the one service they share.
    expect(operations().sort()).toEqual(['FetchConversation', 'FetchService', 'ListConversationParticipant']);
  });

  it('links a participant fetched alone through the short routes to its service via its conversation', async () => {
    const listed = await gateway.run<{
      conversation: { participants: { edges: Array<{ node: { id: string } }> } };
    }>('{ conversation(sid: "support-1042") { participants(first: 1) { edges { node { id } } } } }');
    const data = await gateway.run<{ node: { service: { friendlyName: string } } }>(
      'query($id: ID!) { node(id: $id) { ... on Participant { service { friendlyName } } } }',
      { id: listed.conversation.participants.edges[0]?.node.id },
    );
    expect(data.node.service.friendlyName).toEqual(expect.any(String));
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
      const data = await gateway.run<CreateResult>(CREATE, {
        input: { conversationSid, identity: `member-${i}` },
      });
      joined.push(data.createParticipant.participant?.sid ?? '');
    }
    const seen: string[] = [];
    let after: string | null = null;
    for (let round = 0; round < 5; round += 1) {
      const data: {
        conversation: {
          participants: {
            edges: Array<{ node: { sid: string } }>;
            pageInfo: { hasNextPage: boolean; endCursor: string };
          };
        };
      } = await gateway.run(
        'query($c: String!, $after: String) { conversation(sid: $c) { participants(first: 10, after: $after) { edges { node { sid } } pageInfo { hasNextPage endCursor } } } }',
        { c: conversationSid, after },
      );
      seen.push(...data.conversation.participants.edges.map((edge) => edge.node.sid));
      if (!data.conversation.participants.pageInfo.hasNextPage) break;
      after = data.conversation.participants.pageInfo.endCursor;
    }
    expect(seen).toEqual(joined);
  });
});

describe('writing participants', () => {
  it('adds a chat participant with a role and attributes', async () => {
    const conversationSid = await createConversation();
    const data = await gateway.run<CreateResult>(CREATE, {
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
    const data = await gateway.run<CreateResult>(CREATE, {
      input: { conversationSid, messagingBinding: { address: '+15550002222', proxyAddress: '+15559990001' } },
    });
    expect(data.createParticipant.participant).toMatchObject({
      identity: null,
      messagingBinding: { type: 'sms', address: '+15550002222', proxyAddress: '+15559990001' },
    });
  });

  it('reports a duplicate identity as user error 50433', async () => {
    const conversationSid = await createConversation();
    await gateway.run<CreateResult>(CREATE, { input: { conversationSid, identity: 'twice' } });
    const data = await gateway.run<CreateResult>(CREATE, { input: { conversationSid, identity: 'twice' } });
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
    await gateway.run(
      'mutation($c: String!) { updateConversation(input: { sid: $c, state: CLOSED }) { userErrors { code } } }',
      {
        c: conversationSid,
      },
    );
    const data = await gateway.run<CreateResult>(CREATE, { input: { conversationSid, identity: 'late' } });
    expect(data.createParticipant.userErrors.map((error) => error.code)).toEqual([50377]);
  });

  it('updates a participant’s read horizon, attributes and identity by identity', async () => {
    const conversationSid = await createConversation();
    await gateway.run<CreateResult>(CREATE, { input: { conversationSid, identity: 'reader' } });
    const data = await gateway.run<{
      updateParticipant: {
        participant: {
          identity: string;
          attributes: unknown;
          lastReadMessageIndex: number;
          lastReadTimestamp: string;
        };
        userErrors: unknown[];
      };
    }>(
      `mutation($c: String!) { updateParticipant(input: {
        conversationSid: $c, sid: "reader", identity: "renamed", attributes: { seen: true },
        lastReadMessageIndex: 7, lastReadTimestamp: "2026-01-02T03:04:05Z"
      }) { participant { identity attributes lastReadMessageIndex lastReadTimestamp } userErrors { code } } }`,
      { c: conversationSid },
    );
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
    await gateway.run<CreateResult>(CREATE, { input: { conversationSid, identity: 'leaving' } });
    const deleted = await gateway.run<{
      deleteParticipant: { deletedSid: string | null; userErrors: unknown[] };
    }>(
      'mutation($c: String!) { deleteParticipant(input: { conversationSid: $c, sid: "leaving" }) { deletedSid userErrors { code } } }',
      { c: conversationSid },
    );
    expect(deleted.deleteParticipant).toEqual({ deletedSid: 'leaving', userErrors: [] });
    const after = await gateway.run<{ participant: null }>(
      'query($c: String!) { participant(conversationSid: $c, sid: "leaving") { sid } }',
      {
        c: conversationSid,
      },
    );
    expect(after.participant).toBeNull();
  });

  it('adds, changes and removes a participant of a conversation in a named service', async () => {
    const created = await gateway.run<CreateResult>(CREATE, {
      input: { serviceSid: salesSid, conversationSid: 'enterprise-deal', identity: 'frank' },
    });
    expect(created.createParticipant.userErrors).toEqual([]);
    expect(operations()[0]).toBe('CreateServiceConversationParticipant');
    const updated = await gateway.run<{ updateParticipant: { participant: { attributes: unknown } } }>(
      'mutation($s: String) { updateParticipant(input: { serviceSid: $s, conversationSid: "enterprise-deal", sid: "frank", attributes: { vip: true } }) { participant { attributes } userErrors { code } } }',
      { s: salesSid },
    );
    expect(updated.updateParticipant.participant.attributes).toEqual({ vip: true });
    expect(operations()).toEqual(['UpdateServiceConversationParticipant']);
    const deleted = await gateway.run<{ deleteParticipant: { userErrors: unknown[] } }>(
      'mutation($s: String) { deleteParticipant(input: { serviceSid: $s, conversationSid: "enterprise-deal", sid: "frank" }) { userErrors { code } } }',
      { s: salesSid },
    );
    expect(deleted.deleteParticipant.userErrors).toEqual([]);
    expect(operations()).toEqual(['DeleteServiceConversationParticipant']);
  });
});

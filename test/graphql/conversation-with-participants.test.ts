import { beforeAll, describe, expect, it } from 'vitest';
import {
  CreateConversationWithParticipantsInputDocument,
  FetchConversationDocument,
  FetchServiceConversationDocument,
} from '../documents/generated.ts';
import { serviceSidNamed, useTestGateway } from '../helpers/gateway.ts';

const gateway = useTestGateway({ seed: 'demo' });
let salesSid: string;

beforeAll(async () => {
  salesSid = await serviceSidNamed(gateway, 'Sales team');
});

const operations = () => gateway.lastCalls().map((call) => call.operationId);

describe('creating a conversation with its participants', () => {
  it('creates the conversation and its chat and SMS participants in one call', async () => {
    const data = await gateway.run(CreateConversationWithParticipantsInputDocument, {
      input: {
        uniqueName: 'kick-off',
        friendlyName: 'Kick-off',
        attributes: { project: 'apollo' },
        state: 'ACTIVE',
        timers: { inactive: 'PT1H', closed: 'P7D' },
        webhookEnabled: false,
        participants: [
          { identity: 'alice', attributes: { lead: true } },
          { identity: 'bob' },
          { messagingBinding: { address: '+15550003333', proxyAddress: '+15559990003' } },
        ],
      },
    });
    expect(data.createConversationWithParticipants.userErrors).toEqual([]);
    const conversation = data.createConversationWithParticipants.conversation;
    expect(conversation).toMatchObject({
      uniqueName: 'kick-off',
      friendlyName: 'Kick-off',
      attributes: { project: 'apollo' },
      state: 'ACTIVE',
    });
    expect(conversation?.timers.dateInactive).not.toBeNull();
    expect(conversation?.participants.edges.map((edge) => edge.node)).toEqual([
      {
        identity: 'alice',
        attributes: { lead: true },
        roleSid: expect.stringMatching(/^RL/),
        messagingBinding: null,
      },
      { identity: 'bob', attributes: {}, roleSid: expect.stringMatching(/^RL/), messagingBinding: null },
      {
        identity: null,
        attributes: {},
        roleSid: expect.stringMatching(/^RL/),
        messagingBinding: { type: 'sms', address: '+15550003333', proxyAddress: '+15559990003' },
      },
    ]);
    // One write for everything, then the participants list the query asked for.
    expect(operations()).toEqual(['CreateConversationWithParticipants', 'ListConversationParticipant']);
  });

  it('creates a conversation without participants', async () => {
    const data = await gateway.run(CreateConversationWithParticipantsInputDocument, {
      input: { friendlyName: 'Empty room' },
    });
    expect(data.createConversationWithParticipants.conversation).toMatchObject({
      friendlyName: 'Empty room',
      participants: { edges: [] },
    });
  });

  it('creates the conversation in a named service through the service route', async () => {
    const data = await gateway.run(CreateConversationWithParticipantsInputDocument, {
      input: { serviceSid: salesSid, uniqueName: 'renewal', participants: [{ identity: 'erin' }] },
    });
    expect(data.createConversationWithParticipants.conversation).toMatchObject({
      chatServiceSid: salesSid,
      uniqueName: 'renewal',
      participants: { edges: [{ node: { identity: 'erin' } }] },
    });
    expect(operations()).toEqual([
      'CreateServiceConversationWithParticipants',
      'ListServiceConversationParticipant',
    ]);
    const lookup = await gateway.run(FetchServiceConversationDocument, {
      serviceSid: salesSid,
      sid: 'renewal',
    });
    expect(lookup.conversation?.sid).toBe(data.createConversationWithParticipants.conversation?.sid);
  });

  it('creates nothing and reports user error 50433 when two participants share an identity', async () => {
    const data = await gateway.run(CreateConversationWithParticipantsInputDocument, {
      input: { uniqueName: 'twins', participants: [{ identity: 'carol' }, { identity: 'carol' }] },
    });
    expect(data.createConversationWithParticipants.conversation).toBeNull();
    expect(data.createConversationWithParticipants.userErrors.map((error) => error.code)).toEqual([50433]);
    const lookup = await gateway.run(FetchConversationDocument, { sid: 'twins' });
    expect(lookup.conversation).toBeNull();
  });

  it('reports a unique name already taken as user error 50353', async () => {
    const data = await gateway.run(CreateConversationWithParticipantsInputDocument, {
      input: { uniqueName: 'product-launch', participants: [{ identity: 'dave' }] },
    });
    expect(data.createConversationWithParticipants).toEqual({
      conversation: null,
      userErrors: [{ code: 50353, message: 'Conversation with provided unique name already exists' }],
    });
  });

  it('refuses more than ten participants as a user error', async () => {
    const participants = Array.from({ length: 11 }, (_, i) => ({ identity: `crowd-${i}` }));
    const data = await gateway.run(CreateConversationWithParticipantsInputDocument, {
      input: { uniqueName: 'crowd', participants },
    });
    expect(data.createConversationWithParticipants.conversation).toBeNull();
    expect(data.createConversationWithParticipants.userErrors.map((error) => error.code)).toEqual([50426]);
  });
});

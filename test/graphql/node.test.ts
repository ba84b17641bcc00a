import { beforeAll, describe, expect, it } from 'vitest';
import {
  NodeConversationDocument,
  NodeIdDocument,
  NodeSeedConversationDocument,
  NodeSeedMessageDocument,
  NodeSeedParticipantDocument,
  NodeSeedUserDocument,
  NodesIdDocument,
  NodesTypenameDocument,
} from '../documents/generated.ts';
import { useTestGateway } from '../helpers/gateway.ts';

const gateway = useTestGateway();

const operations = () => gateway.lastCalls().map((call) => call.operationId);
const globalId = (text: string) => Buffer.from(text, 'utf8').toString('base64');

interface Seeded {
  conversation: { id: string; sid: string; chatServiceSid: string };
  message: { id: string; sid: string };
  participant: { id: string; sid: string };
  user: { id: string; sid: string };
  role: { id: string; sid: string };
}

let seeded: Seeded;

beforeAll(async () => {
  const created = await gateway.run(NodeSeedConversationDocument, { uniqueName: 'node-test' });
  const conversation = created.createConversation.conversation;
  if (!conversation) throw new Error(JSON.stringify(created));
  const participant = await gateway.run(NodeSeedParticipantDocument, {
    conversationSid: conversation.sid,
    identity: 'nadia',
  });
  const message = await gateway.run(NodeSeedMessageDocument, {
    conversationSid: conversation.sid,
    author: 'nadia',
    body: 'hello',
  });
  const user = (await gateway.run(NodeSeedUserDocument, { identity: 'nadia' })).createUser.user;
  const seededParticipant = participant.createParticipant.participant;
  const seededMessage = message.createMessage.message;
  if (!seededParticipant || !seededMessage || !user?.role) throw new Error('the node test could not seed');
  seeded = {
    conversation,
    participant: seededParticipant,
    message: seededMessage,
    user: { id: user.id, sid: user.sid },
    role: user.role,
  };
});

describe('node', () => {
  it('fetches a conversation by its global ID in one call', async () => {
    const data = await gateway.run(NodeConversationDocument, { id: seeded.conversation.id });
    expect(data.node).toEqual({
      __typename: 'Conversation',
      sid: seeded.conversation.sid,
      uniqueName: 'node-test',
    });
    // Minimum 1: the ID holds the service and conversation SIDs, so one fetch reads it.
    expect(operations()).toEqual(['FetchServiceConversation']);
  });

  it('returns null without an error for a well-formed ID of an object that does not exist', async () => {
    const id = globalId(
      `Conversation:${seeded.conversation.chatServiceSid}/CH00000000000000000000000000000000`,
    );
    const result = await gateway.query(NodeIdDocument, { id });
    expect(result).toEqual({ data: { node: null } });
    expect(gateway.lastCalls()).toHaveLength(1);
  });

  it('refuses an ID that is not base64 of Type:path with BAD_USER_INPUT, before any call', async () => {
    for (const id of ['Zm9v', 'not base64!', '', globalId('Conversation:')]) {
      const mark = gateway.mark();
      const result = await gateway.query(NodeIdDocument, { id });
      expect(result.data).toEqual({ node: null });
      expect(result.errors).toEqual([
        expect.objectContaining({
          path: ['node'],
          message: expect.stringMatching(/^Invalid global ID/),
          extensions: { code: 'BAD_USER_INPUT' },
        }),
      ]);
      expect(gateway.since(mark)).toHaveLength(0);
    }
  });

  it('refuses an ID naming a type that does not exist or has no global IDs', async () => {
    for (const id of [globalId('Nope:IS1/CH1'), globalId('PageInfo:x'), globalId('Query:x')]) {
      const mark = gateway.mark();
      const result = await gateway.query(NodeIdDocument, { id });
      expect(result.data).toEqual({ node: null });
      expect(result.errors?.[0]?.message).toMatch(/is not a type with global IDs/);
      expect(result.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT' });
      expect(gateway.since(mark)).toHaveLength(0);
    }
  });

  it('refuses an ID whose path has the wrong shape for its type, before any call', async () => {
    for (const id of [globalId('Conversation:CH1'), globalId('Message:a/b'), globalId('Service:IS1/extra')]) {
      const mark = gateway.mark();
      const result = await gateway.query(NodeIdDocument, { id });
      expect(result.data).toEqual({ node: null });
      expect(result.errors?.[0]?.message).toMatch(/its path is not the path of a/);
      expect(result.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT' });
      expect(gateway.since(mark)).toHaveLength(0);
    }
  });
});

describe('nodes', () => {
  it('fetches a conversation, a message, a participant, a user and a role, one call each', async () => {
    const ids = [seeded.conversation, seeded.message, seeded.participant, seeded.user, seeded.role].map(
      (object) => object.id,
    );
    const data = await gateway.run(NodesTypenameDocument, { ids });
    expect(data.nodes).toEqual([
      { __typename: 'Conversation', id: seeded.conversation.id },
      { __typename: 'Message', id: seeded.message.id },
      { __typename: 'Participant', id: seeded.participant.id },
      { __typename: 'User', id: seeded.user.id },
      { __typename: 'Role', id: seeded.role.id },
    ]);
    // Minimum 5: five objects in five different Twilio collections, and Twilio has no batch read.
    expect(operations().sort()).toEqual([
      'FetchConversationMessage',
      'FetchConversationParticipant',
      'FetchServiceConversation',
      'FetchServiceRole',
      'FetchServiceUser',
    ]);
  });

  it('fetches an ID given twice once', async () => {
    const data = await gateway.run(NodesIdDocument, { ids: [seeded.user.id, seeded.user.id] });
    expect(data.nodes).toEqual([{ id: seeded.user.id }, { id: seeded.user.id }]);
    // Minimum 1.
    expect(gateway.lastCalls()).toHaveLength(1);
  });

  it('answers a bad ID with null and an error at its index, and still resolves the others', async () => {
    const result = await gateway.query(NodesIdDocument, {
      ids: [seeded.conversation.id, 'Zm9v', globalId('Nope:x'), seeded.user.id],
    });
    expect(result.data?.nodes).toEqual([{ id: seeded.conversation.id }, null, null, { id: seeded.user.id }]);
    expect(result.errors?.map((error) => [error.path, error.extensions?.code])).toEqual([
      [['nodes', 1], 'BAD_USER_INPUT'],
      [['nodes', 2], 'BAD_USER_INPUT'],
    ]);
    // Minimum 2: only the two valid IDs reach Twilio.
    expect(gateway.lastCalls()).toHaveLength(2);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ACCOUNT_SID,
  API_KEY,
  type EndUserGateway,
  startEndUserGateway,
} from '../helpers/end-user-gateway.ts';
import { registerPushBinding } from '../helpers/end-user-identities.ts';
import { createSdkClient } from '../helpers/twilio-sdk.ts';

interface MessagePayload {
  createMessage: {
    message: { author: string; body: string } | null;
    userErrors: Array<{ code: number | null; reason: string; message: string }>;
  };
}

const SEND = `mutation Send($input: CreateMessageInput!) {
  createMessage(input: $input) { message { author body } userErrors { code reason message } }
}`;

describe('changes an end user makes', () => {
  let gateway: EndUserGateway;
  let conversationSid: string;

  beforeAll(async () => {
    gateway = await startEndUserGateway({ env: { TWILIO_ACCOUNT_SID: ACCOUNT_SID } });
    const created = await gateway.asServer<{ createConversation: { conversation: { sid: string } } }>(
      'mutation { createConversation(input: { friendlyName: "team" }) { conversation { sid } } }',
    );
    conversationSid = created.createConversation.conversation.sid;
    for (const identity of ['alice', 'bob']) {
      await gateway.asServer(
        'mutation($identity: String!) { createUser(input: { identity: $identity }) { userErrors { code } } }',
        {
          identity,
        },
      );
      await gateway.asServer(
        'mutation($input: CreateParticipantInput!) { createParticipant(input: $input) { userErrors { code } } }',
        { input: { conversationSid, identity } },
      );
    }
  });
  afterAll(async () => {
    await gateway?.close();
  });

  it('writes a message as the token’s identity when no author is given', async () => {
    const answer = await gateway.asUser<MessagePayload>('alice', SEND, {
      input: { conversationSid, body: 'hi' },
    });
    expect(answer.data?.createMessage).toEqual({ message: { author: 'alice', body: 'hi' }, userErrors: [] });
  });

  it('refuses an author naming someone else, writing nothing, and accepts their own name', async () => {
    const mark = gateway.mark();
    const refused = await gateway.asUser<MessagePayload>('alice', SEND, {
      input: { conversationSid, author: 'bob', body: 'not me' },
    });
    expect(refused.data?.createMessage.message).toBeNull();
    expect(refused.data?.createMessage.userErrors).toEqual([
      {
        code: null,
        reason: 'FORBIDDEN',
        message: 'Your roles do not allow this change: a message can only be written as yourself.',
      },
    ]);
    expect(gateway.since(mark).filter((request) => request.method !== 'GET')).toEqual([]);

    const own = await gateway.asUser<MessagePayload>('alice', SEND, {
      input: { conversationSid, author: 'alice', body: 'me' },
    });
    expect(own.data?.createMessage.message).toEqual({ author: 'alice', body: 'me' });
  });

  it('refuses webhookEnabled: false, writing nothing: an end user’s changes always fire the webhooks', async () => {
    const mark = gateway.mark();
    const quiet = await gateway.asUser<MessagePayload>('alice', SEND, {
      input: { conversationSid, body: 'unseen', webhookEnabled: false },
    });
    expect(quiet.data?.createMessage.message).toBeNull();
    expect(quiet.data?.createMessage.userErrors).toEqual([
      {
        code: null,
        reason: 'FORBIDDEN',
        message: expect.stringContaining('webhookEnabled'),
      },
    ]);
    expect(gateway.since(mark).filter((request) => request.method !== 'GET')).toEqual([]);
    // Said explicitly as true, it is the default, and the message is written.
    const loud = await gateway.asUser<MessagePayload>('alice', SEND, {
      input: { conversationSid, body: 'seen', webhookEnabled: true },
    });
    expect(loud.data?.createMessage).toEqual({ message: { author: 'alice', body: 'seen' }, userErrors: [] });
  });

  it('reads the roles in two rounds of at most three calls, then writes once', async () => {
    await gateway.asUser<MessagePayload>('bob', SEND, { input: { conversationSid, body: 'counted' } });
    const operations = gateway
      .lastCalls()
      .map((call) => call.operationId)
      .sort();
    // The caller's User and Participant, then their two roles in one list; a caller with no User
    // yet would add the service configuration (for the default role). The token's service is
    // named in every call.
    expect(operations).toEqual(
      [
        'CreateServiceConversationMessage',
        'FetchServiceConversationParticipant',
        'FetchServiceUser',
        'ListServiceRole',
      ].sort(),
    );
  });

  it('refuses a change in another service than the token’s, writing nothing', async () => {
    const mark = gateway.mark();
    const answer = await gateway.asUser<MessagePayload>('alice', SEND, {
      input: { conversationSid, serviceSid: `IS${'9'.repeat(32)}`, body: 'elsewhere' },
    });
    expect(answer.data?.createMessage.userErrors.map((error) => error.reason)).toEqual(['FORBIDDEN']);
    expect(gateway.since(mark)).toEqual([]);
  });

  it('answers a non-member the same whether the message or participant they name exists, writing nothing', async () => {
    // Membership is read for the caller before their answer depends on the target: a conversation
    // they are not in does not tell them which of its messages or participants exist (the unique
    // name "team" is guessable; whether bob is in it must not be).
    const sent = await gateway.asUser<{ createMessage: { message: { sid: string } } }>(
      'bob',
      'mutation($input: CreateMessageInput!) { createMessage(input: $input) { message { sid } } }',
      { input: { conversationSid, body: 'mine' } },
    );
    const real = sent.data?.createMessage.message.sid ?? '';
    const madeUp = `IM${'0'.repeat(32)}`;
    const edit = `mutation($input: UpdateMessageInput!) { updateMessage(input: $input) { userErrors { code reason message } } }`;
    const remove = `mutation($input: DeleteParticipantInput!) { deleteParticipant(input: $input) { userErrors { code reason message } } }`;
    const mark = gateway.mark();
    const answers = await Promise.all([
      gateway.asUser('carol', edit, { input: { conversationSid, sid: real, body: 'x' } }),
      gateway.asUser('carol', edit, { input: { conversationSid, sid: madeUp, body: 'x' } }),
      gateway.asUser('carol', remove, { input: { conversationSid, sid: 'bob' } }),
      gateway.asUser('carol', remove, { input: { conversationSid, sid: 'nobody' } }),
    ]);
    const errors = answers.map((answer) => Object.values(answer.data ?? {})[0]);
    const refusal = {
      userErrors: [
        {
          code: null,
          reason: 'FORBIDDEN',
          message: 'Your roles do not allow this change: you are not a participant of this conversation.',
        },
      ],
    };
    expect(errors).toEqual([refusal, refusal, refusal, refusal]);
    expect(gateway.since(mark).filter((r) => r.method !== 'GET')).toEqual([]);

    // A member is told that what they name is not there.
    const missing = await gateway.asUser('alice', edit, {
      input: { conversationSid, sid: madeUp, body: 'x' },
    });
    expect(missing.data).toEqual({
      updateMessage: { userErrors: [expect.objectContaining({ reason: 'NOT_FOUND' })] },
    });
  });

  it('answers a change of another user’s profile, view or device the same whether it exists, reading none of it and writing nothing', async () => {
    // Neither the user nor the binding a refused change names is read: the answer cannot depend on
    // whether they exist, so it does not tell an end user which identities or devices there are.
    const { client: sdk } = createSdkClient(gateway.emulator.url, API_KEY.sid, API_KEY.secret, {
      accountSid: ACCOUNT_SID,
    });
    const credential = await sdk.conversations.v1.credentials.create({ type: 'fcm', secret: 'fcm-secret' });
    const bobsDevice = await registerPushBinding(
      gateway.emulator.url,
      gateway.defaultServiceSid,
      'bob',
      credential.sid,
    );
    const bobsSid = (await sdk.conversations.v1.services(gateway.defaultServiceSid).users('bob').fetch()).sid;
    const rename =
      'mutation($input: UpdateUserInput!) { updateUser(input: $input) { userErrors { code reason message } } }';
    const mute =
      'mutation($input: UpdateUserConversationInput!) { updateUserConversation(input: $input) { userErrors { code reason message } } }';
    const unplug =
      'mutation($input: DeletePushBindingInput!) { deletePushBinding(input: $input) { userErrors { code reason message } } }';
    const pairs: Array<[string, Record<string, unknown>, Record<string, unknown>]> = [
      [rename, { sid: 'bob', friendlyName: 'x' }, { sid: 'nobody', friendlyName: 'x' }],
      [rename, { sid: bobsSid, friendlyName: 'x' }, { sid: `US${'0'.repeat(32)}`, friendlyName: 'x' }],
      [
        mute,
        { userSid: 'bob', conversationSid, notificationLevel: 'MUTED' },
        { userSid: 'nobody', conversationSid, notificationLevel: 'MUTED' },
      ],
      [
        unplug,
        { serviceSid: gateway.defaultServiceSid, sid: bobsDevice },
        { serviceSid: gateway.defaultServiceSid, sid: `BS${'0'.repeat(32)}` },
      ],
    ];
    for (const [document, real, madeUp] of pairs) {
      const mark = gateway.mark();
      const [toReal, toMadeUp] = [
        await gateway.asUser('alice', document, { input: real }),
        await gateway.asUser('alice', document, { input: madeUp }),
      ];
      expect(toReal.data, JSON.stringify(real)).toEqual(toMadeUp.data);
      expect(toReal.errors, JSON.stringify(toReal)).toBeUndefined();
      const payload = Object.values(toReal.data ?? {})[0] as { userErrors: Array<{ reason: string }> };
      expect(payload.userErrors, JSON.stringify(real)).toEqual([
        {
          code: null,
          reason: 'FORBIDDEN',
          message: expect.stringMatching(/^Your roles do not allow this change: /),
        },
      ]);
      const seen = gateway.since(mark);
      expect(seen.filter((request) => request.method !== 'GET')).toEqual([]);
      // No user but alice herself is read (the binding has to be: whose it is decides).
      expect(
        seen.filter((request) => /\/Users\/(?!alice$)/.test(request.path)),
        JSON.stringify(real),
      ).toEqual([]);
    }

    // Her own profile, by identity or by her User's SID, is hers to change.
    const alicesSid = (await sdk.conversations.v1.services(gateway.defaultServiceSid).users('alice').fetch())
      .sid;
    for (const sid of ['alice', alicesSid]) {
      const own = await gateway.asUser('alice', rename, { input: { sid, friendlyName: 'Alice' } });
      expect(own.data).toEqual({ updateUser: { userErrors: [] } });
    }
  });

  it('creates a conversation with its creator in it, holding the service’s creator role, in one write', async () => {
    const mark = gateway.mark();
    const answer = await gateway.asUser<{
      createConversation: {
        conversation: {
          friendlyName: string;
          participants: { edges: Array<{ node: { identity: string; role: { friendlyName: string } } }> };
        } | null;
      };
    }>(
      'carol',
      'mutation { createConversation(input: { friendlyName: "mine" }) { conversation { friendlyName participants(first: 5) { edges { node { identity role { friendlyName } } } } } userErrors { message } } }',
    );
    expect(answer.data?.createConversation.conversation).toEqual({
      friendlyName: 'mine',
      participants: { edges: [{ node: { identity: 'carol', role: { friendlyName: 'channel admin' } } }] },
    });
    expect(
      gateway
        .since(mark)
        .filter((request) => request.method !== 'GET')
        .map((request) => request.operationId),
    ).toEqual(['CreateServiceConversationWithParticipants']);
  }, 20_000);

  it('leaves gateway-token callers free to write as anyone', async () => {
    const data = await gateway.asServer<MessagePayload>(SEND, {
      input: { conversationSid, author: 'system', body: 'maintenance' },
    });
    expect(data.createMessage.message).toEqual({ author: 'system', body: 'maintenance' });
  });
});

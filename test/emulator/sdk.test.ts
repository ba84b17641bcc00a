import twilio from 'twilio';
import { afterEach, describe, expect, it } from 'vitest';
import { type EmulatorOptions, type RunningEmulator, startEmulator } from '../../src/emulator/server.ts';
import {
  createSdkClient,
  type EmulatorHttpClient,
  TWILIO_CONVERSATIONS_ORIGIN,
} from '../helpers/twilio-sdk.ts';

/**
 * The official `twilio` npm SDK pointed at the emulator through a custom httpClient: what a
 * developer's code would do against conversations.twilio.com must work the same way here.
 */

const SMS_ADDRESS = '+15551230001';
const PROXY_ADDRESS = '+15559870001';
const MESSAGING_SERVICE_SID = `MG${'3'.repeat(32)}`;
const MISSING_CONVERSATION = `CH${'0'.repeat(32)}`;

interface Harness {
  emulator: RunningEmulator;
  client: twilio.Twilio;
  http: EmulatorHttpClient;
  accountSid: string;
  authToken: string;
}

const running: RunningEmulator[] = [];

async function start(options: EmulatorOptions = {}): Promise<Harness> {
  const emulator = await startEmulator(options);
  running.push(emulator);
  const account = emulator.accounts[0];
  if (!account) throw new Error('the emulator started without an account');
  const { client, http } = createSdkClient(emulator.url, account.accountSid, account.authToken);
  return { emulator, client, http, accountSid: account.accountSid, authToken: account.authToken };
}

afterEach(async () => {
  await Promise.all(running.splice(0).map((emulator) => emulator.close()));
});

/** Runs a call that must fail and returns the RestException it raised. */
async function restException(
  call: () => Promise<unknown>,
): Promise<InstanceType<typeof twilio.RestException>> {
  try {
    await call();
  } catch (error) {
    expect(error).toBeInstanceOf(twilio.RestException);
    if (error instanceof twilio.RestException) return error;
  }
  throw new Error('expected the call to fail with a RestException');
}

function operationsOf(emulator: RunningEmulator, operationId: string) {
  return emulator.requests.filter((entry) => entry.operationId === operationId);
}

describe('the official twilio SDK against the emulator', () => {
  it('creates a service and fetches it back with links that point at the emulator', async () => {
    const { client, emulator, accountSid } = await start();

    const created = await client.conversations.v1.services.create({ friendlyName: 'Support desk' });
    const fetched = await client.conversations.v1.services(created.sid).fetch();

    expect(created.sid).toMatch(/^IS[0-9a-f]{32}$/);
    expect(fetched.friendlyName).toBe('Support desk');
    expect(fetched.accountSid).toBe(accountSid);
    expect(fetched.dateCreated).toBeInstanceOf(Date);
    expect(Number.isNaN(fetched.dateCreated.getTime())).toBe(false);
    expect(fetched.url).toBe(`${emulator.url}/v1/Services/${created.sid}`);
    expect(fetched.links.conversations).toBe(`${emulator.url}/v1/Services/${created.sid}/Conversations`);
  });

  it('adds a chat participant and an SMS participant to a conversation and delivers messages to the SMS one', async () => {
    const { client } = await start();
    await client.conversations.v1
      .configuration()
      .update({ defaultMessagingServiceSid: MESSAGING_SERVICE_SID });
    await client.conversations.v1.users.create({ identity: 'alice', friendlyName: 'Alice' });
    const conversation = await client.conversations.v1.conversations.create({
      friendlyName: 'Order 1001',
      uniqueName: 'order-1001',
      attributes: JSON.stringify({ order: 1001 }),
    });
    const handle = client.conversations.v1.conversations(conversation.sid);

    const chat = await handle.participants.create({ identity: 'alice' });
    const sms = await handle.participants.create({
      'messagingBinding.address': SMS_ADDRESS,
      'messagingBinding.proxyAddress': PROXY_ADDRESS,
    });
    const first = await handle.messages.create({ author: 'alice', body: 'Your order has shipped' });
    const second = await handle.messages.create({ body: 'Delivery expected tomorrow' });
    const receipts = await handle.messages(first.sid).deliveryReceipts.list();

    expect(conversation.attributes).toBe('{"order":1001}');
    expect(conversation.messagingServiceSid).toBe(MESSAGING_SERVICE_SID);
    expect(chat.identity).toBe('alice');
    expect(chat.messagingBinding).toBeNull();
    expect(sms.identity).toBeNull();
    expect(sms.messagingBinding).toEqual({ type: 'sms', address: SMS_ADDRESS, proxy_address: PROXY_ADDRESS });
    expect([first.index, second.index]).toEqual([0, 1]);
    expect(first.participantSid).toBe(chat.sid);
    expect(second.author).toBe('system');
    expect(second.participantSid).toBeNull();
    expect(receipts.map((receipt) => receipt.participantSid)).toEqual([sms.sid]);
    expect(receipts[0]?.messageSid).toBe(first.sid);
    const byUniqueName = await client.conversations.v1.conversations('order-1001').participants.list();
    expect(byUniqueName.map((participant) => participant.sid)).toEqual([chat.sid, sms.sid]);
  });

  it('keeps conversations of a named service apart from the default service and addresses them in the service form', async () => {
    const { client, emulator } = await start();
    const service = await client.conversations.v1.services.create({ friendlyName: 'Sales' });
    const scoped = client.conversations.v1.services(service.sid);

    const conversation = await scoped.conversations.create({
      friendlyName: 'Lead 7',
      messagingServiceSid: MESSAGING_SERVICE_SID,
    });
    const participant = await scoped
      .conversations(conversation.sid)
      .participants.create({ identity: 'carol' });
    const sms = await scoped.conversations(conversation.sid).participants.create({
      'messagingBinding.address': SMS_ADDRESS,
      'messagingBinding.proxyAddress': PROXY_ADDRESS,
    });
    const message = await scoped
      .conversations(conversation.sid)
      .messages.create({ author: 'carol', body: 'Hi!' });
    const defaultConversations = await client.conversations.v1.conversations.list();

    expect(conversation.chatServiceSid).toBe(service.sid);
    expect(conversation.url).toBe(
      `${emulator.url}/v1/Services/${service.sid}/Conversations/${conversation.sid}`,
    );
    expect(participant.url).toBe(
      `${emulator.url}/v1/Services/${service.sid}/Conversations/${conversation.sid}/Participants/${participant.sid}`,
    );
    expect(sms.messagingBinding).toEqual({ type: 'sms', address: SMS_ADDRESS, proxy_address: PROXY_ADDRESS });
    expect(message.participantSid).toBe(participant.sid);
    expect(message.chatServiceSid).toBe(service.sid);
    expect(defaultConversations).toEqual([]);
    await expect(client.conversations.v1.conversations(conversation.sid).fetch()).rejects.toMatchObject({
      status: 404,
      code: 20404,
    });
  });

  it('sends repeated form keys for list parameters, as twilio-node does', async () => {
    const { client } = await start();

    const role = await client.conversations.v1.roles.create({
      friendlyName: 'Moderator',
      type: 'conversation',
      permission: ['sendMessage', 'removeParticipant', 'deleteAnyMessage'],
    });
    const updated = await client.conversations.v1.roles(role.sid).update({ permission: ['sendMessage'] });

    expect(role.permissions).toEqual(['sendMessage', 'removeParticipant', 'deleteAnyMessage']);
    expect(updated.permissions).toEqual(['sendMessage']);
  });

  it('lists every conversation across pages with list({pageSize}), following next links verbatim', async () => {
    const { client, emulator, http } = await start();
    const created: string[] = [];
    for (let i = 0; i < 7; i += 1) {
      created.push((await client.conversations.v1.conversations.create({ friendlyName: `Room ${i}` })).sid);
    }

    const listed = await client.conversations.v1.conversations.list({ pageSize: 3 });

    expect(listed.map((conversation) => conversation.sid)).toEqual(created);
    const pages = operationsOf(emulator, 'ListConversation');
    expect(pages).toHaveLength(3);
    expect(pages.map((page) => new URLSearchParams(page.query).get('Page'))).toEqual([null, '1', '2']);
    const followed = http.sent.filter((request) => request.method === 'GET').slice(1);
    expect(
      followed.every((request) => request.requestedUri.startsWith(`${emulator.url}/v1/Conversations?`)),
    ).toBe(true);
  });

  it('visits each user once with each() and stops at the limit when one is given', async () => {
    const { client } = await start();
    const identities = ['ana', 'ben', 'cai', 'dee', 'eve'];
    for (const identity of identities) await client.conversations.v1.users.create({ identity });

    const visited: string[] = [];
    await client.conversations.v1.users.each({ pageSize: 2 }, (user) => {
      visited.push(user.identity);
    });
    const limited: string[] = [];
    await client.conversations.v1.users.each({ pageSize: 2, limit: 3 }, (user) => {
      limited.push(user.identity);
    });

    expect(visited).toEqual(identities);
    expect(limited).toEqual(['ana', 'ben', 'cai']);
  });

  it('walks forwards with nextPage() and back with previousPage() over messages', async () => {
    const { client } = await start();
    const conversation = await client.conversations.v1.conversations.create({ friendlyName: 'Chatty' });
    const messages = client.conversations.v1.conversations(conversation.sid).messages;
    for (let i = 0; i < 5; i += 1) await messages.create({ author: 'alice', body: `message ${i}` });

    const first = await messages.page({ pageSize: 2 });
    const second = await first.nextPage();
    const third = await second?.nextPage();
    const backToSecond = await third?.previousPage();
    const backToFirst = await second?.previousPage();

    const bodies = (page: { instances: Array<{ body: string }> } | undefined) =>
      page?.instances.map((message) => message.body);
    expect(bodies(first)).toEqual(['message 0', 'message 1']);
    expect(bodies(second)).toEqual(['message 2', 'message 3']);
    expect(bodies(third)).toEqual(['message 4']);
    expect(bodies(backToSecond)).toEqual(['message 2', 'message 3']);
    expect(bodies(backToFirst)).toEqual(['message 0', 'message 1']);
    expect(first.previousPage()).toBeUndefined();
    expect(third?.nextPage()).toBeUndefined();
  });

  it('pages through the newest messages first with order desc', async () => {
    const { client } = await start();
    const conversation = await client.conversations.v1.conversations.create({ friendlyName: 'History' });
    const messages = client.conversations.v1.conversations(conversation.sid).messages;
    for (let i = 0; i < 5; i += 1) await messages.create({ body: `line ${i}` });

    const newest = await messages.page({ order: 'desc', pageSize: 2 });
    const older = await newest.nextPage();
    const all = await messages.list({ order: 'desc', pageSize: 2 });

    expect(newest.instances.map((message) => message.index)).toEqual([4, 3]);
    expect(older?.instances.map((message) => message.index)).toEqual([2, 1]);
    expect(all.map((message) => message.index)).toEqual([4, 3, 2, 1, 0]);
  });

  it('follows conversations.twilio.com paging links through the rewriting client when the emulator advertises that base URL', async () => {
    const { client, emulator, http } = await start({ baseUrl: TWILIO_CONVERSATIONS_ORIGIN });
    const created: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      created.push((await client.conversations.v1.conversations.create({ friendlyName: `Room ${i}` })).sid);
    }

    const first = await client.conversations.v1.conversations.page({ pageSize: 2 });
    const listed = await client.conversations.v1.conversations.list({ pageSize: 2 });

    expect(listed.map((conversation) => conversation.sid)).toEqual(created);
    expect(first.nextPageUrl).toMatch(
      /^https:\/\/conversations\.twilio\.com\/v1\/Conversations\?.*PageToken=/,
    );
    expect(first.instances[0]?.url).toBe(`${TWILIO_CONVERSATIONS_ORIGIN}/v1/Conversations/${created[0]}`);
    const pageRequests = http.sent.filter((request) => request.requestedUri.includes('PageToken='));
    expect(pageRequests.length).toBeGreaterThanOrEqual(2);
    for (const request of pageRequests) {
      expect(request.requestedUri.startsWith(`${TWILIO_CONVERSATIONS_ORIGIN}/v1/Conversations?`)).toBe(true);
      expect(request.sentUrl.startsWith(`${emulator.url}/v1/Conversations?`)).toBe(true);
      expect(request.status).toBe(200);
    }
  });

  it('raises a RestException with code 20404 for a conversation that does not exist', async () => {
    const { client } = await start();

    const error = await restException(() =>
      client.conversations.v1.conversations(MISSING_CONVERSATION).fetch(),
    );

    expect(error.status).toBe(404);
    expect(error.code).toBe(20404);
    expect(error.moreInfo).toBe('https://www.twilio.com/docs/errors/20404');
  });

  it('raises a RestException with code 50353 and status 409 for a duplicate conversation unique name', async () => {
    const { client } = await start();
    await client.conversations.v1.conversations.create({ uniqueName: 'weekly-sync' });

    const error = await restException(() =>
      client.conversations.v1.conversations.create({ uniqueName: 'weekly-sync' }),
    );

    expect(error.status).toBe(409);
    expect(error.code).toBe(50353);
    expect(error.moreInfo).toBe('https://www.twilio.com/docs/errors/50353');
  });

  it('raises a RestException with code 50304 for attributes that are not valid JSON', async () => {
    const { client } = await start();

    const error = await restException(() =>
      client.conversations.v1.conversations.create({ friendlyName: 'Broken', attributes: '{"open": ' }),
    );

    expect(error.status).toBe(400);
    expect(error.code).toBe(50304);
    expect(await client.conversations.v1.conversations.list()).toEqual([]);
  });

  it('rejects a wrong auth token with a RestException of code 20003 and status 401', async () => {
    const { emulator, accountSid } = await start();
    const { client } = createSdkClient(emulator.url, accountSid, 'not-the-auth-token');

    const error = await restException(() => client.conversations.v1.services.list());

    expect(error.status).toBe(401);
    expect(error.code).toBe(20003);
    expect(emulator.requests.at(-1)?.username).toBe(accountSid);
  });

  it('accepts an API key and its secret and acts on the key’s account', async () => {
    const { emulator, accountSid, authToken } = await start();
    const keyResponse = await fetch(`${emulator.url}/_emulator/Keys`, {
      method: 'POST',
      headers: { authorization: `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString('base64')}` },
    });
    const key: unknown = await keyResponse.json();
    const keySid = typeof key === 'object' && key !== null && 'sid' in key ? String(key.sid) : '';
    const secret = typeof key === 'object' && key !== null && 'secret' in key ? String(key.secret) : '';
    const { client } = createSdkClient(emulator.url, keySid, secret, { accountSid });

    const conversation = await client.conversations.v1.conversations.create({ friendlyName: 'Keyed' });

    expect(keyResponse.status).toBe(201);
    expect(conversation.accountSid).toBe(accountSid);
    expect(emulator.requests.at(-1)?.username).toBe(keySid);
  });

  it('updates what a user has read and reports the unread count in the user’s view of the conversation', async () => {
    const { client } = await start();
    const user = await client.conversations.v1.users.create({ identity: 'dana' });
    const conversation = await client.conversations.v1.conversations.create({ uniqueName: 'standup' });
    const handle = client.conversations.v1.conversations(conversation.sid);
    await handle.participants.create({ identity: 'dana' });
    for (let i = 0; i < 3; i += 1) await handle.messages.create({ author: 'dana', body: `update ${i}` });

    const view = await client.conversations.v1
      .users('dana')
      .userConversations('standup')
      .update({ notificationLevel: 'muted', lastReadMessageIndex: 0 });
    const listed = await client.conversations.v1.users(user.sid).userConversations.list();

    expect(view.conversationSid).toBe(conversation.sid);
    expect(view.userSid).toBe(user.sid);
    expect(view.notificationLevel).toBe('muted');
    expect(view.lastReadMessageIndex).toBe(0);
    expect(view.unreadMessagesCount).toBe(2);
    expect(listed.map((item) => item.conversationSid)).toEqual([conversation.sid]);
  });

  it('finds the conversations of a participant by identity and by SMS address', async () => {
    const { client } = await start();
    await client.conversations.v1
      .configuration()
      .update({ defaultMessagingServiceSid: MESSAGING_SERVICE_SID });
    const first = await client.conversations.v1.conversations.create({ friendlyName: 'First' });
    const second = await client.conversations.v1.conversations.create({ friendlyName: 'Second' });
    await client.conversations.v1.conversations(first.sid).participants.create({ identity: 'erin' });
    await client.conversations.v1.conversations(second.sid).participants.create({ identity: 'erin' });
    await client.conversations.v1.conversations(second.sid).participants.create({
      'messagingBinding.address': SMS_ADDRESS,
      'messagingBinding.proxyAddress': PROXY_ADDRESS,
    });

    const byIdentity = await client.conversations.v1.participantConversations.list({ identity: 'erin' });
    const byAddress = await client.conversations.v1.participantConversations.list({ address: SMS_ADDRESS });

    expect(byIdentity.map((item) => item.conversationSid)).toEqual([first.sid, second.sid]);
    expect(byAddress.map((item) => item.conversationSid)).toEqual([second.sid]);
    expect(byAddress[0]?.participantIdentity).toBeNull();
  });

  it('creates a conversation together with its participants in one request', async () => {
    const { client } = await start();
    await client.conversations.v1
      .configuration()
      .update({ defaultMessagingServiceSid: MESSAGING_SERVICE_SID });

    const conversation = await client.conversations.v1.conversationWithParticipants.create({
      friendlyName: 'Group',
      participant: [
        JSON.stringify({ identity: 'frank' }),
        JSON.stringify({ messaging_binding: { address: SMS_ADDRESS, proxy_address: PROXY_ADDRESS } }),
      ],
    });
    const participants = await client.conversations.v1.conversations(conversation.sid).participants.list();

    expect(conversation.friendlyName).toBe('Group');
    expect(participants.map((participant) => participant.identity)).toEqual(['frank', null]);
    expect(participants[1]?.messagingBinding).toEqual({
      type: 'sms',
      address: SMS_ADDRESS,
      proxy_address: PROXY_ADDRESS,
    });
  });

  it('removes a conversation with remove() and then answers 20404 for it and for its messages', async () => {
    const { client } = await start();
    const conversation = await client.conversations.v1.conversations.create({ friendlyName: 'Temporary' });
    const message = await client.conversations.v1
      .conversations(conversation.sid)
      .messages.create({ body: 'bye' });

    const removed = await client.conversations.v1.conversations(conversation.sid).remove();

    expect(removed).toBe(true);
    const fetchError = await restException(() =>
      client.conversations.v1.conversations(conversation.sid).fetch(),
    );
    const messageError = await restException(() =>
      client.conversations.v1.conversations(conversation.sid).messages(message.sid).fetch(),
    );
    expect([fetchError.code, messageError.code]).toEqual([20404, 20404]);
  });
});

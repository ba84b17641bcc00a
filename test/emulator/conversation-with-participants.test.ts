import { describe, expect, it } from 'vitest';
import { useTestEmulator } from '../helpers/emulator.ts';
import { specPropertyNames } from '../helpers/openapi-contract.ts';

interface Conversation {
  sid: string;
  chat_service_sid: string;
  friendly_name: string | null;
  unique_name: string | null;
  state: string;
  url: string;
  links: Record<string, string>;
  code?: number;
}

interface Participant {
  sid: string;
  identity: string | null;
  attributes: string;
  role_sid: string | null;
  messaging_binding: Record<string, string> | null;
}

/** Every property of `conversations.v1.conversation` in the spec, on both route forms. */
const CONVERSATION_KEYS = specPropertyNames('conversations.v1.conversation');

let phone = 0;

/** A fresh phone number per call: address/proxy pairs are unique across the whole account. */
function nextPhone(): string {
  phone += 1;
  return `+1333${String(phone).padStart(7, '0')}`;
}

function create(params: Record<string, string | string[]>, prefix = '/v1') {
  return rest.call<Conversation>('POST', `${prefix}/ConversationWithParticipants`, params);
}

async function participantsOf(conversation: Conversation): Promise<Participant[]> {
  const response = await rest.call<{ participants: Participant[] }>(
    'GET',
    `${conversation.url.slice(rest.emulator.url.length)}/Participants`,
  );
  expect(response.status).toBe(200);
  return response.body.participants;
}

async function conversationCount(prefix = '/v1'): Promise<number> {
  const response = await rest.call<{ conversations: unknown[] }>('GET', `${prefix}/Conversations`, {
    PageSize: 100,
  });
  return response.body.conversations.length;
}

const rest = useTestEmulator();

describe('creating a conversation with its participants', () => {
  it('answers 201 with the conversation and adds every participant', async () => {
    const address = nextPhone();
    const proxy = nextPhone();
    const response = await create({
      FriendlyName: 'Team chat',
      UniqueName: 'cwp-team-chat',
      Attributes: '{"topic":"launch"}',
      Participant: [
        JSON.stringify({ Identity: 'alice', Attributes: '{"lead":true}' }),
        JSON.stringify({ identity: 'bob' }),
        JSON.stringify({ 'MessagingBinding.Address': address, 'MessagingBinding.ProxyAddress': proxy }),
      ],
    });

    expect(response.status).toBe(201);
    expect(Object.keys(response.body).sort()).toEqual(CONVERSATION_KEYS);
    expect(response.body).toMatchObject({
      friendly_name: 'Team chat',
      unique_name: 'cwp-team-chat',
      state: 'active',
    });
    expect(response.body.url).toBe(`${rest.emulator.url}/v1/Conversations/${response.body.sid}`);
    expect(response.body.links.participants).toBe(`${response.body.url}/Participants`);

    const participants = await participantsOf(response.body);
    expect(participants.map((p) => p.identity)).toEqual(['alice', 'bob', null]);
    expect(participants[0]?.attributes).toBe('{"lead":true}');
    expect(participants[2]?.messaging_binding).toEqual({ type: 'sms', address, proxy_address: proxy });

    const fetched = await rest.call('GET', '/v1/Conversations/cwp-team-chat');
    expect(fetched.body.sid).toBe(response.body.sid);
  });

  it('reads participant keys spelled as the resource spells them', async () => {
    const address = nextPhone();
    const proxy = nextPhone();
    const response = await create({
      Participant: [
        JSON.stringify({ messaging_binding: { address, proxy_address: proxy }, attributes: { vip: true } }),
        JSON.stringify({ identity: 'carol', messaging_binding: { projected_address: nextPhone() } }),
      ],
    });
    expect(response.status).toBe(201);
    const participants = await participantsOf(response.body);
    expect(participants[0]).toMatchObject({
      messaging_binding: { type: 'sms', address, proxy_address: proxy },
      attributes: '{"vip":true}',
    });
    expect(participants[1]).toMatchObject({ identity: 'carol', messaging_binding: { type: 'sms' } });
  });

  it('creates a conversation without participants', async () => {
    const response = await create({ FriendlyName: 'Empty room' });
    expect(response.status).toBe(201);
    expect(await participantsOf(response.body)).toEqual([]);
  });

  it('applies the conversation create rules', async () => {
    const closed = await create({ State: 'closed', Participant: JSON.stringify({ identity: 'dan' }) });
    expect([closed.status, closed.body.code]).toEqual([400, 50384]);
    const attributes = await create({ Attributes: '{', Participant: JSON.stringify({ identity: 'dan' }) });
    expect(attributes.body.code).toBe(50304);
  });
});

describe('validating everything before creating anything', () => {
  it('refuses more than 10 participants with 50426', async () => {
    const before = await conversationCount();
    const eleven = Array.from({ length: 11 }, (_, i) => JSON.stringify({ identity: `user-${i}` }));
    const response = await create({ Participant: eleven });
    expect([response.status, response.body.code]).toEqual([400, 50426]);
    expect(await conversationCount()).toBe(before);

    const ten = await create({ Participant: eleven.slice(0, 10) });
    expect(ten.status).toBe(201);
  });

  it('refuses a participant that is not JSON with 20001', async () => {
    const before = await conversationCount();
    const response = await create({
      FriendlyName: 'Broken',
      Participant: ['{"identity":"eve"}', '{identity'],
    });
    expect([response.status, response.body.code]).toEqual([400, 20001]);
    const notObject = await create({ Participant: '["eve"]' });
    expect(notObject.body.code).toBe(20001);
    expect(await conversationCount()).toBe(before);
  });

  it('refuses the same identity twice in one request with 50433 and creates nothing', async () => {
    const before = await conversationCount();
    const response = await create({
      UniqueName: 'cwp-duplicate',
      Participant: [JSON.stringify({ identity: 'frank' }), JSON.stringify({ Identity: 'frank' })],
    });
    expect([response.status, response.body.code]).toEqual([409, 50433]);
    expect(await conversationCount()).toBe(before);
    const lookup = await rest.call('GET', '/v1/Conversations/cwp-duplicate');
    expect(lookup.status).toBe(404);
  });

  it('refuses an address and proxy pair already used by another open conversation with 50416', async () => {
    const address = nextPhone();
    const proxy = nextPhone();
    const pair = JSON.stringify({
      'MessagingBinding.Address': address,
      'MessagingBinding.ProxyAddress': proxy,
    });
    expect((await create({ Participant: pair })).status).toBe(201);

    const before = await conversationCount();
    const response = await create({ Participant: [JSON.stringify({ identity: 'gina' }), pair] });
    expect([response.status, response.body.code]).toEqual([409, 50416]);
    expect(await conversationCount()).toBe(before);
  });

  it('refuses the same address and proxy twice in one request', async () => {
    const pair = JSON.stringify({
      messaging_binding: { address: nextPhone(), proxy_address: nextPhone() },
    });
    const response = await create({ Participant: [pair, pair] });
    expect(response.status).toBe(409);
    expect(response.body.code).toBe(50433);
  });

  it('applies every participant rule of the Participants resource', async () => {
    const identityAndAddress = await create({
      Participant: JSON.stringify({
        identity: 'hank',
        messaging_binding: { address: nextPhone(), proxy_address: nextPhone() },
      }),
    });
    expect(identityAndAddress.body.code).toBe(50211);
    const same = nextPhone();
    const sameAddress = await create({
      Participant: JSON.stringify({ messaging_binding: { address: same, proxy_address: same } }),
    });
    expect(sameAddress.body.code).toBe(50409);
    const badRole = await create({
      Participant: JSON.stringify({ identity: 'ivy', role_sid: `RL${'0'.repeat(32)}` }),
    });
    expect(badRole.body.code).toBe(50100);
    const badAttributes = await create({ Participant: JSON.stringify({ identity: 'ivy', Attributes: '{' }) });
    expect(badAttributes.body.code).toBe(50304);
  });
});

describe('service-scoped ConversationWithParticipants', () => {
  it('creates the conversation in the named service with service URLs', async () => {
    const service = await rest.call('POST', '/v1/Services', { FriendlyName: 'CWP service' });
    const serviceSid = String(service.body.sid);
    const prefix = `/v1/Services/${serviceSid}`;
    const defaultBefore = await conversationCount();

    const response = await create(
      { FriendlyName: 'Scoped', Participant: JSON.stringify({ identity: 'jack' }) },
      prefix,
    );
    expect(response.status).toBe(201);
    expect(Object.keys(response.body).sort()).toEqual(CONVERSATION_KEYS);
    expect(response.body.chat_service_sid).toBe(serviceSid);
    expect(response.body.url).toBe(`${rest.emulator.url}${prefix}/Conversations/${response.body.sid}`);

    const participants = await participantsOf(response.body);
    expect(participants.map((p) => p.identity)).toEqual(['jack']);
    expect(await conversationCount(prefix)).toBe(1);
    expect(await conversationCount()).toBe(defaultBefore);
    expect(rest.operations()).toContain('CreateServiceConversationWithParticipants');
  });

  it('answers 404 for a service that does not exist', async () => {
    const response = await create({ FriendlyName: 'Nowhere' }, `/v1/Services/IS${'0'.repeat(32)}`);
    expect(response.status).toBe(404);
  });
});

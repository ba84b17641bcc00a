import { describe, expect, it } from 'vitest';
import { useTestEmulator } from '../helpers/emulator.ts';

interface Participant {
  sid: string;
  identity: string | null;
  attributes: string;
  messaging_binding: Record<string, string> | null;
  role_sid: string | null;
  date_created: string;
  date_updated: string;
  url: string;
  last_read_message_index: number | null;
  last_read_timestamp: string | null;
  chat_service_sid?: string;
  code?: number;
}

interface ParticipantPage {
  participants: Participant[];
  meta: { key: string; next_page_url: string | null; page_size: number };
}

const SHORT_PARTICIPANT_KEYS = [
  'account_sid',
  'attributes',
  'conversation_sid',
  'date_created',
  'date_updated',
  'identity',
  'last_read_message_index',
  'last_read_timestamp',
  'messaging_binding',
  'role_sid',
  'sid',
  'url',
];

let clock = Date.parse('2026-04-01T09:00:00Z');
let phone = 0;

/** A fresh phone number per call: address/proxy pairs are unique across the whole account. */
function nextPhone(): string {
  phone += 1;
  return `+1444${String(phone).padStart(7, '0')}`;
}

async function createConversation(prefix = '/v1', params: Record<string, string> = {}): Promise<string> {
  const response = await rest.call('POST', `${prefix}/Conversations`, params);
  expect(response.status).toBe(201);
  return String(response.body.sid);
}

function addParticipant(conversation: string, params: Record<string, string | number>, prefix = '/v1') {
  return rest.call<Participant>('POST', `${prefix}/Conversations/${conversation}/Participants`, params);
}

function participantPath(conversation: string, sidOrIdentity: string, prefix = '/v1'): string {
  return `${prefix}/Conversations/${conversation}/Participants/${encodeURIComponent(sidOrIdentity)}`;
}

/** Role SIDs come from the store: the roles routes are not what these tests are about. */
function serviceState(serviceSid?: string) {
  const account = rest.emulator.store.state.accounts[rest.emulator.accounts[0]?.accountSid ?? ''];
  const service = account?.services[serviceSid ?? account.configuration.defaultChatServiceSid];
  if (!service) throw new Error('service not in the store');
  return service;
}

function defaultConversationRole(serviceSid?: string): string | null {
  return serviceState(serviceSid).configuration.defaultConversationRoleSid;
}

function adminRoleOfType(type: 'service' | 'conversation'): string {
  const role = Object.values(serviceState().roles).find(
    (r) => r.type === type && r.friendlyName.endsWith('admin'),
  );
  if (!role) throw new Error(`no ${type} admin role`);
  return role.sid;
}

const rest = useTestEmulator({ now: () => clock });

describe('chat participants', () => {
  it('adds a chat participant with the default conversation role and exactly the short-route properties', async () => {
    const conversation = await createConversation();
    const response = await addParticipant(conversation, { Identity: 'alice' });

    expect(response.status).toBe(201);
    expect(Object.keys(response.body).sort()).toEqual(SHORT_PARTICIPANT_KEYS);
    expect(response.body.sid).toMatch(/^MB[0-9a-f]{32}$/);
    expect(response.body).toMatchObject({
      identity: 'alice',
      attributes: '{}',
      messaging_binding: null,
      role_sid: defaultConversationRole(),
      last_read_message_index: null,
      last_read_timestamp: null,
      date_created: '2026-04-01T09:00:00Z',
      date_updated: '2026-04-01T09:00:00Z',
    });
    expect(response.body.url).toBe(
      `${rest.emulator.url}/v1/Conversations/${conversation}/Participants/${response.body.sid}`,
    );
  });

  it('fetches, updates and deletes a participant by SID or by identity', async () => {
    const conversation = await createConversation();
    const created = await addParticipant(conversation, { Identity: 'team/bob' });

    const bySid = await rest.call<Participant>('GET', participantPath(conversation, created.body.sid));
    const byIdentity = await rest.call<Participant>('GET', participantPath(conversation, 'team/bob'));
    expect(bySid.body).toEqual(created.body);
    expect(byIdentity.body).toEqual(created.body);

    const updated = await rest.call<Participant>('POST', participantPath(conversation, 'team/bob'), {
      Attributes: '{"nickname":"B"}',
    });
    expect(updated.body.attributes).toBe('{"nickname":"B"}');

    const removed = await rest.call('DELETE', participantPath(conversation, 'team/bob'));
    expect(removed.status).toBe(204);
    const gone = await rest.call('GET', participantPath(conversation, created.body.sid));
    expect([gone.status, gone.body.code]).toEqual([404, 20404]);
  });

  it('refuses the same identity twice in one conversation with 50433', async () => {
    const conversation = await createConversation();
    await addParticipant(conversation, { Identity: 'carol' });
    const again = await addParticipant(conversation, { Identity: 'carol' });
    expect(again.body).toMatchObject({ code: 50433, status: 409 });
    expect(again.status).toBe(409);

    const elsewhere = await addParticipant(await createConversation(), { Identity: 'carol' });
    expect(elsewhere.status).toBe(201);
  });

  it('refuses a participant with neither identity nor address', async () => {
    const conversation = await createConversation();
    const response = await addParticipant(conversation, { Attributes: '{}' });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe(50204);
  });

  it('checks attributes JSON (50304) and size (50303)', async () => {
    const conversation = await createConversation();
    const invalid = await addParticipant(conversation, { Identity: 'dan', Attributes: '{' });
    expect([invalid.status, invalid.body.code]).toEqual([400, 50304]);
    const huge = await addParticipant(conversation, {
      Identity: 'dan',
      Attributes: JSON.stringify({ x: 'y'.repeat(4100) }),
    });
    expect([huge.status, huge.body.code]).toEqual([400, 50303]);
  });

  it('accepts a conversation role and refuses an unknown or service-level role with 50100', async () => {
    const conversation = await createConversation();
    const admin = adminRoleOfType('conversation');
    const withRole = await addParticipant(conversation, { Identity: 'erin', RoleSid: admin });
    expect(withRole.body.role_sid).toBe(admin);

    const serviceRole = await addParticipant(conversation, {
      Identity: 'frank',
      RoleSid: adminRoleOfType('service'),
    });
    expect(serviceRole.body.code).toBe(50100);
    const unknown = await addParticipant(conversation, { Identity: 'frank', RoleSid: `RL${'9'.repeat(32)}` });
    expect(unknown.body.code).toBe(50100);

    const changed = await rest.call<Participant>('POST', participantPath(conversation, 'erin'), {
      RoleSid: String(defaultConversationRole()),
    });
    expect(changed.body.role_sid).toBe(defaultConversationRole());
    const badUpdate = await rest.call('POST', participantPath(conversation, 'erin'), {
      RoleSid: adminRoleOfType('service'),
    });
    expect(badUpdate.body.code).toBe(50100);
  });

  it('takes DateCreated and DateUpdated on create', async () => {
    const conversation = await createConversation();
    const response = await addParticipant(conversation, {
      Identity: 'gina',
      DateCreated: '2021-01-01T00:00:00Z',
      DateUpdated: '2021-01-02T00:00:00Z',
    });
    expect(response.body).toMatchObject({
      date_created: '2021-01-01T00:00:00Z',
      date_updated: '2021-01-02T00:00:00Z',
    });
  });
});

describe('SMS and WhatsApp participants', () => {
  it('adds an SMS participant with its address and proxy address and no identity', async () => {
    const conversation = await createConversation();
    const address = nextPhone();
    const proxy = nextPhone();
    const response = await addParticipant(conversation, {
      'MessagingBinding.Address': address,
      'MessagingBinding.ProxyAddress': proxy,
    });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      identity: null,
      messaging_binding: { type: 'sms', address, proxy_address: proxy },
      role_sid: defaultConversationRole(),
    });
  });

  it('types a whatsapp: address as a WhatsApp binding', async () => {
    const conversation = await createConversation();
    const response = await addParticipant(conversation, {
      'MessagingBinding.Address': `whatsapp:${nextPhone()}`,
      'MessagingBinding.ProxyAddress': `whatsapp:${nextPhone()}`,
    });
    expect(response.body.messaging_binding?.type).toBe('whatsapp');

    const mixed = await addParticipant(conversation, {
      'MessagingBinding.Address': `whatsapp:${nextPhone()}`,
      'MessagingBinding.ProxyAddress': nextPhone(),
    });
    expect(mixed.body.code).toBe(50414);
  });

  it('refuses an identity next to an address with 50211', async () => {
    const conversation = await createConversation();
    const response = await addParticipant(conversation, {
      Identity: 'hank',
      'MessagingBinding.Address': nextPhone(),
      'MessagingBinding.ProxyAddress': nextPhone(),
    });
    expect([response.status, response.body.code]).toEqual([400, 50211]);
  });

  it('refuses an address equal to its proxy address with 50409', async () => {
    const conversation = await createConversation();
    const same = nextPhone();
    const response = await addParticipant(conversation, {
      'MessagingBinding.Address': same,
      'MessagingBinding.ProxyAddress': same,
    });
    expect([response.status, response.body.code]).toEqual([400, 50409]);
  });

  it('refuses malformed or empty addresses', async () => {
    const conversation = await createConversation();
    const badAddress = await addParticipant(conversation, {
      'MessagingBinding.Address': 'not-a-phone',
      'MessagingBinding.ProxyAddress': nextPhone(),
    });
    const badProxy = await addParticipant(conversation, {
      'MessagingBinding.Address': nextPhone(),
      'MessagingBinding.ProxyAddress': '12',
    });
    const emptyAddress = await addParticipant(conversation, {
      'MessagingBinding.Address': '',
      'MessagingBinding.ProxyAddress': nextPhone(),
    });
    const emptyProxy = await addParticipant(conversation, {
      'MessagingBinding.Address': nextPhone(),
      'MessagingBinding.ProxyAddress': '',
    });
    expect([badAddress.body.code, badProxy.body.code, emptyAddress.body.code, emptyProxy.body.code]).toEqual([
      50407, 50408, 50411, 50412,
    ]);
  });

  it('keeps an address and proxy pair unique across the open conversations of every service', async () => {
    const address = nextPhone();
    const proxy = nextPhone();
    const pair = { 'MessagingBinding.Address': address, 'MessagingBinding.ProxyAddress': proxy };
    const first = await createConversation();
    expect((await addParticipant(first, pair)).status).toBe(201);

    const clash = await addParticipant(await createConversation(), pair);
    expect([clash.status, clash.body.code]).toEqual([409, 50416]);

    const service = await rest.call('POST', '/v1/Services', { FriendlyName: 'Pair uniqueness' });
    const prefix = `/v1/Services/${String(service.body.sid)}`;
    const otherService = await addParticipant(await createConversation(prefix), pair, prefix);
    expect(otherService.body.code).toBe(50416);

    const sameConversation = await addParticipant(first, pair);
    expect(sameConversation.body.code).toBe(50433);

    const otherProxy = await addParticipant(await createConversation(), {
      'MessagingBinding.Address': address,
      'MessagingBinding.ProxyAddress': nextPhone(),
    });
    expect(otherProxy.status).toBe(201);

    await rest.call('POST', `/v1/Conversations/${first}`, { State: 'closed' });
    const afterClose = await addParticipant(await createConversation(), pair);
    expect(afterClose.status).toBe(201);
  });

  it('limits a conversation to 50 non-chat participants with 50418', async () => {
    const conversation = await createConversation();
    const proxy = nextPhone();
    for (let i = 0; i < 50; i += 1) {
      const added = await addParticipant(conversation, {
        'MessagingBinding.Address': nextPhone(),
        'MessagingBinding.ProxyAddress': proxy,
      });
      expect(added.status).toBe(201);
    }
    const over = await addParticipant(conversation, {
      'MessagingBinding.Address': nextPhone(),
      'MessagingBinding.ProxyAddress': proxy,
    });
    expect([over.status, over.body.code]).toEqual([400, 50418]);
    const chat = await addParticipant(conversation, { Identity: 'still-room-for-chat' });
    expect(chat.status).toBe(201);
  });

  it('limits a conversation to 1000 participants with 50417', async () => {
    const conversation = await createConversation();
    // A thousand REST calls would only slow the suite; the limit is about the count, not how it was reached.
    const record = serviceState().conversations[conversation];
    if (!record) throw new Error('conversation not in the store');
    for (let i = 0; i < 1000; i += 1) {
      const sid = `MB${i.toString(16).padStart(32, '0')}`;
      record.participants[sid] = {
        sid,
        seq: i,
        identity: `member-${i}`,
        attributes: '{}',
        messagingBinding: null,
        roleSid: null,
        lastReadMessageIndex: null,
        lastReadTimestamp: null,
        notificationLevel: 'default',
        dateCreated: clock,
        dateUpdated: clock,
      };
    }
    const over = await addParticipant(conversation, { Identity: 'one-too-many' });
    expect([over.status, over.body.code]).toEqual([400, 50417]);
  });
});

describe('group MMS participants', () => {
  it('adds a chat participant with a projected address', async () => {
    const conversation = await createConversation();
    const projected = nextPhone();
    const response = await addParticipant(conversation, {
      Identity: 'ivy',
      'MessagingBinding.ProjectedAddress': projected,
    });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      identity: 'ivy',
      messaging_binding: { type: 'sms', projected_address: projected },
    });
  });

  it('adds an SMS member by address alone, without a role', async () => {
    const conversation = await createConversation();
    const address = nextPhone();
    const response = await addParticipant(conversation, { 'MessagingBinding.Address': address });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      identity: null,
      role_sid: null,
      messaging_binding: { type: 'sms', address },
    });
    const twice = await addParticipant(conversation, { 'MessagingBinding.Address': address });
    expect(twice.body.code).toBe(50433);
  });

  it('refuses a projected address without an identity', async () => {
    const conversation = await createConversation();
    const response = await addParticipant(conversation, {
      'MessagingBinding.Address': nextPhone(),
      'MessagingBinding.ProjectedAddress': nextPhone(),
    });
    expect([response.status, response.body.code]).toEqual([400, 50420]);
  });
});

describe('updating participants', () => {
  it('records the last read message index and timestamp', async () => {
    const conversation = await createConversation();
    await addParticipant(conversation, { Identity: 'jack' });
    clock += 5_000;
    const response = await rest.call<Participant>('POST', participantPath(conversation, 'jack'), {
      LastReadMessageIndex: 3,
      LastReadTimestamp: '2026-04-01T09:00:05Z',
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      last_read_message_index: 3,
      last_read_timestamp: '2026-04-01T09:00:05Z',
      date_updated: '2026-04-01T09:00:05Z',
    });

    const negative = await rest.call('POST', participantPath(conversation, 'jack'), {
      LastReadMessageIndex: -1,
    });
    const text = await rest.call('POST', participantPath(conversation, 'jack'), {
      LastReadMessageIndex: 'two',
    });
    expect([negative.status, negative.body.code]).toEqual([400, 50421]);
    expect(text.body.code).toBe(50421);
    const badTimestamp = await rest.call('POST', participantPath(conversation, 'jack'), {
      LastReadTimestamp: 'yesterday',
    });
    expect(badTimestamp.body.code).toBe(50406);
  });

  it('changes the proxy address of an SMS participant but keeps pairs unique', async () => {
    const conversation = await createConversation();
    const address = nextPhone();
    const created = await addParticipant(conversation, {
      'MessagingBinding.Address': address,
      'MessagingBinding.ProxyAddress': nextPhone(),
    });
    const proxy = nextPhone();
    const moved = await rest.call<Participant>('POST', participantPath(conversation, created.body.sid), {
      'MessagingBinding.ProxyAddress': proxy,
    });
    expect(moved.body.messaging_binding).toEqual({ type: 'sms', address, proxy_address: proxy });

    const taken = nextPhone();
    await addParticipant(await createConversation(), {
      'MessagingBinding.Address': address,
      'MessagingBinding.ProxyAddress': taken,
    });
    const clash = await rest.call('POST', participantPath(conversation, created.body.sid), {
      'MessagingBinding.ProxyAddress': taken,
    });
    expect(clash.body.code).toBe(50416);

    const identity = await rest.call('POST', participantPath(conversation, created.body.sid), {
      Identity: 'kate',
    });
    expect(identity.body.code).toBe(50211);
  });

  it('sets and removes the projected address of a chat participant', async () => {
    const conversation = await createConversation();
    await addParticipant(conversation, { Identity: 'liam' });
    const projected = nextPhone();
    const set = await rest.call<Participant>('POST', participantPath(conversation, 'liam'), {
      'MessagingBinding.ProjectedAddress': projected,
    });
    expect(set.body.messaging_binding).toEqual({ type: 'sms', projected_address: projected });
    const cleared = await rest.call<Participant>('POST', participantPath(conversation, 'liam'), {
      'MessagingBinding.ProjectedAddress': 'null',
    });
    expect(cleared.body.messaging_binding).toBeNull();
  });

  it('renames a chat participant but not onto an identity already present', async () => {
    const conversation = await createConversation();
    await addParticipant(conversation, { Identity: 'mia' });
    await addParticipant(conversation, { Identity: 'noah' });
    const clash = await rest.call('POST', participantPath(conversation, 'mia'), { Identity: 'noah' });
    expect(clash.body.code).toBe(50433);
    const renamed = await rest.call<Participant>('POST', participantPath(conversation, 'mia'), {
      Identity: 'mila',
    });
    expect(renamed.body.identity).toBe('mila');
  });

  it('refuses to add or update participants of a closed conversation with 50377 but still lets them go', async () => {
    const conversation = await createConversation();
    await addParticipant(conversation, { Identity: 'olga' });
    await rest.call('POST', `/v1/Conversations/${conversation}`, { State: 'closed' });

    const create = await addParticipant(conversation, { Identity: 'pete' });
    const update = await rest.call('POST', participantPath(conversation, 'olga'), { Attributes: '{}' });
    expect([create.status, create.body.code]).toEqual([400, 50377]);
    expect([update.status, update.body.code]).toEqual([400, 50377]);
    const remove = await rest.call('DELETE', participantPath(conversation, 'olga'));
    expect(remove.status).toBe(204);
  });
});

describe('listing and removing participants', () => {
  it('lists participants in creation order with paging', async () => {
    const conversation = await createConversation();
    for (const identity of ['p1', 'p2', 'p3']) await addParticipant(conversation, { Identity: identity });

    const first = await rest.call<ParticipantPage>('GET', `/v1/Conversations/${conversation}/Participants`, {
      PageSize: 2,
    });
    expect(first.body.meta.key).toBe('participants');
    expect(first.body.participants.map((p) => p.identity)).toEqual(['p1', 'p2']);
    const next = await rest.call<ParticipantPage>(
      'GET',
      (first.body.meta.next_page_url as string).slice(rest.emulator.url.length),
    );
    expect(next.body.participants.map((p) => p.identity)).toEqual(['p3']);
    expect(next.body.meta.next_page_url).toBeNull();
  });

  it('keeps the messages of a participant who is removed', async () => {
    const conversation = await createConversation();
    const participant = await addParticipant(conversation, { Identity: 'quinn' });
    const message = await rest.call('POST', `/v1/Conversations/${conversation}/Messages`, {
      Author: 'quinn',
      Body: 'bye',
    });
    await rest.call('DELETE', participantPath(conversation, 'quinn'));

    const fetched = await rest.call(
      'GET',
      `/v1/Conversations/${conversation}/Messages/${String(message.body.sid)}`,
    );
    expect(fetched.status).toBe(200);
    expect(fetched.body).toMatchObject({ author: 'quinn', participant_sid: participant.body.sid });
  });
});

describe('service-scoped participant routes', () => {
  it('renders chat_service_sid, service URLs and the role of that service', async () => {
    const service = await rest.call('POST', '/v1/Services', { FriendlyName: 'Participants service' });
    const serviceSid = String(service.body.sid);
    const prefix = `/v1/Services/${serviceSid}`;
    const conversation = await createConversation(prefix);

    const created = await addParticipant(conversation, { Identity: 'rita' }, prefix);
    expect(created.status).toBe(201);
    expect(Object.keys(created.body).sort()).toEqual([...SHORT_PARTICIPANT_KEYS, 'chat_service_sid'].sort());
    expect(created.body.chat_service_sid).toBe(serviceSid);
    expect(created.body.url).toBe(
      `${rest.emulator.url}${prefix}/Conversations/${conversation}/Participants/${created.body.sid}`,
    );
    expect(created.body.role_sid).toBe(defaultConversationRole(serviceSid));

    expect(Object.keys(serviceState(serviceSid).roles)).toContain(created.body.role_sid);
    const defaultRoleOfDefaultService = String(defaultConversationRole());
    const foreignRole = await addParticipant(
      conversation,
      { Identity: 'sam', RoleSid: defaultRoleOfDefaultService },
      prefix,
    );
    expect(foreignRole.body.code).toBe(50100);

    const fetched = await rest.call<Participant>('GET', participantPath(conversation, 'rita', prefix));
    expect(fetched.body).toEqual(created.body);
    const list = await rest.call<ParticipantPage>(
      'GET',
      `${prefix}/Conversations/${conversation}/Participants`,
    );
    expect(list.body.participants).toEqual([created.body]);
    const removed = await rest.call('DELETE', participantPath(conversation, 'rita', prefix));
    expect(removed.status).toBe(204);
  });
});

import { describe, expect, it } from 'vitest';
import { createService, type TwilioError, useTestEmulator } from '../helpers/emulator.ts';

interface User {
  sid: string;
  account_sid: string;
  chat_service_sid: string;
  role_sid: string | null;
  identity: string;
  friendly_name: string | null;
  attributes: string;
  is_online: boolean | null;
  is_notifiable: boolean | null;
  date_created: string;
  date_updated: string;
  url: string;
  links: Record<string, string>;
}

interface UserConversation {
  account_sid: string;
  chat_service_sid: string;
  conversation_sid: string;
  unread_messages_count: number | null;
  last_read_message_index: number | null;
  participant_sid: string;
  user_sid: string;
  friendly_name: string | null;
  conversation_state: string;
  timers: Record<string, string>;
  attributes: string;
  date_created: string;
  date_updated: string;
  created_by: string | null;
  notification_level: string;
  unique_name: string | null;
  url: string;
  links: Record<string, string>;
}

let counter = 0;

const rest = useTestEmulator();

/** A fresh identity per test, so tests sharing the emulator never see each other's users. */
function uniqueIdentity(name: string): string {
  counter += 1;
  return `${name}-${counter}`;
}

const newService = () => createService(rest, 'users test');

async function createConversation(prefix: string, params: Record<string, string> = {}): Promise<string> {
  const created = await rest.call<{ sid: string }>('POST', `${prefix}/Conversations`, params);
  expect(created.status).toBe(201);
  return created.body.sid;
}

async function join(prefix: string, conversation: string, identity: string): Promise<string> {
  const created = await rest.call<{ sid: string }>(
    'POST',
    `${prefix}/Conversations/${conversation}/Participants`,
    {
      Identity: identity,
    },
  );
  expect(created.status).toBe(201);
  return created.body.sid;
}

async function post(prefix: string, conversation: string, author: string, body: string): Promise<void> {
  const created = await rest.call('POST', `${prefix}/Conversations/${conversation}/Messages`, {
    Author: author,
    Body: body,
  });
  expect(created.status).toBe(201);
}

describe('users', () => {
  it('creates a user with the service default role and renders every field of the spec', async () => {
    const identity = uniqueIdentity('alice');
    const created = await rest.call<User>('POST', '/v1/Users', {
      Identity: identity,
      FriendlyName: 'Alice',
      Attributes: '{ "title": "lead" }',
    });
    expect(created.status).toBe(201);
    const user = created.body;
    const configuration = await rest.call<{ default_chat_service_sid: string }>('GET', '/v1/Configuration');
    const serviceConfiguration = await rest.call<{ default_chat_service_role_sid: string }>(
      'GET',
      `/v1/Services/${configuration.body.default_chat_service_sid}/Configuration`,
    );
    expect(user).toEqual({
      sid: expect.stringMatching(/^US[0-9a-f]{32}$/),
      account_sid: rest.emulator.accounts[0]?.accountSid,
      chat_service_sid: configuration.body.default_chat_service_sid,
      role_sid: serviceConfiguration.body.default_chat_service_role_sid,
      identity,
      friendly_name: 'Alice',
      attributes: '{ "title": "lead" }',
      is_online: null,
      is_notifiable: null,
      date_created: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/),
      date_updated: user.date_created,
      url: `${rest.emulator.url}/v1/Users/${user.sid}`,
      links: { user_conversations: `${rest.emulator.url}/v1/Users/${user.sid}/Conversations` },
    });
  });

  it('fetches, updates and deletes a user by SID or by case-sensitive identity', async () => {
    const identity = uniqueIdentity('Bob');
    const created = await rest.call<User>('POST', '/v1/Users', { Identity: identity });
    expect(created.body.attributes).toBe('{}');
    expect(created.body.friendly_name).toBeNull();

    const bySid = await rest.call<User>('GET', `/v1/Users/${created.body.sid}`);
    const byIdentity = await rest.call<User>('GET', `/v1/Users/${encodeURIComponent(identity)}`);
    expect(byIdentity.body).toEqual(bySid.body);
    const wrongCase = await rest.call<TwilioError>('GET', `/v1/Users/${identity.toLowerCase()}`);
    expect(wrongCase.status).toBe(404);

    const updated = await rest.call<User>('POST', `/v1/Users/${identity}`, {
      FriendlyName: 'Robert',
      Attributes: '{"team":"core"}',
    });
    expect(updated.status).toBe(200);
    expect(updated.body.friendly_name).toBe('Robert');
    expect(updated.body.attributes).toBe('{"team":"core"}');

    expect((await rest.call('DELETE', `/v1/Users/${identity}`)).status).toBe(204);
    const gone = await rest.call<TwilioError>('GET', `/v1/Users/${created.body.sid}`);
    expect(gone.status).toBe(404);
    expect(gone.body.code).toBe(20404);
  });

  it('validates the identity: required, not a user SID, at most 256 characters, unique', async () => {
    expect((await rest.call<TwilioError>('POST', '/v1/Users', {})).body.code).toBe(50204);
    expect(
      (await rest.call<TwilioError>('POST', '/v1/Users', { Identity: `US${'a'.repeat(32)}` })).body.code,
    ).toBe(50206);
    expect((await rest.call<TwilioError>('POST', '/v1/Users', { Identity: 'x'.repeat(257) })).body.code).toBe(
      50207,
    );
    const identity = uniqueIdentity('carol');
    await rest.call('POST', '/v1/Users', { Identity: identity });
    const duplicate = await rest.call<TwilioError>('POST', '/v1/Users', { Identity: identity });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.code).toBe(50201);
  });

  it('rejects attributes that are not JSON', async () => {
    const response = await rest.call<TwilioError>('POST', '/v1/Users', {
      Identity: uniqueIdentity('dave'),
      Attributes: '{not json',
    });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe(50304);
  });

  it('accepts only a service role of this service as RoleSid', async () => {
    const service = await newService();
    const roles = await rest.call<{ roles: Array<{ sid: string; type: string; friendly_name: string }> }>(
      'GET',
      `/v1/Services/${service}/Roles`,
    );
    const admin = roles.body.roles.find((role) => role.friendly_name === 'service admin');
    const channelUser = roles.body.roles.find((role) => role.type === 'conversation');
    const withRole = await rest.call<User>('POST', `/v1/Services/${service}/Users`, {
      Identity: 'admin',
      RoleSid: admin?.sid,
    });
    expect(withRole.body.role_sid).toBe(admin?.sid);

    const conversationRole = await rest.call<TwilioError>('POST', `/v1/Services/${service}/Users`, {
      Identity: 'other',
      RoleSid: channelUser?.sid,
    });
    expect(conversationRole.body.code).toBe(50105);
    const otherService = await rest.call<TwilioError>('POST', '/v1/Users', {
      Identity: uniqueIdentity('eve'),
      RoleSid: admin?.sid,
    });
    expect(otherService.body.code).toBe(50100);
    const updated = await rest.call<TwilioError>('POST', `/v1/Services/${service}/Users/admin`, {
      RoleSid: `RL${'0'.repeat(32)}`,
    });
    expect(updated.body.code).toBe(50100);
  });

  it('renders service-scoped users under the service URL and keeps services apart', async () => {
    const service = await newService();
    const created = await rest.call<User>('POST', `/v1/Services/${service}/Users`, {
      Identity: 'shared-name',
    });
    expect(created.body.chat_service_sid).toBe(service);
    expect(created.body.url).toBe(`${rest.emulator.url}/v1/Services/${service}/Users/${created.body.sid}`);
    expect(created.body.links.user_conversations).toBe(
      `${rest.emulator.url}/v1/Services/${service}/Users/${created.body.sid}/Conversations`,
    );
    const shortRoute = await rest.call('GET', `/v1/Users/${created.body.sid}`);
    expect(shortRoute.status).toBe(404);
  });

  it('lists users in creation order with null reachability and a page size of at most 50', async () => {
    const service = await newService();
    for (const identity of ['u1', 'u2', 'u3'])
      await rest.call('POST', `/v1/Services/${service}/Users`, { Identity: identity });
    const page = await rest.call<{ users: User[]; meta: { page_size: number; key: string } }>(
      'GET',
      `/v1/Services/${service}/Users`,
      { PageSize: 1000 },
    );
    expect(page.status).toBe(200);
    expect(page.body.meta.page_size).toBe(50);
    expect(page.body.meta.key).toBe('users');
    expect(page.body.users.map((user) => user.identity)).toEqual(['u1', 'u2', 'u3']);
    for (const user of page.body.users) {
      expect(user.is_online).toBeNull();
      expect(user.is_notifiable).toBeNull();
    }
  });

  it('keeps the participants of a deleted user, so re-creating the identity finds the same conversations', async () => {
    const service = await newService();
    const prefix = `/v1/Services/${service}`;
    await rest.call('POST', `${prefix}/Users`, { Identity: 'leaver' });
    const conversation = await createConversation(prefix);
    const participant = await join(prefix, conversation, 'leaver');
    await rest.call('DELETE', `${prefix}/Users/leaver`);

    const stillThere = await rest.call<{ sid: string }>(
      'GET',
      `${prefix}/Conversations/${conversation}/Participants/${participant}`,
    );
    expect(stillThere.status).toBe(200);
    await rest.call('POST', `${prefix}/Users`, { Identity: 'leaver' });
    const list = await rest.call<{ conversations: UserConversation[] }>(
      'GET',
      `${prefix}/Users/leaver/Conversations`,
    );
    expect(list.body.conversations.map((entry) => entry.participant_sid)).toEqual([participant]);
  });
});

describe('user conversations', () => {
  it('lists one entry per conversation the identity participates in, with the conversation fields', async () => {
    const service = await newService();
    const prefix = `/v1/Services/${service}`;
    const user = await rest.call<User>('POST', `${prefix}/Users`, { Identity: 'member' });
    const first = await createConversation(prefix, {
      FriendlyName: 'First',
      UniqueName: 'first',
      Attributes: '{"a":1}',
      State: 'active',
      'Timers.Inactive': 'PT5M',
    });
    const second = await createConversation(prefix, { FriendlyName: 'Second' });
    await createConversation(prefix, { FriendlyName: 'Not mine' });
    const participant = await join(prefix, first, 'member');
    await join(prefix, second, 'member');
    await join(prefix, second, 'someone-else');

    const list = await rest.call<{
      conversations: UserConversation[];
      meta: { key: string; page_size: number };
    }>('GET', `${prefix}/Users/${user.body.sid}/Conversations`);
    expect(list.status).toBe(200);
    expect(list.body.meta.key).toBe('conversations');
    expect(list.body.conversations.map((entry) => entry.conversation_sid)).toEqual([first, second]);
    const conversation = await rest.call<{ timers: Record<string, string>; date_created: string }>(
      'GET',
      `${prefix}/Conversations/${first}`,
    );
    expect(list.body.conversations[0]).toEqual({
      account_sid: rest.emulator.accounts[0]?.accountSid,
      chat_service_sid: service,
      conversation_sid: first,
      unread_messages_count: null,
      last_read_message_index: null,
      participant_sid: participant,
      user_sid: user.body.sid,
      friendly_name: 'First',
      conversation_state: 'active',
      timers: conversation.body.timers,
      attributes: '{"a":1}',
      date_created: conversation.body.date_created,
      date_updated: expect.any(String),
      created_by: null,
      notification_level: 'default',
      unique_name: 'first',
      url: `${rest.emulator.url}${prefix}/Users/${user.body.sid}/Conversations/${first}`,
      links: {
        participant: `${rest.emulator.url}${prefix}/Conversations/${first}/Participants/${participant}`,
        conversation: `${rest.emulator.url}${prefix}/Conversations/${first}`,
      },
    });
    expect(list.body.conversations[0]?.timers.date_inactive).toBeDefined();
  });

  it('links to the short conversation URLs on the short route', async () => {
    const identity = uniqueIdentity('shorty');
    await rest.call('POST', '/v1/Users', { Identity: identity });
    const conversation = await createConversation('/v1');
    const participant = await join('/v1', conversation, identity);
    const fetched = await rest.call<UserConversation>(
      'GET',
      `/v1/Users/${identity}/Conversations/${conversation}`,
    );
    expect(fetched.status).toBe(200);
    expect(fetched.body.links).toEqual({
      participant: `${rest.emulator.url}/v1/Conversations/${conversation}/Participants/${participant}`,
      conversation: `${rest.emulator.url}/v1/Conversations/${conversation}`,
    });
  });

  it('counts unread messages after the read horizon and writes the horizon through to the participant', async () => {
    const service = await newService();
    const prefix = `/v1/Services/${service}`;
    await rest.call('POST', `${prefix}/Users`, { Identity: 'reader' });
    const conversation = await createConversation(prefix, { UniqueName: 'reading-room' });
    const participant = await join(prefix, conversation, 'reader');
    for (const text of ['one', 'two', 'three', 'four']) await post(prefix, conversation, 'reader', text);

    const updated = await rest.call<UserConversation>(
      'POST',
      `${prefix}/Users/reader/Conversations/reading-room`,
      {
        LastReadMessageIndex: 1,
        LastReadTimestamp: '2024-05-01T10:00:00Z',
        NotificationLevel: 'muted',
      },
    );
    expect(updated.status).toBe(200);
    expect(updated.body.last_read_message_index).toBe(1);
    expect(updated.body.unread_messages_count).toBe(2);
    expect(updated.body.notification_level).toBe('muted');

    const viaParticipant = await rest.call<{ last_read_message_index: number; last_read_timestamp: string }>(
      'GET',
      `${prefix}/Conversations/${conversation}/Participants/${participant}`,
    );
    expect(viaParticipant.body.last_read_message_index).toBe(1);
    expect(viaParticipant.body.last_read_timestamp).toBe('2024-05-01T10:00:00Z');

    const cleared = await rest.call<UserConversation>(
      'POST',
      `${prefix}/Users/reader/Conversations/${conversation}`,
      {
        LastReadMessageIndex: '',
      },
    );
    expect(cleared.body.last_read_message_index).toBeNull();
    expect(cleared.body.unread_messages_count).toBeNull();
  });

  it('rejects an unknown notification level and a negative read index', async () => {
    const service = await newService();
    const prefix = `/v1/Services/${service}`;
    await rest.call('POST', `${prefix}/Users`, { Identity: 'picky' });
    const conversation = await createConversation(prefix);
    await join(prefix, conversation, 'picky');
    const level = await rest.call<TwilioError>(
      'POST',
      `${prefix}/Users/picky/Conversations/${conversation}`,
      {
        NotificationLevel: 'loud',
      },
    );
    expect(level.status).toBe(400);
    expect(level.body.code).toBe(50210);
    const index = await rest.call<TwilioError>(
      'POST',
      `${prefix}/Users/picky/Conversations/${conversation}`,
      {
        LastReadMessageIndex: -1,
      },
    );
    expect(index.body.code).toBe(50421);
    const timestamp = await rest.call<TwilioError>(
      'POST',
      `${prefix}/Users/picky/Conversations/${conversation}`,
      {
        LastReadTimestamp: 'yesterday',
      },
    );
    expect(timestamp.body.code).toBe(50406);
  });

  it('answers 404 for a conversation the user is not in, and for an unknown user', async () => {
    const service = await newService();
    const prefix = `/v1/Services/${service}`;
    await rest.call('POST', `${prefix}/Users`, { Identity: 'outsider' });
    const conversation = await createConversation(prefix);
    const notMember = await rest.call<TwilioError>(
      'GET',
      `${prefix}/Users/outsider/Conversations/${conversation}`,
    );
    expect(notMember.status).toBe(404);
    const noUser = await rest.call<TwilioError>('GET', `${prefix}/Users/nobody/Conversations`);
    expect(noUser.status).toBe(404);
  });

  it('removes the participant when the user conversation is deleted', async () => {
    const service = await newService();
    const prefix = `/v1/Services/${service}`;
    await rest.call('POST', `${prefix}/Users`, { Identity: 'quitter' });
    const conversation = await createConversation(prefix);
    const participant = await join(prefix, conversation, 'quitter');
    const deleted = await rest.call('DELETE', `${prefix}/Users/quitter/Conversations/${conversation}`);
    expect(deleted.status).toBe(204);
    const gone = await rest.call(
      'GET',
      `${prefix}/Conversations/${conversation}/Participants/${participant}`,
    );
    expect(gone.status).toBe(404);
    const list = await rest.call<{ conversations: UserConversation[] }>(
      'GET',
      `${prefix}/Users/quitter/Conversations`,
    );
    expect(list.body.conversations).toEqual([]);
  });
});

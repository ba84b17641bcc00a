import { describe, expect, it } from 'vitest';
import { createService, type TwilioError, useTestEmulator } from '../helpers/emulator.ts';

interface ParticipantConversation {
  account_sid: string;
  chat_service_sid: string;
  participant_sid: string;
  participant_user_sid: string | null;
  participant_identity: string | null;
  participant_messaging_binding: Record<string, string | null> | null;
  conversation_sid: string;
  conversation_unique_name: string | null;
  conversation_friendly_name: string | null;
  conversation_attributes: string;
  conversation_date_created: string;
  conversation_date_updated: string;
  conversation_created_by: string | null;
  conversation_state: string;
  conversation_timers: Record<string, string>;
  links: Record<string, string>;
}

interface Page {
  conversations: ParticipantConversation[];
  meta: { page_size: number; key: string; url: string; next_page_url: string | null };
}

const rest = useTestEmulator();

const newService = () => createService(rest, 'participant views');

async function createConversation(prefix: string, params: Record<string, string> = {}): Promise<string> {
  const created = await rest.call<{ sid: string }>('POST', `${prefix}/Conversations`, params);
  expect(created.status).toBe(201);
  return created.body.sid;
}

async function addParticipant(
  prefix: string,
  conversation: string,
  params: Record<string, string>,
): Promise<string> {
  const created = await rest.call<{ sid: string }>(
    'POST',
    `${prefix}/Conversations/${conversation}/Participants`,
    params,
  );
  expect(created.status).toBe(201);
  return created.body.sid;
}

describe('participant conversations', () => {
  it('lists the conversations of an identity with the user SID when a user exists', async () => {
    const service = await newService();
    const prefix = `/v1/Services/${service}`;
    const user = await rest.call<{ sid: string }>('POST', `${prefix}/Users`, { Identity: 'alice' });
    const first = await createConversation(prefix, {
      FriendlyName: 'Launch',
      UniqueName: 'launch',
      Attributes: '{"topic":"launch"}',
    });
    const second = await createConversation(prefix, { FriendlyName: 'Other' });
    await createConversation(prefix, { FriendlyName: 'Not hers' });
    const participant = await addParticipant(prefix, first, { Identity: 'alice' });
    await addParticipant(prefix, second, { Identity: 'alice' });

    const page = await rest.call<Page>('GET', `${prefix}/ParticipantConversations`, { Identity: 'alice' });
    expect(page.status).toBe(200);
    expect(page.body.meta.key).toBe('conversations');
    expect(page.body.meta.url).toBe(
      `${rest.emulator.url}${prefix}/ParticipantConversations?Identity=alice&PageSize=50&Page=0`,
    );
    expect(page.body.conversations.map((entry) => entry.conversation_sid)).toEqual([first, second]);
    const conversation = await rest.call<{ date_created: string; date_updated: string }>(
      'GET',
      `${prefix}/Conversations/${first}`,
    );
    expect(page.body.conversations[0]).toEqual({
      account_sid: rest.emulator.accounts[0]?.accountSid,
      chat_service_sid: service,
      participant_sid: participant,
      participant_user_sid: user.body.sid,
      participant_identity: 'alice',
      participant_messaging_binding: null,
      conversation_sid: first,
      conversation_unique_name: 'launch',
      conversation_friendly_name: 'Launch',
      conversation_attributes: '{"topic":"launch"}',
      conversation_date_created: conversation.body.date_created,
      conversation_date_updated: conversation.body.date_updated,
      conversation_created_by: null,
      conversation_state: 'active',
      conversation_timers: {},
      links: {
        participant: `${rest.emulator.url}${prefix}/Conversations/${first}/Participants/${participant}`,
        conversation: `${rest.emulator.url}${prefix}/Conversations/${first}`,
      },
    });
  });

  it('gives a null user SID to an identity that has no user resource', async () => {
    const service = await newService();
    const prefix = `/v1/Services/${service}`;
    const conversation = await createConversation(prefix);
    await addParticipant(prefix, conversation, { Identity: 'ghost' });
    const page = await rest.call<Page>('GET', `${prefix}/ParticipantConversations`, { Identity: 'ghost' });
    expect(page.body.conversations).toHaveLength(1);
    expect(page.body.conversations[0]?.participant_user_sid).toBeNull();
  });

  it('finds SMS participants by address and shows their full messaging binding', async () => {
    const service = await newService();
    const prefix = `/v1/Services/${service}`;
    const conversation = await createConversation(prefix, { FriendlyName: 'Support' });
    const participant = await addParticipant(prefix, conversation, {
      'MessagingBinding.Address': '+375255555555',
      'MessagingBinding.ProxyAddress': '+12345678910',
    });
    const page = await rest.call<Page>('GET', `${prefix}/ParticipantConversations`, {
      Address: '+375255555555',
    });
    expect(page.status).toBe(200);
    expect(page.body.meta.url).toContain('Address=%2B375255555555&PageSize=50&Page=0');
    expect(page.body.conversations).toHaveLength(1);
    const entry = page.body.conversations[0];
    expect(entry?.participant_sid).toBe(participant);
    expect(entry?.participant_identity).toBeNull();
    expect(entry?.participant_user_sid).toBeNull();
    expect(entry?.participant_messaging_binding).toEqual({
      address: '+375255555555',
      proxy_address: '+12345678910',
      type: 'sms',
      level: null,
      name: null,
      projected_address: null,
    });
  });

  it('acts on the default service through the short route with short links', async () => {
    const identity = `short-${Date.now()}`;
    const conversation = await createConversation('/v1');
    const participant = await addParticipant('/v1', conversation, { Identity: identity });
    const page = await rest.call<Page>('GET', '/v1/ParticipantConversations', { Identity: identity });
    expect(page.body.conversations).toHaveLength(1);
    expect(page.body.conversations[0]?.links).toEqual({
      participant: `${rest.emulator.url}/v1/Conversations/${conversation}/Participants/${participant}`,
      conversation: `${rest.emulator.url}/v1/Conversations/${conversation}`,
    });
  });

  it('does not list conversations of another service', async () => {
    const service = await newService();
    const other = await newService();
    const conversation = await createConversation(`/v1/Services/${other}`);
    await addParticipant(`/v1/Services/${other}`, conversation, { Identity: 'elsewhere' });
    const page = await rest.call<Page>('GET', `/v1/Services/${service}/ParticipantConversations`, {
      Identity: 'elsewhere',
    });
    expect(page.body.conversations).toEqual([]);
  });

  it('requires exactly one of Identity and Address', async () => {
    const both = await rest.call<TwilioError>('GET', '/v1/ParticipantConversations', {
      Identity: 'alice',
      Address: '+15550000000',
    });
    expect(both.status).toBe(400);
    expect(both.body.code).toBe(50451);
    const neither = await rest.call<TwilioError>('GET', '/v1/ParticipantConversations');
    expect(neither.status).toBe(400);
    expect(neither.body.code).toBe(20001);
  });

  it('pages at most 50 at a time and follows next links to the end', async () => {
    const service = await newService();
    const prefix = `/v1/Services/${service}`;
    const conversations: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      const conversation = await createConversation(prefix);
      await addParticipant(prefix, conversation, { Identity: 'pager' });
      conversations.push(conversation);
    }
    const clamped = await rest.call<Page>('GET', `${prefix}/ParticipantConversations`, {
      Identity: 'pager',
      PageSize: 100,
    });
    expect(clamped.body.meta.page_size).toBe(50);

    const seen: string[] = [];
    let next: string | null = `${prefix}/ParticipantConversations?Identity=pager&PageSize=2`;
    while (next) {
      const page: { body: Page } = await rest.call<Page>('GET', next.replace(rest.emulator.url, ''));
      seen.push(...page.body.conversations.map((entry) => entry.conversation_sid));
      next = page.body.meta.next_page_url;
    }
    expect(seen).toEqual(conversations);
  });
});

import { describe, expect, it } from 'vitest';
import { type TwilioError, useTestEmulator } from '../helpers/emulator.ts';
import { specPropertyNames } from '../helpers/openapi-contract.ts';

interface Conversation {
  sid: string;
  account_sid: string;
  chat_service_sid: string;
  messaging_service_sid: string | null;
  friendly_name: string | null;
  unique_name: string | null;
  attributes: string;
  state: string;
  date_created: string;
  date_updated: string;
  timers: { date_inactive?: string; date_closed?: string };
  bindings: Record<string, unknown>;
  url: string;
  links: Record<string, string>;
}

interface Meta {
  page: number;
  page_size: number;
  first_page_url: string;
  previous_page_url: string | null;
  url: string;
  next_page_url: string | null;
  key: string;
}

interface ConversationPage {
  conversations: Conversation[];
  meta: Meta;
}

/** UserConversations and ParticipantConversations: per-member views keyed `conversations` too. */
interface UserConversationPage {
  conversations: Array<{ conversation_sid: string }>;
  meta: Meta;
}

type Params = Record<string, string | string[] | number>;

/** Every property of `conversations.v1.conversation` in the spec, on both route forms. */
const CONVERSATION_KEYS = specPropertyNames('conversations.v1.conversation');

const MINUTE = 60_000;

let clock = Date.parse('2026-06-01T08:00:00Z');
let phone = 0;
let names = 0;

/** Twilio's REST date format: to the second, with `Z`. */
function iso(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** A fresh phone number per call: address/proxy pairs are unique across the whole account. */
function nextPhone(): string {
  phone += 1;
  return `+1333${String(phone).padStart(7, '0')}`;
}

/** Unique names are per service, and the short-route tests all share the default one. */
function uniqueName(stem: string): string {
  names += 1;
  return `${stem}-${names}`;
}

function createConversation(params: Params = {}, prefix = '/v1') {
  return rest.call<Conversation>('POST', `${prefix}/Conversations`, params);
}

async function conversationSid(params: Params = {}, prefix = '/v1'): Promise<string> {
  const response = await createConversation(params, prefix);
  expect(response.status).toBe(201);
  return response.body.sid;
}

function fetchConversation(sidOrName: string, prefix = '/v1') {
  return rest.call<Conversation>('GET', `${prefix}/Conversations/${encodeURIComponent(sidOrName)}`);
}

function updateConversation(sidOrName: string, params: Params, prefix = '/v1') {
  return rest.call<Conversation>('POST', `${prefix}/Conversations/${encodeURIComponent(sidOrName)}`, params);
}

/** A new Conversation Service, so that a list test sees only the conversations it made. */
async function newService(name: string): Promise<string> {
  const response = await rest.call('POST', '/v1/Services', { FriendlyName: name });
  expect(response.status).toBe(201);
  return `/v1/Services/${String(response.body.sid)}`;
}

/** Follows URLs verbatim, as twilio-node's Page does. */
async function getUrl(url: string): Promise<ConversationPage> {
  expect(url.startsWith(rest.emulator.url)).toBe(true);
  const response = await rest.call<ConversationPage>('GET', url.slice(rest.emulator.url.length));
  expect(response.status).toBe(200);
  return response.body;
}

function errorBody(code: number, status: number, message: string): TwilioError {
  return { code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status };
}

async function expectError(
  response: Promise<{ status: number; body: unknown }>,
  status: number,
  code: number,
): Promise<TwilioError> {
  const { status: actual, body } = await response;
  const error = body as TwilioError;
  expect([actual, error.code]).toEqual([status, code]);
  expect(Object.keys(error).sort()).toEqual(['code', 'message', 'more_info', 'status']);
  expect(error).toMatchObject({ status, more_info: `https://www.twilio.com/docs/errors/${code}` });
  expect(error.message.length).toBeGreaterThan(0);
  return error;
}

const rest = useTestEmulator({ now: () => clock });

describe('creating conversations', () => {
  it('creates a conversation without a unique name with every spec property, null where unset, and short-route URLs', async () => {
    const configuration = await rest.call('GET', '/v1/Configuration');
    const response = await createConversation();

    expect(response.status).toBe(201);
    const conversation = response.body;
    expect(Object.keys(conversation).sort()).toEqual(CONVERSATION_KEYS);
    expect(conversation.sid).toMatch(/^CH[0-9a-f]{32}$/);
    const url = `${rest.emulator.url}/v1/Conversations/${conversation.sid}`;
    expect(conversation).toEqual({
      account_sid: rest.emulator.accounts[0]?.accountSid,
      chat_service_sid: configuration.body.default_chat_service_sid,
      messaging_service_sid: configuration.body.default_messaging_service_sid,
      sid: conversation.sid,
      friendly_name: null,
      unique_name: null,
      attributes: '{}',
      state: 'active',
      date_created: iso(clock),
      date_updated: iso(clock),
      timers: {},
      bindings: {},
      url,
      links: {
        participants: `${url}/Participants`,
        messages: `${url}/Messages`,
        webhooks: `${url}/Webhooks`,
        export: `${url}/Export`,
      },
    });
  });

  it('creates a conversation with a unique name through the service route, with service-scoped URLs', async () => {
    const prefix = await newService('Scoped conversations');
    const serviceSid = prefix.split('/').pop();
    const response = await createConversation(
      {
        UniqueName: 'support-42',
        FriendlyName: 'Support #42',
        Attributes: '{ "topic": "feedback" }',
        MessagingServiceSid: `MG${'4'.repeat(32)}`,
        'Bindings.Email.Address': 'help@example.com',
        'Bindings.Email.Name': 'Help desk',
      },
      prefix,
    );

    expect(response.status).toBe(201);
    expect(Object.keys(response.body).sort()).toEqual(CONVERSATION_KEYS);
    const url = `${rest.emulator.url}${prefix}/Conversations/${response.body.sid}`;
    expect(response.body).toMatchObject({
      chat_service_sid: serviceSid,
      messaging_service_sid: `MG${'4'.repeat(32)}`,
      unique_name: 'support-42',
      friendly_name: 'Support #42',
      attributes: '{ "topic": "feedback" }',
      state: 'active',
      timers: {},
      bindings: { email: { address: 'help@example.com', name: 'Help desk' } },
      url,
    });
    expect(response.body.links).toEqual({
      participants: `${url}/Participants`,
      messages: `${url}/Messages`,
      webhooks: `${url}/Webhooks`,
      export: `${url}/Export`,
    });

    const byName = await fetchConversation('support-42', prefix);
    expect(byName.body).toEqual(response.body);
  });

  it('refuses a duplicate unique name in the same service with 409/50353 and allows it in another service', async () => {
    const name = uniqueName('duplicate');
    const first = await createConversation({ UniqueName: name });
    expect(first.status).toBe(201);

    const again = await createConversation({ UniqueName: name, FriendlyName: 'second' });
    expect(again.status).toBe(409);
    expect(again.body).toEqual(
      errorBody(50353, 409, 'Conversation with provided unique name already exists'),
    );

    const other = await conversationSid();
    await expectError(updateConversation(other, { UniqueName: name }), 409, 50353);
    // Renaming a conversation to the name it already has is no clash.
    const same = await updateConversation(name, { UniqueName: name });
    expect(same.status).toBe(200);

    const elsewhere = await createConversation({ UniqueName: name }, await newService('Elsewhere'));
    expect(elsewhere.status).toBe(201);
    expect(elsewhere.body.unique_name).toBe(name);
    // The short route still finds the first one under that name.
    expect((await fetchConversation(name)).body.sid).toBe(first.body.sid);
  });

  it('refuses attributes that are not JSON with 400/50304 on create and update, and stores valid ones verbatim', async () => {
    const invalid = await createConversation({ Attributes: '{topic: feedback}' });
    expect(invalid.status).toBe(400);
    expect(invalid.body).toEqual(errorBody(50304, 400, 'Attributes not valid JSON'));

    const sid = await conversationSid({ Attributes: '[1, 2]' });
    expect((await fetchConversation(sid)).body.attributes).toBe('[1, 2]');
    await expectError(updateConversation(sid, { Attributes: '{"open": ' }), 400, 50304);
    expect((await fetchConversation(sid)).body.attributes).toBe('[1, 2]');
  });

  it('accepts attributes of 16 KB and refuses larger ones with 50303', async () => {
    const padding = 16 * 1024 - '{"a":""}'.length;
    const largest = JSON.stringify({ a: 'x'.repeat(padding) });
    expect(Buffer.byteLength(largest)).toBe(16 * 1024);
    expect((await createConversation({ Attributes: largest })).status).toBe(201);
    await expectError(
      createConversation({ Attributes: JSON.stringify({ a: 'x'.repeat(padding + 1) }) }),
      400,
      50303,
    );
  });

  it('refuses a unique name shaped like a conversation SID with 50390, a long one with 50004 and a long friendly name with 50003', async () => {
    await expectError(createConversation({ UniqueName: `CH${'ab'.repeat(16)}` }), 400, 50390);
    const sid = await conversationSid();
    await expectError(updateConversation(sid, { UniqueName: `CH${'AB'.repeat(16)}` }), 400, 50390);
    await expectError(createConversation({ UniqueName: 'u'.repeat(257) }), 400, 50004);
    await expectError(createConversation({ FriendlyName: 'f'.repeat(257) }), 400, 50003);
    expect((await createConversation({ FriendlyName: 'f'.repeat(256) })).status).toBe(201);
  });

  it('refuses a MessagingServiceSid that is not an MG SID with 50341', async () => {
    await expectError(createConversation({ MessagingServiceSid: 'messaging' }), 400, 50341);
    const sid = await conversationSid();
    await expectError(updateConversation(sid, { MessagingServiceSid: `IS${'1'.repeat(32)}` }), 400, 50341);
    const changed = await updateConversation(sid, { MessagingServiceSid: `MG${'1'.repeat(32)}` });
    expect(changed.body.messaging_service_sid).toBe(`MG${'1'.repeat(32)}`);
  });
});

describe('fetching, updating and deleting conversations', () => {
  it('fetches, updates and deletes a conversation by its SID and by its unique name', async () => {
    const name = uniqueName('team/by name');
    const created = await createConversation({ UniqueName: name });

    expect((await fetchConversation(created.body.sid)).body).toEqual(created.body);
    expect((await fetchConversation(name)).body).toEqual(created.body);

    const bySid = await updateConversation(created.body.sid, { FriendlyName: 'by SID' });
    expect(bySid.body).toMatchObject({ sid: created.body.sid, friendly_name: 'by SID' });
    const byName = await updateConversation(name, { Attributes: '{"by":"name"}' });
    expect(byName.body).toMatchObject({
      sid: created.body.sid,
      friendly_name: 'by SID',
      attributes: '{"by":"name"}',
    });

    const removed = await rest.call('DELETE', `/v1/Conversations/${encodeURIComponent(name)}`);
    expect(removed.status).toBe(204);
    expect(removed.body).toBeUndefined();
    await expectError(fetchConversation(created.body.sid), 404, 20404);
    await expectError(fetchConversation(name), 404, 20404);
  });

  it('answers 404 with 20404 for an unknown SID or unique name on fetch, update and delete', async () => {
    const missing = `CH${'0'.repeat(32)}`;
    const fetched = await fetchConversation(missing);
    expect(fetched.status).toBe(404);
    expect(fetched.body).toEqual(
      errorBody(20404, 404, `The requested resource /Conversations/${missing} was not found`),
    );
    await expectError(updateConversation(missing, { FriendlyName: 'x' }), 404, 20404);
    await expectError(rest.call('DELETE', `/v1/Conversations/${missing}`), 404, 20404);
    await expectError(fetchConversation('no-such-name'), 404, 20404);
    await expectError(updateConversation('no-such-name', { FriendlyName: 'x' }), 404, 20404);
    await expectError(rest.call('DELETE', '/v1/Conversations/no-such-name'), 404, 20404);
  });

  it('keeps the conversations of two services apart', async () => {
    const prefix = await newService('Apart');
    const name = uniqueName('apart');
    const scoped = await conversationSid({ UniqueName: name }, prefix);

    await expectError(fetchConversation(scoped), 404, 20404);
    await expectError(fetchConversation(name), 404, 20404);
    await expectError(rest.call('DELETE', `/v1/Conversations/${scoped}`), 404, 20404);
    const short = await conversationSid();
    await expectError(fetchConversation(short, prefix), 404, 20404);
    await expectError(
      fetchConversation(scoped, '/v1/Services/IS00000000000000000000000000000000'),
      404,
      20404,
    );

    expect((await fetchConversation(scoped, prefix)).status).toBe(200);
  });

  it('updates the given fields only, clears a unique name with an empty value and moves date_updated', async () => {
    const name = uniqueName('partial');
    const created = await createConversation({
      UniqueName: name,
      FriendlyName: 'before',
      Attributes: '{"a":1}',
    });
    clock += 5 * MINUTE;

    const renamed = await updateConversation(created.body.sid, { FriendlyName: 'after' });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({
      friendly_name: 'after',
      unique_name: name,
      attributes: '{"a":1}',
      state: 'active',
      date_created: created.body.date_created,
      date_updated: iso(clock),
    });

    const cleared = await updateConversation(created.body.sid, { UniqueName: '' });
    expect(cleared.body.unique_name).toBeNull();
    await expectError(fetchConversation(name), 404, 20404);
    // The freed name can be taken again.
    expect((await createConversation({ UniqueName: name })).status).toBe(201);
  });

  it('reports the spec operation ids of both route forms', async () => {
    const prefix = await newService('Operation ids');
    const before = rest.operations().length;
    const sid = await conversationSid({}, prefix);
    await rest.call('GET', `${prefix}/Conversations`);
    await fetchConversation(sid, prefix);
    await updateConversation(sid, { FriendlyName: 'x' }, prefix);
    await rest.call('DELETE', `${prefix}/Conversations/${sid}`);
    const short = await conversationSid();
    await fetchConversation(short);
    expect(rest.operations().slice(before)).toEqual([
      'CreateServiceConversation',
      'ListServiceConversation',
      'FetchServiceConversation',
      'UpdateServiceConversation',
      'DeleteServiceConversation',
      'CreateConversation',
      'FetchConversation',
    ]);
  });
});

describe('conversation state', () => {
  it('moves active to inactive and back to active through updates', async () => {
    const sid = await conversationSid();
    const inactive = await updateConversation(sid, { State: 'inactive' });
    expect(inactive.status).toBe(200);
    expect(inactive.body.state).toBe('inactive');
    expect((await fetchConversation(sid)).body.state).toBe('inactive');

    const active = await updateConversation(sid, { State: 'active' });
    expect(active.body.state).toBe('active');

    const createdInactive = await createConversation({ State: 'inactive' });
    expect(createdInactive.body.state).toBe('inactive');
  });

  it('treats closed as final: updates, new messages and new participants answer 400/50377', async () => {
    const sid = await conversationSid();
    const closed = await updateConversation(sid, { State: 'closed' });
    expect(closed.status).toBe(200);
    expect(closed.body.state).toBe('closed');

    const reopen = await updateConversation(sid, { State: 'active' });
    expect(reopen.status).toBe(400);
    expect(reopen.body).toEqual(errorBody(50377, 400, 'Conversation is closed and cannot be updated'));
    await expectError(updateConversation(sid, { FriendlyName: 'renamed' }), 400, 50377);
    await expectError(updateConversation(sid, { State: 'closed' }), 400, 50377);
    await expectError(rest.call('POST', `/v1/Conversations/${sid}/Messages`, { Body: 'hello?' }), 400, 50377);
    await expectError(
      rest.call('POST', `/v1/Conversations/${sid}/Participants`, { Identity: 'late' }),
      400,
      50377,
    );
    await expectError(
      rest.call('POST', `/v1/Conversations/${sid}/Participants`, {
        'MessagingBinding.Address': nextPhone(),
        'MessagingBinding.ProxyAddress': nextPhone(),
      }),
      400,
      50377,
    );

    const fetched = await fetchConversation(sid);
    expect(fetched.body).toMatchObject({ state: 'closed', friendly_name: null, timers: {} });
    // A closed conversation can still be deleted.
    expect((await rest.call('DELETE', `/v1/Conversations/${sid}`)).status).toBe(204);
  });

  it('refuses to create a closed conversation with 50384 and an unknown State with 50378', async () => {
    await expectError(createConversation({ State: 'closed' }), 400, 50384);
    await expectError(createConversation({ State: 'archived' }), 400, 50378);
    await expectError(createConversation({ State: 'Active' }), 400, 50378);

    const sid = await conversationSid();
    await expectError(updateConversation(sid, { State: 'archived' }), 400, 50378);
    await expectError(updateConversation(sid, { State: 'initializing' }), 400, 50378);
    expect((await fetchConversation(sid)).body.state).toBe('active');
  });

  it('refuses an empty State with 50374 on update', async () => {
    const sid = await conversationSid();
    await expectError(updateConversation(sid, { State: '' }), 400, 50374);
  });

  it('refuses an empty State with 50374 on create', async () => {
    await expectError(createConversation({ State: '' }), 400, 50374);
  });
});

describe('conversation timers', () => {
  it('turns Timers.Inactive and Timers.Closed durations into absolute dates', async () => {
    const created = await createConversation({
      State: 'active',
      'Timers.Inactive': 'PT5M',
      'Timers.Closed': 'P1DT2H',
    });
    expect(created.status).toBe(201);
    expect(created.body.timers).toEqual({
      date_inactive: iso(clock + 5 * MINUTE),
      date_closed: iso(clock + 26 * 60 * MINUTE),
    });

    clock += MINUTE;
    const updated = await updateConversation(created.body.sid, { 'Timers.Inactive': 'PT1H30M' });
    expect(updated.status).toBe(200);
    // A new timer counts from the update, and restarts the other one with it.
    expect(updated.body.timers).toEqual({
      date_inactive: iso(clock + 90 * MINUTE),
      date_closed: iso(clock + 26 * 60 * MINUTE),
    });

    const withoutInactive = await updateConversation(created.body.sid, { 'Timers.Inactive': '' });
    expect(withoutInactive.body.timers).toEqual({ date_closed: iso(clock + 26 * 60 * MINUTE) });
  });

  it('shows only date_closed while inactive and no timers once closed', async () => {
    const sid = await conversationSid({
      State: 'inactive',
      'Timers.Inactive': 'PT2M',
      'Timers.Closed': 'PT20M',
    });
    expect((await fetchConversation(sid)).body.timers).toEqual({ date_closed: iso(clock + 20 * MINUTE) });
    const closed = await updateConversation(sid, { State: 'closed' });
    expect(closed.body.timers).toEqual({});
  });

  it('refuses timers below one and ten minutes with 50375 and 50376', async () => {
    const base = { State: 'active' };
    await expectError(createConversation({ ...base, 'Timers.Inactive': 'PT59S' }), 400, 50375);
    await expectError(createConversation({ ...base, 'Timers.Closed': 'PT9M59S' }), 400, 50376);
    const smallest = await createConversation({
      ...base,
      'Timers.Inactive': 'PT1M',
      'Timers.Closed': 'PT10M',
    });
    expect(smallest.status).toBe(201);
    expect(smallest.body.timers).toEqual({
      date_inactive: iso(clock + MINUTE),
      date_closed: iso(clock + 10 * MINUTE),
    });
    await expectError(updateConversation(smallest.body.sid, { 'Timers.Inactive': 'PT30S' }), 400, 50375);
    await expectError(updateConversation(smallest.body.sid, { 'Timers.Closed': 'PT5M' }), 400, 50376);
  });

  it('refuses timers that are not ISO 8601 durations with 50379 and 50380', async () => {
    const base = { State: 'active' };
    await expectError(createConversation({ ...base, 'Timers.Inactive': '5 minutes' }), 400, 50379);
    await expectError(createConversation({ ...base, 'Timers.Inactive': '300' }), 400, 50379);
    await expectError(createConversation({ ...base, 'Timers.Closed': 'PT' }), 400, 50380);
    await expectError(createConversation({ ...base, 'Timers.Closed': '10m' }), 400, 50380);
    const sid = await conversationSid();
    await expectError(updateConversation(sid, { 'Timers.Closed': 'tomorrow' }), 400, 50380);
  });

  it('refuses timers on create without State (50382) but takes them on update without State', async () => {
    await expectError(createConversation({ 'Timers.Inactive': 'PT5M' }), 400, 50382);
    await expectError(createConversation({ 'Timers.Closed': 'PT1H' }), 400, 50382);

    const sid = await conversationSid();
    const updated = await updateConversation(sid, { 'Timers.Closed': 'PT1H' });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({
      state: 'active',
      timers: { date_closed: iso(clock + 60 * MINUTE) },
    });
  });

  it('goes inactive, then closed, as the clock passes its timers', async () => {
    const start = clock;
    const sid = await conversationSid({
      State: 'active',
      'Timers.Inactive': 'PT1M',
      'Timers.Closed': 'PT10M',
    });

    clock = start + MINUTE - 1000;
    expect((await fetchConversation(sid)).body.state).toBe('active');

    clock = start + MINUTE;
    const inactive = await fetchConversation(sid);
    expect(inactive.body).toMatchObject({
      state: 'inactive',
      date_updated: iso(start + MINUTE),
      timers: { date_closed: iso(start + 10 * MINUTE) },
    });
    expect(inactive.body.timers.date_inactive).toBeUndefined();

    clock = start + 10 * MINUTE + 1000;
    const closed = await fetchConversation(sid);
    expect(closed.body).toMatchObject({
      state: 'closed',
      date_updated: iso(start + 10 * MINUTE),
      timers: {},
    });
    expect(closed.body.timers).toEqual({});
    await expectError(updateConversation(sid, { State: 'active' }), 400, 50377);
    await expectError(
      rest.call('POST', `/v1/Conversations/${sid}/Messages`, { Body: 'too late' }),
      400,
      50377,
    );
  });

  it('closes straight from active when the closed timer is the first to pass', async () => {
    const start = clock;
    const sid = await conversationSid({
      State: 'active',
      'Timers.Inactive': 'PT1H',
      'Timers.Closed': 'PT15M',
    });
    clock = start + 15 * MINUTE;
    expect((await fetchConversation(sid)).body).toMatchObject({ state: 'closed', timers: {} });
  });

  it('reactivates an inactive conversation and restarts its timers when a message arrives', async () => {
    const start = clock;
    const sid = await conversationSid({
      State: 'active',
      'Timers.Inactive': 'PT2M',
      'Timers.Closed': 'PT30M',
    });
    clock = start + 3 * MINUTE;
    expect((await fetchConversation(sid)).body.state).toBe('inactive');

    const message = await rest.call('POST', `/v1/Conversations/${sid}/Messages`, { Body: 'still there?' });
    expect(message.status).toBe(201);
    const active = await fetchConversation(sid);
    expect(active.body).toMatchObject({
      state: 'active',
      timers: { date_inactive: iso(clock + 2 * MINUTE), date_closed: iso(clock + 30 * MINUTE) },
    });

    // Activity also holds off the closed timer: 30 minutes from the start it is merely inactive.
    clock = start + 30 * MINUTE;
    expect((await fetchConversation(sid)).body.state).toBe('inactive');
  });

  it('gives new conversations the account default timers unless the request sets its own', async () => {
    const defaults = await rest.call('POST', '/v1/Configuration', {
      DefaultInactiveTimer: 'PT3M',
      DefaultClosedTimer: 'PT1H',
    });
    expect(defaults.status).toBe(200);
    try {
      const plain = await createConversation();
      expect(plain.body.timers).toEqual({
        date_inactive: iso(clock + 3 * MINUTE),
        date_closed: iso(clock + 60 * MINUTE),
      });
      const own = await createConversation({ State: 'active', 'Timers.Inactive': 'PT10M' });
      expect(own.body.timers).toEqual({
        date_inactive: iso(clock + 10 * MINUTE),
        date_closed: iso(clock + 60 * MINUTE),
      });
    } finally {
      await rest.call('POST', '/v1/Configuration', { DefaultInactiveTimer: '', DefaultClosedTimer: '' });
    }
    expect((await createConversation()).body.timers).toEqual({});
  });

  it('lists and filters conversations by the state their timers have moved them to', async () => {
    const prefix = await newService('Timed list');
    const start = clock;
    const timed = await conversationSid({ State: 'active', 'Timers.Inactive': 'PT1M' }, prefix);
    const untimed = await conversationSid({}, prefix);
    clock = start + 2 * MINUTE;

    const inactive = await rest.call<ConversationPage>('GET', `${prefix}/Conversations`, {
      State: 'inactive',
    });
    expect(inactive.body.conversations.map((c) => c.sid)).toEqual([timed]);
    const active = await rest.call<ConversationPage>('GET', `${prefix}/Conversations`, { State: 'active' });
    expect(active.body.conversations.map((c) => c.sid)).toEqual([untimed]);
  });

  it('stays active when an update reactivates a conversation its inactive timer had moved', async () => {
    const start = clock;
    const sid = await conversationSid({ State: 'active', 'Timers.Inactive': 'PT1M' });
    clock = start + 2 * MINUTE;
    expect((await fetchConversation(sid)).body.state).toBe('inactive');

    const reactivated = await updateConversation(sid, { State: 'active' });
    expect(reactivated.body.state).toBe('active');
    expect((await fetchConversation(sid)).body.state).toBe('active');
  });
});

describe('listing conversations', () => {
  it('pages through a service with absolute next_page_url links followed verbatim', async () => {
    const prefix = await newService('Paging');
    const sids: string[] = [];
    for (let i = 0; i < 5; i += 1) sids.push(await conversationSid({ FriendlyName: `c${i}` }, prefix));

    const first = await rest.call<ConversationPage>('GET', `${prefix}/Conversations`, { PageSize: 2 });
    expect(first.status).toBe(200);
    const base = `${rest.emulator.url}${prefix}/Conversations`;
    expect(first.body.meta).toMatchObject({
      page: 0,
      page_size: 2,
      key: 'conversations',
      first_page_url: `${base}?PageSize=2&Page=0`,
      url: `${base}?PageSize=2&Page=0`,
      previous_page_url: null,
    });
    expect(first.body.meta.next_page_url).toMatch(
      new RegExp(`^${base.replace(/[.?]/g, '\\$&')}\\?PageSize=2&Page=1&PageToken=PA`),
    );
    for (const conversation of first.body.conversations)
      expect(Object.keys(conversation).sort()).toEqual(CONVERSATION_KEYS);

    const seen = [first.body.conversations.map((c) => c.sid)];
    let page = first.body;
    // Bounded, so that a paging bug fails the test instead of looping until the timeout.
    for (let hops = 0; page.meta.next_page_url && hops < 20; hops += 1) {
      page = await getUrl(page.meta.next_page_url);
      seen.push(page.conversations.map((c) => c.sid));
    }
    expect(seen).toEqual([sids.slice(0, 2), sids.slice(2, 4), sids.slice(4)]);
    expect(page.meta).toMatchObject({
      page: 2,
      next_page_url: null,
      first_page_url: `${base}?PageSize=2&Page=0`,
    });

    const back = await getUrl(page.meta.previous_page_url as string);
    expect(back.conversations.map((c) => c.sid)).toEqual(sids.slice(2, 4));
  });

  it('defaults to 50 a page, clamps PageSize to 100 and refuses a PageSize of 0', async () => {
    const plain = await rest.call<ConversationPage>('GET', '/v1/Conversations');
    expect(plain.body.meta).toMatchObject({ page_size: 50, key: 'conversations' });
    expect(plain.body.meta.url).toBe(`${rest.emulator.url}/v1/Conversations?PageSize=50&Page=0`);
    for (const conversation of plain.body.conversations)
      expect(conversation.url).toBe(`${rest.emulator.url}/v1/Conversations/${conversation.sid}`);

    const clamped = await rest.call<ConversationPage>('GET', '/v1/Conversations', { PageSize: 1000 });
    expect(clamped.status).toBe(200);
    expect(clamped.body.meta.page_size).toBe(100);
    expect(clamped.body.meta.first_page_url).toBe(
      `${rest.emulator.url}/v1/Conversations?PageSize=100&Page=0`,
    );

    await expectError(rest.call('GET', '/v1/Conversations', { PageSize: 0 }), 400, 20001);
  });

  it('filters by State and refuses a State that is not active, inactive or closed', async () => {
    const prefix = await newService('State filter');
    const active = await conversationSid({}, prefix);
    const inactive = await conversationSid({ State: 'inactive' }, prefix);
    const closed = await conversationSid({}, prefix);
    await updateConversation(closed, { State: 'closed' }, prefix);

    const list = async (State: string) =>
      (await rest.call<ConversationPage>('GET', `${prefix}/Conversations`, { State })).body;
    expect((await list('active')).conversations.map((c) => c.sid)).toEqual([active]);
    expect((await list('inactive')).conversations.map((c) => c.sid)).toEqual([inactive]);
    const closedPage = await list('closed');
    expect(closedPage.conversations.map((c) => c.sid)).toEqual([closed]);
    expect(closedPage.meta.url).toBe(
      `${rest.emulator.url}${prefix}/Conversations?State=closed&PageSize=50&Page=0`,
    );

    await expectError(rest.call('GET', `${prefix}/Conversations`, { State: 'open' }), 400, 20001);
  });

  it('filters by StartDate and EndDate, whole days inclusive, newest first, and keeps the filters while paging', async () => {
    const prefix = await newService('Date filter');
    const at = (date: string) => conversationSid({ DateCreated: date }, prefix);
    const may1 = await at('2026-05-01T09:00:00Z');
    const may2Early = await at('2026-05-02T00:00:00Z');
    const may2Late = await at('2026-05-02T23:59:59Z');
    const may3 = await at('2026-05-03T12:00:00Z');
    const may4 = await at('2026-05-04T00:00:00Z');

    const list = async (query: Params) =>
      (await rest.call<ConversationPage>('GET', `${prefix}/Conversations`, query)).body;

    expect((await list({ StartDate: '2026-05-02' })).conversations.map((c) => c.sid)).toEqual([
      may4,
      may3,
      may2Late,
      may2Early,
    ]);
    expect((await list({ EndDate: '2026-05-02' })).conversations.map((c) => c.sid)).toEqual([
      may2Late,
      may2Early,
      may1,
    ]);
    expect(
      (await list({ StartDate: '2026-05-02T00:00:00Z', EndDate: '2026-05-03T23:59:59Z' })).conversations.map(
        (c) => c.sid,
      ),
    ).toEqual([may3, may2Late, may2Early]);

    const first = await list({ StartDate: '2026-05-01', EndDate: '2026-05-03', PageSize: 2 });
    expect(first.meta.url).toBe(
      `${rest.emulator.url}${prefix}/Conversations?StartDate=2026-05-01&EndDate=2026-05-03&PageSize=2&Page=0`,
    );
    expect(first.meta.next_page_url).toContain('StartDate=2026-05-01&EndDate=2026-05-03&PageSize=2&Page=1');
    const seen = [first.conversations.map((c) => c.sid)];
    let page = first;
    for (let hops = 0; page.meta.next_page_url && hops < 20; hops += 1) {
      page = await getUrl(page.meta.next_page_url);
      seen.push(page.conversations.map((c) => c.sid));
    }
    expect(seen).toEqual([
      [may3, may2Late],
      [may2Early, may1],
    ]);
  });

  it('combines the date filters with State', async () => {
    const prefix = await newService('Date and state');
    const open = await conversationSid({ DateCreated: '2026-05-10T10:00:00Z' }, prefix);
    await conversationSid({ DateCreated: '2026-05-10T11:00:00Z', State: 'inactive' }, prefix);
    await conversationSid({ DateCreated: '2026-05-09T10:00:00Z' }, prefix);
    const page = await rest.call<ConversationPage>('GET', `${prefix}/Conversations`, {
      StartDate: '2026-05-10',
      State: 'active',
    });
    expect(page.body.conversations.map((c) => c.sid)).toEqual([open]);
  });

  it('refuses a StartDate or EndDate that is not an ISO 8601 date with 20001', async () => {
    await expectError(rest.call('GET', '/v1/Conversations', { StartDate: 'yesterday' }), 400, 20001);
    await expectError(rest.call('GET', '/v1/Conversations', { EndDate: '05/02/2026' }), 400, 20001);
    await expectError(rest.call('GET', '/v1/Conversations', { StartDate: '2026-13-45' }), 400, 20001);
  });
});

describe('deleting conversations', () => {
  it('takes its messages, participants and webhooks with it, and drops it from the user conversations', async () => {
    const identity = uniqueName('cascade-user');
    const user = await rest.call('POST', '/v1/Users', { Identity: identity });
    expect(user.status).toBe(201);
    const sid = await conversationSid({ UniqueName: uniqueName('cascade') });
    const chat = await rest.call('POST', `/v1/Conversations/${sid}/Participants`, { Identity: identity });
    const address = nextPhone();
    const proxy = nextPhone();
    const sms = await rest.call('POST', `/v1/Conversations/${sid}/Participants`, {
      'MessagingBinding.Address': address,
      'MessagingBinding.ProxyAddress': proxy,
    });
    const message = await rest.call('POST', `/v1/Conversations/${sid}/Messages`, {
      Author: identity,
      Body: 'hi',
    });
    const webhook = await rest.call('POST', `/v1/Conversations/${sid}/Webhooks`, {
      Target: 'webhook',
      'Configuration.Url': 'https://example.com/hook',
      'Configuration.Filters': 'onMessageAdded',
    });
    expect([chat.status, sms.status, message.status, webhook.status]).toEqual([201, 201, 201, 201]);
    const userConversations = `/v1/Users/${String(user.body.sid)}/Conversations`;
    const before = await rest.call<UserConversationPage>('GET', userConversations);
    expect(before.body.conversations.map((c) => c.conversation_sid)).toEqual([sid]);

    const removed = await rest.call('DELETE', `/v1/Conversations/${sid}`);
    expect(removed.status).toBe(204);
    expect(removed.body).toBeUndefined();

    await expectError(fetchConversation(sid), 404, 20404);
    await expectError(
      rest.call('GET', `/v1/Conversations/${sid}/Messages/${String(message.body.sid)}`),
      404,
      20404,
    );
    await expectError(rest.call('GET', `/v1/Conversations/${sid}/Messages`), 404, 20404);
    await expectError(
      rest.call('GET', `/v1/Conversations/${sid}/Participants/${String(chat.body.sid)}`),
      404,
      20404,
    );
    await expectError(
      rest.call('GET', `/v1/Conversations/${sid}/Participants/${String(sms.body.sid)}`),
      404,
      20404,
    );
    await expectError(
      rest.call('GET', `/v1/Conversations/${sid}/Webhooks/${String(webhook.body.sid)}`),
      404,
      20404,
    );
    await expectError(rest.call('GET', `/v1/Conversations/${sid}/Webhooks`), 404, 20404);

    const after = await rest.call<UserConversationPage>('GET', userConversations);
    expect(after.status).toBe(200);
    expect(after.body.conversations).toEqual([]);
    await expectError(rest.call('GET', `${userConversations}/${sid}`), 404, 20404);
    const byIdentity = await rest.call<UserConversationPage>('GET', '/v1/ParticipantConversations', {
      Identity: identity,
    });
    expect(byIdentity.body.conversations).toEqual([]);

    // The deleted SMS participant no longer holds its address pair.
    const reused = await rest.call('POST', `/v1/Conversations/${await conversationSid()}/Participants`, {
      'MessagingBinding.Address': address,
      'MessagingBinding.ProxyAddress': proxy,
    });
    expect(reused.status).toBe(201);
  });

  it('deletes through the service route, leaving other conversations alone', async () => {
    const prefix = await newService('Delete scoped');
    const doomed = await conversationSid({ UniqueName: 'doomed' }, prefix);
    const kept = await conversationSid({}, prefix);

    const removed = await rest.call('DELETE', `${prefix}/Conversations/doomed`);
    expect(removed.status).toBe(204);
    await expectError(fetchConversation(doomed, prefix), 404, 20404);
    await expectError(rest.call('DELETE', `${prefix}/Conversations/${doomed}`), 404, 20404);
    const list = await rest.call<ConversationPage>('GET', `${prefix}/Conversations`);
    expect(list.body.conversations.map((c) => c.sid)).toEqual([kept]);
  });
});

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { paramName } from '../../src/twilio/form.ts';
import {
  createConversation,
  createConversationWithParticipants,
  createRole,
  createTwilioClient,
  deleteConversation,
  fetchCredential,
  fetchMessage,
  listConversations,
  listPushBindings,
  type OperationId,
  type TwilioClient,
  type TwilioSession,
  updateConversationWebhook,
  updateServiceNotification,
} from '../../src/twilio/index.ts';
import { FORM_FIELDS, OPERATIONS, QUERY_FIELDS } from '../../src/twilio/operations.ts';
import { type FaultServer, reply, type SeenRequest, startFaultServer } from '../helpers/fault-server.ts';
import {
  ACCOUNT_SID,
  CONVERSATION_SID,
  conversationPage,
  conversationWire,
  SERVICE_SID,
} from './fixtures.ts';

let server: FaultServer;
let client: TwilioClient;
let session: TwilioSession;

beforeAll(async () => {
  server = await startFaultServer();
  client = createTwilioClient({ baseUrl: server.url });
  session = client.session({ username: ACCOUNT_SID, password: 'encoding-test-token' });
});
afterEach(() => {
  server.clear();
  server.respond(() => reply.json(200, {}));
});
afterAll(async () => {
  await client.close();
  await server.close();
});

const form = (request: SeenRequest | undefined) => [...new URLSearchParams(request?.body ?? '')];

describe('request encoding', () => {
  it('sends a create as a form with flat dotted keys, JSON attributes, ISO dates and the webhook header', async () => {
    server.respond(() => reply.json(201, conversationWire(server.url)));
    await createConversation(session, {
      friendlyName: 'Support & sales',
      uniqueName: 'support',
      dateCreated: new Date('2015-12-16T22:18:37.123Z'),
      attributes: { topic: 'feedback', tags: ['a', 'b'] },
      state: 'active',
      timersInactive: 'PT1M',
      timersClosed: 'PT10M',
      bindingsEmailAddress: 'team@example.com',
      webhookEnabled: true,
    });
    const [request] = server.requests;
    expect(request?.method).toBe('POST');
    expect(request?.target).toBe('/v1/Conversations');
    expect(request?.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(request?.headers['x-twilio-webhook-enabled']).toBe('true');
    expect(request?.headers.authorization).toBe(
      `Basic ${Buffer.from(`${ACCOUNT_SID}:encoding-test-token`).toString('base64')}`,
    );
    expect(form(request)).toEqual([
      ['FriendlyName', 'Support & sales'],
      ['UniqueName', 'support'],
      ['DateCreated', '2015-12-16T22:18:37Z'],
      ['Attributes', '{"topic":"feedback","tags":["a","b"]}'],
      ['State', 'active'],
      ['Timers.Inactive', 'PT1M'],
      ['Timers.Closed', 'PT10M'],
      ['Bindings.Email.Address', 'team@example.com'],
    ]);
  });

  it('leaves out params that are null or undefined', async () => {
    server.respond(() => reply.json(201, conversationWire(server.url)));
    await createConversation(session, {
      friendlyName: null,
      uniqueName: undefined,
      attributes: null,
      state: 'active',
    });
    expect(form(server.requests[0])).toEqual([['State', 'active']]);
  });

  it('sends X-Twilio-Webhook-Enabled: false when asked, and nothing when not', async () => {
    server.respond(() => reply.empty(204));
    await deleteConversation(session, { sid: CONVERSATION_SID, webhookEnabled: false });
    await deleteConversation(session, { sid: CONVERSATION_SID });
    expect(server.requests[0]?.headers['x-twilio-webhook-enabled']).toBe('false');
    expect(server.requests[1]?.headers['x-twilio-webhook-enabled']).toBeUndefined();
  });

  it('repeats the key for each element of an array', async () => {
    server.respond(() => reply.json(201, {}));
    await createRole(session, {
      serviceSid: SERVICE_SID,
      friendlyName: 'agent',
      type: 'conversation',
      permission: ['sendMessage', 'leaveConversation'],
    }).catch(() => undefined);
    await updateConversationWebhook(session, {
      conversationSid: CONVERSATION_SID,
      sid: `WH${'5'.repeat(32)}`,
      configurationFilters: ['onMessageAdded', 'onParticipantAdded'],
      configurationMethod: 'post',
    }).catch(() => undefined);
    expect(server.requests[0]?.target).toBe(`/v1/Services/${SERVICE_SID}/Roles`);
    expect(form(server.requests[0])).toEqual([
      ['FriendlyName', 'agent'],
      ['Type', 'conversation'],
      ['Permission', 'sendMessage'],
      ['Permission', 'leaveConversation'],
    ]);
    expect(form(server.requests[1])).toEqual([
      ['Configuration.Method', 'post'],
      ['Configuration.Filters', 'onMessageAdded'],
      ['Configuration.Filters', 'onParticipantAdded'],
    ]);
  });

  it('sends each participant of a ConversationWithParticipants as its own JSON value', async () => {
    server.respond(() => reply.json(201, conversationWire(server.url)));
    await createConversationWithParticipants(session, {
      friendlyName: 'group',
      participant: [
        { identity: 'alice', attributes: { role: 'lead' } },
        { messagingBindingAddress: '+15558675310', messagingBindingProxyAddress: '+15017122661' },
      ],
    });
    expect(form(server.requests[0])).toEqual([
      ['FriendlyName', 'group'],
      ['Participant', '{"identity":"alice","attributes":"{\\"role\\":\\"lead\\"}"}'],
      ['Participant', '{"messaging_binding":{"address":"+15558675310","proxy_address":"+15017122661"}}'],
    ]);
  });

  it('sends booleans as true/false under three-level dotted keys', async () => {
    server.respond(() => reply.json(200, {}));
    await updateServiceNotification(session, {
      serviceSid: SERVICE_SID,
      logEnabled: false,
      newMessageEnabled: true,
      newMessageWithMediaTemplate: 'media: $' + '{MEDIA}',
    }).catch(() => undefined);
    expect(form(server.requests[0])).toEqual([
      ['LogEnabled', 'false'],
      ['NewMessage.Enabled', 'true'],
      ['NewMessage.WithMedia.Template', 'media: $' + '{MEDIA}'],
    ]);
  });

  it('puts list filters first, repeated for arrays, then PageSize, Page and PageToken', async () => {
    server.respond(() =>
      reply.json(200, { bindings: [], meta: { page: 0, page_size: 20, key: 'bindings' } }),
    );
    await listPushBindings(session, {
      serviceSid: SERVICE_SID,
      bindingType: ['apn', 'fcm'],
      identity: ['alice'],
      pageSize: 20,
    });
    server.respond(() => reply.json(200, conversationPage(server.url, [])));
    await listConversations(session, {
      startDate: new Date(Date.UTC(2024, 0, 1)),
      page: { page: 2, pageToken: 'PAabc' },
    });
    expect(server.requests.map((r) => r.target)).toEqual([
      `/v1/Services/${SERVICE_SID}/Bindings?BindingType=apn&BindingType=fcm&Identity=alice&PageSize=20`,
      '/v1/Conversations?StartDate=2024-01-01T00%3A00%3A00Z&Page=2&PageToken=PAabc',
    ]);
  });

  it('sends every form field and query filter the spec lists for an operation, in its order, and nothing else', async () => {
    server.respond(() => reply.json(200, {}));
    const json: Readonly<Record<string, unknown>> = {
      Attributes: { a: 1 },
      ContentVariables: { a: 1 },
      Participant: [{ identity: 'a' }],
    };
    const sent: Record<string, string[]> = {};
    const expected: Record<string, string[]> = {};
    const ids = Object.keys(OPERATIONS) as OperationId[];
    for (const id of ids) {
      const fields = FORM_FIELDS[id] ?? QUERY_FIELDS[id];
      if (!fields) continue;
      const path = Object.fromEntries(
        Object.entries(OPERATIONS[id].params).map(([name, rule]) => [
          name,
          rule === 'name' ? 'x' : `${rule}${'0'.repeat(32)}`,
        ]),
      );
      const params = {
        sid: 'x',
        serviceSid: 'x',
        ...Object.fromEntries(fields.map((f) => [paramName(f), json[f] ?? 'v'])),
      };
      const request = FORM_FIELDS[id] ? { path, form: params } : { path, query: params };
      await session.send(id, request, () => undefined);
      const seen = server.requests.at(-1);
      sent[id] = FORM_FIELDS[id]
        ? form(seen).map(([key, value]) => `${key}=${value}`)
        : [...new URL(seen?.target ?? '', server.url).searchParams].map(([key, value]) => `${key}=${value}`);
      expected[id] = fields.map(
        (f) => `${f}=${f === 'Participant' ? '{"identity":"a"}' : json[f] ? '{"a":1}' : 'v'}`,
      );
    }
    expect(Object.keys(sent)).toHaveLength(46);
    expect(sent).toEqual(expected);
  });

  it.each([
    ['a page size of 0', () => listConversations(session, { pageSize: 0 })],
    ['a page size above the list maximum', () => listConversations(session, { pageSize: 101 })],
    ['an invalid date', () => createConversation(session, { dateCreated: new Date('nope') })],
    ['a page without a token', () => listConversations(session, { page: { page: 1, pageToken: '' } })],
  ])('refuses %s before sending anything', async (_, run) => {
    await expect(run()).rejects.toMatchObject({ kind: 'invalid-argument', status: null });
    expect(server.requests).toHaveLength(0);
  });
});

describe('response conversion', () => {
  it('turns a message into a camelCase domain object with dates, parsed attributes and nested objects', async () => {
    const messageSid = `IM${'6'.repeat(32)}`;
    server.respond(() =>
      reply.json(200, {
        account_sid: ACCOUNT_SID,
        conversation_sid: CONVERSATION_SID,
        sid: messageSid,
        index: 0,
        author: 'alice',
        body: 'hi',
        media: [{ sid: `ME${'7'.repeat(32)}`, size: 42056, content_type: 'image/jpeg', filename: 'car.jpg' }],
        attributes: '{ "importance": "high" }',
        participant_sid: null,
        date_created: '2015-12-16T22:18:37Z',
        date_updated: '2015-12-16T22:18:38Z',
        url: `${server.url}/v1/Conversations/${CONVERSATION_SID}/Messages/${messageSid}`,
        delivery: {
          total: 2,
          sent: 'all',
          delivered: 'some',
          read: 'some',
          failed: 'none',
          undelivered: 'none',
        },
        links: {
          delivery_receipts: `${server.url}/v1/Conversations/${CONVERSATION_SID}/Messages/${messageSid}/Receipts`,
        },
        content_sid: null,
      }),
    );
    const message = await fetchMessage(session, { conversationSid: CONVERSATION_SID, sid: messageSid });
    expect(message).toEqual({
      accountSid: ACCOUNT_SID,
      chatServiceSid: null,
      conversationSid: CONVERSATION_SID,
      sid: messageSid,
      index: 0,
      author: 'alice',
      body: 'hi',
      media: [{ sid: `ME${'7'.repeat(32)}`, size: 42056, contentType: 'image/jpeg', filename: 'car.jpg' }],
      attributes: { importance: 'high' },
      participantSid: null,
      dateCreated: new Date('2015-12-16T22:18:37Z'),
      dateUpdated: new Date('2015-12-16T22:18:38Z'),
      url: `${server.url}/v1/Conversations/${CONVERSATION_SID}/Messages/${messageSid}`,
      delivery: {
        total: 2,
        sent: 'all',
        delivered: 'some',
        read: 'some',
        failed: 'none',
        undelivered: 'none',
      },
      links: {
        delivery_receipts: `${server.url}/v1/Conversations/${CONVERSATION_SID}/Messages/${messageSid}/Receipts`,
      },
      contentSid: null,
    });
  });

  it('reads a credential’s "False" sandbox as a boolean', async () => {
    const sid = `CR${'8'.repeat(32)}`;
    server.respond(() =>
      reply.json(200, {
        sid,
        account_sid: ACCOUNT_SID,
        friendly_name: 'push',
        type: 'apn',
        sandbox: 'False',
        date_created: '2015-12-16T22:18:37Z',
        date_updated: '2015-12-16T22:18:37Z',
        url: `${server.url}/v1/Credentials/${sid}`,
      }),
    );
    expect((await fetchCredential(session, { sid })).sandbox).toBe(false);
  });

  it('keeps attributes that are not JSON as the string they are', async () => {
    server.respond(() => reply.json(201, conversationWire(server.url, { attributes: 'not json' })));
    expect((await createConversation(session)).attributes).toBe('not json');
  });

  it.each([
    ['a missing sid', { sid: null }],
    ['an unknown state', { state: 'archived' }],
    ['an unparseable date', { date_created: 'yesterday' }],
    ['links that are not strings', { links: { messages: 3 } }],
  ])('refuses an answer with %s', async (_, overrides) => {
    server.respond(() => reply.json(201, conversationWire(server.url, overrides)));
    await expect(createConversation(session)).rejects.toMatchObject({ kind: 'refused', status: 201 });
  });
});

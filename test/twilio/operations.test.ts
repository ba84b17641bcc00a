import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderOperations } from '../../scripts/generate-operations.ts';
import { type RunningEmulator, startEmulator } from '../../src/emulator/server.ts';
import { DEFAULT_PAGE_SIZES, FORM_FIELDS, QUERY_FIELDS } from '../../src/generated/operations.ts';
import type { TwilioClient, TwilioSession, UpstreamCall } from '../../src/twilio/index.ts';
import * as twilio from '../../src/twilio/index.ts';
import { OPERATIONS, type OperationSpec } from '../../src/twilio/operations.ts';
import { SPEC_FILE } from '../helpers/openapi-contract.ts';

/**
 * Every operation function against the emulator over HTTP, through both the short and the
 * `/v1/Services/{ChatServiceSid}` form where the spec has both. The emulator's request log says
 * which operation each request reached; together they must be the spec's 103.
 */
interface SpecParameter {
  name: string;
  in: string;
  description?: string;
  schema?: { pattern?: string; maximum?: number };
}
interface SpecOperation {
  operationId: string;
  parameters?: SpecParameter[];
  requestBody?: {
    content: Record<string, { schema: { properties: Record<string, unknown> } }>;
  };
  responses: Record<
    string,
    { content?: Record<string, { schema: { properties?: Record<string, unknown> } }> }
  >;
}
const spec = JSON.parse(readFileSync(SPEC_FILE, 'utf8')) as {
  paths: Record<string, Partial<Record<'get' | 'post' | 'delete', SpecOperation>>>;
};

const specOperations = Object.entries(spec.paths).flatMap(([route, item]) =>
  (['get', 'post', 'delete'] as const).flatMap((method) => {
    const operation = item[method];
    return operation ? [{ route, method: method.toUpperCase(), operation }] : [];
  }),
);

let emulator: RunningEmulator;
let client: TwilioClient;
const calls: UpstreamCall[] = [];
let session: () => TwilioSession;
let serviceSid: string;
let credentialSid: string;

const MESSAGING_SERVICE = `MG${'9'.repeat(32)}`;

beforeAll(async () => {
  emulator = await startEmulator();
  const account = emulator.accounts[0];
  if (!account) throw new Error('emulator started without an account');
  client = createClient();
  session = () =>
    client.session(
      { username: account.accountSid, password: account.authToken },
      { onCall: (c) => calls.push(c) },
    );
});
afterAll(async () => {
  await client?.close();
  await emulator?.close();
});

function createClient(): TwilioClient {
  return twilio.createTwilioClient({ baseUrl: emulator.url });
}

/** What Twilio's SDKs do outside REST (push registrations), through the emulator's own routes. */
async function emulatorAdmin(path: string, params: Record<string, string>): Promise<Record<string, unknown>> {
  const account = emulator.accounts[0];
  if (!account) throw new Error('no account');
  const response = await fetch(`${emulator.url}${path}`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from(`${account.accountSid}:${account.authToken}`).toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: new URLSearchParams(params).toString(),
  });
  expect(response.status).toBeLessThan(300);
  return (await response.json()) as Record<string, unknown>;
}

describe('the operations table', () => {
  it('lists exactly the spec’s 103 operations with their method, route, parameters and paging', () => {
    expect(specOperations).toHaveLength(103);
    expect(Object.keys(OPERATIONS).sort()).toEqual(specOperations.map((o) => o.operation.operationId).sort());
    for (const { route, method, operation } of specOperations) {
      const entry = OPERATIONS[operation.operationId as keyof typeof OPERATIONS] as OperationSpec;
      const parameters = operation.parameters ?? [];
      const expectedParams = Object.fromEntries(
        parameters
          .filter((p) => p.in === 'path')
          .map((p) => [
            p.name,
            p.schema?.pattern
              ? (/^\^([A-Z]{2})\[0-9a-fA-F\]\{32\}\$$/.exec(p.schema.pattern)?.[1] ?? p.schema.pattern)
              : 'name',
          ]),
      );
      const listSchema = operation.operationId.startsWith('List')
        ? operation.responses['200']?.content?.['application/json']?.schema.properties
        : undefined;
      expect({ ...entry }).toEqual({
        method,
        route,
        params: expectedParams,
        ...(listSchema
          ? {
              list: {
                key: Object.keys(listSchema).find((key) => key !== 'meta'),
                maxPageSize: parameters.find((p) => p.name === 'PageSize')?.schema?.maximum,
              },
            }
          : {}),
        ...(parameters.some((p) => p.in === 'header' && p.name === 'X-Twilio-Webhook-Enabled')
          ? { webhookEnabled: true }
          : {}),
      });
    }
  });
});

describe('the generated catalogue', () => {
  const specText = readFileSync(SPEC_FILE, 'utf8');

  it('is what the generator writes from the vendored spec (run `npm run generate` when this fails)', () => {
    const committed = readFileSync(new URL('../../src/generated/operations.ts', import.meta.url), 'utf8');
    expect(committed).toBe(renderOperations(specText));
  });

  it('names each operation’s form fields and query filters, in the spec’s order, and each list’s default page size', () => {
    const byId = <T>(table: Readonly<Record<string, T>>, id: string): T | undefined => table[id];
    for (const { operation } of specOperations) {
      const id = operation.operationId;
      const form = Object.keys(
        operation.requestBody?.content['application/x-www-form-urlencoded']?.schema.properties ?? {},
      );
      const parameters = operation.parameters ?? [];
      const query = parameters
        .filter((p) => p.in === 'query' && !['PageSize', 'Page', 'PageToken'].includes(p.name))
        .map((p) => p.name);
      const stated = parameters
        .find((p) => p.name === 'PageSize')
        ?.description?.match(/default is (\d+)/)?.[1];
      expect({ id, form: byId(FORM_FIELDS, id) ?? [], query: byId(QUERY_FIELDS, id) ?? [] }).toEqual({
        id,
        form,
        query,
      });
      expect({ id, defaultPageSize: byId(DEFAULT_PAGE_SIZES, id) }).toEqual({
        id,
        defaultPageSize: stated === undefined ? undefined : Number(stated),
      });
    }
  });

  type Mutable = typeof spec;
  const parameter = (mutable: Mutable, route: string, method: 'get' | 'post' | 'delete', name: string) => {
    const found = mutable.paths[route]?.[method]?.parameters?.find((p) => p.name === name);
    if (!found) throw new Error(`${method} ${route} has no parameter ${name}`);
    return found;
  };
  it.each<[string, (mutable: Mutable) => void]>([
    [
      'a header parameter it does not know',
      (m) => {
        parameter(m, '/v1/Conversations', 'post', 'X-Twilio-Webhook-Enabled').name = 'X-Other';
      },
    ],
    [
      'a path parameter that is neither a SID nor free text',
      (m) => {
        const sid = parameter(m, '/v1/Services/{Sid}', 'get', 'Sid');
        sid.schema = { pattern: '^[a-z]+$' };
      },
    ],
    [
      'a body that is not a form',
      (m) => {
        const body = m.paths['/v1/Services']?.post?.requestBody;
        if (!body) throw new Error('CreateService has no body');
        body.content = { 'application/json': { schema: { properties: {} } } };
      },
    ],
    [
      'a list whose page size states no default',
      (m) => {
        parameter(m, '/v1/Roles', 'get', 'PageSize').description = 'How many resources to return.';
      },
    ],
  ])('stops on %s instead of leaving it out', (_, mutate) => {
    const mutable = JSON.parse(specText) as Mutable;
    expect(() => renderOperations(JSON.stringify(mutable))).not.toThrow();
    mutate(mutable);
    expect(() => renderOperations(JSON.stringify(mutable))).toThrow();
  });
});

describe('account-level operations', () => {
  it('reads and changes the account configuration and its webhook', async () => {
    const s = session();
    const configuration = await twilio.fetchConfiguration(s);
    expect(configuration.defaultChatServiceSid).toMatch(/^IS/);
    const updated = await twilio.updateConfiguration(s, {
      defaultInactiveTimer: 'PT5M',
      defaultClosedTimer: 'PT1H',
    });
    expect(updated).toMatchObject({ defaultInactiveTimer: 'PT5M', defaultClosedTimer: 'PT1H' });
    await twilio.fetchConfigurationWebhook(s);
    const webhook = await twilio.updateConfigurationWebhook(s, {
      method: 'POST',
      filters: ['onMessageAdded', 'onConversationAdded'],
      postWebhookUrl: 'https://example.com/post',
      target: 'webhook',
    });
    expect(webhook).toMatchObject({ method: 'POST', filters: ['onMessageAdded', 'onConversationAdded'] });
  });

  it('creates, reads, changes, lists and deletes an address configuration, also by its address', async () => {
    const s = session();
    const created = await twilio.createAddressConfiguration(s, {
      type: 'sms',
      address: '+15017122661',
      friendlyName: 'front desk',
      autoCreationEnabled: true,
      autoCreationType: 'webhook',
      autoCreationWebhookUrl: 'https://example.com/auto',
      autoCreationWebhookMethod: 'post',
      autoCreationWebhookFilters: ['onParticipantAdded', 'onMessageAdded'],
    });
    expect(created).toMatchObject({ address: '+15017122661', friendlyName: 'front desk' });
    expect(created.autoCreation).toMatchObject({
      enabled: true,
      webhookFilters: ['onParticipantAdded', 'onMessageAdded'],
    });
    expect((await twilio.fetchAddressConfiguration(s, { sid: '+15017122661' })).sid).toBe(created.sid);
    const updated = await twilio.updateAddressConfiguration(s, {
      sid: created.sid,
      friendlyName: 'reception',
    });
    expect(updated.friendlyName).toBe('reception');
    const page = await twilio.listAddressConfigurations(s, { type: 'sms', pageSize: 10 });
    expect(page.items.map((a) => a.sid)).toContain(created.sid);
    await expect(twilio.deleteAddressConfiguration(s, { sid: created.sid })).resolves.toBeUndefined();
  });

  it('creates, reads, changes, lists and deletes a push credential', async () => {
    const s = session();
    const created = await twilio.createCredential(s, {
      type: 'fcm',
      friendlyName: 'android',
      secret: 'fcm-secret',
    });
    expect(created).toMatchObject({ type: 'fcm', friendlyName: 'android' });
    expect((await twilio.fetchCredential(s, { sid: created.sid })).sid).toBe(created.sid);
    expect((await twilio.updateCredential(s, { sid: created.sid, friendlyName: 'droid' })).friendlyName).toBe(
      'droid',
    );
    expect((await twilio.listCredentials(s, { pageSize: 5 })).items.map((c) => c.sid)).toContain(created.sid);
    await twilio.deleteCredential(s, { sid: created.sid });
    credentialSid = (await twilio.createCredential(s, { type: 'apn', friendlyName: 'ios', sandbox: true }))
      .sid;
  });

  it('creates, reads and lists a conversation service', async () => {
    const s = session();
    const created = await twilio.createService(s, { friendlyName: 'operations test' });
    serviceSid = created.sid;
    expect((await twilio.fetchService(s, { sid: serviceSid })).friendlyName).toBe('operations test');
    const all: string[] = [];
    for await (const service of twilio.iterate((page) => twilio.listServices(s, { pageSize: 1, page })))
      all.push(service.sid);
    expect(all).toContain(serviceSid);
  });

  it('reads and changes a service’s configuration, notifications and webhooks', async () => {
    const s = session();
    const configuration = await twilio.fetchServiceConfiguration(s, { serviceSid });
    expect(configuration.chatServiceSid).toBe(serviceSid);
    const changed = await twilio.updateServiceConfiguration(s, { serviceSid, reachabilityEnabled: true });
    expect(changed.reachabilityEnabled).toBe(true);
    await twilio.fetchServiceNotification(s, { serviceSid });
    const notifications = await twilio.updateServiceNotification(s, {
      serviceSid,
      logEnabled: true,
      newMessageEnabled: true,
      newMessageTemplate: 'New message in {CONVERSATION}',
      newMessageWithMediaEnabled: true,
    });
    expect(notifications.logEnabled).toBe(true);
    expect(notifications.newMessage).toMatchObject({
      enabled: true,
      template: 'New message in {CONVERSATION}',
    });
    await twilio.fetchServiceWebhookConfiguration(s, { serviceSid });
    const webhooks = await twilio.updateServiceWebhookConfiguration(s, {
      serviceSid,
      postWebhookUrl: 'https://example.com/service-hook',
      filters: ['onMessageAdded'],
      method: 'POST',
    });
    expect(webhooks).toMatchObject({
      postWebhookUrl: 'https://example.com/service-hook',
      filters: ['onMessageAdded'],
    });
  });

  it('lists, reads and deletes a service’s push bindings', async () => {
    const s = session();
    const registered = await emulatorAdmin(`/_emulator/Services/${serviceSid}/Bindings`, {
      Identity: 'ops-device-owner',
      BindingType: 'apn',
      Endpoint: 'device-1',
      CredentialSid: credentialSid,
    });
    const sid = String(registered.sid);
    const page = await twilio.listPushBindings(s, {
      serviceSid,
      bindingType: ['apn'],
      identity: ['ops-device-owner'],
    });
    expect(page.items.map((b) => b.sid)).toEqual([sid]);
    expect((await twilio.fetchPushBinding(s, { serviceSid, sid })).identity).toBe('ops-device-owner');
    await twilio.deletePushBinding(s, { serviceSid, sid });
  });
});

const scopes = [
  ['the default service (short routes)', () => undefined],
  ['a named service', () => serviceSid],
] as const;

describe.each(scopes)('conversations in %s', (_, scope) => {
  const tag = () => (scope() ? 'named' : 'default');
  let conversationSid: string;
  let messageSid: string;

  it('creates, reads by unique name, changes and lists conversations', async () => {
    const s = session();
    const created = await twilio.createConversation(s, {
      serviceSid: scope(),
      friendlyName: 'Operations',
      uniqueName: `ops-${tag()}`,
      attributes: { topic: 'ops' },
      messagingServiceSid: MESSAGING_SERVICE,
      state: 'active',
      timersInactive: 'PT5M',
      webhookEnabled: false,
    });
    conversationSid = created.sid;
    expect(created).toMatchObject({
      friendlyName: 'Operations',
      attributes: { topic: 'ops' },
      state: 'active',
    });
    expect(created.timers.dateInactive).toBeInstanceOf(Date);
    const fetched = await twilio.fetchConversation(s, { serviceSid: scope(), sid: `ops-${tag()}` });
    expect(fetched.sid).toBe(conversationSid);
    const updated = await twilio.updateConversation(s, {
      serviceSid: scope(),
      sid: conversationSid,
      friendlyName: 'Ops',
    });
    expect(updated.friendlyName).toBe('Ops');
    const page = await twilio.listConversations(s, { serviceSid: scope(), state: 'active', pageSize: 50 });
    expect(page.items.map((c) => c.sid)).toContain(conversationSid);
  });

  it('adds, reads by identity, changes and lists participants', async () => {
    const s = session();
    const chat = await twilio.createParticipant(s, {
      serviceSid: scope(),
      conversationSid,
      identity: `alice-${tag()}`,
      attributes: { seat: 1 },
    });
    expect(chat).toMatchObject({
      identity: `alice-${tag()}`,
      messagingBinding: null,
      attributes: { seat: 1 },
    });
    const sms = await twilio.createParticipant(s, {
      serviceSid: scope(),
      conversationSid,
      messagingBindingAddress: scope() ? '+15558675311' : '+15558675310',
      messagingBindingProxyAddress: '+15017122661',
    });
    expect(sms.messagingBinding).toMatchObject({ type: 'sms', proxyAddress: '+15017122661' });
    const fetched = await twilio.fetchParticipant(s, {
      serviceSid: scope(),
      conversationSid,
      sid: `alice-${tag()}`,
    });
    expect(fetched.sid).toBe(chat.sid);
    const updated = await twilio.updateParticipant(s, {
      serviceSid: scope(),
      conversationSid,
      sid: chat.sid,
      attributes: { seat: 2 },
    });
    expect(updated.attributes).toEqual({ seat: 2 });
    const page = await twilio.listParticipants(s, { serviceSid: scope(), conversationSid, pageSize: 10 });
    expect(page.items.map((p) => p.sid).sort()).toEqual([chat.sid, sms.sid].sort());
  });

  it('posts, reads, edits and lists messages, and reads their delivery receipts', async () => {
    const s = session();
    const created = await twilio.createMessage(s, {
      serviceSid: scope(),
      conversationSid,
      author: `alice-${tag()}`,
      body: 'hello',
      attributes: { importance: 'high' },
    });
    messageSid = created.sid;
    expect(created).toMatchObject({ index: 0, body: 'hello', attributes: { importance: 'high' } });
    expect(
      (await twilio.fetchMessage(s, { serviceSid: scope(), conversationSid, sid: messageSid })).body,
    ).toBe('hello');
    const edited = await twilio.updateMessage(s, {
      serviceSid: scope(),
      conversationSid,
      sid: messageSid,
      body: 'hi',
    });
    expect(edited.body).toBe('hi');
    await twilio.createMessage(s, { serviceSid: scope(), conversationSid, body: 'second' });
    const newest = await twilio.listMessages(s, {
      serviceSid: scope(),
      conversationSid,
      order: 'desc',
      pageSize: 1,
    });
    expect(newest.items.map((m) => m.body)).toEqual(['second']);
    expect(newest.next).not.toBeNull();
    const older = await twilio.listMessages(s, {
      serviceSid: scope(),
      conversationSid,
      order: 'desc',
      pageSize: 1,
      page: newest.next,
    });
    expect(older.items.map((m) => m.sid)).toEqual([messageSid]);

    const receipts = await twilio.listDeliveryReceipts(s, {
      serviceSid: scope(),
      conversationSid,
      messageSid,
    });
    expect(receipts.items).toHaveLength(1);
    const receipt = receipts.items[0];
    if (!receipt) throw new Error('no receipt');
    const fetched = await twilio.fetchDeliveryReceipt(s, {
      serviceSid: scope(),
      conversationSid,
      messageSid,
      sid: receipt.sid,
    });
    expect(fetched).toMatchObject({ sid: receipt.sid, messageSid, status: 'sent' });
  });

  it('creates, reads, changes, lists and deletes a conversation-scoped webhook', async () => {
    const s = session();
    const created = await twilio.createConversationWebhook(s, {
      serviceSid: scope(),
      conversationSid,
      target: 'webhook',
      configurationUrl: 'https://example.com/conversation-hook',
      configurationMethod: 'post',
      configurationFilters: ['onMessageAdded'],
    });
    expect(created.configuration).toMatchObject({
      url: 'https://example.com/conversation-hook',
      method: 'post',
    });
    const ref = { serviceSid: scope(), conversationSid, sid: created.sid };
    expect((await twilio.fetchConversationWebhook(s, ref)).target).toBe('webhook');
    const updated = await twilio.updateConversationWebhook(s, {
      ...ref,
      configurationFilters: ['onMessageUpdated'],
    });
    expect(updated.configuration?.filters).toEqual(['onMessageUpdated']);
    const page = await twilio.listConversationWebhooks(s, {
      serviceSid: scope(),
      conversationSid,
      pageSize: 5,
    });
    expect(page.items.map((w) => w.sid)).toEqual([created.sid]);
    await twilio.deleteConversationWebhook(s, ref);
  });

  it('creates a conversation together with its participants', async () => {
    const s = session();
    const created = await twilio.createConversationWithParticipants(s, {
      serviceSid: scope(),
      friendlyName: 'group',
      uniqueName: `group-${tag()}`,
      participant: [{ identity: `bob-${tag()}` }, { identity: `carol-${tag()}`, attributes: { lead: true } }],
    });
    const members = await twilio.listParticipants(s, { serviceSid: scope(), conversationSid: created.sid });
    expect(members.items.map((p) => p.identity).sort()).toEqual([`bob-${tag()}`, `carol-${tag()}`]);
  });

  it('creates, reads by identity, changes, lists and deletes users, and their conversations', async () => {
    const s = session();
    const identity = `dave-${tag()}`;
    const user = await twilio.createUser(s, {
      serviceSid: scope(),
      identity,
      friendlyName: 'Dave',
      attributes: { a: 1 },
    });
    expect(user).toMatchObject({ identity, friendlyName: 'Dave', attributes: { a: 1 } });
    expect((await twilio.fetchUser(s, { serviceSid: scope(), sid: identity })).sid).toBe(user.sid);
    expect(
      (await twilio.updateUser(s, { serviceSid: scope(), sid: user.sid, friendlyName: 'D' })).friendlyName,
    ).toBe('D');
    expect(
      (await twilio.listUsers(s, { serviceSid: scope(), pageSize: 50 })).items.map((u) => u.sid),
    ).toContain(user.sid);

    await twilio.createParticipant(s, { serviceSid: scope(), conversationSid, identity });
    const mine = await twilio.listUserConversations(s, { serviceSid: scope(), userSid: identity });
    expect(mine.items.map((c) => c.conversationSid)).toEqual([conversationSid]);
    const view = await twilio.fetchUserConversation(s, {
      serviceSid: scope(),
      userSid: user.sid,
      conversationSid,
    });
    expect(view).toMatchObject({ userSid: user.sid, conversationSid });
    const muted = await twilio.updateUserConversation(s, {
      serviceSid: scope(),
      userSid: user.sid,
      conversationSid: `ops-${tag()}`,
      notificationLevel: 'muted',
      lastReadMessageIndex: 0,
    });
    expect(muted.notificationLevel).toBe('muted');

    const byIdentity = await twilio.listParticipantConversations(s, { serviceSid: scope(), identity });
    expect(byIdentity.items.map((c) => c.conversationSid)).toEqual([conversationSid]);
    const byAddress = await twilio.listParticipantConversations(s, {
      serviceSid: scope(),
      address: scope() ? '+15558675311' : '+15558675310',
    });
    expect(byAddress.items.map((c) => c.conversationSid)).toEqual([conversationSid]);

    await twilio.deleteUserConversation(s, { serviceSid: scope(), userSid: user.sid, conversationSid });
    await twilio.deleteUser(s, { serviceSid: scope(), sid: user.sid, webhookEnabled: false });
    await expect(twilio.fetchUser(s, { serviceSid: scope(), sid: user.sid })).rejects.toMatchObject({
      status: 404,
    });
  });

  it('creates, reads, changes, lists and deletes roles', async () => {
    const s = session();
    const role = await twilio.createRole(s, {
      serviceSid: scope(),
      friendlyName: `moderator-${tag()}`,
      type: 'conversation',
      permission: ['sendMessage', 'leaveConversation'],
    });
    expect(role.permissions).toEqual(['sendMessage', 'leaveConversation']);
    expect((await twilio.fetchRole(s, { serviceSid: scope(), sid: role.sid })).type).toBe('conversation');
    const updated = await twilio.updateRole(s, {
      serviceSid: scope(),
      sid: role.sid,
      permission: ['sendMessage'],
    });
    expect(updated.permissions).toEqual(['sendMessage']);
    expect((await twilio.listRoles(s, { serviceSid: scope() })).items.map((r) => r.sid)).toContain(role.sid);
    await twilio.deleteRole(s, { serviceSid: scope(), sid: role.sid });
  });

  it('deletes messages, participants and conversations', async () => {
    const s = session();
    await twilio.deleteMessage(s, {
      serviceSid: scope(),
      conversationSid,
      sid: messageSid,
      webhookEnabled: false,
    });
    await twilio.deleteParticipant(s, { serviceSid: scope(), conversationSid, sid: `alice-${tag()}` });
    await twilio.deleteConversation(s, { serviceSid: scope(), sid: conversationSid });
    await expect(
      twilio.fetchConversation(s, { serviceSid: scope(), sid: conversationSid }),
    ).rejects.toMatchObject({
      kind: 'http',
      status: 404,
      code: 20404,
    });
  });
});

describe('coverage', () => {
  it('deletes the conversation service', async () => {
    await twilio.deleteService(session(), { sid: serviceSid });
  });

  it('reached each of the spec’s 103 operations, each reported once per call with the operation the emulator routed', () => {
    const reached = new Set(
      emulator.requests
        .map((r) => r.operationId)
        .filter((id): id is string => !!id && !id.startsWith('Emulator')),
    );
    const expected = new Set(specOperations.map((o) => o.operation.operationId));
    const missing = [...expected].filter((id) => !reached.has(id)).sort();
    const unexpected = [...reached].filter((id) => !expected.has(id)).sort();
    expect({ missing, unexpected }).toEqual({ missing: [], unexpected: [] });
    expect(reached.size).toBe(103);

    const routed = emulator.requests.filter((r) => !r.operationId?.startsWith('Emulator'));
    expect(calls.map((c) => c.operationId)).toEqual(routed.map((r) => r.operationId));
    expect(calls.every((c) => c.attempts === 1)).toBe(true);
  });
});

import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { type DocumentNode, getOperationAST } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CreateConfigurationAddressDocument,
  CreateConversationDocument,
  CreateConversationMessageDocument,
  CreateConversationParticipantDocument,
  CreateConversationScopedWebhookDocument,
  CreateConversationWithParticipantsDocument,
  CreateCredentialDocument,
  CreateRoleDocument,
  CreateServiceConversationDocument,
  CreateServiceConversationMessageDocument,
  CreateServiceConversationParticipantDocument,
  CreateServiceConversationScopedWebhookDocument,
  CreateServiceConversationWithParticipantsDocument,
  CreateServiceDocument,
  CreateServiceRoleDocument,
  CreateServiceUserDocument,
  CreateUserDocument,
  DeleteConfigurationAddressDocument,
  DeleteConversationDocument,
  DeleteConversationMessageDocument,
  DeleteConversationParticipantDocument,
  DeleteConversationScopedWebhookDocument,
  DeleteCredentialDocument,
  DeleteRoleDocument,
  DeleteServiceBindingDocument,
  DeleteServiceConversationDocument,
  DeleteServiceConversationMessageDocument,
  DeleteServiceConversationParticipantDocument,
  DeleteServiceConversationScopedWebhookDocument,
  DeleteServiceDocument,
  DeleteServiceRoleDocument,
  DeleteServiceUserConversationDocument,
  DeleteServiceUserDocument,
  DeleteUserConversationDocument,
  DeleteUserDocument,
  FetchConfigurationAddressDocument,
  FetchConfigurationDocument,
  FetchConfigurationWebhookDocument,
  FetchConversationDocument,
  FetchConversationMessageDocument,
  FetchConversationMessageReceiptDocument,
  FetchConversationParticipantDocument,
  FetchConversationScopedWebhookDocument,
  FetchCredentialDocument,
  FetchRoleDocument,
  FetchServiceBindingDocument,
  FetchServiceConfigurationDocument,
  FetchServiceConversationDocument,
  FetchServiceConversationMessageDocument,
  FetchServiceConversationMessageReceiptDocument,
  FetchServiceConversationParticipantDocument,
  FetchServiceConversationScopedWebhookDocument,
  FetchServiceDocument,
  FetchServiceNotificationDocument,
  FetchServiceRoleDocument,
  FetchServiceUserConversationDocument,
  FetchServiceUserDocument,
  FetchServiceWebhookConfigurationDocument,
  FetchUserConversationDocument,
  FetchUserDocument,
  ListConfigurationAddressDocument,
  ListConversationDocument,
  ListConversationMessageDocument,
  ListConversationMessageReceiptDocument,
  ListConversationParticipantDocument,
  ListConversationScopedWebhookDocument,
  ListCredentialDocument,
  ListParticipantConversationDocument,
  ListRoleDocument,
  ListServiceBindingDocument,
  ListServiceConversationDocument,
  ListServiceConversationMessageDocument,
  ListServiceConversationMessageReceiptDocument,
  ListServiceConversationParticipantDocument,
  ListServiceConversationScopedWebhookDocument,
  ListServiceDocument,
  ListServiceParticipantConversationDocument,
  ListServiceRoleDocument,
  ListServiceUserConversationDocument,
  ListServiceUserDocument,
  ListUserConversationDocument,
  ListUserDocument,
  UpdateConfigurationAddressDocument,
  UpdateConfigurationDocument,
  UpdateConfigurationWebhookDocument,
  UpdateConversationDocument,
  UpdateConversationMessageDocument,
  UpdateConversationParticipantDocument,
  UpdateConversationScopedWebhookDocument,
  UpdateCredentialDocument,
  UpdateRoleDocument,
  UpdateServiceConfigurationDocument,
  UpdateServiceConversationDocument,
  UpdateServiceConversationMessageDocument,
  UpdateServiceConversationParticipantDocument,
  UpdateServiceConversationScopedWebhookDocument,
  UpdateServiceNotificationDocument,
  UpdateServiceRoleDocument,
  UpdateServiceUserConversationDocument,
  UpdateServiceUserDocument,
  UpdateServiceWebhookConfigurationDocument,
  UpdateUserConversationDocument,
  UpdateUserDocument,
} from '../documents/generated.ts';
import { registerDevice } from '../helpers/devices.ts';
import { startTestGateway, type TestGateway } from '../helpers/gateway.ts';
import { loadSpec, specOperations } from '../helpers/openapi-contract.ts';

/*
 * One flow over a fresh emulator (no seed) that creates its own data and sends only the typed
 * operations of test/documents, so that every REST operation of the Conversations v1 spec is
 * reached through GraphQL, in both route forms where the spec has both: without `serviceSid`
 * (the account's default service, short routes) and with one (`/v1/Services/{IS}/…`). The last
 * test reads the spec's operation list and checks each operation in the emulator's request log.
 */

let gateway: TestGateway;

/** Every GraphQL error any step of the flow met, as `Operation: message`. */
const graphqlErrors: string[] = [];
/** Every user error any mutation of the flow returned, as `Operation: message`. */
const userErrors: string[] = [];
let mutationsChecked = 0;

beforeAll(async () => {
  gateway = await startTestGateway();
});

afterAll(async () => {
  await gateway.close();
});

function operationName(document: DocumentNode): string {
  return getOperationAST(document)?.name?.value ?? 'anonymous operation';
}

/** Sends one typed operation; it must answer data and no GraphQL error. */
async function send<Result, Variables>(
  document: TypedDocumentNode<Result, Variables>,
  variables: Variables,
): Promise<{ name: string; data: Result; statuses: number[] }> {
  const name = operationName(document);
  const mark = gateway.mark();
  const result = await gateway.query(document, variables);
  for (const error of result.errors ?? []) graphqlErrors.push(`${name}: ${error.message}`);
  expect(result.errors, name).toBeUndefined();
  if (!result.data) throw new Error(`${name} answered no data`);
  // Each document is named after the REST operation it exists to reach.
  const statuses = gateway
    .since(mark)
    .filter((entry) => entry.operationId === name)
    .map((entry) => entry.status);
  return { name, data: result.data, statuses };
}

/** Runs one typed operation, which must reach the REST operation it is named after with a 2xx answer. */
async function run<Result, Variables>(
  document: TypedDocumentNode<Result, Variables>,
  variables: Variables,
): Promise<Result> {
  const { name, data, statuses } = await send(document, variables);
  expect(
    statuses.some((status) => status >= 200 && status < 300),
    `${name} reaches ${name} with a 2xx answer (got ${statuses.join(', ') || 'no call'})`,
  ).toBe(true);
  return data;
}

/** Reads something deleted: its REST operation answers 404, which the gateway turns into null. */
async function readGone<Result, Variables>(
  document: TypedDocumentNode<Result, Variables>,
  variables: Variables,
): Promise<Result> {
  const { name, data, statuses } = await send(document, variables);
  expect(statuses, `${name} finds nothing`).toEqual([404]);
  return data;
}

/** Runs one typed mutation and returns its payload, which must carry no user error. */
async function mutate<Result, Variables, Payload extends { userErrors: ReadonlyArray<{ message: string }> }>(
  document: TypedDocumentNode<Result, Variables>,
  variables: Variables,
  payloadOf: (data: Result) => Payload,
): Promise<Payload> {
  const name = operationName(document);
  const payload = payloadOf(await run(document, variables));
  mutationsChecked += 1;
  for (const error of payload.userErrors) userErrors.push(`${name}: ${error.message}`);
  expect(payload.userErrors, name).toEqual([]);
  return payload;
}

function present<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`${what} is missing`);
  return value;
}

/** A notification template, with Twilio's placeholders. */
const NEW_MESSAGE = `\${PARTICIPANT}: \${MESSAGE}`;

/** State shared by the ordered steps below. */
let defaultServiceSid = '';
let namedServiceSid = '';
let credentialSid = '';
const users = { short: '', named: '' };
const conversations = { short: '', named: '' };

describe('every REST operation through GraphQL', () => {
  it('reads and changes the account configuration and its webhook', async () => {
    const { configuration } = await run(FetchConfigurationDocument, {});
    defaultServiceSid = present(configuration.defaultChatServiceSid, 'default service');
    expect(defaultServiceSid).toMatch(/^IS/);

    const updated = await mutate(
      UpdateConfigurationDocument,
      { defaultChatServiceSid: defaultServiceSid, defaultInactiveTimer: 'PT1H' },
      (data) => data.updateConfiguration,
    );
    expect(updated.configuration).toMatchObject({
      defaultChatServiceSid: defaultServiceSid,
      defaultInactiveTimer: 'PT1H',
    });

    const webhook = await mutate(
      UpdateConfigurationWebhookDocument,
      { filters: ['onMessageAdded'], method: 'POST', postWebhookUrl: 'https://hooks.example.com/post' },
      (data) => data.updateConfigurationWebhook,
    );
    expect(webhook.webhook).toMatchObject({ target: 'WEBHOOK', filters: ['onMessageAdded'] });
    const read = await run(FetchConfigurationWebhookDocument, {});
    expect(read.configuration.webhook).toMatchObject({
      method: 'POST',
      postWebhookUrl: 'https://hooks.example.com/post',
    });
  });

  it('creates, reads, lists, changes and deletes an address configuration', async () => {
    const created = await mutate(
      CreateConfigurationAddressDocument,
      {
        input: {
          type: 'SMS',
          address: '+15559870001',
          friendlyName: 'Support line',
          autoCreation: { enabled: true, type: 'DEFAULT' },
        },
      },
      (data) => data.createAddressConfiguration,
    );
    const sid = present(created.addressConfiguration, 'address configuration').sid;
    expect(sid).toMatch(/^IG/);
    const fetched = await run(FetchConfigurationAddressDocument, { sid });
    expect(fetched.addressConfiguration?.address).toBe('+15559870001');
    const listed = await run(ListConfigurationAddressDocument, { type: 'SMS' });
    expect(listed.addressConfigurations.edges.map((edge) => edge.node.sid)).toEqual([sid]);
    const updated = await mutate(
      UpdateConfigurationAddressDocument,
      { sid, friendlyName: 'Support', autoCreation: { enabled: false } },
      (data) => data.updateAddressConfiguration,
    );
    expect(updated.addressConfiguration).toMatchObject({
      friendlyName: 'Support',
      autoCreation: { enabled: false },
    });
    const deleted = await mutate(
      DeleteConfigurationAddressDocument,
      { sid },
      (data) => data.deleteAddressConfiguration,
    );
    expect(deleted.deletedSid).toBe(sid);
  });

  it('creates, reads, lists and changes a push credential', async () => {
    const created = await mutate(
      CreateCredentialDocument,
      { type: 'FCM', friendlyName: 'Android app', secret: 'fcm-server-key' },
      (data) => data.createCredential,
    );
    credentialSid = present(created.credential, 'credential').sid;
    expect(credentialSid).toMatch(/^CR/);
    const fetched = await run(FetchCredentialDocument, { sid: credentialSid });
    expect(fetched.credential).toMatchObject({ type: 'FCM', friendlyName: 'Android app' });
    const listed = await run(ListCredentialDocument, {});
    expect(listed.credentials.edges.map((edge) => edge.node.sid)).toEqual([credentialSid]);
    const updated = await mutate(
      UpdateCredentialDocument,
      { sid: credentialSid, friendlyName: 'Android', secret: 'rotated-key' },
      (data) => data.updateCredential,
    );
    expect(updated.credential?.friendlyName).toBe('Android');
  });

  it('creates a service, reads and lists it, and changes its configuration, notifications and webhooks', async () => {
    const created = await mutate(
      CreateServiceDocument,
      { friendlyName: 'Coverage' },
      (data) => data.createService,
    );
    namedServiceSid = present(created.service, 'service').sid;
    expect(namedServiceSid).toMatch(/^IS/);
    expect(namedServiceSid).not.toBe(defaultServiceSid);
    const fetched = await run(FetchServiceDocument, { sid: namedServiceSid });
    expect(fetched.service?.friendlyName).toBe('Coverage');
    const listed = await run(ListServiceDocument, {});
    expect(listed.services.edges.map((edge) => edge.node.sid)).toEqual([defaultServiceSid, namedServiceSid]);

    const configuration = await run(FetchServiceConfigurationDocument, { serviceSid: namedServiceSid });
    expect(configuration.service?.configuration.defaultConversationRoleSid).toMatch(/^RL/);
    const reachable = await mutate(
      UpdateServiceConfigurationDocument,
      { serviceSid: namedServiceSid, reachabilityEnabled: true },
      (data) => data.updateServiceConfiguration,
    );
    expect(reachable.configuration?.reachabilityEnabled).toBe(true);

    const notifications = await run(FetchServiceNotificationDocument, { serviceSid: namedServiceSid });
    expect(notifications.service?.notifications.chatServiceSid).toBe(namedServiceSid);
    const notified = await mutate(
      UpdateServiceNotificationDocument,
      {
        serviceSid: namedServiceSid,
        logEnabled: true,
        newMessage: { enabled: true, template: NEW_MESSAGE },
      },
      (data) => data.updateServiceNotification,
    );
    expect(notified.notifications).toMatchObject({
      logEnabled: true,
      newMessage: { enabled: true, template: NEW_MESSAGE },
    });

    const webhooks = await run(FetchServiceWebhookConfigurationDocument, { serviceSid: namedServiceSid });
    expect(webhooks.service?.webhookConfiguration.chatServiceSid).toBe(namedServiceSid);
    const hooked = await mutate(
      UpdateServiceWebhookConfigurationDocument,
      {
        serviceSid: namedServiceSid,
        filters: ['onConversationAdded'],
        method: 'POST',
        postWebhookUrl: 'https://hooks.example.com/service',
      },
      (data) => data.updateServiceWebhookConfiguration,
    );
    expect(hooked.webhookConfiguration).toMatchObject({
      filters: ['onConversationAdded'],
      postWebhookUrl: 'https://hooks.example.com/service',
    });
  });

  it('creates, reads, lists, changes and deletes a role in the default service and in a named one', async () => {
    const short = await mutate(
      CreateRoleDocument,
      { friendlyName: 'reader', type: 'CONVERSATION', permissions: ['leaveConversation'] },
      (data) => data.createRole,
    );
    const shortSid = present(short.role, 'role').sid;
    expect(short.role?.chatServiceSid).toBe(defaultServiceSid);
    const named = await mutate(
      CreateServiceRoleDocument,
      {
        serviceSid: namedServiceSid,
        friendlyName: 'reader',
        type: 'CONVERSATION',
        permissions: ['leaveConversation'],
      },
      (data) => data.createRole,
    );
    const namedSid = present(named.role, 'role').sid;
    expect(named.role?.chatServiceSid).toBe(namedServiceSid);

    expect((await run(FetchRoleDocument, { sid: shortSid })).role?.friendlyName).toBe('reader');
    expect(
      (await run(FetchServiceRoleDocument, { serviceSid: namedServiceSid, sid: namedSid })).role
        ?.friendlyName,
    ).toBe('reader');
    const shortList = await run(ListRoleDocument, {});
    expect(shortList.roles.edges.map((edge) => edge.node.sid)).toContain(shortSid);
    const namedList = await run(ListServiceRoleDocument, { serviceSid: namedServiceSid });
    expect(namedList.roles.edges.map((edge) => edge.node.sid)).toContain(namedSid);
    expect(namedList.roles.edges.map((edge) => edge.node.sid)).not.toContain(shortSid);

    const permissions = ['leaveConversation', 'sendMessage'];
    const shortUpdated = await mutate(
      UpdateRoleDocument,
      { sid: shortSid, permissions },
      (data) => data.updateRole,
    );
    expect(shortUpdated.role?.permissions).toEqual(permissions);
    const namedUpdated = await mutate(
      UpdateServiceRoleDocument,
      { serviceSid: namedServiceSid, sid: namedSid, permissions },
      (data) => data.updateRole,
    );
    expect(namedUpdated.role?.permissions).toEqual(permissions);

    const shortDeleted = await mutate(DeleteRoleDocument, { sid: shortSid }, (data) => data.deleteRole);
    expect(shortDeleted.deletedSid).toBe(shortSid);
    const namedDeleted = await mutate(
      DeleteServiceRoleDocument,
      { serviceSid: namedServiceSid, sid: namedSid },
      (data) => data.deleteRole,
    );
    expect(namedDeleted.deletedSid).toBe(namedSid);
  });

  it('creates, reads, lists and changes a user in the default service and in a named one', async () => {
    const short = await mutate(
      CreateUserDocument,
      { identity: 'alice', friendlyName: 'Alice', attributes: { team: 'short' } },
      (data) => data.createUser,
    );
    users.short = present(short.user, 'user').sid;
    expect(short.user?.chatServiceSid).toBe(defaultServiceSid);
    const named = await mutate(
      CreateServiceUserDocument,
      {
        serviceSid: namedServiceSid,
        identity: 'alice',
        friendlyName: 'Alice',
        attributes: { team: 'named' },
      },
      (data) => data.createUser,
    );
    users.named = present(named.user, 'user').sid;
    expect(named.user?.chatServiceSid).toBe(namedServiceSid);

    expect((await run(FetchUserDocument, { sid: 'alice' })).user?.sid).toBe(users.short);
    expect(
      (await run(FetchServiceUserDocument, { serviceSid: namedServiceSid, sid: 'alice' })).user?.sid,
    ).toBe(users.named);
    const shortList = await run(ListUserDocument, {});
    expect(shortList.users.edges.map((edge) => edge.node.sid)).toEqual([users.short]);
    const namedList = await run(ListServiceUserDocument, { serviceSid: namedServiceSid });
    expect(namedList.users.edges.map((edge) => edge.node.sid)).toEqual([users.named]);

    const shortUpdated = await mutate(
      UpdateUserDocument,
      { sid: users.short, friendlyName: 'Alice A.' },
      (data) => data.updateUser,
    );
    expect(shortUpdated.user?.friendlyName).toBe('Alice A.');
    const namedUpdated = await mutate(
      UpdateServiceUserDocument,
      { serviceSid: namedServiceSid, sid: users.named, attributes: { team: 'renamed' } },
      (data) => data.updateUser,
    );
    expect(namedUpdated.user?.attributes).toEqual({ team: 'renamed' });
  });

  it('creates, reads, lists and changes a conversation in the default service and in a named one', async () => {
    const short = await mutate(
      CreateConversationDocument,
      { uniqueName: 'coverage-short', friendlyName: 'Short', attributes: { topic: 'coverage' } },
      (data) => data.createConversation,
    );
    conversations.short = present(short.conversation, 'conversation').sid;
    expect(short.conversation?.chatServiceSid).toBe(defaultServiceSid);
    const named = await mutate(
      CreateServiceConversationDocument,
      { serviceSid: namedServiceSid, uniqueName: 'coverage-named', friendlyName: 'Named' },
      (data) => data.createConversation,
    );
    conversations.named = present(named.conversation, 'conversation').sid;
    expect(named.conversation?.chatServiceSid).toBe(namedServiceSid);

    expect((await run(FetchConversationDocument, { sid: 'coverage-short' })).conversation?.sid).toBe(
      conversations.short,
    );
    expect(
      (await run(FetchServiceConversationDocument, { serviceSid: namedServiceSid, sid: 'coverage-named' }))
        .conversation?.sid,
    ).toBe(conversations.named);
    const shortList = await run(ListConversationDocument, { state: 'ACTIVE' });
    expect(shortList.conversations.edges.map((edge) => edge.node.sid)).toEqual([conversations.short]);
    const namedList = await run(ListServiceConversationDocument, { serviceSid: namedServiceSid });
    expect(namedList.conversations.edges.map((edge) => edge.node.sid)).toEqual([conversations.named]);

    const shortUpdated = await mutate(
      UpdateConversationDocument,
      { sid: conversations.short, friendlyName: 'Short, renamed' },
      (data) => data.updateConversation,
    );
    expect(shortUpdated.conversation?.friendlyName).toBe('Short, renamed');
    const namedUpdated = await mutate(
      UpdateServiceConversationDocument,
      { serviceSid: namedServiceSid, sid: conversations.named, friendlyName: 'Named, renamed' },
      (data) => data.updateConversation,
    );
    expect(namedUpdated.conversation?.friendlyName).toBe('Named, renamed');
  });

  it('creates a conversation together with its participants in the default service and in a named one', async () => {
    // An SMS address and proxy address pair belongs to one conversation at a time: each form gets its own.
    const participants = (address: string) => [
      { identity: 'carol' },
      { messagingBinding: { address, proxyAddress: '+15559990002' } },
    ];
    const short = await mutate(
      CreateConversationWithParticipantsDocument,
      { uniqueName: 'coverage-short-with', participants: participants('+15550002221') },
      (data) => data.createConversationWithParticipants,
    );
    const shortConversation = present(short.conversation, 'conversation');
    expect(shortConversation.chatServiceSid).toBe(defaultServiceSid);
    expect(shortConversation.participants.edges.map((edge) => edge.node.identity)).toEqual(['carol', null]);
    const named = await mutate(
      CreateServiceConversationWithParticipantsDocument,
      {
        serviceSid: namedServiceSid,
        uniqueName: 'coverage-named-with',
        participants: participants('+15550002222'),
      },
      (data) => data.createConversationWithParticipants,
    );
    const namedConversation = present(named.conversation, 'conversation');
    expect(namedConversation.chatServiceSid).toBe(namedServiceSid);
    expect(namedConversation.participants.edges).toHaveLength(2);
  });

  it('adds, reads, lists, changes and removes participants in both route forms', async () => {
    const shortSms = { address: '+15550001111', proxyAddress: '+15559990001' };
    const namedSms = { address: '+15550001112', proxyAddress: '+15559990001' };
    // alice (a chat user) and an SMS member stay; bob joins only to be removed.
    for (const identity of ['alice', 'bob']) {
      await mutate(
        CreateConversationParticipantDocument,
        { conversationSid: conversations.short, identity },
        (data) => data.createParticipant,
      );
      await mutate(
        CreateServiceConversationParticipantDocument,
        { serviceSid: namedServiceSid, conversationSid: conversations.named, identity },
        (data) => data.createParticipant,
      );
    }
    const shortMember = await mutate(
      CreateConversationParticipantDocument,
      { conversationSid: conversations.short, messagingBinding: shortSms, attributes: { channel: 'sms' } },
      (data) => data.createParticipant,
    );
    expect(shortMember.participant?.messagingBinding).toMatchObject({ type: 'sms', ...shortSms });
    const namedMember = await mutate(
      CreateServiceConversationParticipantDocument,
      { serviceSid: namedServiceSid, conversationSid: conversations.named, messagingBinding: namedSms },
      (data) => data.createParticipant,
    );
    expect(namedMember.participant?.messagingBinding).toMatchObject({ type: 'sms', ...namedSms });

    const shortAlice = await run(FetchConversationParticipantDocument, {
      conversationSid: conversations.short,
      sid: 'alice',
    });
    expect(shortAlice.participant?.sid).toMatch(/^MB/);
    const namedAlice = await run(FetchServiceConversationParticipantDocument, {
      serviceSid: namedServiceSid,
      conversationSid: conversations.named,
      sid: 'alice',
    });
    expect(namedAlice.participant?.sid).toMatch(/^MB/);

    const shortList = await run(ListConversationParticipantDocument, {
      conversationSid: conversations.short,
    });
    expect(shortList.conversation?.participants.edges.map((edge) => edge.node.identity)).toEqual([
      'alice',
      'bob',
      null,
    ]);
    const namedList = await run(ListServiceConversationParticipantDocument, {
      serviceSid: namedServiceSid,
      conversationSid: conversations.named,
    });
    expect(namedList.conversation?.participants.edges).toHaveLength(3);

    const shortUpdated = await mutate(
      UpdateConversationParticipantDocument,
      { conversationSid: conversations.short, sid: 'alice', attributes: { seat: 1 } },
      (data) => data.updateParticipant,
    );
    expect(shortUpdated.participant?.attributes).toEqual({ seat: 1 });
    const namedUpdated = await mutate(
      UpdateServiceConversationParticipantDocument,
      {
        serviceSid: namedServiceSid,
        conversationSid: conversations.named,
        sid: 'alice',
        attributes: { seat: 2 },
      },
      (data) => data.updateParticipant,
    );
    expect(namedUpdated.participant?.attributes).toEqual({ seat: 2 });

    const shortRemoved = await mutate(
      DeleteConversationParticipantDocument,
      { conversationSid: conversations.short, sid: 'bob' },
      (data) => data.deleteParticipant,
    );
    expect(shortRemoved.deletedSid).toBe('bob');
    const namedRemoved = await mutate(
      DeleteServiceConversationParticipantDocument,
      { serviceSid: namedServiceSid, conversationSid: conversations.named, sid: 'bob' },
      (data) => data.deleteParticipant,
    );
    expect(namedRemoved.deletedSid).toBe('bob');
  });

  it('posts, reads, lists, edits and deletes messages, and reads their delivery receipts, in both route forms', async () => {
    const forms = [
      {
        conversationSid: conversations.short,
        post: (body: string) =>
          mutate(
            CreateConversationMessageDocument,
            { conversationSid: conversations.short, author: 'alice', body },
            (data) => data.createMessage,
          ),
      },
      {
        conversationSid: conversations.named,
        post: (body: string) =>
          mutate(
            CreateServiceConversationMessageDocument,
            { serviceSid: namedServiceSid, conversationSid: conversations.named, author: 'alice', body },
            (data) => data.createMessage,
          ),
      },
    ];
    const [kept, removed] = [[] as string[], [] as string[]];
    for (const form of forms) {
      const first = present((await form.post('Hello')).message, 'message');
      // The SMS member gets a delivery receipt for alice's message.
      expect(first.delivery).toEqual({ total: 1, sent: 'ALL' });
      kept.push(first.sid);
      removed.push(present((await form.post('Oops')).message, 'message').sid);
    }
    const [shortSid, namedSid] = kept as [string, string];
    const [shortRemoved, namedRemoved] = removed as [string, string];

    expect(
      (await run(FetchConversationMessageDocument, { conversationSid: conversations.short, sid: shortSid }))
        .message?.body,
    ).toBe('Hello');
    expect(
      (
        await run(FetchServiceConversationMessageDocument, {
          serviceSid: namedServiceSid,
          conversationSid: conversations.named,
          sid: namedSid,
        })
      ).message?.body,
    ).toBe('Hello');

    const shortList = await run(ListConversationMessageDocument, {
      conversationSid: conversations.short,
      order: 'DESC',
    });
    expect(shortList.conversation?.messages.edges.map((edge) => edge.node.sid)).toEqual([
      shortRemoved,
      shortSid,
    ]);
    const namedList = await run(ListServiceConversationMessageDocument, {
      serviceSid: namedServiceSid,
      conversationSid: conversations.named,
    });
    expect(namedList.conversation?.messages.edges.map((edge) => edge.node.sid)).toEqual([
      namedSid,
      namedRemoved,
    ]);

    const shortEdited = await mutate(
      UpdateConversationMessageDocument,
      { conversationSid: conversations.short, sid: shortSid, body: 'Hello!' },
      (data) => data.updateMessage,
    );
    expect(shortEdited.message?.body).toBe('Hello!');
    const namedEdited = await mutate(
      UpdateServiceConversationMessageDocument,
      { serviceSid: namedServiceSid, conversationSid: conversations.named, sid: namedSid, body: 'Hello!' },
      (data) => data.updateMessage,
    );
    expect(namedEdited.message?.body).toBe('Hello!');

    const shortDeleted = await mutate(
      DeleteConversationMessageDocument,
      { conversationSid: conversations.short, sid: shortRemoved },
      (data) => data.deleteMessage,
    );
    expect(shortDeleted.deletedSid).toBe(shortRemoved);
    const namedDeleted = await mutate(
      DeleteServiceConversationMessageDocument,
      { serviceSid: namedServiceSid, conversationSid: conversations.named, sid: namedRemoved },
      (data) => data.deleteMessage,
    );
    expect(namedDeleted.deletedSid).toBe(namedRemoved);

    const shortReceipts = await run(ListConversationMessageReceiptDocument, {
      conversationSid: conversations.short,
      messageSid: shortSid,
    });
    const shortReceipt = present(shortReceipts.message?.deliveryReceipts.edges[0]?.node, 'receipt');
    expect(shortReceipt.status).toBe('SENT');
    const namedReceipts = await run(ListServiceConversationMessageReceiptDocument, {
      serviceSid: namedServiceSid,
      conversationSid: conversations.named,
      messageSid: namedSid,
    });
    const namedReceipt = present(namedReceipts.message?.deliveryReceipts.edges[0]?.node, 'receipt');
    expect(namedReceipt.status).toBe('SENT');

    const shortFetched = await run(FetchConversationMessageReceiptDocument, {
      conversationSid: conversations.short,
      messageSid: shortSid,
      sid: shortReceipt.sid,
    });
    expect(shortFetched.deliveryReceipt).toEqual(shortReceipt);
    const namedFetched = await run(FetchServiceConversationMessageReceiptDocument, {
      serviceSid: namedServiceSid,
      conversationSid: conversations.named,
      messageSid: namedSid,
      sid: namedReceipt.sid,
    });
    expect(namedFetched.deliveryReceipt).toEqual(namedReceipt);
  });

  it('adds, reads, lists, changes and deletes conversation webhooks in both route forms', async () => {
    const configuration = { url: 'https://hooks.example.com/conversation', method: 'POST' as const };
    const short = await mutate(
      CreateConversationScopedWebhookDocument,
      {
        conversationSid: conversations.short,
        target: 'WEBHOOK',
        configuration: { ...configuration, filters: ['onMessageAdded'] },
      },
      (data) => data.createConversationWebhook,
    );
    const shortSid = present(short.webhook, 'webhook').sid;
    const named = await mutate(
      CreateServiceConversationScopedWebhookDocument,
      {
        serviceSid: namedServiceSid,
        conversationSid: conversations.named,
        target: 'TRIGGER',
        configuration: { ...configuration, triggers: ['help'] },
      },
      (data) => data.createConversationWebhook,
    );
    const namedSid = present(named.webhook, 'webhook').sid;

    expect(
      (
        await run(FetchConversationScopedWebhookDocument, {
          conversationSid: conversations.short,
          sid: shortSid,
        })
      ).conversationWebhook?.target,
    ).toBe('WEBHOOK');
    expect(
      (
        await run(FetchServiceConversationScopedWebhookDocument, {
          serviceSid: namedServiceSid,
          conversationSid: conversations.named,
          sid: namedSid,
        })
      ).conversationWebhook?.target,
    ).toBe('TRIGGER');
    const shortList = await run(ListConversationScopedWebhookDocument, {
      conversationSid: conversations.short,
    });
    expect(shortList.conversation?.webhooks.edges.map((edge) => edge.node.sid)).toEqual([shortSid]);
    const namedList = await run(ListServiceConversationScopedWebhookDocument, {
      serviceSid: namedServiceSid,
      conversationSid: conversations.named,
    });
    expect(namedList.conversation?.webhooks.edges.map((edge) => edge.node.sid)).toEqual([namedSid]);

    const shortUpdated = await mutate(
      UpdateConversationScopedWebhookDocument,
      {
        conversationSid: conversations.short,
        sid: shortSid,
        configuration: { filters: ['onMessageAdded', 'onParticipantAdded'] },
      },
      (data) => data.updateConversationWebhook,
    );
    expect(shortUpdated.webhook?.configuration?.filters).toEqual(['onMessageAdded', 'onParticipantAdded']);
    const namedUpdated = await mutate(
      UpdateServiceConversationScopedWebhookDocument,
      {
        serviceSid: namedServiceSid,
        conversationSid: conversations.named,
        sid: namedSid,
        configuration: { triggers: ['help', 'agent'] },
      },
      (data) => data.updateConversationWebhook,
    );
    expect(namedUpdated.webhook?.configuration?.triggers).toEqual(['help', 'agent']);

    const shortDeleted = await mutate(
      DeleteConversationScopedWebhookDocument,
      { conversationSid: conversations.short, sid: shortSid },
      (data) => data.deleteConversationWebhook,
    );
    expect(shortDeleted.deletedSid).toBe(shortSid);
    const namedDeleted = await mutate(
      DeleteServiceConversationScopedWebhookDocument,
      { serviceSid: namedServiceSid, conversationSid: conversations.named, sid: namedSid },
      (data) => data.deleteConversationWebhook,
    );
    expect(namedDeleted.deletedSid).toBe(namedSid);
  });

  it('finds the conversations of a member by identity and by address in both route forms', async () => {
    const byIdentity = await run(ListParticipantConversationDocument, { identity: 'alice' });
    expect(byIdentity.participantConversations.edges.map((edge) => edge.node.conversationSid)).toEqual([
      conversations.short,
    ]);
    const byAddress = await run(ListParticipantConversationDocument, { address: '+15550001111' });
    expect(byAddress.participantConversations.edges.map((edge) => edge.node.conversationSid)).toEqual([
      conversations.short,
    ]);
    const named = await run(ListServiceParticipantConversationDocument, {
      serviceSid: namedServiceSid,
      identity: 'alice',
    });
    expect(named.participantConversations.edges.map((edge) => edge.node)).toEqual([
      expect.objectContaining({ chatServiceSid: namedServiceSid, conversationSid: conversations.named }),
    ]);
  });

  it('lists, reads, changes and leaves the conversations of a user in both route forms', async () => {
    const shortList = await run(ListUserConversationDocument, { userSid: users.short });
    expect(shortList.user?.conversations.edges.map((edge) => edge.node.conversationSid)).toEqual([
      conversations.short,
    ]);
    const namedList = await run(ListServiceUserConversationDocument, {
      serviceSid: namedServiceSid,
      userSid: users.named,
    });
    expect(namedList.user?.conversations.edges.map((edge) => edge.node.conversationSid)).toEqual([
      conversations.named,
    ]);

    const shortFetched = await run(FetchUserConversationDocument, {
      userSid: 'alice',
      conversationSid: conversations.short,
    });
    expect(shortFetched.userConversation?.userSid).toBe(users.short);
    const namedFetched = await run(FetchServiceUserConversationDocument, {
      serviceSid: namedServiceSid,
      userSid: 'alice',
      conversationSid: conversations.named,
    });
    expect(namedFetched.userConversation?.userSid).toBe(users.named);

    const shortUpdated = await mutate(
      UpdateUserConversationDocument,
      { userSid: users.short, conversationSid: conversations.short, notificationLevel: 'MUTED' },
      (data) => data.updateUserConversation,
    );
    expect(shortUpdated.userConversation?.notificationLevel).toBe('MUTED');
    const namedUpdated = await mutate(
      UpdateServiceUserConversationDocument,
      {
        serviceSid: namedServiceSid,
        userSid: users.named,
        conversationSid: conversations.named,
        lastReadMessageIndex: 0,
      },
      (data) => data.updateUserConversation,
    );
    expect(namedUpdated.userConversation?.lastReadMessageIndex).toBe(0);

    await mutate(
      DeleteUserConversationDocument,
      { userSid: users.short, conversationSid: conversations.short },
      (data) => data.deleteUserConversation,
    );
    await mutate(
      DeleteServiceUserConversationDocument,
      { serviceSid: namedServiceSid, userSid: users.named, conversationSid: conversations.named },
      (data) => data.deleteUserConversation,
    );
    // Leaving removed alice's participant; the SMS member stays.
    const left = await run(ListConversationParticipantDocument, { conversationSid: conversations.short });
    expect(left.conversation?.participants.edges.map((edge) => edge.node.identity)).toEqual([null]);
  });

  it('lists, reads and deletes a push binding of a service, then deletes its credential', async () => {
    // Test setup, not part of the flow under test: devices register for push through Twilio's
    // client SDKs, not REST, so the binding is made through the emulator's own route.
    await registerDevice(gateway, namedServiceSid, {
      identity: 'alice',
      bindingType: 'fcm',
      endpoint: 'alice-pixel',
      credentialSid,
      messageTypes: ['new_message'],
    });

    const listed = await run(ListServiceBindingDocument, {
      serviceSid: namedServiceSid,
      identities: ['alice'],
      bindingTypes: ['FCM'],
    });
    const binding = present(listed.pushBindings.edges[0]?.node, 'binding');
    expect(binding).toMatchObject({ endpoint: 'alice-pixel', credentialSid, messageTypes: ['new_message'] });
    const fetched = await run(FetchServiceBindingDocument, { serviceSid: namedServiceSid, sid: binding.sid });
    expect(fetched.pushBinding).toEqual(binding);
    const deleted = await mutate(
      DeleteServiceBindingDocument,
      { serviceSid: namedServiceSid, sid: binding.sid },
      (data) => data.deletePushBinding,
    );
    expect(deleted.deletedSid).toBe(binding.sid);

    const credential = await mutate(
      DeleteCredentialDocument,
      { sid: credentialSid },
      (data) => data.deleteCredential,
    );
    expect(credential.deletedSid).toBe(credentialSid);
  });

  it('deletes the users, the conversations and the named service', async () => {
    await mutate(DeleteUserDocument, { sid: users.short }, (data) => data.deleteUser);
    await mutate(
      DeleteServiceUserDocument,
      { serviceSid: namedServiceSid, sid: users.named },
      (data) => data.deleteUser,
    );
    await mutate(DeleteConversationDocument, { sid: conversations.short }, (data) => data.deleteConversation);
    await mutate(
      DeleteServiceConversationDocument,
      { serviceSid: namedServiceSid, sid: conversations.named },
      (data) => data.deleteConversation,
    );
    expect((await readGone(FetchConversationDocument, { sid: conversations.short })).conversation).toBeNull();
    const service = await mutate(
      DeleteServiceDocument,
      { sid: namedServiceSid },
      (data) => data.deleteService,
    );
    expect(service.deletedSid).toBe(namedServiceSid);
    expect((await readGone(FetchServiceDocument, { sid: namedServiceSid })).service).toBeNull();
  });

  it('met no GraphQL error, and every mutation returned empty userErrors', () => {
    expect(graphqlErrors).toEqual([]);
    expect(userErrors).toEqual([]);
    expect(mutationsChecked).toBeGreaterThan(0);
  });

  it('reached every operation of the Conversations v1 spec, with a 2xx answer', () => {
    const operations = specOperations(loadSpec()).map((operation) => operation.operationId);
    expect(new Set(operations).size).toBe(103);
    // Only /v1 requests count: the binding registered above went to the emulator's own route.
    const reached = new Set(
      gateway.emulator.requests
        .filter((entry) => entry.path.startsWith('/v1/') && entry.status >= 200 && entry.status < 300)
        .map((entry) => entry.operationId),
    );
    const missing = operations.filter((operationId) => !reached.has(operationId)).sort();
    expect(missing, `not reached through GraphQL: ${missing.join(', ')}`).toEqual([]);
  });
});

import type twilio from 'twilio';
import { API_KEY } from './end-user-gateway.ts';

/*
 * The end users the permission matrices (test/access/mutation-matrix.test.ts and
 * end-user-query-matrix.test.ts) try every operation as, made through the official SDK in a
 * service of the emulator. The roles are the emulator's defaults and three made here; each
 * identity's two roles grant different things, so a case shows which scope granted it:
 *
 * | identity | service role                       | conversation role (in a matrix conversation)  |
 * |----------|------------------------------------|-----------------------------------------------|
 * | admin    | service admin (administers it all) | texter: Twilio's example role, sendMessage,   |
 * |          |                                    | leaveConversation, editOwnMessage,            |
 * |          |                                    | deleteOwnMessage (no media)                   |
 * | member   | service user (the default)         | channel user (the default: media, own         |
 * |          |                                    | message and participant attributes)           |
 * | outsider | service user                       | not a participant                             |
 * | muted    | restricted: editOwnMessage-        | reader: sendMediaMessage,                     |
 * |          | Attributes, editAnyMessageAttributes | editAnyParticipantAttributes                |
 *
 * `bystander` is a service user in every matrix conversation whom none of the callers is: the
 * "someone else" of the cases.
 */

export const CALLERS = ['admin', 'member', 'outsider', 'muted'] as const;
export type Caller = (typeof CALLERS)[number];

/** Role SIDs by friendly name: the emulator's four defaults, `texter`, `reader` and `restricted`. */
export type RoleSids = Record<string, string>;

/** Makes the three roles of the table and a User for each identity of it, with its service role. */
export async function createMatrixIdentities(sdk: twilio.Twilio, serviceSid: string): Promise<RoleSids> {
  const service = sdk.conversations.v1.services(serviceSid);
  const roles: RoleSids = {};
  for (const role of await service.roles.list()) roles[role.friendlyName] = role.sid;
  roles.texter = (
    await service.roles.create({
      friendlyName: 'texter',
      type: 'conversation',
      permission: ['sendMessage', 'leaveConversation', 'editOwnMessage', 'deleteOwnMessage'],
    })
  ).sid;
  roles.reader = (
    await service.roles.create({
      friendlyName: 'reader',
      type: 'conversation',
      permission: ['sendMediaMessage', 'editAnyParticipantAttributes'],
    })
  ).sid;
  roles.restricted = (
    await service.roles.create({
      friendlyName: 'restricted',
      type: 'service',
      permission: ['editOwnMessageAttributes', 'editAnyMessageAttributes'],
    })
  ).sid;
  const users: Array<[string, string | undefined]> = [
    ['admin', roles['service admin']],
    ['member', undefined],
    ['outsider', undefined],
    ['muted', roles.restricted],
    ['bystander', undefined],
  ];
  for (const [identity, roleSid] of users) {
    await service.users.create({ identity, ...(roleSid ? { roleSid } : {}) });
  }
  return roles;
}

export interface MatrixConversation {
  conversationSid: string;
  /** Participant SIDs by identity. */
  participants: Record<string, string>;
  /** A fresh message by `author` in the conversation. */
  message(author: string): Promise<string>;
}

/**
 * A conversation with the table's participants in their conversation roles (admin, member, muted)
 * and the bystander; `without` leaves one caller out.
 */
export async function createMatrixConversation(
  sdk: twilio.Twilio,
  serviceSid: string,
  roles: RoleSids,
  options: { without?: Caller; friendlyName?: string; uniqueName?: string } = {},
): Promise<MatrixConversation> {
  const conversations = sdk.conversations.v1.services(serviceSid).conversations;
  const conversation = await conversations.create({
    friendlyName: options.friendlyName ?? 'matrix',
    ...(options.uniqueName ? { uniqueName: options.uniqueName } : {}),
  });
  const participants: Record<string, string> = {};
  const members: Array<[string, string | undefined]> = [
    ['admin', roles.texter],
    ['member', undefined],
    ['muted', roles.reader],
    ['bystander', undefined],
  ];
  for (const [identity, roleSid] of members) {
    if (identity === options.without) continue;
    const created = await conversations(conversation.sid).participants.create({
      identity,
      ...(roleSid ? { roleSid } : {}),
    });
    participants[identity] = created.sid;
  }
  return {
    conversationSid: conversation.sid,
    participants,
    message: async (author) =>
      (await conversations(conversation.sid).messages.create({ author, body: `by ${author}` })).sid,
  };
}

/**
 * A push binding of `identity`'s device, registered as Twilio's client SDK would (the emulator's
 * route for what the SDK does over its own channel); its SID.
 */
export async function registerPushBinding(
  emulatorUrl: string,
  serviceSid: string,
  identity: string,
  credentialSid: string,
): Promise<string> {
  const response = await fetch(`${emulatorUrl}/_emulator/Services/${serviceSid}/Bindings`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from(`${API_KEY.sid}:${API_KEY.secret}`).toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: new URLSearchParams({
      Identity: identity,
      BindingType: 'fcm',
      Endpoint: `device-${identity}-${Math.random()}`,
      CredentialSid: credentialSid,
    }),
  });
  if (!response.ok) throw new Error(`registering a binding failed: ${response.status}`);
  return ((await response.json()) as { sid: string }).sid;
}

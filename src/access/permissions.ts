/**
 * What an end user may change, as Twilio's roles define it: the permission names of Twilio's role
 * resource (https://www.twilio.com/docs/conversations/api/role-resource#permission-values;
 * docs/access-tokens.md §3) and, for each change an end user can ask for, the permissions it
 * needs. Pure functions of (identity, roles, action): nothing here reads Twilio or GraphQL, so
 * this file alone can be audited against Twilio's table.
 *
 * How the two scopes combine is not documented by Twilio (docs/decisions/0017-end-user-access.md):
 * inside a conversation a permission holds when either the user's service role (`role_sid` on the
 * User) or their conversation role (`role_sid` on their Participant) grants it, each only for the
 * permissions its scope defines; outside a conversation only the service role counts.
 */

/** Permissions a service role (type `service`) can hold. */
export const SERVICE_SCOPE_PERMISSIONS = [
  'addParticipant',
  'createConversation',
  'deleteAnyMessage',
  'deleteConversation',
  'editAnyMessage',
  'editAnyMessageAttributes',
  'editAnyUserInfo',
  'editConversationAttributes',
  'editConversationName',
  'editOwnMessage',
  'editOwnMessageAttributes',
  'editOwnUserInfo',
  'joinConversation',
  'removeParticipant',
] as const;

/**
 * Permissions a conversation role (type `conversation`) can hold: Twilio's documented sixteen, and
 * the two participant-attribute permissions Twilio accepts on roles without listing them.
 */
export const CONVERSATION_SCOPE_PERMISSIONS = [
  'addParticipant',
  'deleteAnyMessage',
  'deleteOwnMessage',
  'deleteConversation',
  'editAnyMessage',
  'editAnyMessageAttributes',
  'editAnyUserInfo',
  'editConversationAttributes',
  'editConversationName',
  'editOwnMessage',
  'editOwnMessageAttributes',
  'editOwnUserInfo',
  'leaveConversation',
  'removeParticipant',
  'sendMediaMessage',
  'sendMessage',
  'editOwnParticipantAttributes',
  'editAnyParticipantAttributes',
] as const;

export type ServicePermission = (typeof SERVICE_SCOPE_PERMISSIONS)[number];
export type ConversationPermission = (typeof CONVERSATION_SCOPE_PERMISSIONS)[number];
export type Permission = ServicePermission | ConversationPermission;

const SERVICE_SCOPE: ReadonlySet<string> = new Set(SERVICE_SCOPE_PERMISSIONS);
const CONVERSATION_SCOPE: ReadonlySet<string> = new Set(CONVERSATION_SCOPE_PERMISSIONS);

export function isServiceScoped(permission: Permission): boolean {
  return SERVICE_SCOPE.has(permission);
}

export function isConversationScoped(permission: Permission): boolean {
  return CONVERSATION_SCOPE.has(permission);
}

/** The permissions of the roles an end user holds where the change happens. */
export interface HeldRoles {
  /** Of the user's service role. */
  service: readonly string[];
  /** Of their conversation role there; null when they are not a participant of the conversation. */
  conversation: readonly string[] | null;
}

export function isGranted(roles: HeldRoles, permission: Permission): boolean {
  return (
    (isServiceScoped(permission) && roles.service.includes(permission)) ||
    (isConversationScoped(permission) && roles.conversation?.includes(permission) === true)
  );
}

/**
 * The changes an end user can ask for. Targets are named by identity so that "own" and "any" are
 * decided here; `null` names a participant without an identity (SMS, WhatsApp). `other` lists the
 * fields an end user asked to set that no role lets a client set (roles, dates of imported
 * history, state and timers, bindings, …); any of them refuses the change.
 */
export type EndUserAction =
  | { type: 'createConversation'; participants: ReadonlyArray<string | null>; other: readonly string[] }
  | {
      type: 'updateConversation';
      name: boolean;
      attributes: boolean;
      other: readonly string[];
    }
  | { type: 'deleteConversation' }
  | { type: 'sendMessage'; author: string | null; media: boolean; other: readonly string[] }
  | {
      type: 'editMessage';
      /** The message's author as it stands. */
      author: string | null;
      body: boolean;
      attributes: boolean;
      other: readonly string[];
    }
  | { type: 'deleteMessage'; author: string | null }
  | { type: 'addParticipant'; identity: string | null; other: readonly string[] }
  | {
      type: 'updateParticipant';
      identity: string | null;
      attributes: boolean;
      /** How far the participant has read. */
      readHorizon: boolean;
      other: readonly string[];
    }
  | { type: 'removeParticipant'; identity: string | null }
  | { type: 'updateUser'; identity: string; other: readonly string[] }
  | { type: 'updateUserConversation'; identity: string }
  | { type: 'deletePushBinding'; identity: string | null }
  /** Account and service configuration, credentials, roles, services, users, webhooks, addresses. */
  | { type: 'administer'; what: string };

/** What an action takes: never possible for an end user, or membership and permissions. */
export type Requirement =
  | { possible: false; why: string }
  | {
      possible: true;
      /** Whether the user must already be a participant of the conversation the change happens in. */
      member: boolean;
      /** Every one of these must be granted. */
      permissions: readonly Permission[];
    };

const never = (why: string): Requirement => ({ possible: false, why });
const needs = (member: boolean, ...permissions: Permission[]): Requirement => ({
  possible: true,
  member,
  permissions,
});

export function requirementOf(identity: string, action: EndUserAction): Requirement {
  if ('other' in action && action.other.length > 0) {
    return never(`an end user cannot set ${action.other.join(', ')}`);
  }
  switch (action.type) {
    case 'createConversation': {
      const others = action.participants.filter((participant) => participant !== identity);
      return others.length > 0
        ? needs(false, 'createConversation', 'addParticipant')
        : needs(false, 'createConversation');
    }
    case 'updateConversation': {
      const permissions: Permission[] = [];
      if (action.name) permissions.push('editConversationName');
      if (action.attributes) permissions.push('editConversationAttributes');
      return needs(true, ...permissions);
    }
    case 'deleteConversation':
      return needs(true, 'deleteConversation');
    case 'sendMessage':
      // A message is always written as the token's identity.
      if (action.author !== null && action.author !== identity) {
        return never('a message can only be written as yourself');
      }
      return action.media ? needs(true, 'sendMessage', 'sendMediaMessage') : needs(true, 'sendMessage');
    case 'editMessage': {
      const own = action.author === identity;
      const permissions: Permission[] = [];
      if (action.body) permissions.push(own ? 'editOwnMessage' : 'editAnyMessage');
      if (action.attributes) permissions.push(own ? 'editOwnMessageAttributes' : 'editAnyMessageAttributes');
      // An edit that names no field still writes the message: it takes the edit permission.
      if (permissions.length === 0) permissions.push(own ? 'editOwnMessage' : 'editAnyMessage');
      return needs(true, ...permissions);
    }
    case 'deleteMessage':
      return needs(true, action.author === identity ? 'deleteOwnMessage' : 'deleteAnyMessage');
    case 'addParticipant':
      // Adding oneself is joining, which needs no membership; anyone else is added by a member.
      return action.identity === identity ? needs(false, 'joinConversation') : needs(true, 'addParticipant');
    case 'updateParticipant': {
      const self = action.identity === identity;
      if (action.readHorizon && !self) return never('only your own read horizon can be moved');
      const permissions: Permission[] = [];
      if (action.attributes || (!action.readHorizon && !self)) {
        permissions.push(self ? 'editOwnParticipantAttributes' : 'editAnyParticipantAttributes');
      }
      return needs(true, ...permissions);
    }
    case 'removeParticipant':
      return needs(true, action.identity === identity ? 'leaveConversation' : 'removeParticipant');
    case 'updateUser':
      return needs(false, action.identity === identity ? 'editOwnUserInfo' : 'editAnyUserInfo');
    case 'updateUserConversation':
      // The user's own view of a conversation (read horizon, notification level) changes nothing
      // anyone else sees; Twilio's client SDK sets it without a permission, for a member only.
      return action.identity === identity ? needs(true) : never('only your own view of a conversation');
    case 'deletePushBinding':
      return action.identity === identity ? needs(false) : never('only your own push bindings');
    case 'administer':
      return never(`${action.what} is administration, not something an end user does`);
  }
}

export type Decision = { allowed: true } | { allowed: false; why: string };

/** Why a change inside a conversation is refused to someone who is not a participant of it. */
export const NOT_A_PARTICIPANT = 'you are not a participant of this conversation';

/** Whether `identity`, holding `roles`, may take `action`. */
export function decide(identity: string, roles: HeldRoles, action: EndUserAction): Decision {
  const requirement = requirementOf(identity, action);
  if (!requirement.possible) return { allowed: false, why: requirement.why };
  if (requirement.member && roles.conversation === null) {
    return { allowed: false, why: NOT_A_PARTICIPANT };
  }
  const missing = requirement.permissions.filter((permission) => !isGranted(roles, permission));
  if (missing.length > 0) {
    return { allowed: false, why: `your roles do not grant ${missing.join(', ')}` };
  }
  return { allowed: true };
}

import type { GraphQLFieldConfig, GraphQLFieldResolver, GraphQLSchema } from 'graphql';
import {
  decide,
  type EndUser,
  type EndUserAction,
  type HeldRoles,
  NOT_A_PARTICIPANT,
  requirementOf,
} from '../access/index.ts';
import { keys, type Loaders } from '../loaders/index.ts';
import { fetchServiceConfiguration, type ServiceConfiguration } from '../twilio/index.ts';
import type { GatewayContext } from './context.ts';
import { forbidden } from './end-user-reads.ts';
import { forbiddenUserError, type UserErrorShape } from './errors.ts';
import { PAYLOAD_KEY } from './mutations.ts';

/**
 * What an end user (a Twilio Access Token) may change, mutation by mutation. Each rule only turns
 * a mutation's input into the `EndUserAction` of src/access/permissions.ts, after reading through
 * the request's loaders what the decision depends on (the target's author or identity, the
 * caller's service and conversation roles); `decide` there is the one place permissions are
 * granted. A refused change is answered in the mutation's own payload, `userErrors` holding one
 * entry with `reason: FORBIDDEN`, and nothing is written. Administration is refused as a
 * `FORBIDDEN` GraphQL error before anything is read. docs/access-tokens.md §4 lists the rules.
 */

/** A mutation's `input` argument, as graphql-js coerced it. */
type Input = Readonly<Record<string, unknown>>;

export type MutationVerdict =
  | {
      allowed: true;
      /** The input to run with: the caller's service made explicit, the author filled in, … */
      input: Input;
      /** Another mutation to run it through (an end user's new conversation starts with them in it). */
      as?: string;
    }
  | { allowed: false; error: UserErrorShape };

interface RuleContext {
  ctx: GatewayContext;
  user: EndUser;
  /** The service the token is for: every read and write of the request happens there. */
  serviceSid: string;
}

type Rule = 'administration' | ((input: Input, rule: RuleContext) => Promise<MutationVerdict>);

const text = (input: Input, name: string): string | null => {
  const value = input[name];
  return typeof value === 'string' ? value : null;
};

/** The names of the fields the input sets (an explicit null counts: it clears the field). */
const setFields = (input: Input, names: readonly string[]): string[] =>
  names.filter((name) => input[name] !== undefined);

const refused = (message: string): MutationVerdict => ({
  allowed: false,
  error: forbiddenUserError(message),
});

const WEBHOOKS_ALWAYS_ON =
  'An end user’s changes always fire the service’s webhooks, as in Twilio’s client SDKs: webhookEnabled cannot be false.';

const notFound = (what: string): MutationVerdict => ({
  allowed: false,
  error: { message: `${what} was not found.`, code: 20404, moreInfo: null, field: null, reason: 'NOT_FOUND' },
});

/** The service configuration of the caller's service, read at most once per request. */
const configurations = new WeakMap<Loaders, Promise<ServiceConfiguration>>();
function serviceConfiguration(rule: RuleContext): Promise<ServiceConfiguration> {
  let known = configurations.get(rule.ctx.loaders);
  if (!known) {
    known = fetchServiceConfiguration(rule.ctx.session, { serviceSid: rule.serviceSid });
    configurations.set(rule.ctx.loaders, known);
  }
  return known;
}

/**
 * The permissions of the roles the caller holds: their service role (`roleSid` on their User, the
 * service's default when they have no User yet or no role) and, when `conversationSid` is given,
 * their conversation role there (`roleSid` on their Participant; null when they are not in it).
 * Two rounds at most: the user and the participant together, then both roles together, which the
 * role loader turns into one list call.
 */
async function heldRoles(rule: RuleContext, conversationSid: string | null): Promise<HeldRoles> {
  const { loaders } = rule.ctx;
  const { identity } = rule.user;
  const [user, participant] = await Promise.all([
    loaders.user.load(keys.user(rule.serviceSid, identity)),
    conversationSid === null
      ? null
      : loaders.participant.load(keys.participant(rule.serviceSid, conversationSid, identity)),
  ]);
  const needsDefaults = !user?.roleSid || (participant !== null && !participant.roleSid);
  const defaults = needsDefaults ? await serviceConfiguration(rule) : null;
  const serviceRoleSid = user?.roleSid || defaults?.defaultChatServiceRoleSid || null;
  const conversationRoleSid = participant
    ? participant.roleSid || defaults?.defaultConversationRoleSid || null
    : null;
  const [serviceRole, conversationRole] = await Promise.all([
    serviceRoleSid ? loaders.role.load(keys.role(rule.serviceSid, serviceRoleSid)) : null,
    conversationRoleSid ? loaders.role.load(keys.role(rule.serviceSid, conversationRoleSid)) : null,
  ]);
  return {
    service: serviceRole?.permissions ?? [],
    conversation: participant ? (conversationRole?.permissions ?? []) : null,
  };
}

/** Decides `action` in `conversationSid` (null: outside any conversation) with the caller's roles. */
async function check(
  rule: RuleContext,
  conversationSid: string | null,
  action: EndUserAction,
  input: Input,
): Promise<MutationVerdict> {
  // What no role allows is refused before the roles are read.
  const requirement = requirementOf(rule.user.identity, action);
  if (!requirement.possible) return refused(`Your roles do not allow this change: ${requirement.why}.`);
  const decision = decide(rule.user.identity, await heldRoles(rule, conversationSid), action);
  if (!decision.allowed) return refused(`Your roles do not allow this change: ${decision.why}.`);
  return { allowed: true, input: { ...input, serviceSid: rule.serviceSid } };
}

/** Fields of a new or changed conversation that Twilio's client SDKs do not let a user set. */
const CONVERSATION_SETTINGS = [
  'dateCreated',
  'dateUpdated',
  'state',
  'timers',
  'messagingServiceSid',
  'emailBinding',
];

/** Fields no end user sets on a participant: roles, addresses and imported history. */
const PARTICIPANT_SETTINGS = ['roleSid', 'messagingBinding', 'dateCreated', 'dateUpdated'];

/**
 * The participants of a conversation an end user creates, with the creator among them holding the
 * service's creator role, as when Twilio's client SDK creates a conversation. Each entry's fields
 * beyond an identity and attributes are listed in `other`.
 */
async function withCreator(
  rule: RuleContext,
  participants: readonly Input[],
): Promise<{ identities: Array<string | null>; other: string[]; participants: Input[] }> {
  const other = new Set<string>();
  for (const participant of participants) {
    for (const field of setFields(participant, ['roleSid', 'messagingBinding']))
      other.add(`participants.${field}`);
  }
  const identities = participants.map((participant) => text(participant, 'identity'));
  if (other.size > 0) return { identities, other: [...other], participants: [...participants] };
  const creatorRoleSid = (await serviceConfiguration(rule)).defaultConversationCreatorRoleSid;
  const creator = { identity: rule.user.identity, ...(creatorRoleSid ? { roleSid: creatorRoleSid } : {}) };
  const withRole = participants.map((participant) =>
    text(participant, 'identity') === rule.user.identity ? { ...participant, ...creator } : participant,
  );
  if (!identities.includes(rule.user.identity)) withRole.unshift(creator);
  return { identities, other: [], participants: withRole };
}

const participantsOf = (input: Input): Input[] => {
  const value = input.participants;
  return Array.isArray(value)
    ? value.filter((item): item is Input => typeof item === 'object' && item !== null)
    : [];
};

/**
 * Whether a user named by SID or identity is the caller, known without reading anyone else's User:
 * by identity, or by the SID of the caller's own User (the read their service role comes from, so
 * no call is added).
 */
async function namesCaller(rule: RuleContext, sid: string): Promise<boolean> {
  if (sid === rule.user.identity) return true;
  const own = await rule.ctx.loaders.user.load(keys.user(rule.serviceSid, rule.user.identity));
  // The User read by the token's identity must be the token's (the loader matches a key by SID too).
  return own !== null && own.identity === rule.user.identity && own.sid === sid;
}

/** The identity of a user named by SID or identity; null when there is no such user. */
async function userIdentity(rule: RuleContext, sid: string): Promise<string | null> {
  const user = await rule.ctx.loaders.user.load(keys.user(rule.serviceSid, sid));
  return user?.identity ?? null;
}

const required = (input: Input, name: string): string => text(input, name) ?? '';

/**
 * Whether the caller is a participant of the conversation. Read next to the message or participant
 * a change names (the same participant key the roles are read with later, so no extra call), and
 * decided first: a non-member is refused the same whether what they name exists or not, so a
 * conversation they are not in does not tell them which messages or participants it has.
 */
async function isParticipant(rule: RuleContext, conversationSid: string): Promise<boolean> {
  const key = keys.participant(rule.serviceSid, conversationSid, rule.user.identity);
  return (await rule.ctx.loaders.participant.load(key)) !== null;
}

const outsider = (): MutationVerdict => refused(`Your roles do not allow this change: ${NOT_A_PARTICIPANT}.`);

/** The message an input names by `conversationSid` and `sid` (null when there is none), and the caller's membership. */
async function messageOf(input: Input, rule: RuleContext) {
  const conversationSid = required(input, 'conversationSid');
  const key = keys.message(rule.serviceSid, conversationSid, required(input, 'sid'));
  const [message, member] = await Promise.all([
    rule.ctx.loaders.message.load(key),
    isParticipant(rule, conversationSid),
  ]);
  return { conversationSid, message, member };
}

/** The participant an input names by `conversationSid` and `sid` (null when there is none), and the caller's membership. */
async function participantOf(input: Input, rule: RuleContext) {
  const conversationSid = required(input, 'conversationSid');
  const key = keys.participant(rule.serviceSid, conversationSid, required(input, 'sid'));
  const [participant, member] = await Promise.all([
    rule.ctx.loaders.participant.load(key),
    isParticipant(rule, conversationSid),
  ]);
  return { conversationSid, participant, member };
}

/**
 * One entry per Mutation field of the schema; a test holds this list to the schema's, so a new
 * mutation without a rule fails it (and is refused to end users until it has one).
 */
export const MUTATION_RULES: Readonly<Record<string, Rule>> = {
  // Account and service configuration, credentials, roles, services, users, webhooks and address
  // configuration: administration, done with the account's credentials or a gateway token.
  createAddressConfiguration: 'administration',
  updateAddressConfiguration: 'administration',
  deleteAddressConfiguration: 'administration',
  createConversationWebhook: 'administration',
  updateConversationWebhook: 'administration',
  deleteConversationWebhook: 'administration',
  createCredential: 'administration',
  updateCredential: 'administration',
  deleteCredential: 'administration',
  createRole: 'administration',
  updateRole: 'administration',
  deleteRole: 'administration',
  createService: 'administration',
  deleteService: 'administration',
  createUser: 'administration',
  deleteUser: 'administration',
  updateConfiguration: 'administration',
  updateConfigurationWebhook: 'administration',
  updateServiceConfiguration: 'administration',
  updateServiceNotification: 'administration',
  updateServiceWebhookConfiguration: 'administration',

  // A conversation an end user creates starts with them in it, as their creator: it is written as
  // one CreateConversationWithParticipants call, so there is never a conversation they cannot see.
  async createConversation(input, rule) {
    const { identities, participants } = await withCreator(rule, []);
    const verdict = await check(
      rule,
      null,
      {
        type: 'createConversation',
        participants: identities,
        other: setFields(input, CONVERSATION_SETTINGS),
      },
      input,
    );
    if (!verdict.allowed) return verdict;
    return {
      ...verdict,
      input: { ...verdict.input, participants },
      as: 'createConversationWithParticipants',
    };
  },
  async createConversationWithParticipants(input, rule) {
    const { identities, other, participants } = await withCreator(rule, participantsOf(input));
    const verdict = await check(
      rule,
      null,
      {
        type: 'createConversation',
        participants: identities,
        other: [...setFields(input, CONVERSATION_SETTINGS), ...other],
      },
      input,
    );
    return verdict.allowed ? { ...verdict, input: { ...verdict.input, participants } } : verdict;
  },
  updateConversation: (input, rule) =>
    check(
      rule,
      required(input, 'sid'),
      {
        type: 'updateConversation',
        name: setFields(input, ['friendlyName', 'uniqueName']).length > 0,
        attributes: input.attributes !== undefined,
        other: setFields(input, CONVERSATION_SETTINGS),
      },
      input,
    ),
  deleteConversation: (input, rule) =>
    check(rule, required(input, 'sid'), { type: 'deleteConversation' }, input),

  // A message is always written as the token's identity: without `author` it is filled in, and an
  // `author` naming anyone else is refused rather than silently replaced (decision 0023).
  async createMessage(input, rule) {
    const author = text(input, 'author');
    const verdict = await check(
      rule,
      required(input, 'conversationSid'),
      {
        type: 'sendMessage',
        author,
        media: input.mediaSid !== undefined && input.mediaSid !== null,
        other: setFields(input, ['dateCreated', 'dateUpdated']),
      },
      input,
    );
    return verdict.allowed
      ? { ...verdict, input: { ...verdict.input, author: rule.user.identity } }
      : verdict;
  },
  async updateMessage(input, rule) {
    const { conversationSid, message, member } = await messageOf(input, rule);
    if (!member) return outsider();
    if (!message) return notFound('The message');
    return check(
      rule,
      conversationSid,
      {
        type: 'editMessage',
        author: message.author,
        body: setFields(input, ['body', 'subject']).length > 0,
        attributes: input.attributes !== undefined,
        other: setFields(input, ['author', 'dateCreated', 'dateUpdated']),
      },
      input,
    );
  },
  async deleteMessage(input, rule) {
    const { conversationSid, message, member } = await messageOf(input, rule);
    if (!member) return outsider();
    if (!message) return notFound('The message');
    return check(rule, conversationSid, { type: 'deleteMessage', author: message.author }, input);
  },

  createParticipant: (input, rule) =>
    check(
      rule,
      required(input, 'conversationSid'),
      {
        type: 'addParticipant',
        identity: text(input, 'identity'),
        other: setFields(input, PARTICIPANT_SETTINGS),
      },
      input,
    ),
  async updateParticipant(input, rule) {
    const { conversationSid, participant, member } = await participantOf(input, rule);
    if (!member) return outsider();
    if (!participant) return notFound('The participant');
    return check(
      rule,
      conversationSid,
      {
        type: 'updateParticipant',
        identity: participant.identity,
        attributes: input.attributes !== undefined,
        readHorizon: setFields(input, ['lastReadMessageIndex', 'lastReadTimestamp']).length > 0,
        other: setFields(input, [...PARTICIPANT_SETTINGS, 'identity']),
      },
      input,
    );
  },
  async deleteParticipant(input, rule) {
    const { conversationSid, participant, member } = await participantOf(input, rule);
    if (!member) return outsider();
    if (!participant) return notFound('The participant');
    return check(rule, conversationSid, { type: 'removeParticipant', identity: participant.identity }, input);
  },

  // The user a change names is read only once the caller may change someone else: the change of
  // another user is refused alike whether that user exists or not (decision 0043).
  async updateUser(input, rule) {
    const sid = required(input, 'sid');
    const own = await namesCaller(rule, sid);
    const other = setFields(input, ['roleSid']);
    const verdict = await check(
      rule,
      null,
      { type: 'updateUser', identity: own ? rule.user.identity : sid, other },
      input,
    );
    if (!verdict.allowed || own) return verdict;
    return (await userIdentity(rule, sid)) === null ? notFound('The user') : verdict;
  },
  async updateUserConversation(input, rule) {
    const userSid = required(input, 'userSid');
    const identity = (await namesCaller(rule, userSid)) ? rule.user.identity : userSid;
    return check(
      rule,
      required(input, 'conversationSid'),
      { type: 'updateUserConversation', identity },
      input,
    );
  },
  // Deleting a user's conversation takes the user out of it: leaving, or removing someone else.
  async deleteUserConversation(input, rule) {
    const userSid = required(input, 'userSid');
    const own = await namesCaller(rule, userSid);
    const identity = own ? rule.user.identity : userSid;
    const verdict = await check(
      rule,
      required(input, 'conversationSid'),
      { type: 'removeParticipant', identity },
      input,
    );
    if (!verdict.allowed || own) return verdict;
    return (await userIdentity(rule, userSid)) === null ? notFound('The user') : verdict;
  },
  // A binding is the caller's own or not: one that is not there is nobody's, refused as another's.
  async deletePushBinding(input, rule) {
    const binding = await rule.ctx.loaders.binding.load(
      keys.binding(rule.serviceSid, required(input, 'sid')),
    );
    return check(rule, null, { type: 'deletePushBinding', identity: binding?.identity ?? null }, input);
  },
};

/** Decides an end user's mutation; `'administration'` when it is never theirs to make. */
export async function authorizeMutation(
  name: string,
  input: Input,
  ctx: GatewayContext,
  user: EndUser,
): Promise<MutationVerdict | 'administration'> {
  const rule = MUTATION_RULES[name] ?? 'administration';
  if (rule === 'administration') return rule;
  const serviceSid = text(input, 'serviceSid');
  if (serviceSid !== null && serviceSid !== user.serviceSid) {
    return refused(`Your access token is for the service ${user.serviceSid}, not ${serviceSid}.`);
  }
  return rule(input, { ctx, user, serviceSid: user.serviceSid });
}

/**
 * A Mutation field as an end user's request runs it: administration refused with a `FORBIDDEN`
 * error, anything else decided by its rule, then run with the input the rule settled on (through
 * the mutation the rule names, when it names one), or answered with the refusal in its payload.
 * Other callers go straight to the field's own resolver. `original` is the unguarded schema, whose
 * resolvers run a change once it is allowed.
 */
export function guardMutation(
  field: GraphQLFieldConfig<unknown, GatewayContext | undefined>,
  fieldName: string,
  original: GraphQLSchema,
): GraphQLFieldConfig<unknown, GatewayContext | undefined> {
  const resolve = field.resolve;
  const payloadKey = field.extensions?.[PAYLOAD_KEY];
  const resolverOf = (name: string): GraphQLFieldResolver<unknown, GatewayContext | undefined> | undefined =>
    original.getMutationType()?.getFields()[name]?.resolve;
  return {
    ...field,
    resolve: async (source, args, ctx, info) => {
      const endUser = ctx?.endUser;
      if (!ctx || !endUser) return resolve?.(source, args, ctx, info);
      const input: Input = typeof args.input === 'object' && args.input !== null ? args.input : {};
      const verdict =
        typeof payloadKey === 'string' && resolve
          ? await authorizeMutation(fieldName, input, ctx, endUser.user)
          : 'administration';
      if (verdict === 'administration') {
        throw forbidden(
          `End users cannot use ${fieldName}: it is administration, done with the account’s credentials.`,
        );
      }
      if (!verdict.allowed) return { [String(payloadKey)]: null, userErrors: [verdict.error] };
      // Twilio's client SDKs have no way to skip the service's webhooks: a change an end user
      // makes is always seen by pre-event moderation and by everyone's subscriptions.
      if (input.webhookEnabled === false) {
        return { [String(payloadKey)]: null, userErrors: [forbiddenUserError(WEBHOOKS_ALWAYS_ON)] };
      }
      const run = verdict.as === undefined ? resolve : resolverOf(verdict.as);
      if (!run) throw forbidden(`End users cannot use ${fieldName}.`);
      return run(source, { ...args, input: verdict.input }, ctx, info);
    },
  };
}

import { GraphQLError } from 'graphql';
import { z } from 'zod';
import { keys, type Scope } from '../loaders/index.ts';
import { builder } from './builder.ts';
import type { GatewayContext } from './context.ts';
import { AddressConfigurationRef } from './modules/address-configuration.ts';
import { ConversationRef, loadConversation } from './modules/conversation.ts';
import { ConversationWebhookRef } from './modules/conversation-webhook.ts';
import { CredentialRef } from './modules/credential.ts';
import { DeliveryReceiptRef } from './modules/delivery-receipt.ts';
import { loadMessage, MessageRef } from './modules/message.ts';
import { loadParticipant, ParticipantRef } from './modules/participant.ts';
import { PushBindingRef } from './modules/push-binding.ts';
import { loadRole, RoleRef } from './modules/role.ts';
import { ServiceRef } from './modules/service.ts';
import { loadUser, UserRef } from './modules/user.ts';
import { UserConversationRef } from './modules/user-conversation.ts';
import { inScopeOrNull } from './scope.ts';

/**
 * Apollo Federation entities: every `Node` type, keyed on the SIDs other subgraphs hold, resolved
 * through the request's loaders. A router sends all references of one plan step in one `_entities`
 * call, whose `resolveReference`s run in the same tick, so N references cost what N lookups in one
 * query cost: repeats are fetched once, participants and roles coalesce into one list call per
 * conversation or service, and every fetch primes the other names the object is known by.
 *
 * Without `chatServiceSid` (or with it null) a reference names an object in the account's default
 * service, read through Twilio's short routes as `conversation(sid:)` without `serviceSid` does;
 * with it, through `/v1/Services/{IS}/…`. Keys and why: docs/decisions/0012-federation-subgraph.md.
 */

/** One key field as a router sends it: a non-empty string (Twilio SIDs, unique names, identities). */
const name = z.string().min(1);
/** The service of a reference; absent or null means the account's default service. */
const service = name.nullish();

/**
 * Checks a reference against the fields its type's keys name. Every `resolveReference` is async, so
 * that a refusal rejects its own item: `_entities` calls them all in one `map`, and a synchronous
 * throw would fail the whole list. `_entities` takes any JSON
 * (`_Any`), so a reference that names none of the keys in full is the caller's mistake, reported for its
 * index alone, before it can reach a REST path or a cache key.
 */
function parseReference<T>(typename: string, keyList: string, shape: z.ZodType<T>, reference: unknown): T {
  const parsed = shape.safeParse(reference);
  if (parsed.success) return parsed.data;
  throw new GraphQLError(
    `Invalid ${typename} reference: it must carry the fields of one of its keys (${keyList}), as non-empty strings.`,
    { extensions: { code: 'BAD_USER_INPUT' } },
  );
}

const scopeOf = (chatServiceSid: string | null | undefined): Scope => chatServiceSid ?? undefined;

/** The same object with its own fields only: `_entities` marks what it returns with `__typename`. */
const own = <T extends object>(value: T | null): T | null => (value === null ? null : { ...value });

/** A reference by SID alone, for account-level objects. */
const bySid = z.object({ sid: name });

/** A reference by SID in a service: the default one unless `chatServiceSid` is given. */
const bySidInService = z.object({ sid: name, chatServiceSid: service });

/** A reference to a member of a conversation: its conversation, its SID, and optionally the service. */
const byConversationMember = z.object({ conversationSid: name, sid: name, chatServiceSid: service });

builder.asEntity(ServiceRef, {
  key: builder.selection<{ sid: string }>('sid'),
  resolveReference: async (reference, ctx: GatewayContext) => {
    const { sid } = parseReference('Service', '`sid`', bySid, reference);
    return own(await ctx.loaders.service.load(keys.service(sid)));
  },
});

builder.asEntity(CredentialRef, {
  key: builder.selection<{ sid: string }>('sid'),
  resolveReference: async (reference, ctx: GatewayContext) => {
    const { sid } = parseReference('Credential', '`sid`', bySid, reference);
    return own(await ctx.loaders.credential.load(keys.credential(sid)));
  },
});

builder.asEntity(AddressConfigurationRef, {
  key: builder.selection<{ sid: string }>('sid'),
  resolveReference: async (reference, ctx: GatewayContext) => {
    const { sid } = parseReference('AddressConfiguration', '`sid`', bySid, reference);
    return own(await ctx.loaders.addressConfiguration.load(keys.addressConfiguration(sid)));
  },
});

// Other teams hold a conversation by its SID or by the unique name their application gave it.
const conversationReference = z.union([
  z.object({ sid: name, chatServiceSid: service }),
  z.object({ uniqueName: name, chatServiceSid: service }),
]);

builder.asEntity(ConversationRef, {
  key: [
    builder.selection<{ sid: string }>('sid'),
    builder.selection<{ uniqueName: string }>('uniqueName'),
    builder.selection<{ chatServiceSid: string; sid: string }>('chatServiceSid sid'),
    builder.selection<{ chatServiceSid: string; uniqueName: string }>('chatServiceSid uniqueName'),
  ],
  resolveReference: async (reference, ctx: GatewayContext) => {
    const parsed = parseReference(
      'Conversation',
      '`sid`, `uniqueName`, `chatServiceSid sid`, `chatServiceSid uniqueName`',
      conversationReference,
      reference,
    );
    // Twilio takes the unique name wherever it takes the SID; the loader knows the result by both.
    const sidOrUniqueName = 'sid' in parsed ? parsed.sid : parsed.uniqueName;
    return loadConversation(ctx.loaders, scopeOf(parsed.chatServiceSid), sidOrUniqueName);
  },
});

// Other teams hold a chat user by the identity their application signs users in with.
const userReference = z.union([
  z.object({ sid: name, chatServiceSid: service }),
  z.object({ identity: name, chatServiceSid: service }),
]);

builder.asEntity(UserRef, {
  key: [
    builder.selection<{ sid: string }>('sid'),
    builder.selection<{ identity: string }>('identity'),
    builder.selection<{ chatServiceSid: string; sid: string }>('chatServiceSid sid'),
    builder.selection<{ chatServiceSid: string; identity: string }>('chatServiceSid identity'),
  ],
  resolveReference: async (reference, ctx: GatewayContext) => {
    const parsed = parseReference(
      'User',
      '`sid`, `identity`, `chatServiceSid sid`, `chatServiceSid identity`',
      userReference,
      reference,
    );
    return loadUser(ctx, scopeOf(parsed.chatServiceSid), 'sid' in parsed ? parsed.sid : parsed.identity);
  },
});

builder.asEntity(RoleRef, {
  key: [
    builder.selection<{ sid: string }>('sid'),
    builder.selection<{ chatServiceSid: string; sid: string }>('chatServiceSid sid'),
  ],
  resolveReference: async (reference, ctx: GatewayContext) => {
    const { sid, chatServiceSid } = parseReference(
      'Role',
      '`sid`, `chatServiceSid sid`',
      bySidInService,
      reference,
    );
    return loadRole(ctx, scopeOf(chatServiceSid), sid);
  },
});

// Twilio serves push bindings only under a named service: there is no short route to read them by.
builder.asEntity(PushBindingRef, {
  key: builder.selection<{ chatServiceSid: string; sid: string }>('chatServiceSid sid'),
  resolveReference: async (reference, ctx: GatewayContext) => {
    const { sid, chatServiceSid } = parseReference(
      'PushBinding',
      '`chatServiceSid sid`',
      z.object({ sid: name, chatServiceSid: name }),
      reference,
    );
    return own(await ctx.loaders.binding.load(keys.binding(chatServiceSid, sid)));
  },
});

const memberKeys = [
  builder.selection<{ conversationSid: string; sid: string }>('conversationSid sid'),
  builder.selection<{ chatServiceSid: string; conversationSid: string; sid: string }>(
    'chatServiceSid conversationSid sid',
  ),
];
const memberKeyList = '`conversationSid sid`, `chatServiceSid conversationSid sid`';

builder.asEntity(ParticipantRef, {
  key: memberKeys,
  resolveReference: async (reference, ctx: GatewayContext) => {
    const { conversationSid, sid, chatServiceSid } = parseReference(
      'Participant',
      memberKeyList,
      byConversationMember,
      reference,
    );
    return loadParticipant(ctx.loaders, scopeOf(chatServiceSid), conversationSid, sid);
  },
});

builder.asEntity(MessageRef, {
  key: memberKeys,
  resolveReference: async (reference, ctx: GatewayContext) => {
    const { conversationSid, sid, chatServiceSid } = parseReference(
      'Message',
      memberKeyList,
      byConversationMember,
      reference,
    );
    return loadMessage(ctx.loaders, scopeOf(chatServiceSid), conversationSid, sid);
  },
});

builder.asEntity(ConversationWebhookRef, {
  key: memberKeys,
  resolveReference: async (reference, ctx: GatewayContext) => {
    const { conversationSid, sid, chatServiceSid } = parseReference(
      'ConversationWebhook',
      memberKeyList,
      byConversationMember,
      reference,
    );
    const scope = scopeOf(chatServiceSid);
    return inScopeOrNull(await ctx.loaders.webhook.load(keys.webhook(scope, conversationSid, sid)), scope);
  },
});

builder.asEntity(DeliveryReceiptRef, {
  key: [
    builder.selection<{ conversationSid: string; messageSid: string; sid: string }>(
      'conversationSid messageSid sid',
    ),
    builder.selection<{ chatServiceSid: string; conversationSid: string; messageSid: string; sid: string }>(
      'chatServiceSid conversationSid messageSid sid',
    ),
  ],
  resolveReference: async (reference, ctx: GatewayContext) => {
    const { conversationSid, messageSid, sid, chatServiceSid } = parseReference(
      'DeliveryReceipt',
      '`conversationSid messageSid sid`, `chatServiceSid conversationSid messageSid sid`',
      z.object({ conversationSid: name, messageSid: name, sid: name, chatServiceSid: service }),
      reference,
    );
    const scope = scopeOf(chatServiceSid);
    return inScopeOrNull(
      await ctx.loaders.receipt.load(keys.receipt(scope, conversationSid, messageSid, sid)),
      scope,
    );
  },
});

// A user conversation is named by its user and its conversation; `sid` is the conversation's SID.
builder.asEntity(UserConversationRef, {
  key: [
    builder.selection<{ userSid: string; sid: string }>('userSid sid'),
    builder.selection<{ chatServiceSid: string; userSid: string; sid: string }>('chatServiceSid userSid sid'),
  ],
  resolveReference: async (reference, ctx: GatewayContext) => {
    const { userSid, sid, chatServiceSid } = parseReference(
      'UserConversation',
      '`userSid sid`, `chatServiceSid userSid sid`',
      z.object({ userSid: name, sid: name, chatServiceSid: service }),
      reference,
    );
    const scope = scopeOf(chatServiceSid);
    return inScopeOrNull(
      await ctx.loaders.userConversation.load(keys.userConversation(scope, userSid, sid)),
      scope,
    );
  },
});

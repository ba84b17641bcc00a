import type { ObjectRef } from '@pothos/core';
import { builder, type InputFields, type Types } from '../builder.ts';

/**
 * Fields that many resource types have, in the same words: declared here once, on each type that
 * has them. Every type keeps its own description of what it is; these only name the shared parts.
 */

export const SERVICE_SID = 'The conversation service; the account’s default service when absent.';
export const CONVERSATION_SID = 'The conversation’s CH… SID or unique name.';
const WEBHOOK_ENABLED =
  'Whether Twilio fires its post-event webhooks for this change (`X-Twilio-Webhook-Enabled`). True unless set to false: the gateway’s subscriptions learn of changes through those webhooks, so a change made through the gateway reaches its subscribers. False keeps the change quiet (no webhook, no subscription event).';

/**
 * `sid`, `accountSid` and `url`. `noun` names the resource in its descriptions ("the role"); `prefix`
 * is its SID's (`RL`).
 */
export function withResourceFields(
  ref: ObjectRef<Types, { sid: string; accountSid: string; url: string }>,
  resource: { noun: string; prefix: string; account?: string },
): void {
  builder.objectFields(ref, (t) => ({
    sid: t.exposeString('sid', { description: `Twilio’s ID of the ${resource.noun} (${resource.prefix}…).` }),
    accountSid: t.exposeString('accountSid', {
      description: resource.account ?? `The Twilio account the ${resource.noun} belongs to.`,
    }),
    url: t.expose('url', { type: 'URL', description: `The REST URL of the ${resource.noun}.` }),
  }));
}

/** `friendlyName`, `dateCreated` and `dateUpdated` of a resource that Twilio always dates. */
export function withNameAndDates(
  ref: ObjectRef<Types, { friendlyName: string | null; dateCreated: Date; dateUpdated: Date }>,
): void {
  builder.objectFields(ref, (t) => ({
    friendlyName: t.exposeString('friendlyName', { nullable: true, description: 'A display name.' }),
    dateCreated: t.expose('dateCreated', { type: 'DateTime', description: 'When it was created.' }),
    dateUpdated: t.expose('dateUpdated', { type: 'DateTime', description: 'When it last changed.' }),
  }));
}

/** `attributes`: the application's own data on a resource, as JSON. */
export function withAttributes(ref: ObjectRef<Types, { attributes: unknown }>): void {
  builder.objectFields(ref, (t) => ({
    attributes: t.expose('attributes', {
      type: 'JSON',
      nullable: true,
      description: 'Free-form application data, as JSON.',
    }),
  }));
}

/** The input fields that address something inside a conversation. */
export function inConversationInputFields(t: InputFields) {
  return {
    conversationSid: t.string({ required: true, description: CONVERSATION_SID }),
    serviceSid: t.string({ description: SERVICE_SID }),
  };
}

export function webhookEnabledInputField(t: InputFields) {
  return { webhookEnabled: t.boolean({ required: true, defaultValue: true, description: WEBHOOK_ENABLED }) };
}

/** `attributes` of an update: the application's data, replacing what the resource holds. */
export function replacedAttributesInputField(t: InputFields) {
  return {
    attributes: t.field({
      type: 'JSON',
      description: 'Free-form application data; replaces the current value.',
    }),
  };
}

import type { ObjectRef } from '@pothos/core';
import { builder, type InputFields, type Types } from '../builder.ts';

/**
 * What the account-wide webhook and a service's own webhooks have in common: the method, the
 * events and the pre- and post-event URLs, read and written the same way.
 */
export interface WebhookSettings {
  accountSid: string;
  method: 'GET' | 'POST' | null;
  filters: string[] | null;
  preWebhookUrl: string | null;
  postWebhookUrl: string | null;
  url: string;
}

export const WebhookMethodEnum = builder.enumType('WebhookMethod', {
  description: 'The HTTP method Twilio uses to call a webhook.',
  values: {
    GET: { value: 'GET', description: 'Event data in the query string.' },
    POST: { value: 'POST', description: 'Event data as a form-encoded body.' },
  } as const,
});

/**
 * Twilio answers an unset webhook URL with null but has answered with an empty string too; the
 * URL scalar would reject that, so anything that is not an absolute URL reads as unset.
 */
function webhookUrl(value: string | null): string | null {
  return value && URL.canParse(value) ? value : null;
}

/** Absent leaves a URL as it is, null removes it (Twilio's empty value), a URL sets it. */
function webhookUrlParam(value: URL | null | undefined): string | undefined {
  if (value === undefined) return undefined;
  return value === null ? '' : value.toString();
}

/** Declares the shared webhook fields on a settings type. */
export function withWebhookSettingsFields(ref: ObjectRef<Types, WebhookSettings>): void {
  builder.objectFields(ref, (t) => ({
    accountSid: t.exposeString('accountSid', { description: 'The Twilio account.' }),
    method: t.field({
      type: WebhookMethodEnum,
      nullable: true,
      description: 'The HTTP method of the calls.',
      resolve: (w) => w.method,
    }),
    filters: t.field({
      type: ['String'],
      description: 'The events reported, e.g. `onMessageAdded`; empty when none is.',
      resolve: (w) => w.filters ?? [],
    }),
    preWebhookUrl: t.field({
      type: 'URL',
      nullable: true,
      description: 'Called before an action, which it can refuse.',
      resolve: (w) => webhookUrl(w.preWebhookUrl),
    }),
    postWebhookUrl: t.field({
      type: 'URL',
      nullable: true,
      description: 'Called after an action.',
      resolve: (w) => webhookUrl(w.postWebhookUrl),
    }),
    url: t.expose('url', { type: 'URL', description: 'The REST URL of this setting.' }),
  }));
}

export function webhookSettingsInputFields(t: InputFields) {
  return {
    method: t.field({ type: WebhookMethodEnum, description: 'The HTTP method of the calls.' }),
    filters: t.stringList({
      description: 'The events to report, e.g. `onMessageAdded`; replaces the current list.',
    }),
    preWebhookUrl: t.field({ type: 'URL', description: 'Called before an action; null removes it.' }),
    postWebhookUrl: t.field({ type: 'URL', description: 'Called after an action; null removes it.' }),
  };
}

/** The REST parameters of those input fields; absent and null ones are not sent, except the URLs' null. */
export function webhookSettingsParams(input: {
  method?: 'GET' | 'POST' | null;
  filters?: string[] | null;
  preWebhookUrl?: URL | null;
  postWebhookUrl?: URL | null;
}) {
  return {
    method: input.method,
    filters: input.filters,
    preWebhookUrl: webhookUrlParam(input.preWebhookUrl),
    postWebhookUrl: webhookUrlParam(input.postWebhookUrl),
  };
}

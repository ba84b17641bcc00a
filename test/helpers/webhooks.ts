import { randomUUID } from 'node:crypto';
import twilio from 'twilio';

/** A test account whose webhooks the gateway accepts. */
export const WEBHOOK_ACCOUNT = { accountSid: `AC${'a'.repeat(32)}`, authToken: 'webhook-test-auth-token' };
export const OTHER_ACCOUNT = { accountSid: `AC${'b'.repeat(32)}`, authToken: 'other-test-auth-token' };

/** A SID of a prefix made from a number, for readable fixtures. */
export function sid(prefix: string, n: number): string {
  return `${prefix}${n.toString(16).padStart(32, '0')}`;
}

/** The fields of an `onMessageAdded` webhook, as Twilio documents them. */
export function messageAddedFields(options: {
  conversationSid: string;
  messageSid?: string;
  index?: number;
  body?: string;
  author?: string;
}): Record<string, string> {
  return {
    EventType: 'onMessageAdded',
    ConversationSid: options.conversationSid,
    MessageSid: options.messageSid ?? sid('IM', 1),
    Index: String(options.index ?? 0),
    DateCreated: '2026-12-01T10:00:00.123Z',
    Body: options.body ?? 'hello',
    Author: options.author ?? 'alice',
    ParticipantSid: sid('MB', 1),
    Attributes: '{"kind":"greeting"}',
    Source: 'API',
    RetryCount: '0',
  };
}

/**
 * A webhook as Twilio sends it: form-encoded, signed with the official SDK's own
 * `getExpectedTwilioSignature` over the URL it calls, with an idempotency token.
 */
export function signedWebhook(options: {
  url: string;
  account?: { accountSid: string; authToken: string };
  fields: Record<string, string>;
  method?: 'GET' | 'POST';
  idempotencyToken?: string | null;
  /** Sign with this token instead of the account's (a forgery). */
  signWith?: string;
  /** Sign this URL instead of the one called (a proxy that was not configured for). */
  signedUrl?: string;
}): { url: string; init: RequestInit } {
  const account = options.account ?? WEBHOOK_ACCOUNT;
  const params = { AccountSid: account.accountSid, ...options.fields };
  const method = options.method ?? 'POST';
  const form = new URLSearchParams(params).toString();
  const url =
    method === 'GET' ? `${options.url}${options.url.includes('?') ? '&' : '?'}${form}` : options.url;
  const signedUrl =
    options.signedUrl === undefined
      ? url
      : method === 'GET'
        ? `${options.signedUrl}${options.signedUrl.includes('?') ? '&' : '?'}${form}`
        : options.signedUrl;
  const signature = twilio.getExpectedTwilioSignature(
    options.signWith ?? account.authToken,
    signedUrl,
    method === 'GET' ? {} : params,
  );
  const headers: Record<string, string> = { 'x-twilio-signature': signature };
  if (options.idempotencyToken !== null)
    headers['i-twilio-idempotency-token'] = options.idempotencyToken ?? randomUUID();
  if (method === 'POST') headers['content-type'] = 'application/x-www-form-urlencoded';
  return { url, init: { method, headers, ...(method === 'POST' ? { body: form } : {}) } };
}

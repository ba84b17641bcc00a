import type { WireResponse } from './client.ts';
import type { ListOperationId } from './operations.ts';
import { type Page, readPage } from './paging.ts';
import type { Field, OperationId } from './wire.ts';

/**
 * What the resource modules share: choosing the short or the `/Services/{ChatServiceSid}` form of
 * an operation, and reading single resources, pages and empty answers.
 */
export interface ServiceScope {
  /** The Conversation Service (IS…) to act on; absent or null means the account's default service. */
  serviceSid?: string | null | undefined;
}

export interface WebhookOption {
  /** Sent as `X-Twilio-Webhook-Enabled`: whether this REST action fires the service's webhooks. */
  webhookEnabled?: boolean | null | undefined;
}

export function scoped<Short extends OperationId, Scoped extends OperationId>(
  scope: ServiceScope,
  short: Short,
  service: Scoped,
): Short | Scoped {
  return scope.serviceSid === undefined || scope.serviceSid === null ? short : service;
}

export function readOne<T>(field: Field<T>, name: string): (response: WireResponse) => T {
  return (response) => field(response.body, name);
}

export function readList<T>(
  operationId: ListOperationId,
  field: Field<T>,
): (response: WireResponse) => Page<T> {
  return (response) => readPage(operationId, response.body, response.source, field);
}

export function readNothing(): void {}

import type { OperationRequest, TwilioSession, WireResponse } from './client.ts';
import { type ParamName, paramName } from './form.ts';
import { type ListOperationId, OPERATIONS, type OperationSpec, type OperationTable } from './operations.ts';
import { type Page, type PageRef, readPage } from './paging.ts';
import type { Field, OperationId } from './wire.ts';

/**
 * The one way a resource function calls its operation. The generated catalogue already knows each
 * operation's path parameters, method, list key and whether it takes `X-Twilio-Webhook-Enabled`, so
 * a resource function is only its operation (or the short and `/Services/{ChatServiceSid}` forms of
 * one), its params type and how its answer is read.
 */
export interface ServiceScope {
  /** The Conversation Service (IS…) to act on; absent or null means the account's default service. */
  serviceSid?: string | null | undefined;
}

export interface WebhookOption {
  /** Sent as `X-Twilio-Webhook-Enabled`: whether this REST action fires the service's webhooks. */
  webhookEnabled?: boolean | null | undefined;
}

/** The params key a path parameter is read from: its camelCase name, `serviceSid` for the service. */
type PathKey<Wire extends string> = Wire extends 'ChatServiceSid' ? 'serviceSid' : ParamName<Wire>;
const pathKey = (wire: string): string => (wire === 'ChatServiceSid' ? 'serviceSid' : paramName(wire));

/** The params that address an operation's path. */
type Addressed<Id extends OperationId> = {
  readonly [Wire in keyof OperationTable[Id]['params'] & string as PathKey<Wire>]: string;
};
/** The operations (of `Among`) whose every path parameter params `P` supply. */
type Fits<P, Among extends OperationId> = { [Id in Among]: P extends Addressed<Id> ? Id : never }[Among];

/**
 * One operation, or a pair: the short form, used when `serviceSid` is absent or null, and the
 * `/Services/{ChatServiceSid}` form, used when it is set.
 */
export type Target<P, Among extends OperationId = OperationId> =
  | Fits<P, Among>
  | readonly [short: Fits<P, Among>, service: Fits<P & { serviceSid: string }, Among>];

/** The params of an operation that takes none. */
export type NoParams = Record<never, never>;

/** A resource function; its params may be left out when none of them is required. */
export type Call<P, R> = NoParams extends P
  ? (session: TwilioSession, params?: P) => Promise<R>
  : (session: TwilioSession, params: P) => Promise<R>;

/** What the factory reads from any params object besides the path. */
type Params = Readonly<Record<string, unknown>> & {
  pageSize?: number | null;
  page?: PageRef | null;
  webhookEnabled?: boolean | null;
};

/** How one operation is called: worked out once, when the resource function is made. */
interface Plan<R> {
  operationId: OperationId;
  path: readonly (readonly [wire: string, key: string])[];
  spec: OperationSpec;
  read: (response: WireResponse) => R;
}

function request(plan: Plan<unknown>, params: Params): OperationRequest {
  const path: Record<string, string | undefined> = {};
  for (const [wire, key] of plan.path) {
    const value = params[key];
    // Anything else is refused as missing by the path builder, as an absent value is.
    path[wire] = typeof value === 'string' ? value : undefined;
  }
  const { spec } = plan;
  return {
    path,
    // Only the query filters and form fields the catalogue lists for the operation are sent.
    ...(spec.list && { query: params, paging: { pageSize: params.pageSize, page: params.page } }),
    ...(spec.method === 'POST' && { form: params }),
    ...(spec.webhookEnabled && { webhookEnabled: params.webhookEnabled }),
  };
}

function operation<P, R>(target: Target<P>, read: (operationId: OperationId) => Plan<R>['read']): Call<P, R> {
  const plan = (operationId: OperationId): Plan<R> => {
    const spec: OperationSpec = OPERATIONS[operationId];
    const path = Object.keys(spec.params).map((wire) => [wire, pathKey(wire)] as const);
    return { operationId, path, spec, read: read(operationId) };
  };
  const [short, service] = typeof target === 'string' ? [plan(target)] : [plan(target[0]), plan(target[1])];
  const call = (session: TwilioSession, params: Params = {}): Promise<R> => {
    const chosen = service && params.serviceSid !== undefined && params.serviceSid !== null ? service : short;
    return session.send(chosen.operationId, request(chosen, params), chosen.read);
  };
  // `call` takes every P (an object); the conditional type only says whether P may be left out.
  return call as Call<P, R>;
}

/** A list operation: reads one page of items under the operation's list key. */
export function listOperation<P extends object, T>(
  target: Target<P, ListOperationId>,
  item: Field<T>,
): Call<P, Page<T>> {
  return operation<P, Page<T>>(
    target,
    (operationId) => (response) =>
      // Only list operations are accepted as targets.
      readPage(operationId as ListOperationId, response.body, response.source, item),
  );
}

/** An operation that answers one resource; `name` names it in error messages. */
export function itemOperation<P extends object, T>(
  target: Target<P>,
  item: Field<T>,
  name: string,
): Call<P, T> {
  return operation<P, T>(target, () => (response) => item(response.body, name));
}

/** An operation that answers nothing (a delete). */
export function emptyOperation<P extends object>(target: Target<P>): Call<P, void> {
  return operation<P, void>(target, () => () => {});
}

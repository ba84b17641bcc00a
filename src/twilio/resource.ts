import type { OperationRequest, TwilioSession, WireResponse } from './client.ts';
import { type BodyParams, type ListParams, type ParamName, paramName } from './form.ts';
import {
  FORM_FIELDS,
  type ListOperationId,
  OPERATIONS,
  type OperationSpec,
  type OperationTable,
  QUERY_FIELDS,
} from './operations.ts';
import { type Page, type PageRef, readPage } from './paging.ts';
import type { OperationId, Reader } from './wire.ts';

/**
 * The one way resource functions are made. The generated catalogue already knows each operation's
 * path parameters, method, list key, form fields and whether it takes `X-Twilio-Webhook-Enabled`,
 * so a resource is only its name in the catalogue, whether it also has the
 * `/Services/{ChatServiceSid}` form, and how its answer is read.
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

function operation<P, R>(
  target: OperationId | readonly [short: OperationId, service: OperationId],
  read: (operationId: OperationId) => Plan<R>['read'],
): Call<P, R> {
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

type Verb = 'List' | 'Create' | 'Fetch' | 'Update' | 'Delete';
const VERBS: readonly Verb[] = ['List', 'Create', 'Fetch', 'Update', 'Delete'];

/** The catalogue's operation for `Verb` on resource `Name` (`FetchConversationMessage`), or never. */
type OperationOf<V extends Verb, Name extends string> = `${V}${Name}` & OperationId;

/** The params of one operation, all read from the catalogue: its path, its filters or body, its header. */
type ParamsOf<V extends Verb, Id extends OperationId, Scoped extends boolean> = Addressed<Id> &
  (Scoped extends true ? ServiceScope : NoParams) &
  (V extends 'List' ? ListParams<Id> : V extends 'Create' | 'Update' ? BodyParams<Id> : NoParams) &
  (OperationTable[Id] extends { webhookEnabled: true } ? WebhookOption : NoParams);

type ResultOf<V extends Verb, T> = V extends 'List' ? Page<T> : V extends 'Delete' ? undefined : T;

/** The resource functions of `Name`: `list`, `create`, `fetch`, `update`, `delete`, those the catalogue has. */
export type Operations<Name extends string, Scoped extends boolean, T> = {
  [V in Verb as OperationOf<V, Name> extends never ? never : Lowercase<V>]: Call<
    ParamsOf<V, OperationOf<V, Name>, Scoped>,
    ResultOf<V, T>
  >;
};

export interface ResourceOptions<Scoped extends boolean> {
  /**
   * Whether every operation also has a `/Services/{ChatServiceSid}` form (`FetchServiceUser` for
   * `FetchUser`), used when `serviceSid` is given. Not read from the names: `FetchConfiguration`
   * (the account's) and `FetchServiceConfiguration` (a service's) are different resources.
   */
  scoped: Scoped;
}

/**
 * What makes `service` the service form of `short`: the same method and path below
 * `/Services/{ChatServiceSid}`, and the same form fields and filters.
 */
function isServiceForm(short: OperationId, service: OperationId): boolean {
  const sameFields = (table: typeof FORM_FIELDS) =>
    [...(table[short] ?? [])].sort().join() === [...(table[service] ?? [])].sort().join();
  return (
    OPERATIONS[service].method === OPERATIONS[short].method &&
    OPERATIONS[service].route === OPERATIONS[short].route.replace(/^\/v1/, '/v1/Services/{ChatServiceSid}') &&
    sameFields(FORM_FIELDS) &&
    sameFields(QUERY_FIELDS)
  );
}

/**
 * Every operation of one resource, from its name in the catalogue (`ConversationMessage`), the
 * reader of one item and its options: the verbs, the path params, the filters, the body and the
 * webhook header of each function come from the catalogue, written nowhere else.
 */
export function resourceOperations<Name extends string, Scoped extends boolean, T>(
  resource: Name,
  item: Reader<T>,
  options: ResourceOptions<Scoped>,
): Operations<Name, Scoped, T> {
  const functions: Record<string, unknown> = {};
  for (const verb of VERBS) {
    const short = `${verb}${resource}`;
    if (!isOperationId(short)) continue;
    let target: OperationId | readonly [OperationId, OperationId] = short;
    if (options.scoped) {
      const service = `${verb}Service${resource}`;
      if (!isOperationId(service) || !isServiceForm(short, service))
        throw new Error(`${service} is not the service form of ${short}`);
      target = [short, service];
    }
    functions[verb.toLowerCase()] = operation<Params, unknown>(target, (operationId) =>
      verb === 'List'
        ? // Only list operations have the verb List.
          (response) => readPage(operationId as ListOperationId, response.body, response.source, item)
        : verb === 'Delete'
          ? () => undefined
          : (response) => item(response.body, item.resourceName),
    );
  }
  // Built above from the same catalogue the type reads: one function for each verb it has.
  return functions as Operations<Name, Scoped, T>;
}

function isOperationId(id: string): id is OperationId {
  return Object.hasOwn(OPERATIONS, id);
}

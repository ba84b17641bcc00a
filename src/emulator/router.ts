import type { IncomingHttpHeaders } from 'node:http';
import { OPERATIONS } from '../generated/operations.ts';
import { createNotFound, type EmulatorError } from './errors.ts';
import type { Params } from './params.ts';
import type { AccountState, ConversationRecord, ServiceState, Store } from './store.ts';
import type { WebhookEvent } from './webhooks/events.ts';
import { resolveTargets, type WebhookTarget } from './webhooks/targets.ts';

export interface RouteRequest {
  method: string;
  path: string;
  query: Params;
  body: Params;
  headers: IncomingHttpHeaders;
}

/** A post-event webhook a route raised, with the targets configured when it happened. */
export interface RaisedWebhook {
  event: WebhookEvent;
  targets: WebhookTarget[];
  /**
   * True for changes Twilio makes itself (timers, carrier delivery reports), which always fire;
   * REST-made changes fire only when the request says `X-Twilio-Webhook-Enabled: true`.
   */
  always: boolean;
}

export interface RouteResponse {
  status: number;
  body?: unknown;
}

/**
 * The answer of a route's `/Services/{ChatServiceSid}` form: the short form's, with
 * `chat_service_sid` right after `after`, where Twilio puts it.
 */
export function withServiceSid<Short extends object, Scoped>(
  ctx: RouteContext,
  body: Short,
  after: keyof Short & string,
): Short | Scoped {
  if (!ctx.scoped) return body;
  const entries: [string, unknown][] = Object.entries(body);
  entries.splice(entries.findIndex(([key]) => key === after) + 1, 0, ['chat_service_sid', ctx.service().sid]);
  // The short form's properties and the service's SID are exactly the service form's.
  return Object.fromEntries(entries) as Scoped;
}

/** Everything a route handler needs: the caller's account, the resolved service, and URL builders. */
export class RouteContext {
  readonly request: RouteRequest;
  /** The spec's operationId of the route being answered (both forms of a route have their own). */
  readonly operationId: string;
  readonly pathParams: Record<string, string>;
  readonly account: AccountState;
  readonly store: Store;
  readonly baseUrl: string;
  /** True when the route was reached through `/v1/Services/{ChatServiceSid}/…`. */
  readonly scoped: boolean;
  /** Webhooks raised while handling the request; sent only if it succeeds. */
  readonly webhooks: RaisedWebhook[] = [];
  #service: ServiceState | undefined;

  constructor(init: {
    request: RouteRequest;
    operationId: string;
    pathParams: Record<string, string>;
    account: AccountState;
    store: Store;
    baseUrl: string;
  }) {
    this.request = init.request;
    this.operationId = init.operationId;
    this.pathParams = init.pathParams;
    this.account = init.account;
    this.store = init.store;
    this.baseUrl = init.baseUrl;
    this.scoped = 'ChatServiceSid' in init.pathParams;
  }

  get body(): Params {
    return this.request.body;
  }

  get query(): Params {
    return this.request.query;
  }

  now(): number {
    return this.store.now();
  }

  param(name: string): string {
    const value = this.pathParams[name];
    if (value === undefined) throw new Error(`route has no path parameter ${name}`);
    return value;
  }

  /** The service this request acts on: the named one, or the account's default for short routes. */
  service(): ServiceState {
    if (this.#service) return this.#service;
    const sid = this.scoped ? this.param('ChatServiceSid') : this.account.configuration.defaultChatServiceSid;
    const service = this.account.services[sid];
    if (!service) throw createNotFound(this.scoped ? `/Services/${sid}` : '/Configuration');
    this.#service = service;
    return service;
  }

  /** Absolute URL prefix for resources of the current service, in the form of the route used. */
  servicePrefix(): string {
    return this.scoped ? `${this.baseUrl}/v1/Services/${this.service().sid}` : `${this.baseUrl}/v1`;
  }

  notFound(): EmulatorError {
    return createNotFound(this.request.path.replace(/^\/v1/, ''));
  }

  /**
   * Raises a post-event webhook for a change this request made to a service (by default the
   * current one) and conversation, whose scoped webhooks also receive it. Targets are resolved
   * now, so a conversation's own webhooks still hear of its removal.
   */
  emit(
    event: WebhookEvent,
    conversation: ConversationRecord | null,
    options: { always?: boolean; service?: ServiceState } = {},
  ): void {
    const service = options.service ?? this.service();
    const targets = resolveTargets(this.account, service, conversation, event.type);
    if (targets.length > 0) this.webhooks.push({ event, targets, always: options.always ?? false });
  }

  /** Raises a webhook for chosen targets only (a replay to one scoped webhook). */
  emitTo(event: WebhookEvent, targets: WebhookTarget[], options: { always?: boolean } = {}): void {
    if (targets.length > 0) this.webhooks.push({ event, targets, always: options.always ?? false });
  }

  webhookEnabled(): boolean {
    return String(this.request.headers['x-twilio-webhook-enabled'] ?? '').toLowerCase() === 'true';
  }
}

export type RouteHandler = (ctx: RouteContext) => RouteResponse;

export interface RouteDefinition {
  method: 'GET' | 'POST' | 'DELETE';
  pattern: string;
  operationId: string;
  handler: RouteHandler;
}

interface CompiledRoute extends RouteDefinition {
  segments: string[];
}

export interface RouteMatch {
  route: RouteDefinition;
  pathParams: Record<string, string>;
}

/**
 * A table of routes keyed by their spec path templates (`/v1/Conversations/{Sid}`).
 * Path segments are percent-decoded one by one, so an identity containing `/` can be addressed.
 */
export class Router {
  readonly #routes: CompiledRoute[] = [];

  add(route: RouteDefinition): void {
    this.#routes.push({ ...route, segments: route.pattern.split('/').slice(1) });
  }

  /** Answers one operation of the spec at the method and route the catalogue gives it. */
  operation(operationId: SpecOperationId, handler: RouteHandler): void {
    const { method, route } = OPERATIONS[operationId];
    this.add({ method, pattern: route, operationId, handler });
  }

  /**
   * Answers an operation in its short form, which acts on the account's default service, and in
   * its `/v1/Services/{ChatServiceSid}/…` twin (`ListConversation` and `ListServiceConversation`).
   */
  scopedOperation(operationId: TwinnedOperationId, handler: RouteHandler): void {
    this.operation(operationId, handler);
    this.operation(serviceForm(operationId), handler);
  }

  /**
   * The routes of one resource of the catalogue (`ConversationMessage`): a handler for each verb
   * it answers, registered under the verb's operation and, when `scoped`, its service form too.
   */
  resource(name: string, scoped: boolean, handlers: Partial<Record<Lowercase<Verb>, RouteHandler>>): void {
    for (const [verb, handler] of Object.entries(handlers)) {
      const operationId = `${verb.charAt(0).toUpperCase()}${verb.slice(1)}${name}`;
      if (!(operationId in OPERATIONS)) throw new Error(`${operationId} is not an operation of the spec`);
      // Checked just above; serviceForm checks the twin.
      if (scoped) this.scopedOperation(operationId as TwinnedOperationId, handler);
      else this.operation(operationId as SpecOperationId, handler);
    }
  }

  get routes(): readonly RouteDefinition[] {
    return this.#routes;
  }

  match(method: string, path: string): RouteMatch | 'method-not-allowed' | undefined {
    const raw = path.split('/').slice(1);
    let segments: string[];
    try {
      segments = raw.map((segment) => decodeURIComponent(segment));
    } catch {
      return undefined;
    }
    let pathMatched = false;
    for (const route of this.#routes) {
      if (route.segments.length !== segments.length) continue;
      const params: Record<string, string> = {};
      let ok = true;
      for (let i = 0; i < segments.length; i += 1) {
        const expected = route.segments[i] as string;
        const actual = segments[i] as string;
        if (expected.startsWith('{')) {
          if (actual === '') {
            ok = false;
            break;
          }
          params[expected.slice(1, -1)] = actual;
        } else if (expected !== actual) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      pathMatched = true;
      if (route.method === method) return { route, pathParams: params };
    }
    return pathMatched ? 'method-not-allowed' : undefined;
  }
}

/** The operations of the spec, as the catalogue generated from it names them. */
export type SpecOperationId = keyof typeof OPERATIONS;
type Verb = 'List' | 'Create' | 'Fetch' | 'Update' | 'Delete';
/** Twilio names the `/Services/{ChatServiceSid}` twin of `ListConversation` `ListServiceConversation`. */
type ServiceForm<Id extends string> = Id extends `${infer V extends Verb}${infer Noun}`
  ? `${V}Service${Noun}`
  : never;
/** The short operations that have a `/Services/{ChatServiceSid}` twin. */
export type TwinnedOperationId = {
  [Id in SpecOperationId]: ServiceForm<Id> extends SpecOperationId ? Id : never;
}[SpecOperationId];

function serviceForm(operationId: TwinnedOperationId): SpecOperationId {
  const twin = operationId.replace(/^(List|Create|Fetch|Update|Delete)/, '$1Service');
  if (!(twin in OPERATIONS)) throw new Error(`${operationId} has no service form in the spec`);
  return twin as SpecOperationId;
}

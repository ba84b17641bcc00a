import { type ExecutionResult, getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { EndUser } from '../../access/index.ts';
import type { GatewayContext } from '../../graphql/context.ts';
import type { TwilioCredentials, UpstreamCall } from '../../twilio/client.ts';

/**
 * What one request carries from one of the gateway's plugins to the next: who it acts for, what it
 * is, what it cost and how it ended. Held by the fetch Request, so it goes when the request goes.
 */
export interface RequestState {
  startedAt: number;
  /**
   * The URL's path, taken from the URL yoga has already parsed (empty until then: use
   * `RequestStates.pathOf`, which parses it for a request answered before this plugin ran).
   */
  path: string;
  /** Only a well-formed GraphQL name; anything else a client sends is not kept. */
  operationName: string | null;
  /** `query`, `mutation`, `subscription`, or `none` when the request never reached execution. */
  operationType: string;
  credentials: TwilioCredentials | null;
  /** The end user an access token named; null for every other caller. */
  endUser: EndUser | null;
  /**
   * The Twilio calls of the request (of a subscription, its current event's): the context's own
   * list, not the context, which would keep the subscribing request's session and loaders for as
   * long as a subscription runs (yoga's resolvers get a copy of it, which is what `renew` renews).
   */
  upstreamCalls: readonly UpstreamCall[] | null;
  estimatedCalls: number | null;
  /** `extensions.code` of every error answered, `UNKNOWN` for an error without one. */
  errorCodes: string[];
  /** Ends the redaction of a pass-through caller's secret (use-auth.ts); null for other callers. */
  releaseSecret: (() => void) | null;
}

export interface RequestStates {
  of(request: Request): RequestState;
  pathOf(request: Request): string;
}

/**
 * The state rides on the request itself, under a symbol only this instance knows, rather than in a
 * WeakMap keyed by the request. V8's minor GC (the scavenger) treats a WeakMap's values as strong
 * and only its keys as weak, and a state reached its own request (the context it then held holds the
 * request's signal and subscription access): so every finished request, its context and its loaders stayed
 * alive through scavenge after scavenge, were promoted to the old generation and waited there for a
 * full mark-compact. That was 9.5 KB of the 136 KB a small query allocates, promoted on every
 * request, against 0.4 KB for bare yoga (docs/decisions/0046). A property dies with its request in
 * the young generation.
 */
export function createRequestStates(): RequestStates {
  const STATE = Symbol('request state');
  type Carrier = Request & { [STATE]?: RequestState };
  return {
    of(request: Carrier) {
      let state = request[STATE];
      if (!state) {
        state = {
          startedAt: performance.now(),
          path: '',
          operationName: null,
          operationType: 'none',
          credentials: null,
          endUser: null,
          upstreamCalls: null,
          estimatedCalls: null,
          errorCodes: [],
          releaseSecret: null,
        };
        request[STATE] = state;
      }
      return state;
    },
    pathOf(request) {
      const state = this.of(request);
      if (state.path === '') state.path = new URL(request.url).pathname;
      return state.path;
    },
  };
}

/** Records the facts every other plugin reads: when the request started, its operation, its errors. */
export function useRequestState(states: RequestStates): Plugin<GatewayContext> {
  return {
    onRequest({ request, url }) {
      states.of(request).path = url.pathname;
    },
    onParams({ request, params }) {
      states.of(request).operationName = safeOperationName(params.operationName);
    },
    onExecute({ args }) {
      const operation = getOperationAST(args.document, args.operationName);
      if (operation) states.of(args.contextValue.request).operationType = operation.operation;
    },
    onSubscribe({ args }) {
      const operation = getOperationAST(args.document, args.operationName);
      if (operation) states.of(args.contextValue.request).operationType = operation.operation;
    },
    onResultProcess({ request, result }) {
      const state = states.of(request);
      for (const single of Array.isArray(result) ? result : [result]) {
        if (!isExecutionResult(single)) continue;
        for (const error of single.errors ?? []) {
          const code = error.extensions?.code;
          state.errorCodes.push(typeof code === 'string' ? code : 'UNKNOWN');
        }
      }
    },
  };
}

/** GraphQL names are `[_A-Za-z][_0-9A-Za-z]*`; anything else is not a name and is not logged. */
function safeOperationName(name: unknown): string | null {
  return typeof name === 'string' && /^[_A-Za-z][_0-9A-Za-z]{0,99}$/.test(name) ? name : null;
}

/** A single result, not a batch or a stream. */
export function isExecutionResult(value: unknown): value is ExecutionResult {
  return (
    typeof value === 'object' && value !== null && !Array.isArray(value) && !(Symbol.asyncIterator in value)
  );
}

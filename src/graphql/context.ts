import type { EndUser } from '../access/index.ts';
import { createLoaders, type LoaderOptions, type Loaders } from '../loaders/index.ts';
import type { EventBus, SubscriberKind } from '../realtime/index.ts';
import type { TwilioClient, TwilioCredentials, TwilioSession, UpstreamCall } from '../twilio/client.ts';
import type { AbortSource } from '../twilio/index.ts';
import { limitCalls } from './call-budget.ts';
import { createEndUserAccess, deferredEndUserAccess, type EndUserAccess } from './end-user.ts';

/** What a subscription needs besides Twilio: the events, and who is subscribing over what. */
export interface SubscriptionAccess {
  bus: EventBus;
  /** A digest of the credential the caller presented, for the per-credential bound. */
  credentialKey: string;
  /** What `credentialKey` stands for: an end user's identity, or another caller's credential. */
  subscriberKind: SubscriberKind;
  /** The connection the operation came over, for the per-connection bound. */
  connectionKey: string;
  /**
   * Whether the connection itself ends when an end user's token expires (a WebSocket is closed
   * with 4403, and graphql-ws's client starts its subscriptions again on the next one): then a
   * subscription leaves its end to the connection, rather than end with an error the client
   * would not retry. An SSE stream holds one subscription and ends itself.
   */
  endsWithConnection: boolean;
}

/**
 * Everything one GraphQL request carries: the caller's Twilio session and a fresh loader set.
 * Nothing here outlives the request, so no tenant's data can reach another request.
 */
export interface GatewayContext {
  session: TwilioSession;
  loaders: Loaders;
  /** Every upstream call this request made, in completion order (metrics, logs, tests). */
  upstreamCalls: UpstreamCall[];
  /**
   * Set when the caller is an end user with a Twilio Access Token: what they may see and do is
   * limited to what Twilio's roles give their identity (src/graphql/end-user-guard.ts). Null for
   * callers with the account's credentials or a gateway token, who may do everything.
   */
  endUser: EndUserAccess | null;
  /** Present when the gateway serves subscriptions. */
  subscriptions?: SubscriptionAccess | undefined;
  /**
   * Starts a new session and loader set for the same caller. A subscription is one long request
   * whose events each read Twilio afresh: without this, every event would be answered from what
   * the first one cached, within a deadline that ran out long ago. It renews the object it is
   * called on: yoga hands resolvers a copy of the context this function built, not the object itself.
   */
  renew(this: GatewayContext): void;
}

export function createGatewayContext(
  client: TwilioClient,
  credentials: TwilioCredentials,
  options: {
    signal?: AbortSource;
    onCall?: (call: UpstreamCall) => void;
    loaders?: LoaderOptions;
    subscriptions?: SubscriptionAccess;
    /**
     * The most Twilio calls the request may start (`MAX_UPSTREAM_CALLS`), each subscription event
     * on its own; unlimited when absent.
     */
    maxCalls?: number;
    endUser?: EndUser | null;
    /** Puts a limit in front of every call of the request (an end user's in-flight limit). */
    throttle?: (session: TwilioSession) => TwilioSession;
  } = {},
): GatewayContext {
  const upstreamCalls: UpstreamCall[] = [];
  const start = () => {
    const sessionOptions: Parameters<TwilioClient['session']>[1] = {
      onCall: (call) => {
        upstreamCalls.push(call);
        options.onCall?.(call);
      },
    };
    if (options.signal) sessionOptions.signal = options.signal;
    const opened = client.session(credentials, sessionOptions);
    const throttled = options.throttle ? options.throttle(opened) : opened;
    // The budget is outermost: a call it refuses never waits for a slot.
    const session = options.maxCalls === undefined ? throttled : limitCalls(throttled, options.maxCalls);
    const loaders = createLoaders(session, options.loaders);
    return {
      session,
      loaders,
      // What the request learnt of the end user's reach (memberships, roles) is renewed with the
      // loaders: an event of a long subscription must not be judged by what was true days ago.
      endUser: options.endUser ? createEndUserAccess(options.endUser, { session, loaders }) : null,
    };
  };
  // Written out rather than spread from `start()`: V8 copies a spread with more properties after it
  // through a slow generic path (src/graphql/scope.ts), and this runs for every request.
  const first = start();
  /** The object `renew` last made lazy, while nothing has read it since: renewing it again is a no-op. */
  let unread: GatewayContext | null = null;
  const context: GatewayContext = {
    session: first.session,
    loaders: first.loaders,
    endUser: first.endUser,
    upstreamCalls,
    subscriptions: options.subscriptions,
    renew(this: GatewayContext) {
      // Only the current event's calls are kept: a subscription may run for days.
      upstreamCalls.length = 0;
      // A subscription renews before each event and again before it waits: for the many whose
      // event read nothing (some 5 µs each, times every subscriber of an event) nothing is redone.
      if (unread === this) return;
      // Started when first read: an event whose selection reads only what its webhook carried
      // (the common case, for thousands of subscribers at once) never opens a session or builds
      // loaders, and a subscription waiting for events holds neither.
      let fresh: ReturnType<typeof start> | undefined;
      const started = () => {
        if (fresh === undefined) {
          fresh = start();
          unread = null;
        }
        return fresh;
      };
      const lazy = <K extends 'session' | 'loaders'>(key: K): PropertyDescriptor => ({
        get: () => started()[key],
        configurable: true,
        enumerable: true,
      });
      const endUser = options.endUser;
      const startedAccess = (): EndUserAccess => {
        const access = started().endUser;
        if (!access) throw new Error('an end user’s context started without their access');
        return access;
      };
      Object.defineProperties(this, {
        session: lazy('session'),
        loaders: lazy('loaders'),
        // Read by the end-user guard at every field: who the caller is, known without starting
        // anything; an end user's memberships and roles are read once something asks about them.
        ...(endUser
          ? {
              endUser: {
                value: deferredEndUserAccess(endUser, startedAccess),
                configurable: true,
                enumerable: true,
                writable: true,
              },
            }
          : {}),
      });
      unread = this;
    },
  };
  return context;
}

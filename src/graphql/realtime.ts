import { GraphQLError, type GraphQLResolveInfo, getNamedType, isObjectType } from 'graphql';
import { type EndUser, whenExpired } from '../access/index.ts';
import {
  type Carried,
  SubscriptionInterruptedError,
  SubscriptionRefusedError,
  type TwilioEvent,
  type TwilioEventType,
} from '../realtime/index.ts';
import type { GatewayContext } from './context.ts';
import { endUserEvents } from './end-user-events.ts';
import { tokenExpiredError } from './errors.ts';
import { membershipForEvent } from './event-memberships.ts';
import { selectsOnly } from './selection.ts';

/**
 * Starts the stream of events a subscription field yields: `accountSid` is the account the
 * caller's credentials were just shown to belong to (by a Twilio call made with them), so a
 * subscriber only ever hears of its own account. `keep` filters further, and may read Twilio.
 */
export async function subscribeToEvents(
  ctx: GatewayContext,
  filter: {
    accountSid: string;
    conversationSid?: string;
    types?: readonly TwilioEventType[];
    keep?: (event: TwilioEvent) => Promise<boolean>;
  },
): Promise<AsyncIterableIterator<TwilioEvent>> {
  const access = ctx.subscriptions;
  if (!access) throw unavailable('This gateway does not serve subscriptions.');
  let stream: AsyncIterableIterator<TwilioEvent>;
  try {
    stream = await access.bus.subscribe({
      accountSid: filter.accountSid,
      conversationSid: filter.conversationSid,
      types: filter.types ? new Set(filter.types) : undefined,
      credentialKey: access.credentialKey,
      subscriberKind: access.subscriberKind,
      connectionKey: access.connectionKey,
    });
  } catch (error) {
    if (error instanceof SubscriptionRefusedError) {
      throw new GraphQLError(error.message, {
        extensions: {
          code: error.reason === 'unavailable' ? 'SUBSCRIPTIONS_UNAVAILABLE' : 'TOO_MANY_SUBSCRIPTIONS',
        },
      });
    }
    throw error;
  }
  // Who subscribes, from the subscribing request's access (renewed with the session and loaders
  // below; the renewed one starts nothing until asked about memberships or roles).
  const user = ctx.endUser?.user;
  // What the subscribing request loaded (the conversation, the service) is not needed any more:
  // let it go rather than hold it for as long as the subscription waits.
  ctx.renew();
  return graphQLEvents(stream, {
    keep: keepForEndUser(ctx, user, filter.keep, filter.conversationSid),
    expiring: access.endsWithConnection ? undefined : user,
    release: () => ctx.renew(),
  });
}

/**
 * An end user hears only of conversations they are a participant of when the event arrives (and of
 * their own removal from one, src/graphql/end-user-events.ts): their memberships are read afresh
 * for each event (renew), so one removed from a conversation stops hearing of it. Their
 * subscriptions (a user's tabs) ask once per event between them (src/graphql/event-memberships.ts);
 * each still filters by its own arguments first.
 */
function keepForEndUser(
  ctx: GatewayContext,
  user: EndUser | undefined,
  keep: ((event: TwilioEvent) => Promise<boolean>) | undefined,
  subscribedTo: string | undefined,
): ((event: TwilioEvent) => Promise<boolean>) | undefined {
  if (!user) return keep;
  const hears = endUserEvents(subscribedTo);
  return async (event) => {
    if (keep && !(await keep(event))) return false;
    ctx.renew();
    // The renewed access is started only by the subscription that reads Twilio for the others.
    const isMember = (conversation: string) =>
      membershipForEvent(event, user, conversation, async () => {
        const access = ctx.endUser;
        return access !== null && (await access.isMember(conversation));
      });
    return hears(event, { user, isMember });
  };
}

function unavailable(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'SUBSCRIPTIONS_UNAVAILABLE' } });
}

/**
 * The events a subscription yields: filtered, and ending with an error the client can act on
 * (subscribe again) when they were interrupted, or (sign in again) when the end user's token it
 * was started with expired. Not an async generator on purpose: a generator waiting for its next
 * event cannot be returned until that event comes, so a client that went away would keep its
 * subscription (and its place in the bounds) until then. Here `return` ends the underlying stream
 * at once, and so does the token's expiry, whose one timer is the only cost (none per event).
 */
function graphQLEvents(
  stream: AsyncIterableIterator<TwilioEvent>,
  options: {
    keep: ((event: TwilioEvent) => Promise<boolean>) | undefined;
    /** The end user whose token's expiry ends the subscription (not when the connection ends instead). */
    expiring: EndUser | undefined;
    /** Lets go of the session and loaders the last event was read with. */
    release: () => void;
  },
): AsyncIterableIterator<TwilioEvent> {
  const { keep, expiring, release } = options;
  let expired = false;
  const stopTimer = expiring
    ? whenExpired(expiring, () => {
        expired = true;
        // A reader waiting for the next event is told at once (the stream ends, below it throws).
        void stream.return?.();
      })
    : () => {};
  let told = false;
  // yoga turns a thrown error into an `errors` result and reads on: told once, then done.
  const endExpired = (): IteratorResult<TwilioEvent> => {
    if (told) return { value: undefined, done: true };
    told = true;
    throw tokenExpiredError();
  };
  const end = async () => {
    stopTimer();
    await stream.return?.();
  };
  const iterator: AsyncIterableIterator<TwilioEvent> = {
    async next() {
      for (;;) {
        // A subscription waits holding no session or loaders: those of the last event (its filter
        // read Twilio, or its answer did, which is complete once the next event is asked for) go
        // now rather than with the next event, which may be hours away.
        release();
        let next: IteratorResult<TwilioEvent>;
        try {
          next = await stream.next();
        } catch (error) {
          stopTimer();
          if (error instanceof SubscriptionInterruptedError) {
            throw new GraphQLError(error.message, { extensions: { code: 'SUBSCRIPTION_INTERRUPTED' } });
          }
          throw error;
        }
        // Also an event that was being filtered (its membership read) when the token expired.
        if (expired) return endExpired();
        if (next.done) stopTimer();
        if (next.done || !keep || (await keep(next.value))) return expired ? endExpired() : next;
      }
    },
    async return() {
      await end();
      return { value: undefined, done: true };
    },
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}

/**
 * The object GraphQL field names read, for a type whose fields mostly read the property of the
 * same name: `links` names what the others read (a link's keys, an ID's parts). A field not listed
 * and not a property of the object (one another module adds) counts as not carried.
 */
export type FieldNeeds<T> = Partial<Record<string, ReadonlyArray<keyof T & string>>>;

/**
 * An object of an event, as a query would answer it: built from what the webhook carried when the
 * selection reads only that, otherwise read through the loaders with the webhook's values on top
 * (they describe the object as of the event). A removed object cannot be read any more: then only
 * what the webhook carried can be selected.
 */
export async function fromEventOrLoad<T extends object>(
  carried: Carried<T>,
  info: GraphQLResolveInfo,
  links: FieldNeeds<T>,
  load: () => Promise<T | null>,
): Promise<T> {
  const has = new Set(Object.keys(carried));
  const allowed = new Set<string>(['__typename']);
  const type = getNamedType(info.returnType);
  for (const name of isObjectType(type) ? Object.keys(type.getFields()) : []) {
    const needs = links[name] ?? [name];
    if (needs.every((key) => has.has(key))) allowed.add(name);
  }
  if (selectsOnly(info, allowed)) return carried as T;
  const loaded = await load();
  if (!loaded) {
    throw new GraphQLError(
      `It no longer exists in Twilio; of its fields only ${[...allowed].filter((name) => name !== '__typename').join(', ')} can be read from the event.`,
      { extensions: { code: 'NOT_FOUND' } },
    );
  }
  return { ...loaded, ...carried };
}

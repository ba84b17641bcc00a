import DataLoader from 'dataloader';
import {
  type AddressConfiguration,
  type Conversation,
  type ConversationWebhook,
  type Credential,
  type DeliveryReceipt,
  fetchAddressConfiguration,
  fetchConversation,
  fetchConversationWebhook,
  fetchCredential,
  fetchDeliveryReceipt,
  fetchMessage,
  fetchParticipant,
  fetchPushBinding,
  fetchRole,
  fetchService,
  fetchUser,
  fetchUserConversation,
  listConversations,
  listMessages,
  listParticipants,
  listRoles,
  listUsers,
  MAX_PAGE_SIZE,
  type Message,
  type Page,
  type Participant,
  type PushBinding,
  type Role,
  type Service,
  type TwilioSession,
  type User,
  type UserConversation,
} from '../twilio/index.ts';
import {
  createPathLoader as createBatchingPathLoader,
  createParentLists,
  keySegment,
  orNull,
  type ParentLists,
  type PathKey,
  primeFromPage,
  type Scope,
  scopeKey,
} from './batch.ts';

export { orNull, primeFromPage, type Scope, scopeKey } from './batch.ts';

/**
 * One path segment of a key. Unique names, identities and addresses may hold `/`, so each is
 * percent-encoded: `room/MB/alice` + `bob` and `room` + `alice/MB/bob` stay two keys. Text that
 * could never be sent (a lone surrogate) is refused here, naming the argument, before it can hit
 * a cache entry or a coalesced list and pass for "not found"; `name` is the argument it came from.
 */
const seg = (value: string, name = 'sid') => keySegment(value, name);

/** Keys name an object by its REST path in the route form used; see batch.ts. */
export const keys = {
  service: (sid: string) => ({ key: `IS/${seg(sid)}`, sid }),
  conversation: (serviceSid: Scope, sid: string) => ({
    key: `${scopeKey(serviceSid)}/CH/${seg(sid)}`,
    parent: scopeKey(serviceSid),
    serviceSid,
    sid,
  }),
  message: (serviceSid: Scope, conversationSid: string, sid: string) => ({
    key: `${scopeKey(serviceSid)}/CH/${seg(conversationSid, 'conversationSid')}/IM/${seg(sid)}`,
    parent: `${scopeKey(serviceSid)}/CH/${seg(conversationSid, 'conversationSid')}`,
    serviceSid,
    conversationSid,
    sid,
  }),
  receipt: (serviceSid: Scope, conversationSid: string, messageSid: string, sid: string) => ({
    key: `${scopeKey(serviceSid)}/CH/${seg(conversationSid, 'conversationSid')}/IM/${seg(messageSid, 'messageSid')}/DY/${seg(sid)}`,
    serviceSid,
    conversationSid,
    messageSid,
    sid,
  }),
  participant: (serviceSid: Scope, conversationSid: string, sid: string) => ({
    key: `${scopeKey(serviceSid)}/CH/${seg(conversationSid, 'conversationSid')}/MB/${seg(sid)}`,
    parent: `${scopeKey(serviceSid)}/CH/${seg(conversationSid, 'conversationSid')}`,
    serviceSid,
    conversationSid,
    sid,
  }),
  webhook: (serviceSid: Scope, conversationSid: string, sid: string) => ({
    key: `${scopeKey(serviceSid)}/CH/${seg(conversationSid, 'conversationSid')}/WH/${seg(sid)}`,
    serviceSid,
    conversationSid,
    sid,
  }),
  user: (serviceSid: Scope, sid: string) => ({
    key: `${scopeKey(serviceSid)}/US/${seg(sid)}`,
    parent: scopeKey(serviceSid),
    serviceSid,
    sid,
  }),
  userConversation: (serviceSid: Scope, userSid: string, conversationSid: string) => ({
    key: `${scopeKey(serviceSid)}/US/${seg(userSid, 'userSid')}/CH/${seg(conversationSid, 'conversationSid')}`,
    serviceSid,
    userSid,
    conversationSid,
  }),
  role: (serviceSid: Scope, sid: string) => ({
    key: `${scopeKey(serviceSid)}/RL/${seg(sid)}`,
    parent: scopeKey(serviceSid),
    serviceSid,
    sid,
  }),
  binding: (serviceSid: string, sid: string) => ({
    key: `IS/${seg(serviceSid, 'serviceSid')}/BS/${seg(sid)}`,
    serviceSid,
    sid,
  }),
  credential: (sid: string) => ({ key: `CR/${seg(sid)}`, sid }),
  addressConfiguration: (sid: string) => ({ key: `IG/${seg(sid)}`, sid }),
};

type KeyOf<F extends (...args: never[]) => PathKey> = ReturnType<F>;

export interface Loaders {
  service: DataLoader<KeyOf<typeof keys.service>, Service | null, string>;
  conversation: DataLoader<KeyOf<typeof keys.conversation>, Conversation | null, string>;
  message: DataLoader<KeyOf<typeof keys.message>, Message | null, string>;
  receipt: DataLoader<KeyOf<typeof keys.receipt>, DeliveryReceipt | null, string>;
  participant: DataLoader<KeyOf<typeof keys.participant>, Participant | null, string>;
  webhook: DataLoader<KeyOf<typeof keys.webhook>, ConversationWebhook | null, string>;
  user: DataLoader<KeyOf<typeof keys.user>, User | null, string>;
  userConversation: DataLoader<KeyOf<typeof keys.userConversation>, UserConversation | null, string>;
  role: DataLoader<KeyOf<typeof keys.role>, Role | null, string>;
  binding: DataLoader<KeyOf<typeof keys.binding>, PushBinding | null, string>;
  credential: DataLoader<KeyOf<typeof keys.credential>, Credential | null, string>;
  addressConfiguration: DataLoader<
    KeyOf<typeof keys.addressConfiguration>,
    AddressConfiguration | null,
    string
  >;
  /**
   * Starts reading a collection's first page ahead of the lookups the query will make in it, so
   * they are answered from that page instead of waiting for their parents and fetching one by one
   * (src/graphql/prefetch.ts decides when; docs/decisions/0028).
   */
  prefetch: {
    participants(serviceSid: Scope, conversationSid: string): void;
    roles(serviceSid: Scope): void;
    users(serviceSid: Scope): void;
    /** The newest page of a conversation's messages (where the ones a client shows are). */
    messages(serviceSid: Scope, conversationSid: string): void;
    conversations(serviceSid: Scope): void;
  };
}

/**
 * How the loaders load. The default is everything batch.ts describes. `batching: false` builds
 * loaders that neither cache, nor batch, nor coalesce: every `load` is one REST call of its own,
 * as a resolver calling the REST client directly would make. It exists to measure what the
 * loaders save (bench/run.ts); the gateway never uses it.
 */
export interface LoaderOptions {
  batching?: boolean;
}

/** A fresh loader set for one GraphQL request. */
export function createLoaders(session: TwilioSession, options: LoaderOptions = {}): Loaders {
  return new RequestLoaders(session, options.batching !== false);
}

type PathLoaderFactory = typeof createBatchingPathLoader;

/**
 * The loaders of one request, each made when first used: a request reads one or two kinds of
 * object, and making all twelve DataLoaders (with their caches) for every request was a cost of
 * its own on the smallest queries.
 */
class RequestLoaders implements Loaders {
  readonly #session: TwilioSession;
  readonly #batching: boolean;
  readonly #createPathLoader: PathLoaderFactory;
  #service?: Loaders['service'];
  #conversation?: Loaders['conversation'];
  #message?: Loaders['message'];
  #receipt?: Loaders['receipt'];
  #participant?: Loaders['participant'];
  #webhook?: Loaders['webhook'];
  #user?: Loaders['user'];
  #userConversation?: Loaders['userConversation'];
  #role?: Loaders['role'];
  #binding?: Loaders['binding'];
  #credential?: Loaders['credential'];
  #addressConfiguration?: Loaders['addressConfiguration'];
  #participantLists?: ParentLists<KeyOf<typeof keys.participant>, Participant>;
  #roleLists?: ParentLists<KeyOf<typeof keys.role>, Role>;
  #userLists?: ParentLists<KeyOf<typeof keys.user>, User>;
  #messageLists?: ParentLists<KeyOf<typeof keys.message>, Message>;
  #conversationLists?: ParentLists<KeyOf<typeof keys.conversation>, Conversation>;

  constructor(session: TwilioSession, batching: boolean) {
    this.#session = session;
    this.#batching = batching;
    this.#createPathLoader = batching ? createBatchingPathLoader : createUnbatchedLoader;
  }

  // Each reads its loader first, which makes the loader and its lists when not made yet.
  readonly prefetch: Loaders['prefetch'] = {
    participants: (serviceSid, conversationSid) =>
      this.#startList(
        () => this.participant && this.#participantLists,
        keys.participant(serviceSid, conversationSid, ''),
      ),
    roles: (serviceSid) => this.#startList(() => this.role && this.#roleLists, keys.role(serviceSid, '')),
    users: (serviceSid) => this.#startList(() => this.user && this.#userLists, keys.user(serviceSid, '')),
    messages: (serviceSid, conversationSid) =>
      this.#startList(
        () => this.message && this.#messageLists,
        keys.message(serviceSid, conversationSid, ''),
      ),
    conversations: (serviceSid) =>
      this.#startList(() => this.conversation && this.#conversationLists, keys.conversation(serviceSid, '')),
  };

  /** Starts the list of `sample`'s parent; without batching nothing is read ahead, each lookup stays one call. */
  #startList<K extends PathKey & { parent: string }>(
    lists: () => { start(sample: K): void } | undefined,
    sample: K,
  ): void {
    if (this.#batching) lists()?.start(sample);
  }

  get service(): Loaders['service'] {
    const session = this.#session;
    this.#service ??= this.#createPathLoader((k) => fetchService(session, { sid: k.sid }));
    return this.#service;
  }

  get conversation(): Loaders['conversation'] {
    this.#conversation ??= this.#makeConversationLoader();
    return this.#conversation;
  }

  get message(): Loaders['message'] {
    this.#message ??= this.#makeMessageLoader();
    return this.#message;
  }

  /**
   * A service's conversations and a conversation's messages can run to thousands, where one page
   * would most likely miss the ones asked for: they are fetched one by one, unless the request
   * started their list ahead because it asks for several of one parent at once (`nodes(ids:)`).
   */
  #makeConversationLoader(): Loaders['conversation'] {
    const session = this.#session;
    const { loader, lists } = this.#listedLoader<KeyOf<typeof keys.conversation>, Conversation>({
      list: (k) =>
        listConversations(session, { serviceSid: k.serviceSid, pageSize: MAX_PAGE_SIZE.listConversations }),
      // Fetched by unique name: known by SID too, and the other way round.
      keysOf: (k, c) => conversationKeys(k.serviceSid, c),
      matches: (k, c) => c.sid === k.sid || c.uniqueName === k.sid,
      fetchOne: (k) => fetchConversation(session, { serviceSid: k.serviceSid, sid: k.sid }),
      minKeys: Number.POSITIVE_INFINITY,
    });
    this.#conversationLists = lists;
    return loader;
  }

  #makeMessageLoader(): Loaders['message'] {
    const session = this.#session;
    const { loader, lists } = this.#listedLoader<KeyOf<typeof keys.message>, Message>({
      list: (k) =>
        listMessages(session, {
          serviceSid: k.serviceSid,
          conversationSid: k.conversationSid,
          order: 'desc',
          pageSize: MAX_PAGE_SIZE.listMessages,
        }),
      // Under the conversation as it was addressed and under its SID, which the items name.
      keysOf: (k, m) => [
        keys.message(k.serviceSid, k.conversationSid, m.sid),
        keys.message(k.serviceSid, m.conversationSid, m.sid),
      ],
      matches: (k, m) => m.sid === k.sid,
      fetchOne: (k) =>
        fetchMessage(session, { serviceSid: k.serviceSid, conversationSid: k.conversationSid, sid: k.sid }),
      minKeys: Number.POSITIVE_INFINITY,
    });
    this.#messageLists = lists;
    return loader;
  }

  get receipt(): Loaders['receipt'] {
    const session = this.#session;
    this.#receipt ??= this.#createPathLoader((k) =>
      fetchDeliveryReceipt(session, {
        serviceSid: k.serviceSid,
        conversationSid: k.conversationSid,
        messageSid: k.messageSid,
        sid: k.sid,
      }),
    );
    return this.#receipt;
  }

  get participant(): Loaders['participant'] {
    this.#participant ??= this.#makeParticipantLoader();
    return this.#participant;
  }

  get webhook(): Loaders['webhook'] {
    const session = this.#session;
    this.#webhook ??= this.#createPathLoader((k) =>
      fetchConversationWebhook(session, {
        serviceSid: k.serviceSid,
        conversationSid: k.conversationSid,
        sid: k.sid,
      }),
    );
    return this.#webhook;
  }

  get user(): Loaders['user'] {
    this.#user ??= this.#makeUserLoader();
    return this.#user;
  }

  get userConversation(): Loaders['userConversation'] {
    const session = this.#session;
    this.#userConversation ??= this.#createPathLoader((k) =>
      fetchUserConversation(session, {
        serviceSid: k.serviceSid,
        userSid: k.userSid,
        conversationSid: k.conversationSid,
      }),
    );
    return this.#userConversation;
  }

  get role(): Loaders['role'] {
    this.#role ??= this.#makeRoleLoader();
    return this.#role;
  }

  get binding(): Loaders['binding'] {
    const session = this.#session;
    this.#binding ??= this.#createPathLoader((k) =>
      fetchPushBinding(session, { serviceSid: k.serviceSid, sid: k.sid }),
    );
    return this.#binding;
  }

  get credential(): Loaders['credential'] {
    const session = this.#session;
    this.#credential ??= this.#createPathLoader((k) => fetchCredential(session, { sid: k.sid }));
    return this.#credential;
  }

  get addressConfiguration(): Loaders['addressConfiguration'] {
    const session = this.#session;
    this.#addressConfiguration ??= this.#createPathLoader(
      (k) => fetchAddressConfiguration(session, { sid: k.sid }),
      (_k, a) => [
        keys.addressConfiguration(a.sid),
        ...(a.address ? [keys.addressConfiguration(a.address)] : []),
      ],
    );
    return this.#addressConfiguration;
  }

  /**
   * The authors of a page of messages are usually a handful of participants of one conversation:
   * one list call (up to 100 members) instead of one fetch each. The whole page primes the cache,
   * so members asked for later in the request (a receipt's recipient) cost nothing either.
   */
  #makeParticipantLoader(): Loaders['participant'] {
    const session = this.#session;
    const { loader, lists } = this.#listedLoader<KeyOf<typeof keys.participant>, Participant>({
      list: (k) =>
        listParticipants(session, {
          serviceSid: k.serviceSid,
          conversationSid: k.conversationSid,
          pageSize: MAX_PAGE_SIZE.listParticipants,
        }),
      // Under the conversation as it was addressed and under its SID, which its messages name.
      keysOf: (k, p) => [
        ...participantKeys(k.serviceSid, k.conversationSid, p),
        ...(p.conversationSid === k.conversationSid
          ? []
          : participantKeys(k.serviceSid, p.conversationSid, p)),
      ],
      matches: (k, p) => p.sid === k.sid || p.identity === k.sid,
      fetchOne: (k) =>
        fetchParticipant(session, {
          serviceSid: k.serviceSid,
          conversationSid: k.conversationSid,
          sid: k.sid,
        }),
      minKeys: 2,
    });
    this.#participantLists = lists;
    return loader;
  }

  /**
   * A service has a handful of roles; when several are needed at once, one list call serves them
   * all, and primes the ones asked for later. A role asked for alone is fetched, unless the query
   * showed that more will follow and the list was started ahead (src/graphql/prefetch.ts).
   */
  #makeRoleLoader(): Loaders['role'] {
    const session = this.#session;
    const { loader, lists } = this.#listedLoader<KeyOf<typeof keys.role>, Role>({
      list: (k) => listRoles(session, { serviceSid: k.serviceSid, pageSize: MAX_PAGE_SIZE.listRoles }),
      keysOf: (k, r) => [keys.role(k.serviceSid, r.sid)],
      matches: (k, r) => r.sid === k.sid,
      fetchOne: (k) => fetchRole(session, { serviceSid: k.serviceSid, sid: k.sid }),
      minKeys: 2,
    });
    this.#roleLists = lists;
    return loader;
  }

  /**
   * Users of one service asked together (the authors of a page of messages) are read as one page of
   * the service's users (up to 50) when there are at least two of them: when the service has no
   * more users than that, the page answers them all and every later user of the request; when it
   * has more, the ones not on it are fetched, and the service is not listed again.
   */
  #makeUserLoader(): Loaders['user'] {
    const session = this.#session;
    const { loader, lists } = this.#listedLoader<KeyOf<typeof keys.user>, User>({
      list: (k) => listUsers(session, { serviceSid: k.serviceSid, pageSize: MAX_PAGE_SIZE.listUsers }),
      keysOf: (k, u) => userKeys(k.serviceSid, u),
      matches: (k, u) => u.sid === k.sid || u.identity === k.sid,
      fetchOne: (k) => fetchUser(session, { serviceSid: k.serviceSid, sid: k.sid }),
      minKeys: 2,
    });
    this.#userLists = lists;
    return loader;
  }

  /**
   * A by-path loader over the members of one kind of parent collection (`createParentLists`):
   * members asked together are read as their parent's page once `minKeys` of them are, or when the
   * page was started ahead; with `minKeys` infinite, only a page started ahead is read and each key
   * otherwise resolves on its own. Whatever is read or fetched primes every key `keysOf` gives.
   */
  #listedLoader<K extends PathKey & { parent: string }, V>(options: {
    list: (sample: K) => Promise<Page<V>>;
    keysOf: (sample: K, item: V) => K[];
    matches: (key: K, item: V) => boolean;
    fetchOne: (key: K) => Promise<V>;
    minKeys: number;
  }): { loader: DataLoader<K, V | null, string>; lists: ParentLists<K, V> } {
    const lists = createParentLists<K, V>({
      listParent: async (k) =>
        primeFromPage(loader, await options.list(k), (item) => options.keysOf(k, item)),
      matches: options.matches,
      fetchOne: options.fetchOne,
      minKeys: options.minKeys,
    });
    const coalescing = Number.isFinite(options.minKeys);
    const loader: DataLoader<K, V | null, string> = this.#createPathLoader<K, V | null>(
      coalescing ? options.fetchOne : (k) => lists.one(k),
      (k, value) => (value ? options.keysOf(k, value) : []),
      coalescing ? (batch) => lists.resolve(batch) : undefined,
    );
    return { loader, lists };
  }
}

/**
 * A loader with no cache, no batching and no coalescing: each `load` is one `fetchOne` of its own,
 * aliases are ignored and priming does nothing (DataLoader's `prime` is a no-op without a cache).
 */
function createUnbatchedLoader<K extends PathKey, V>(
  fetchOne: (key: K) => Promise<V>,
  _aliases?: (key: K, value: V) => K[],
  _batch?: (keys: readonly K[]) => Promise<Array<V | null | Error>>,
): DataLoader<K, V | null, string> {
  return new DataLoader<K, V | null, string>(
    (batch) =>
      Promise.all(
        batch.map((key) =>
          orNull(fetchOne(key)).catch((error: unknown) =>
            error instanceof Error ? error : new Error(String(error)),
          ),
        ),
      ),
    { cache: false, batch: false, cacheKeyFn: (key) => key.key },
  );
}

function conversationKeys(serviceSid: Scope, conversation: Conversation) {
  return [
    keys.conversation(serviceSid, conversation.sid),
    ...(conversation.uniqueName ? [keys.conversation(serviceSid, conversation.uniqueName)] : []),
  ];
}

function userKeys(serviceSid: Scope, user: User) {
  return [keys.user(serviceSid, user.sid), ...(user.identity ? [keys.user(serviceSid, user.identity)] : [])];
}

export function participantKeys(serviceSid: Scope, conversationSid: string, participant: Participant) {
  return [
    keys.participant(serviceSid, conversationSid, participant.sid),
    ...(participant.identity ? [keys.participant(serviceSid, conversationSid, participant.identity)] : []),
  ];
}

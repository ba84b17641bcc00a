import { buildExecutionContext, execute } from '@graphql-tools/executor';
import {
  createSourceEventStream,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  GraphQLError,
  getOperationAST,
  print,
} from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import type { GatewayContext } from '../../graphql/context.ts';

/**
 * One execution of each event for the subscribers that would each get the same answer: those that
 * presented the same credential with the same document, operation and variables. Thousands of
 * browser tabs of one app watching one conversation cost one execution per event instead of one
 * each, and over SSE one serialized frame (use-shared-sse-frames.ts). docs/decisions/0026-shared-subscription-events.md.
 *
 * What stays per subscriber is everything that decides whether it hears of an event at all: its
 * own subscribe (credentials checked, conversation read, end-user membership), its own stream
 * through the bus with its bounds and its buffer of events not yet read, and an end user's
 * per-event membership check. Only once a subscriber has an event to deliver does it look for the
 * answer another member of its group already computed for that same event; the first to ask
 * computes it with its own context. A subscriber reading late finds the answer still there (its
 * buffer holds the event, which keeps the answer), so nobody waits for anybody else.
 */
export function useSharedSubscriptionEvents(): Plugin<GatewayContext> {
  /** The answers computed for each event (the bus hands every subscriber the same object), by group. */
  const answers = new WeakMap<object, Map<string, Answer>>();
  return {
    onSubscribe({ setSubscribeFn, subscribeFn }) {
      setSubscribeFn(((args: ExecutionArgs) =>
        subscribeSharing(args, answers, subscribeFn)) as unknown as typeof subscribeFn);
    },
  };
}

interface Answer {
  result: Promise<ExecutionResult>;
  /** The signal of the request whose context computed it: an answer cut short by its going away is not shared. */
  signal: AbortSignal | undefined;
}

async function subscribeSharing(
  args: ExecutionArgs,
  answers: WeakMap<object, Map<string, Answer>>,
  subscribeAlone: (args: ExecutionArgs) => unknown,
): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
  // Arguments that cannot be executed (variables that do not coerce) are answered exactly as the
  // executor answers them, by the executor itself: nothing has run yet.
  if (!('schema' in buildExecutionContext(args))) {
    return (await subscribeAlone(args)) as ExecutionResult;
  }
  const source = await createSourceEventStream(args);
  if (!isAsyncIterable(source)) return source;
  const operation = getOperationAST(args.document, args.operationName);
  const group = groupOf(args);
  const signal = requestOf(args.contextValue)?.signal;
  const executeFor = (payload: unknown): Promise<ExecutionResult> =>
    Promise.resolve(execute({ ...args, rootValue: payload })).then((result) => {
      if ('initialResult' in result) throw new Error('Incremental delivery is not served to subscriptions.');
      return result;
    });

  const answer = async (payload: unknown): Promise<ExecutionResult> => {
    if (group === null || typeof payload !== 'object' || payload === null) return executeFor(payload);
    let byGroup = answers.get(payload);
    if (!byGroup) {
      byGroup = new Map();
      answers.set(payload, byGroup);
    }
    const shared = byGroup.get(group);
    if (shared && !shared.signal?.aborted) {
      const result = await shared.result;
      // Its errors may be those of a request that went away while it was computed (cancelled
      // Twilio calls): then this subscriber computes its own.
      if (!(result.errors && shared.signal?.aborted)) return result;
    }
    const own: Answer = { result: executeFor(payload), signal };
    byGroup.set(group, own);
    return own.result;
  };

  const events = source[Symbol.asyncIterator]();
  const iterator: AsyncIterableIterator<ExecutionResult> = {
    async next() {
      let next: IteratorResult<unknown>;
      try {
        next = await events.next();
      } catch (error) {
        // As the executor does: the error of the stream, located at the operation.
        throw new GraphQLError(error instanceof Error ? error.message : String(error), {
          ...(operation ? { nodes: [operation] } : {}),
          ...(error instanceof Error ? { originalError: error } : {}),
        });
      }
      if (next.done) return { done: true, value: undefined };
      return { done: false, value: await answer(next.value) };
    },
    async return() {
      await events.return?.();
      return { done: true, value: undefined };
    },
    async throw(error: unknown) {
      await events.return?.();
      throw error;
    },
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}

/**
 * Who would get the same answer: the same subscriber (src/server/subscriber-key.ts: an end user's
 * answers, which depend only on their account, service and identity, are shared between their own
 * tokens and never reach another user; an account's never another account) and the same
 * operation with the same variables. Null when the operation has no subscriber identity to go by.
 */
function groupOf(args: ExecutionArgs): string | null {
  const access = (args.contextValue as Partial<GatewayContext> | undefined)?.subscriptions;
  if (!access) return null;
  return JSON.stringify([
    access.credentialKey,
    documentText(args.document),
    args.operationName ?? null,
    args.variableValues ?? null,
  ]);
}

const printed = new WeakMap<DocumentNode, string>();

/** The document as the client sent it (yoga parses with locations), else printed once. */
function documentText(document: DocumentNode): string {
  const body = document.loc?.source.body;
  if (body !== undefined) return body;
  let text = printed.get(document);
  if (text === undefined) {
    text = print(document);
    printed.set(document, text);
  }
  return text;
}

/** yoga puts the request in every operation's context (its own fetch ponyfill's, not the global class). */
function requestOf(context: unknown): { signal?: AbortSignal } | undefined {
  const request = (context as { request?: unknown } | undefined)?.request;
  return typeof request === 'object' && request !== null ? (request as { signal?: AbortSignal }) : undefined;
}

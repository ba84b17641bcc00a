import { Readable } from 'node:stream';
import type { ExecutionResult } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import type { GatewayContext } from '../../graphql/context.ts';

/**
 * Subscriptions over SSE (graphql-sse's distinct-connections protocol, yoga's default) with each
 * event's frame serialized once, however many subscribers send it. Subscribers that share an
 * event's execution (use-shared-subscription-events.ts) hold the same result object: its frame,
 * `event: next` with its JSON, is made into bytes once and the same buffer is written to every
 * socket. The frames, headers and keep-alive pings are those of yoga's own SSE processor; what
 * differs is that each response is a Node stream the server pipes to its socket, pulled one event
 * at a time: a subscriber whose socket is full is not read further, so its events wait (and are
 * dropped past the bound) in its own buffer on the bus, and it slows no one else.
 * docs/decisions/0026-shared-subscription-events.md.
 */
export function useSharedSseFrames(): Plugin<GatewayContext> {
  const subscriptions = new WeakSet<object>();
  return {
    onSubscribe({ args }) {
      const request = (args.contextValue as { request?: unknown }).request;
      if (typeof request === 'object' && request !== null) subscriptions.add(request);
    },
    onResultProcess({ request, result, resultProcessor, setResultProcessor }) {
      // yoga chose its SSE processor (the only one it takes a subscription's stream with) when the
      // client accepts text/event-stream; otherwise it answers 406 and this changes nothing.
      if (!resultProcessor || !subscriptions.has(request) || !isAsyncIterable(result)) return;
      setResultProcessor((stream, fetchAPI) => {
        const body = sseBody(stream as AsyncIterable<ExecutionResult>);
        // yoga's fetch ponyfill takes a Node stream as a body (its type says only the web's), and
        // its Node server pipes one to the socket without a web stream in between.
        return new fetchAPI.Response(body as unknown as ReadableStream, {
          status: 200,
          headers: SSE_HEADERS,
        });
      }, 'text/event-stream');
    },
  };
}

/** As yoga's SSE processor sends them. */
const SSE_HEADERS = {
  'Content-Type': 'text/event-stream',
  Connection: 'keep-alive',
  'Cache-Control': 'no-cache',
  'Content-Encoding': 'none',
};
/** A comment line: sent first (some browsers wait for a first byte) and every 12 s (proxies close idle connections). */
const PING = Buffer.from(':\n\n');
const COMPLETE = Buffer.from('event: complete\ndata:\n\n');
const PING_INTERVAL_MS = 12_000;

function sseBody(results: AsyncIterable<ExecutionResult>): Readable {
  const iterator = results[Symbol.asyncIterator]();
  let pulling = false;
  const body: Readable = new Readable({
    read() {
      // Node asks again after each push while its buffer has room; one event at a time.
      if (pulling) return;
      pulling = true;
      iterator.next().then(
        ({ value, done }) => {
          pulling = false;
          if (body.destroyed) return;
          if (value != null) body.push(frameOf(value));
          if (done) {
            body.push(COMPLETE);
            body.push(null);
          }
        },
        (error: unknown) => {
          pulling = false;
          body.destroy(error instanceof Error ? error : new Error(String(error)));
        },
      );
    },
    destroy(error, callback) {
      clearInterval(ping);
      // The client went away (or the stream failed): end the subscription and free its bounds.
      Promise.resolve(iterator.return?.()).then(
        () => callback(error),
        () => callback(error),
      );
    },
  });
  body.push(PING);
  const ping = setInterval(() => {
    // Nothing waiting to be written: a ping keeps the connection open; otherwise it is not idle.
    if (body.readableLength === 0 && !body.destroyed) body.push(PING);
  }, PING_INTERVAL_MS);
  body.once('end', () => clearInterval(ping));
  return body;
}

const frames = new WeakMap<object, Buffer>();

/** The bytes of a result's `next` frame, made once per result object. */
function frameOf(result: ExecutionResult): Buffer {
  let frame = frames.get(result);
  if (frame === undefined) {
    frame = Buffer.from(`event: next\ndata: ${JSON.stringify(withoutInternals(result))}\n\n`);
    frames.set(result, frame);
  }
  return frame;
}

/**
 * What yoga leaves out of every result it sends (its stringify.js, which it does not export): the
 * `http` extension of the result and the `http` and `unexpected` extensions of each error.
 */
function withoutInternals(result: ExecutionResult): object {
  const httpOfResult = result.extensions?.http !== undefined;
  if (!result.errors?.length && !httpOfResult) return result;
  const copy: Record<string, unknown> = { ...result };
  if (result.errors) {
    copy.errors = result.errors.map((error) => {
      const json = error.toJSON();
      const { http: _http, unexpected: _unexpected, ...extensions } = json.extensions ?? {};
      return { ...json, extensions: Object.keys(extensions).length > 0 ? extensions : undefined };
    });
  }
  if (result.extensions) {
    const { http: _http, ...extensions } = result.extensions;
    copy.extensions = Object.keys(extensions).length > 0 ? extensions : undefined;
  }
  return copy;
}

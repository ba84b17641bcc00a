import type { IncomingMessage, ServerResponse } from 'node:http';

type Listener = (req: IncomingMessage, res: ServerResponse) => void;

export interface BodyLimitOptions {
  /** Largest body accepted, in bytes (`MAX_BODY_BYTES`). */
  maxBytes: number;
  /** Called once per refused request, when its 413 has been sent. */
  onRefused?: (req: IncomingMessage, durationMs: number) => void;
}

/** The node:http listeners that put the limit in front of the gateway. */
export interface BodyLimitListeners {
  /** For the server's `request` event. */
  request: Listener;
  /** For the server's `checkContinue` event (a request sent with `Expect: 100-continue`). */
  checkContinue: Listener;
}

/**
 * Bytes of a refused body still read and thrown away after the 413, so that a client that sends its
 * whole body before reading the answer (most do without `Expect: 100-continue`) receives the 413
 * rather than a reset; past this the connection is cut.
 */
export const DISCARD_LIMIT_BYTES = 64 * 1024 * 1024;

/**
 * The gateway's one request body limit, in front of yoga (whose own `maxRequestBodySize` is off).
 * A body declared too large by `Content-Length` is refused before a byte of it is read, and before
 * `100 Continue` would invite it; a body without one (chunked) is counted as it arrives and refused
 * the moment it passes the limit. A body within the limit is read into one buffer and handed to
 * yoga as `req.body`, which whatwg-node takes as is: yoga then reads no stream at all.
 */
export function limitRequestBodies(next: Listener, options: BodyLimitOptions): BodyLimitListeners {
  const { maxBytes } = options;
  const refuse = (req: IncomingMessage, res: ServerResponse, bodyComing: boolean, startedAt: number) => {
    sendTooLarge(res, maxBytes, !bodyComing);
    options.onRefused?.(req, performance.now() - startedAt);
    if (bodyComing) discard(req);
  };
  const request: Listener = (req, res) => {
    const startedAt = performance.now();
    if (declaredLength(req) > maxBytes) {
      refuse(req, res, true, startedAt);
      return;
    }
    if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') {
      next(req, res);
      return;
    }
    readBody(req, maxBytes).then(
      (body) => {
        if (body === 'too-large') {
          refuse(req, res, true, startedAt);
          return;
        }
        // whatwg-node uses an already-read `body` instead of the consumed stream.
        Object.assign(req, { body });
        next(req, res);
      },
      // The client went away mid-body; there is no one to answer.
      () => res.destroy(),
    );
  };
  const checkContinue: Listener = (req, res) => {
    // The client waits for our word before sending the body: refuse without inviting it.
    if (declaredLength(req) > maxBytes) {
      refuse(req, res, false, performance.now());
      return;
    }
    res.writeContinue();
    request(req, res);
  };
  return { request, checkContinue };
}

/** The declared body length; node's parser has already refused a malformed `Content-Length`. */
function declaredLength(req: IncomingMessage): number {
  const declared = Number(req.headers['content-length']);
  return Number.isFinite(declared) ? declared : 0;
}

/** Reads the whole body, or stops at the first byte past `max`, leaving the rest unread. */
function readBody(req: IncomingMessage, max: number): Promise<Buffer | 'too-large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        cleanup();
        req.pause();
        resolve('too-large');
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      cleanup();
      resolve(Buffer.concat(chunks, size));
    };
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    const onAborted = () => onError(new Error('request aborted'));
    const cleanup = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.off('aborted', onAborted);
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    req.on('aborted', onAborted);
  });
}

/**
 * Reads what is left of a refused body and throws it away, so the connection stays in step and the
 * client can read the 413; a client that sends more than `DISCARD_LIMIT_BYTES` is cut off.
 */
function discard(req: IncomingMessage): void {
  let discarded = 0;
  req.on('data', (chunk: Buffer) => {
    discarded += chunk.length;
    if (discarded > DISCARD_LIMIT_BYTES) req.socket.destroy();
  });
  req.resume();
}

function sendTooLarge(res: ServerResponse, max: number, close: boolean): void {
  const body = JSON.stringify({
    errors: [
      {
        message: `Request body is larger than ${max} bytes.`,
        extensions: { code: 'PAYLOAD_TOO_LARGE' },
      },
    ],
  });
  res.writeHead(413, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    // A body that was never invited will not follow, so the connection cannot carry another request.
    ...(close ? { Connection: 'close' } : {}),
  });
  res.end(body);
}

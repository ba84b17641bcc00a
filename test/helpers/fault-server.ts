import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * A stand-in for Twilio that misbehaves on request: each request is answered by a scripted
 * reply (status, headers and body), a connection reset, or silence. It records every request
 * with its Basic credentials and measures how many were in flight at once, overall and per
 * username, and which sockets are still open.
 */
export type FaultReply =
  | { kind: 'respond'; status: number; headers?: Record<string, string>; body?: unknown; delayMs?: number }
  | { kind: 'reset'; delayMs?: number }
  | { kind: 'hang' };

export const reply = {
  json: (status: number, body: unknown, headers: Record<string, string> = {}, delayMs = 0): FaultReply => ({
    kind: 'respond',
    status,
    headers: { 'content-type': 'application/json', ...headers },
    body,
    delayMs,
  }),
  empty: (status: number, headers: Record<string, string> = {}): FaultReply => ({
    kind: 'respond',
    status,
    headers,
  }),
  twilioError: (
    status: number,
    code: number,
    message: string,
    headers: Record<string, string> = {},
  ): FaultReply =>
    reply.json(
      status,
      { code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status },
      headers,
    ),
  reset: (delayMs = 0): FaultReply => ({ kind: 'reset', delayMs }),
  hang: (): FaultReply => ({ kind: 'hang' }),
};

export interface SeenRequest {
  method: string;
  /** The request target exactly as received (path and query, still percent-encoded). */
  target: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  username: string | null;
  password: string | null;
  body: string;
  socket: number;
  receivedAt: number;
}

export type Responder = (request: SeenRequest) => FaultReply | Promise<FaultReply>;

export interface FaultServer {
  url: string;
  host: string;
  port: number;
  requests: SeenRequest[];
  /** Answers every request not taken by a scripted reply. Default: 200 `{}`. */
  respond(responder: Responder): void;
  /** Replies used in order, one per request, before falling back to the responder. */
  script(...replies: FaultReply[]): void;
  inFlight(): number;
  peakInFlight(username?: string): number;
  resetPeaks(): void;
  openSockets(): number;
  /** Resolves true once the sockets that carried `seen` are all closed, false after `timeoutMs`. */
  waitForSocketsClosed(seen: readonly SeenRequest[], timeoutMs: number): Promise<boolean>;
  /** Forgets recorded requests and peaks. */
  clear(): void;
  close(): Promise<void>;
}

function parseBasic(header: string | undefined): { username: string; password: string } | null {
  const match = header ? /^Basic\s+(\S+)$/i.exec(header) : null;
  if (!match?.[1]) return null;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0 ? null : { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

export async function startFaultServer(options: { host?: string; port?: number } = {}): Promise<FaultServer> {
  const host = options.host ?? '127.0.0.1';
  const requests: SeenRequest[] = [];
  const scripted: FaultReply[] = [];
  let responder: Responder = () => reply.json(200, {});
  const sockets = new Set<Socket>();
  const openIds = new Set<number>();
  const socketIds = new WeakMap<Socket, number>();
  let nextSocketId = 1;
  let inFlight = 0;
  let peak = 0;
  const inFlightBy = new Map<string, number>();
  const peakBy = new Map<string, number>();

  const server: Server = createServer((req, res) => {
    const credentials = parseBasic(req.headers.authorization);
    const username = credentials?.username ?? '';
    inFlight += 1;
    peak = Math.max(peak, inFlight);
    const mine = (inFlightBy.get(username) ?? 0) + 1;
    inFlightBy.set(username, mine);
    peakBy.set(username, Math.max(peakBy.get(username) ?? 0, mine));
    let done = false;
    res.on('close', () => {
      if (done) return;
      done = true;
      inFlight -= 1;
      inFlightBy.set(username, (inFlightBy.get(username) ?? 1) - 1);
    });

    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', async () => {
      const target = req.url ?? '/';
      const url = new URL(target, 'http://fault.invalid');
      const seen: SeenRequest = {
        method: req.method ?? 'GET',
        target,
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        username: credentials?.username ?? null,
        password: credentials?.password ?? null,
        body: Buffer.concat(chunks).toString('utf8'),
        socket: socketIds.get(req.socket) ?? 0,
        receivedAt: Date.now(),
      };
      requests.push(seen);
      let action: FaultReply;
      try {
        action = scripted.shift() ?? (await responder(seen));
      } catch {
        action = reply.json(500, { message: 'responder failed' });
      }
      if (action.kind === 'hang') return;
      if (action.delayMs) await new Promise((resolve) => setTimeout(resolve, action.delayMs));
      if (action.kind === 'reset') {
        req.socket.destroy();
        return;
      }
      if (res.destroyed) return;
      const body =
        action.body === undefined
          ? ''
          : typeof action.body === 'string'
            ? action.body
            : JSON.stringify(action.body);
      res.writeHead(action.status, { 'content-length': String(Buffer.byteLength(body)), ...action.headers });
      res.end(body);
    });
  });
  server.on('connection', (socket) => {
    const id = nextSocketId++;
    sockets.add(socket);
    openIds.add(id);
    socketIds.set(socket, id);
    socket.on('close', () => {
      sockets.delete(socket);
      openIds.delete(id);
    });
    // A hung response keeps Node's side of the socket open after the client has gone; drop it as a
    // real server would, so that `openSockets` counts only connections the client still holds.
    socket.on('end', () => socket.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://${host}:${port}`,
    host,
    port,
    requests,
    respond(next) {
      responder = next;
    },
    script(...replies) {
      scripted.push(...replies);
    },
    inFlight: () => inFlight,
    peakInFlight: (username) => (username === undefined ? peak : (peakBy.get(username) ?? 0)),
    resetPeaks() {
      peak = inFlight;
      peakBy.clear();
    },
    openSockets: () => sockets.size,
    async waitForSocketsClosed(seen, timeoutMs) {
      const until = Date.now() + timeoutMs;
      while (seen.some((request) => openIds.has(request.socket))) {
        if (Date.now() > until) return false;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      return true;
    },
    clear() {
      requests.length = 0;
      scripted.length = 0;
      peak = inFlight;
      peakBy.clear();
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
        for (const socket of sockets) socket.destroy();
      }),
  };
}

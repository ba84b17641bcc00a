/**
 * The floor the gateway's CPU per request is compared with: bare graphql-yoga (its body-size limit
 * off, nothing else configured) with one resolver that makes the same undici GET to the same
 * emulator as the gateway does for `conversation(sid:) { sid friendlyName }`, forwarding the
 * caller's Authorization header. No auth check, no limits, no cost estimate, no metrics, no log:
 * what answering that query over HTTP costs at the least with this stack. `again` makes the same
 * GET once more after the first is answered: two rounds, for the latency reference. `replay` makes
 * the GETs it is given, round after round, those of a round at once, and reads each answer: the
 * least any GraphQL server pays for a benchmark query's calls in that query's rounds.
 *
 *   UPSTREAM_URL=http://127.0.0.1:4010 PORT=4100 node --import tsx bench/floor-server.ts
 *
 * Only the benchmark starts it (bench/cpu.ts). `GET /health` answers 200 once listening.
 */
import { createServer } from 'node:http';
import { createSchema, createYoga, type YogaInitialContext } from 'graphql-yoga';
import { Pool } from 'undici';

const upstream = process.env.UPSTREAM_URL;
if (!upstream) throw new Error('UPSTREAM_URL is required');
const port = Number(process.env.PORT ?? 0);
// The same pool settings as the gateway's client (src/twilio/client.ts), so both pay the same per GET.
const pool = new Pool(upstream, { connections: 100, pipelining: 1, keepAliveTimeout: 4_000 });

type Conversation = { sid: string; friendlyName: string | null };

/** One GET of the conversation, forwarding the caller's Authorization header. */
async function fetchConversation(sid: string, request: Request): Promise<Conversation | null> {
  const response = await pool.request({
    method: 'GET',
    path: `/v1/Conversations/${encodeURIComponent(sid)}`,
    headers: {
      authorization: request.headers.get('authorization') ?? '',
      accept: 'application/json',
    },
  });
  const body = (await response.body.json()) as { sid: string; friendly_name: string | null };
  if (response.statusCode !== 200) return null;
  return { sid: body.sid, friendlyName: body.friendly_name };
}

/** One GET of a path the emulator logged (query string included), its answer read as JSON. */
async function replayCall(path: string, request: Request): Promise<void> {
  const response = await pool.request({
    method: 'GET',
    path,
    headers: {
      authorization: request.headers.get('authorization') ?? '',
      accept: 'application/json',
    },
  });
  await response.body.json();
  if (response.statusCode !== 200) throw new Error(`GET ${path} answered ${response.statusCode}`);
}

/** The calls of each round at once, a round after the previous one is answered; the number made. */
async function replay(rounds: string[][], request: Request): Promise<number> {
  let calls = 0;
  for (const round of rounds) {
    await Promise.all(round.map((path) => replayCall(path, request)));
    calls += round.length;
  }
  return calls;
}

const yoga = createYoga({
  schema: createSchema<YogaInitialContext>({
    // `again` is the same GET made once the first is answered: a second round, for the bench's
    // latency reference (bench/run.ts), which the CPU comparison does not select.
    typeDefs:
      'type Conversation { sid: String! friendlyName: String again: Conversation } type Query { conversation(sid: String!): Conversation replay(rounds: [[String!]!]!): Int! }',
    resolvers: {
      Query: {
        conversation: (_root: unknown, { sid }: { sid: string }, { request }: YogaInitialContext) =>
          fetchConversation(sid, request),
        replay: (_root: unknown, { rounds }: { rounds: string[][] }, { request }: YogaInitialContext) =>
          replay(rounds, request),
      },
      Conversation: {
        again: ({ sid }: Conversation, _args: unknown, { request }: YogaInitialContext) =>
          fetchConversation(sid, request),
      },
    },
  }),
  maxRequestBodySize: false,
  batching: false,
  logging: false,
  landingPage: false,
  graphiql: false,
});

const server = createServer((req, res) => void yoga(req, res));
server.listen(port, '127.0.0.1');
process.once('SIGTERM', () => {
  server.close();
  server.closeAllConnections();
  void pool.close();
});

import { readFileSync } from 'node:fs';
import { inspect } from 'node:util';
import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  createConversation,
  createTwilioClient,
  fetchConversation,
  fetchParticipant,
  iterate,
  listConversations,
  type OperationId,
  TwilioApiError,
  type TwilioClient,
  type TwilioSession,
  type UpstreamCall,
} from '../../src/twilio/index.ts';
import { OPERATIONS, type PathParamRule } from '../../src/twilio/operations.ts';
import { type PageRef, parsePageLink } from '../../src/twilio/paging.ts';
import { type FaultServer, reply, type SeenRequest, startFaultServer } from '../helpers/fault-server.ts';
import { SPEC_FILE } from '../helpers/openapi-contract.ts';
import { CONVERSATION_SID, conversationPage, conversationWire } from './fixtures.ts';

const credentials = { username: `AC${'c'.repeat(32)}`, password: 'sup3r-s3cret-auth-token' };
const SAFE_PATH = /^\/v1(\/[A-Za-z0-9%._~-]+)+$/;
const DOT_SEGMENTS = new Set(['.', '..', '%2e', '%2e%2e', '.%2e', '%2e.']);

let server: FaultServer;
let elsewhere: FaultServer;
let client: TwilioClient;
/** A session is one GraphQL request with its own 15 s deadline: each check gets a fresh one. */
const session = (): TwilioSession => client.session(credentials);

beforeAll(async () => {
  server = await startFaultServer();
  // Another loopback address: a different host as far as URLs are concerned.
  elsewhere = await startFaultServer({ host: '127.0.0.2' });
  client = createTwilioClient({ baseUrl: server.url, retryBaseMs: 1, retryCapMs: 5 });
});
afterEach(() => {
  server.clear();
  server.respond(() => reply.json(200, {}));
  expect(elsewhere.requests).toHaveLength(0);
});
afterAll(async () => {
  await client.close();
  await server.close();
  await elsewhere.close();
});

const fragments = [
  '..',
  '.',
  '/',
  '\\',
  '?',
  '#',
  '%',
  '%2e',
  '%2E%2E',
  '%2f',
  '%00',
  '%252e',
  '\u0000',
  '\n',
  '\r\n',
  '\t',
  '\u007f',
  '\u0085',
  ' ',
  '@',
  ':',
  ';',
  '&',
  '=',
  '+',
  '*',
  "'",
  '(',
  'é',
  '漢',
  '🙂',
  '\ud800',
  '\udfff',
  '\u202e',
  'a',
  'CH',
  'http://127.0.0.2/',
  '//127.0.0.2',
  '..%2f',
];

const hostile = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.array(fc.constantFrom(...fragments), { maxLength: 8 }).map((parts) => parts.join('')),
  fc.constantFrom('', '.', '..', '%2e%2e', '/', '?', '#', '../..', './'),
);

const hex32 = fc.stringMatching(/^[0-9a-fA-F]{32}$/);

function paramValue(rule: PathParamRule): fc.Arbitrary<string> {
  if (rule === 'name') return hostile;
  // Mostly valid SIDs, so that requests with a name beside them get through, plus hostile text.
  return fc.oneof(
    { weight: 3, arbitrary: hex32.map((hex) => rule + hex) },
    { weight: 1, arbitrary: hostile },
  );
}

/** Checks a request the client sent for `values` on `route`: the path is the template with each value as one segment. */
function expectSafeRequest(seen: SeenRequest, route: string, values: Record<string, string>): void {
  expect(seen.target).toMatch(SAFE_PATH);
  expect(seen.headers.host).toBe(`${server.host}:${server.port}`);
  const segments = seen.target.split('/').slice(1);
  const template = route.split('/').slice(1);
  expect(segments).toHaveLength(template.length);
  template.forEach((part, index) => {
    const segment = segments[index] as string;
    expect(DOT_SEGMENTS.has(segment.toLowerCase())).toBe(false);
    if (part.startsWith('{')) expect(decodeURIComponent(segment)).toBe(values[part.slice(1, -1)]);
    else expect(segment).toBe(part);
  });
}

function isNameRejected(value: string): boolean {
  if (value === '' || value === '.' || value === '..') return true;
  for (const char of value) {
    const code = char.charCodeAt(0);
    if (code <= 0x1f || (code >= 0x7f && code <= 0x9f)) return true;
    if (char.length === 1 && code >= 0xd800 && code <= 0xdfff) return true;
  }
  return false;
}

function isSidAccepted(rule: string, value: string): boolean {
  return new RegExp(`^${rule}[0-9a-fA-F]{32}$`).test(value);
}

const withPathParams = (Object.keys(OPERATIONS) as OperationId[]).filter(
  (id) => Object.keys(OPERATIONS[id].params).length > 0,
);

describe('path parameters', () => {
  it('covers every operation of the spec that has path parameters', () => {
    const spec = JSON.parse(readFileSync(SPEC_FILE, 'utf8')) as {
      paths: Record<string, Record<string, { operationId?: string; parameters?: Array<{ in: string }> }>>;
    };
    const expected = Object.values(spec.paths).flatMap((item) =>
      Object.values(item)
        .filter((op) => op.operationId && op.parameters?.some((param) => param.in === 'path'))
        .map((op) => op.operationId),
    );
    expect([...withPathParams].sort()).toEqual(expected.sort());
  });

  it.each(withPathParams)('%s never leaves its route, whatever the ids', async (operationId) => {
    const spec = OPERATIONS[operationId];
    const rules = spec.params as Record<string, PathParamRule>;
    const arbitrary = fc.record(
      Object.fromEntries(Object.entries(rules).map(([name, rule]) => [name, paramValue(rule)])) as Record<
        string,
        fc.Arbitrary<string>
      >,
    );
    await fc.assert(
      fc.asyncProperty(arbitrary, async (values) => {
        const before = server.requests.length;
        const expectedValid = Object.entries(rules).every(([name, rule]) => {
          const value = values[name] as string;
          return rule === 'name' ? !isNameRejected(value) : isSidAccepted(rule, value);
        });
        const outcome = await session()
          .send(operationId, { path: values }, () => 'sent')
          .catch((error: unknown) => error);
        if (!expectedValid) {
          expect(outcome).toBeInstanceOf(TwilioApiError);
          expect(outcome).toMatchObject({ kind: 'invalid-argument', status: null, operationId });
          expect(server.requests.length).toBe(before);
          return;
        }
        expect(outcome).toBe('sent');
        expect(server.requests.length).toBe(before + 1);
        expectSafeRequest(server.requests[before] as SeenRequest, spec.route, values);
      }),
      { numRuns: 120 },
    );
  });

  it('keeps 10,000 hostile conversation and participant ids inside their route', async () => {
    server.respond(() => reply.twilioError(404, 20404, 'The requested resource was not found'));
    await fc.assert(
      fc.asyncProperty(hostile, hostile, async (conversationSid, sid) => {
        const before = server.requests.length;
        const error = await fetchParticipant(session(), { conversationSid, sid }).catch(
          (caught: unknown) => caught,
        );
        expect(error).toBeInstanceOf(TwilioApiError);
        if (isNameRejected(conversationSid) || isNameRejected(sid)) {
          expect(error).toMatchObject({ kind: 'invalid-argument' });
          expect(server.requests.length).toBe(before);
          return;
        }
        expect(error).toMatchObject({ kind: 'http', status: 404 });
        expectSafeRequest(
          server.requests[before] as SeenRequest,
          '/v1/Conversations/{ConversationSid}/Participants/{Sid}',
          { ConversationSid: conversationSid, Sid: sid },
        );
      }),
      { numRuns: 10_000 },
    );
  }, 120_000);

  it('refuses a SID of the wrong shape before sending anything', async () => {
    for (const serviceSid of [
      'IS123',
      `CH${'a'.repeat(32)}`,
      `IS${'g'.repeat(32)}`,
      `${'IS'}${'a'.repeat(32)}/..`,
    ]) {
      const error = await fetchConversation(session(), { serviceSid, sid: CONVERSATION_SID }).catch(
        (e: unknown) => e,
      );
      expect(error).toMatchObject({ kind: 'invalid-argument', operationId: 'FetchServiceConversation' });
    }
    expect(server.requests).toHaveLength(0);
  });

  it('encodes a unique name with reserved characters as one segment', async () => {
    server.respond(() => reply.json(200, conversationWire(server.url)));
    await fetchConversation(session(), { sid: "a/b?c#d%2e.(x)*'!" });
    expect(server.requests[0]?.target).toBe('/v1/Conversations/a%2Fb%3Fc%23d%252e.%28x%29%2A%27%21');
  });
});

describe('hosts and links', () => {
  it('refuses a next_page_url on another host and never calls it', async () => {
    server.respond(() =>
      reply.json(
        200,
        conversationPage(server.url, [conversationWire(server.url)], {
          next_page_url: `${elsewhere.url}/v1/Conversations?PageSize=50&Page=1&PageToken=PAabc`,
        }),
      ),
    );
    const error = await listConversations(session()).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ kind: 'refused', operationId: 'ListConversation', status: 200 });
    const walked = (async () => {
      for await (const _ of iterate((page) => listConversations(session(), { page }))) {
        // Nothing to do with the items: only the refusal matters.
      }
    })();
    await expect(walked).rejects.toMatchObject({ kind: 'refused' });
    expect(elsewhere.requests).toHaveLength(0);
  });

  it.each([
    [
      'a previous_page_url on another host',
      { previous_page_url: 'http://127.0.0.2/v1/Conversations?Page=0&PageToken=PB1' },
    ],
    ['a next_page_url for another list', { next_page_url: 'SAME/v1/Users?Page=1&PageToken=PA1' }],
    [
      'a next_page_url with credentials in it',
      { next_page_url: 'http://x:y@HOST/v1/Conversations?Page=1&PageToken=PA1' },
    ],
    ['a relative next_page_url', { next_page_url: '/v1/Conversations?Page=1&PageToken=PA1' }],
    ['a next_page_url without a page token', { next_page_url: 'SAME/v1/Conversations?Page=1' }],
    ['another scheme', { next_page_url: 'https://HOST/v1/Conversations?Page=1&PageToken=PA1' }],
  ])('refuses %s', async (_, meta) => {
    const host = `${server.host}:${server.port}`;
    const resolved = Object.fromEntries(
      Object.entries(meta).map(([key, value]) => [
        key,
        value.replace('SAME', server.url).replace('HOST', host),
      ]),
    );
    server.respond(() => reply.json(200, conversationPage(server.url, [], resolved)));
    await expect(listConversations(session())).rejects.toMatchObject({ kind: 'refused' });
  });

  it('follows a next page by its token only, on the configured origin and list path', async () => {
    server.respond((request) =>
      reply.json(
        200,
        request.query.get('PageToken')
          ? conversationPage(server.url, [conversationWire(server.url, { sid: `CH${'4'.repeat(32)}` })], {
              page: 1,
            })
          : conversationPage(server.url, [conversationWire(server.url)], {
              next_page_url: `${server.url}/v1/Conversations?State=active&PageSize=1&Page=1&PageToken=PAnext`,
            }),
      ),
    );
    const sids: string[] = [];
    for await (const conversation of iterate((page) =>
      listConversations(session(), { state: 'active', pageSize: 1, page }),
    ))
      sids.push(conversation.sid);
    expect(sids).toEqual([CONVERSATION_SID, `CH${'4'.repeat(32)}`]);
    expect(server.requests.map((r) => r.target)).toEqual([
      '/v1/Conversations?State=active&PageSize=1',
      '/v1/Conversations?State=active&PageSize=1&Page=1&PageToken=PAnext',
    ]);
  });

  it.each([
    [302, 'GET'],
    [307, 'POST'],
    [301, 'GET'],
  ] as const)('refuses a %i redirect to another host without following it (%s)', async (status, method) => {
    server.respond(() =>
      reply.json(
        status,
        { message: 'moved' },
        { location: `${elsewhere.url}/v1/Conversations/${CONVERSATION_SID}` },
      ),
    );
    const call =
      method === 'GET'
        ? fetchConversation(session(), { sid: CONVERSATION_SID })
        : createConversation(session(), {});
    const error = await call.catch((caught: unknown) => caught);
    expect(error).toMatchObject({ kind: 'refused', status });
    expect(server.requests).toHaveLength(1);
    expect(elsewhere.requests).toHaveLength(0);
  });

  it('accepts only an origin as base URL', () => {
    expect(() => createTwilioClient({ baseUrl: 'http://user:pass@127.0.0.1:1' })).toThrow(TypeError);
    expect(() => createTwilioClient({ baseUrl: 'http://127.0.0.1:1/v1' })).toThrow(TypeError);
    expect(() => createTwilioClient({ baseUrl: 'ftp://127.0.0.1' })).toThrow(TypeError);
    expect(() => createTwilioClient({ baseUrl: 'http://127.0.0.1:1/?x=1' })).toThrow(TypeError);
  });
});

describe('secrets', () => {
  function expectNoSecret(value: unknown, secret: { username: string; password: string }): void {
    const pair = `${secret.username}:${secret.password}`;
    const forms = [
      secret.password,
      pair,
      Buffer.from(pair).toString('base64'),
      encodeURIComponent(secret.password),
    ];
    const texts = [
      String(value),
      JSON.stringify(value) ?? '',
      inspect(value, { depth: 10, showHidden: true }),
      value instanceof Error ? (value.stack ?? '') : '',
    ];
    for (const text of texts) for (const form of forms) expect(text).not.toContain(form);
  }

  it('keeps the password and the Basic header out of every error and call report', async () => {
    const calls: UpstreamCall[] = [];
    const tenant = { username: credentials.username, password: 'echoed-secret-0123456789' };
    const local = createTwilioClient({
      baseUrl: server.url,
      attemptTimeoutMs: 150,
      deadlineMs: 2000,
      maxInFlightPerCredential: 1,
      maxQueuedPerCredential: 0,
      retryBaseMs: 1,
      retryCapMs: 2,
    });
    const tenantSession = local.session(tenant, { onCall: (call) => calls.push(call) });
    const errors: unknown[] = [];
    const collect = (promise: Promise<unknown>) =>
      promise.then(
        () => undefined,
        (error: unknown) => errors.push(error),
      );

    // Twilio (or anything in between) echoing the credentials back.
    server.respond((request) =>
      reply.json(401, {
        code: 20003,
        message: `Authenticate ${request.headers.authorization} ${request.username}:${request.password} ${request.password}`,
        more_info: `https://www.twilio.com/docs/errors/20003?token=${encodeURIComponent(request.password ?? '')}`,
        status: 401,
      }),
    );
    await collect(fetchConversation(tenantSession, { sid: CONVERSATION_SID }));
    server.respond((request) =>
      reply.json(429, { code: 20429, message: `slow down ${request.headers.authorization}`, status: 429 }),
    );
    await collect(createConversation(tenantSession, {}));
    server.respond(() => reply.twilioError(503, 20503, 'unavailable'));
    await collect(fetchConversation(tenantSession, { sid: CONVERSATION_SID }));
    server.respond(() => reply.reset());
    await collect(fetchConversation(tenantSession, { sid: CONVERSATION_SID }));
    server.respond(() =>
      reply.json(302, {}, { location: `http://${tenant.username}:${tenant.password}@127.0.0.2/` }),
    );
    await collect(fetchConversation(tenantSession, { sid: CONVERSATION_SID }));
    server.respond(() => reply.json(200, 'not json at all'));
    await collect(fetchConversation(tenantSession, { sid: CONVERSATION_SID }));
    server.respond(() => reply.hang());
    const hung = collect(fetchConversation(tenantSession, { sid: CONVERSATION_SID }));
    await collect(fetchConversation(tenantSession, { sid: CONVERSATION_SID }));
    await hung;
    await collect(fetchConversation(tenantSession, { sid: '..' }));
    await collect(
      fetchConversation(local.session({ username: 'bad:user', password: tenant.password }), { sid: 'x' }),
    );

    expect(errors.map((error) => (error as TwilioApiError).kind).sort()).toEqual(
      [
        'http',
        'rate-limited',
        'http',
        'network',
        'refused',
        'refused',
        'timeout',
        'overloaded',
        'invalid-argument',
        'invalid-argument',
      ].sort(),
    );
    const first = errors[0] as TwilioApiError;
    expect(first.message).toContain('[redacted]');
    expect(first.code).toBe(20003);
    for (const error of errors) expectNoSecret(error, tenant);
    for (const call of calls) expectNoSecret(call, tenant);
    expectNoSecret(tenantSession, tenant);
    await local.close();
  });

  it('never lets a generated secret through an error, whatever Twilio echoes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: 'grapheme', minLength: 8, maxLength: 40 }),
        fc.constantFrom('header', 'pair', 'password', 'all'),
        async (password, echo) => {
          const tenant = { username: credentials.username, password };
          server.respond((request) => {
            const parts = {
              header: request.headers.authorization ?? '',
              pair: `${request.username}:${request.password}`,
              password: request.password ?? '',
              all: `${request.headers.authorization} ${request.username}:${request.password} ${request.password}`,
            };
            return reply.json(401, { code: 20003, message: `echo: ${parts[echo]}`, status: 401 });
          });
          const error = await fetchConversation(client.session(tenant), { sid: CONVERSATION_SID }).catch(
            (caught: unknown) => caught,
          );
          expect(error).toMatchObject({ kind: 'http', status: 401 });
          expectNoSecret(error, tenant);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('paging links read as text', () => {
  const source = { origin: 'https://conversations.twilio.com', path: '/v1/Conversations/CH1/Messages' };
  /** What every link is checked against: the whole URL parsed, origin and path compared. */
  const byUrl = (link: string): PageRef | string => {
    let url: URL;
    try {
      url = new URL(link);
    } catch {
      return 'not a URL';
    }
    if (url.origin !== source.origin || url.username !== '' || url.password !== '') return 'another host';
    if (url.pathname !== source.path) return 'another list';
    const pageToken = url.searchParams.get('PageToken');
    const page = Number(url.searchParams.get('Page'));
    return !pageToken || !Number.isSafeInteger(page) || page < 0 ? 'no page token' : { page, pageToken };
  };
  const read = (link: string): PageRef | string => {
    try {
      return parsePageLink(link, source, 'link') ?? 'none';
    } catch (error) {
      const message = error instanceof Error ? error.message : '';
      return message.includes('not a URL')
        ? 'not a URL'
        : message.includes('another host')
          ? 'another host'
          : message.includes('another list')
            ? 'another list'
            : 'no page token';
    }
  };

  it('reads any query after the list’s own URL as the full URL parse does', () => {
    const query = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 30 }),
      fc
        .array(
          fc.constantFrom('Page=', 'PageToken=', '&', '1', 'PT', '%', '%41', '+', '\t', '\n', '#', ' ', 'é'),
          {
            maxLength: 10,
          },
        )
        .map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(query, (rest) => {
        const link = `${source.origin}${source.path}?${rest}`;
        expect(read(link)).toEqual(byUrl(link));
      }),
      { numRuns: 5000 },
    );
  });

  it('still refuses the lookalikes of the list’s URL', () => {
    for (const link of [
      `${source.origin}${source.path}/../../Services?Page=1&PageToken=PT1`,
      `${source.origin}.evil.example${source.path}?Page=1&PageToken=PT1`,
      `https://user@conversations.twilio.com${source.path}?Page=1&PageToken=PT1`,
      `${source.origin}${source.path}x?Page=1&PageToken=PT1`,
    ])
      expect(read(link)).toEqual(byUrl(link));
    expect(read(`${source.origin}${source.path}?Page=2&PageToken=PT2`)).toEqual({
      page: 2,
      pageToken: 'PT2',
    });
  });
});

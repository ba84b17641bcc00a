import { afterEach, describe, expect, it } from 'vitest';
import {
  createEventBus,
  createMemoryDeduplicator,
  createWebhookReceiver,
  type EventBus,
  type TwilioEvent,
  type WebhookOutcome,
} from '../../src/realtime/index.ts';
import { createMemoryTransport } from '../../src/realtime/transport.ts';
import {
  messageAddedFields,
  OTHER_ACCOUNT,
  sid,
  signedWebhook,
  WEBHOOK_ACCOUNT,
} from '../helpers/webhooks.ts';

const URL_CALLED = 'http://127.0.0.1:4000/webhooks/twilio';
const CONVERSATION = sid('CH', 1);
const LIMITS = { perConnection: 10, perCredential: 10, bufferedEvents: 10 };

function setUp(options: { publicUrl?: string; bus?: EventBus } = {}) {
  const bus = options.bus ?? createEventBus({ transport: createMemoryTransport(), limits: LIMITS });
  const outcomes: WebhookOutcome[] = [];
  const receive = createWebhookReceiver({
    authTokenOf: (accountSid) =>
      [WEBHOOK_ACCOUNT, OTHER_ACCOUNT].find((account) => account.accountSid === accountSid)?.authToken,
    publicUrl: options.publicUrl,
    deduplicator: createMemoryDeduplicator(),
    bus,
    onWebhook: (outcome) => outcomes.push(outcome),
  });
  const send = (webhook: { url: string; init: RequestInit }, calledUrl = webhook.url) =>
    receive(new Request(calledUrl, webhook.init));
  return { bus, receive, send, outcomes };
}

/** Everything a subscription has received so far, read without waiting for more. */
async function drain(stream: AsyncIterableIterator<TwilioEvent>): Promise<TwilioEvent[]> {
  const events: TwilioEvent[] = [];
  for (;;) {
    const next = await Promise.race([
      stream.next(),
      new Promise<'idle'>((r) => setTimeout(() => r('idle'), 20)),
    ]);
    if (next === 'idle' || next.done) return events;
    events.push(next.value);
  }
}

const subscriber = (bus: EventBus, accountSid: string) =>
  bus.subscribe({
    accountSid,
    credentialKey: accountSid,
    subscriberKind: 'credential',
    connectionKey: `c-${accountSid}`,
  });

let buses: EventBus[] = [];
afterEach(async () => {
  await Promise.all(buses.map((bus) => bus.close()));
  buses = [];
});

describe('the Twilio webhook receiver', () => {
  it('publishes a signed webhook to the subscribers of its account, and only to them', async () => {
    const { bus, send, outcomes } = setUp();
    buses.push(bus);
    const mine = await subscriber(bus, WEBHOOK_ACCOUNT.accountSid);
    const theirs = await subscriber(bus, OTHER_ACCOUNT.accountSid);
    const response = await send(
      signedWebhook({
        url: URL_CALLED,
        fields: messageAddedFields({ conversationSid: CONVERSATION, body: 'hi' }),
      }),
    );
    expect(response.status).toBe(200);
    const received = await drain(mine);
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({
      type: 'onMessageAdded',
      accountSid: WEBHOOK_ACCOUNT.accountSid,
      conversationSid: CONVERSATION,
      source: 'API',
      fields: { Body: 'hi', Index: '0' },
    });
    expect(await drain(theirs)).toEqual([]);
    expect(outcomes).toEqual(['published']);
  });

  it.each([
    ['signed with another token', { signWith: 'a-forger-guess' }],
    ['signed over another URL', { signedUrl: 'https://gw.example.com/webhooks/twilio' }],
  ])('refuses a webhook %s with 403 and publishes nothing', async (_name, forgery) => {
    const { bus, send, outcomes } = setUp();
    buses.push(bus);
    const stream = await subscriber(bus, WEBHOOK_ACCOUNT.accountSid);
    const response = await send(
      signedWebhook({
        url: URL_CALLED,
        fields: messageAddedFields({ conversationSid: CONVERSATION }),
        ...forgery,
      }),
    );
    expect(response.status).toBe(403);
    expect(await drain(stream)).toEqual([]);
    expect(outcomes).toEqual(['forbidden']);
  });

  it('refuses a webhook without a signature, or of an account it holds no token for, with 403', async () => {
    const { bus, send } = setUp();
    buses.push(bus);
    const stream = await subscriber(bus, WEBHOOK_ACCOUNT.accountSid);
    const unsigned = signedWebhook({
      url: URL_CALLED,
      fields: messageAddedFields({ conversationSid: CONVERSATION }),
    });
    const headers = new Headers(unsigned.init.headers);
    headers.delete('x-twilio-signature');
    expect((await send({ url: unsigned.url, init: { ...unsigned.init, headers } })).status).toBe(403);
    const stranger = { accountSid: `AC${'c'.repeat(32)}`, authToken: 'unknown' };
    expect(
      (
        await send(
          signedWebhook({
            url: URL_CALLED,
            account: stranger,
            fields: messageAddedFields({ conversationSid: CONVERSATION }),
          }),
        )
      ).status,
    ).toBe(403);
    expect(await drain(stream)).toEqual([]);
  });

  it('checks the signature against PUBLIC_URL when the gateway sits behind a proxy', async () => {
    const publicUrl = 'https://gw.example.com';
    const { bus, send } = setUp({ publicUrl });
    buses.push(bus);
    const stream = await subscriber(bus, WEBHOOK_ACCOUNT.accountSid);
    const fields = messageAddedFields({ conversationSid: CONVERSATION });
    // Twilio called the public URL; the proxy hands the request on to the gateway's own address.
    const viaProxy = signedWebhook({ url: URL_CALLED, signedUrl: `${publicUrl}/webhooks/twilio`, fields });
    expect((await send(viaProxy)).status).toBe(200);
    const direct = signedWebhook({ url: URL_CALLED, fields });
    expect((await send(direct)).status).toBe(403);
    expect(await drain(stream)).toHaveLength(1);
  });

  it('publishes a webhook Twilio sends again with the same idempotency token once', async () => {
    const { bus, send, outcomes } = setUp();
    buses.push(bus);
    const stream = await subscriber(bus, WEBHOOK_ACCOUNT.accountSid);
    const webhook = signedWebhook({
      url: URL_CALLED,
      fields: messageAddedFields({ conversationSid: CONVERSATION }),
      idempotencyToken: 'same-token',
    });
    expect((await send(webhook)).status).toBe(200);
    expect((await send(webhook)).status).toBe(200);
    expect(await drain(stream)).toHaveLength(1);
    expect(outcomes).toEqual(['published', 'duplicate']);
  });

  it('reads a webhook configured with the GET method from its query string', async () => {
    const { bus, send } = setUp();
    buses.push(bus);
    const stream = await subscriber(bus, WEBHOOK_ACCOUNT.accountSid);
    const webhook = signedWebhook({
      url: URL_CALLED,
      method: 'GET',
      fields: messageAddedFields({ conversationSid: CONVERSATION, body: 'by GET' }),
    });
    expect((await send(webhook)).status).toBe(200);
    expect((await drain(stream))[0]?.fields.Body).toBe('by GET');
  });

  it('answers a pre-event webhook with an empty 200 and publishes nothing', async () => {
    const { bus, send, outcomes } = setUp();
    buses.push(bus);
    const stream = await subscriber(bus, WEBHOOK_ACCOUNT.accountSid);
    const response = await send(
      signedWebhook({
        url: URL_CALLED,
        fields: { EventType: 'onMessageAdd', ConversationSid: CONVERSATION, Body: 'about to be sent' },
      }),
    );
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
    expect(await drain(stream)).toEqual([]);
    expect(outcomes).toEqual(['ignored']);
  });

  it('refuses a signed event without the fields it must carry with 400', async () => {
    const { bus, send } = setUp();
    buses.push(bus);
    const fields = messageAddedFields({ conversationSid: CONVERSATION });
    delete fields.MessageSid;
    const response = await send(signedWebhook({ url: URL_CALLED, fields }));
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('MessageSid');
  });

  it('answers 503 when the event cannot be published, and accepts Twilio’s retry of it', async () => {
    let failing = true;
    const inner = createEventBus({ transport: createMemoryTransport(), limits: LIMITS });
    buses.push(inner);
    const bus: EventBus = {
      ...inner,
      publish: (event) => (failing ? Promise.reject(new Error('redis is down')) : inner.publish(event)),
    };
    const { send } = setUp({ bus });
    const stream = await subscriber(inner, WEBHOOK_ACCOUNT.accountSid);
    const webhook = signedWebhook({
      url: URL_CALLED,
      fields: messageAddedFields({ conversationSid: CONVERSATION }),
      idempotencyToken: 'retried',
    });
    expect((await send(webhook)).status).toBe(503);
    failing = false;
    expect((await send(webhook)).status).toBe(200);
    expect(await drain(stream)).toHaveLength(1);
  });
});

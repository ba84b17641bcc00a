import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNT_SID, mintAccessToken } from '../helpers/end-user-gateway.ts';
import { AUTH_TOKEN, type EndUserHttpGateway, startEndUserHttpGateway } from '../helpers/end-user-http.ts';
import { subscribeOverSse, waitForSubscribers } from '../helpers/subscriptions.ts';
import { createSdkClient } from '../helpers/twilio-sdk.ts';

/**
 * Subscriptions as an end user, over SSE on real sockets: the official SDK (as the app's backend)
 * writes to the emulator with X-Twilio-Webhook-Enabled, the emulator's signed webhook reaches the
 * gateway, and only subscribers who take part in the conversation hear of it.
 */
let gateway: EndUserHttpGateway;
let sdk: ReturnType<typeof createSdkClient>['client'];
let origin: string;

const bearer = (identity: string) => ({
  authorization: `Bearer ${mintAccessToken(identity, gateway.serviceSid)}`,
});

beforeAll(async () => {
  gateway = await startEndUserHttpGateway();
  origin = new URL(gateway.url).origin;
  sdk = createSdkClient(gateway.emulator.url, ACCOUNT_SID, AUTH_TOKEN).client;
});

afterEach(async () => {
  await waitForSubscribers(origin, 0, { exactly: true, timeoutMs: 5_000 });
});

afterAll(async () => {
  await gateway?.close();
});

const send = (conversation: string, author: string, body: string) =>
  sdk.conversations.v1
    .conversations(conversation)
    .messages.create({ author, body, xTwilioWebhookEnabled: 'true' });

describe('an end user’s subscriptions', () => {
  it('are refused FORBIDDEN for a conversation they are not in', async () => {
    const subscription = subscribeOverSse(
      gateway.url,
      'subscription { messageAdded(conversationSid: "support-1042") { body } }',
      {},
      bearer('alice'),
    );
    try {
      const result = await subscription.next(5_000);
      expect(result.data ?? null).toBeNull();
      expect(result.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
    } finally {
      await subscription.close();
    }
  });

  it('deliver a conversation they are in', async () => {
    const subscription = subscribeOverSse<{ messageAdded: { body: string; author: string } }>(
      gateway.url,
      'subscription { messageAdded(conversationSid: "product-launch") { body author } }',
      {},
      bearer('bob'),
    );
    try {
      await waitForSubscribers(origin, 1);
      await send('product-launch', 'alice', 'Launch moved to 15:00');
      const result = await subscription.next(5_000);
      expect(result.errors).toBeUndefined();
      expect(result.data?.messageAdded).toEqual({ body: 'Launch moved to 15:00', author: 'alice' });
    } finally {
      await subscription.close();
    }
  });

  it('hear on the service-wide stream only of their own conversations', async () => {
    const subscription = subscribeOverSse<{
      conversationEvents: { type: string; conversation: { friendlyName: string }; message: { body: string } };
    }>(
      gateway.url,
      'subscription { conversationEvents(types: [MESSAGE_ADDED]) { type conversation { friendlyName } message { body } } }',
      {},
      bearer('alice'),
    );
    try {
      await waitForSubscribers(origin, 1);
      // Carol's conversation and one of bob's alone first: alice must not hear of them.
      await send('support-1042', 'carol', 'for carol’s customer only');
      const bobs = await sdk.conversations.v1.conversations.create({ friendlyName: 'Bob alone' });
      await sdk.conversations.v1.conversations(bobs.sid).participants.create({ identity: 'bob' });
      await send(bobs.sid, 'bob', 'bob alone');
      await send('product-launch', 'dave', 'for the launch team');
      const result = await subscription.next(5_000);
      expect(result.errors).toBeUndefined();
      expect(result.data?.conversationEvents).toEqual({
        type: 'MESSAGE_ADDED',
        conversation: { friendlyName: 'Product launch' },
        message: { body: 'for the launch team' },
      });
      // Nor later: the other two conversations' events never come.
      await expect(subscription.next(750)).rejects.toThrow(/no event within/);
    } finally {
      await subscription.close();
    }
  });

  it('are refused in another service', async () => {
    const subscription = subscribeOverSse(
      gateway.url,
      'subscription($s: String) { conversationEvents(serviceSid: $s) { type } }',
      { s: gateway.otherServiceSid },
      bearer('alice'),
    );
    try {
      const result = await subscription.next(5_000);
      expect(result.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
    } finally {
      await subscription.close();
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningEmulator, startEmulator } from '../../src/emulator/server.ts';
import type { RunningServer } from '../../src/server/main.ts';
import {
  connectOverWebSocket,
  type Subscription,
  subscribeOverSse,
  subscribeOverWebSocket,
  waitForSubscribers,
} from '../helpers/subscriptions.ts';
import { createSdkClient } from '../helpers/twilio-sdk.ts';
import { startWebhookGateway } from '../helpers/webhook-gateway.ts';
import { messageAddedFields, signedWebhook } from '../helpers/webhooks.ts';

/**
 * Real time end to end, over real HTTP: one subscriber over SSE (graphql-sse) and one over a
 * WebSocket (graphql-ws); a message sent with the official twilio SDK to the emulator, which sends
 * its signed webhook to the gateway's receiver; both subscribers get the message within 1 s. A
 * forged webhook is refused 403 and reaches neither.
 */
let emulator: RunningEmulator;
let gateway: RunningServer;
let authorization: string;
let sdk: ReturnType<typeof createSdkClient>['client'];

beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
  const account = emulator.accounts[0];
  if (!account) throw new Error('no emulator account');
  ({ gateway, authorization } = await startWebhookGateway(emulator, { HOST: '127.0.0.1' }));
  sdk = createSdkClient(emulator.url, account.accountSid, account.authToken).client;
  // The account-level webhook (`/v1/Configuration/Webhooks`), pointed at the gateway as an operator would.
  await sdk.conversations.v1.configuration.webhooks().update({
    method: 'POST',
    postWebhookUrl: `${gateway.url}/webhooks/twilio`,
    filters: ['onMessageAdded'],
    target: 'webhook',
  });
});

afterAll(async () => {
  await gateway?.close();
  await emulator?.close();
});

const MESSAGE_ADDED = `subscription ($sid: String!) {
  messageAdded(conversationSid: $sid) { sid author body conversation { friendlyName } }
}`;
type MessageAdded = {
  messageAdded: { sid: string; author: string; body: string; conversation: { friendlyName: string } };
};

describe('a message sent with the official SDK', () => {
  it('reaches a subscriber over SSE and one over WebSocket within 1 s; a forged webhook reaches neither', async () => {
    const conversation = await sdk.conversations.v1.conversations.create({ friendlyName: 'Support #1' });
    const overSse = subscribeOverSse<MessageAdded>(
      `${gateway.url}/graphql`,
      MESSAGE_ADDED,
      { sid: conversation.sid },
      { authorization },
    );
    const socket = connectOverWebSocket(`${gateway.url}/graphql`, { connectionParams: { authorization } });
    const overWebSocket = subscribeOverWebSocket<MessageAdded>(socket, MESSAGE_ADDED, {
      sid: conversation.sid,
    });
    const subscribers: Subscription<MessageAdded>[] = [overSse, overWebSocket];
    try {
      await waitForSubscribers(gateway.url, 2);

      const forged = signedWebhook({
        url: `${gateway.url}/webhooks/twilio`,
        account: { accountSid: conversation.accountSid, authToken: 'a-guessed-token' },
        fields: messageAddedFields({ conversationSid: conversation.sid, body: 'forged' }),
      });
      expect((await fetch(forged.url, forged.init)).status).toBe(403);

      const sentAt = performance.now();
      const message = await sdk.conversations.v1
        .conversations(conversation.sid)
        .messages.create({ author: 'alice', body: 'Your order has shipped', xTwilioWebhookEnabled: 'true' });
      const received = await Promise.all(
        subscribers.map(async (subscription) => {
          const result = await subscription.next(1_000);
          return { result, afterMs: performance.now() - sentAt };
        }),
      );
      for (const { result, afterMs } of received) {
        expect(afterMs).toBeLessThan(1_000);
        // The first event each gets is the real message: the forged one was never published.
        expect(result).toEqual({
          data: {
            messageAdded: {
              sid: message.sid,
              author: 'alice',
              body: 'Your order has shipped',
              conversation: { friendlyName: 'Support #1' },
            },
          },
        });
      }
    } finally {
      await Promise.all(subscribers.map((subscription) => subscription.close()));
      await socket.dispose();
    }
  });
});

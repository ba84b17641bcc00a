import twilio from 'twilio';
import { afterEach, describe, expect, it } from 'vitest';
import type { EmulatorOptions } from '../../src/emulator/server.ts';
import {
  WEBHOOKS_ENABLED as ENABLED,
  startEmulatorWithReceiver,
  type WebhookHarness,
} from '../helpers/webhook-receiver.ts';

/** Which URLs receive an event: account, service and conversation level, Filters and Method. */

const running: WebhookHarness[] = [];

afterEach(async () => {
  await Promise.all(running.splice(0).map((harness) => harness.close()));
});

async function start(options: EmulatorOptions = {}): Promise<WebhookHarness> {
  const harness = await startEmulatorWithReceiver(options, '/account');
  running.push(harness);
  return harness;
}

/** Path and event type of each webhook received, in a stable order. */
function summary(harness: WebhookHarness): string[] {
  return harness.receiver.received
    .map((hook) => `${hook.method} ${new URL(hook.url).pathname} ${hook.params.EventType}`)
    .sort();
}

describe('service-level webhooks', () => {
  it("send a service's events to the service's URL instead of the account's, for the listed events only", async () => {
    const harness = await start();
    const { rest, receiver } = harness;
    const service = await rest.call('POST', '/v1/Services', { FriendlyName: 'Support' });
    const is = `/v1/Services/${service.body.sid}`;
    const configured = await rest.call('POST', `${is}/Configuration/Webhooks`, {
      PostWebhookUrl: `${receiver.origin}/service`,
      Filters: ['onMessageAdded', 'onParticipantAdded'],
      Method: 'POST',
    });
    expect(configured.status).toBe(200);

    const inService = await rest.call('POST', `${is}/Conversations`, {}, { headers: ENABLED });
    await rest.call(
      'POST',
      `${is}/Conversations/${inService.body.sid}/Messages`,
      { Body: 'in the service' },
      { headers: ENABLED },
    );
    const inDefault = await rest.call('POST', '/v1/Conversations', {}, { headers: ENABLED });
    await rest.call(
      'POST',
      `/v1/Conversations/${inDefault.body.sid}/Messages`,
      { Body: 'in the default service' },
      { headers: ENABLED },
    );
    await rest.emulator.webhooks.idle();
    // onConversationAdded is not among the service's filters, and the account's hook is not used there.
    expect(summary(harness)).toEqual([
      'POST /account onConversationAdded',
      'POST /account onMessageAdded',
      'POST /service onMessageAdded',
    ]);
    const serviceHook = receiver.received.find((hook) => hook.url.endsWith('/service'));
    expect(serviceHook?.params).toMatchObject({
      Body: 'in the service',
      ConversationSid: inService.body.sid,
    });
    expect(
      twilio.validateRequest(
        harness.authToken,
        String(serviceHook?.headers['x-twilio-signature']),
        String(serviceHook?.url),
        serviceHook?.params ?? {},
      ),
    ).toBe(true);
  });
});

describe('account-level webhooks', () => {
  it('send nothing when their target is Flex or their filters are empty', async () => {
    const harness = await start();
    const { rest } = harness;
    await rest.call('POST', '/v1/Configuration/Webhooks', { Target: 'flex' });
    await rest.call('POST', '/v1/Conversations', {}, { headers: ENABLED });
    await rest.call('POST', '/v1/Configuration/Webhooks', { Target: 'webhook', Filters: '' });
    await rest.call('POST', '/v1/Conversations', {}, { headers: ENABLED });
    await rest.call('POST', '/v1/Configuration/Webhooks', { Filters: 'onConversationAdded' });
    await rest.call('POST', '/v1/Conversations', {}, { headers: ENABLED });
    await rest.emulator.webhooks.idle();
    expect(summary(harness)).toEqual(['POST /account onConversationAdded']);
  });

  it('hear of a conversation created with participants once for it and once per participant', async () => {
    const harness = await start();
    const created = await harness.rest.call(
      'POST',
      '/v1/ConversationWithParticipants',
      { FriendlyName: 'Group', Participant: ['{"identity":"alice"}', '{"identity":"bob"}'] },
      { headers: ENABLED },
    );
    expect(created.status).toBe(201);
    await harness.receiver.waitFor(3);
    await harness.rest.emulator.webhooks.idle();
    expect(summary(harness)).toEqual([
      'POST /account onConversationAdded',
      'POST /account onParticipantAdded',
      'POST /account onParticipantAdded',
    ]);
    expect(
      harness.receiver.received
        .flatMap((hook) => (hook.params.Identity ? [hook.params.Identity] : []))
        .sort(),
    ).toEqual(['alice', 'bob']);
  });
});

describe('conversation-scoped webhooks', () => {
  it('receive the events their filters list, with their method, beside the account webhook', async () => {
    const harness = await start();
    const { rest, receiver } = harness;
    const conversation = await rest.call('POST', '/v1/Conversations', {});
    const ch = `/v1/Conversations/${conversation.body.sid}`;
    const scoped = await rest.call('POST', `${ch}/Webhooks`, {
      Target: 'webhook',
      'Configuration.Url': `${receiver.origin}/scoped?tenant=7`,
      'Configuration.Method': 'get',
      'Configuration.Filters': ['onMessageAdded', 'onConversationRemoved'],
    });
    expect(scoped.status).toBe(201);
    // Triggers and Studio flows are not plain webhooks: they receive nothing here.
    await rest.call('POST', `${ch}/Webhooks`, {
      Target: 'trigger',
      'Configuration.Url': `${receiver.origin}/trigger`,
      'Configuration.Triggers': 'help',
    });
    await rest.call('POST', `${ch}/Webhooks`, {
      Target: 'studio',
      'Configuration.FlowSid': `FW${'1'.repeat(32)}`,
    });

    await rest.call('POST', `${ch}/Participants`, { Identity: 'alice' }, { headers: ENABLED });
    await rest.call('POST', `${ch}/Messages`, { Body: 'help' }, { headers: ENABLED });
    await rest.call('DELETE', ch, {}, { headers: ENABLED });
    await rest.emulator.webhooks.idle();
    expect(summary(harness)).toEqual([
      'GET /scoped onConversationRemoved',
      'GET /scoped onMessageAdded',
      'POST /account onConversationRemoved',
      'POST /account onMessageAdded',
      'POST /account onParticipantAdded',
    ]);
    for (const hook of receiver.received.filter((h) => h.method === 'GET')) {
      expect(hook.params.tenant).toBe('7');
      expect(hook.body).toBe('');
      expect(
        twilio.validateRequest(harness.authToken, String(hook.headers['x-twilio-signature']), hook.url, {}),
      ).toBe(true);
    }
  });
});

describe('a scoped webhook created with Configuration.ReplayAfter', () => {
  it('receives onMessageAdded for the messages from that index on, and nobody else does', async () => {
    const harness = await start();
    const { rest, receiver } = harness;
    const conversation = await rest.call('POST', '/v1/Conversations', {});
    const ch = `/v1/Conversations/${conversation.body.sid}`;
    for (const body of ['zero', 'one', 'two', 'three'])
      await rest.call('POST', `${ch}/Messages`, { Body: body });
    const created = await rest.call('POST', `${ch}/Webhooks`, {
      Target: 'webhook',
      'Configuration.Url': `${receiver.origin}/replay`,
      'Configuration.Filters': 'onMessageAdded',
      'Configuration.ReplayAfter': '2',
    });
    expect(created.status).toBe(201);
    await receiver.waitFor(2);
    await rest.emulator.webhooks.idle();
    expect(summary(harness)).toEqual(['POST /replay onMessageAdded', 'POST /replay onMessageAdded']);
    expect(receiver.received.map((hook) => `${hook.params.Index} ${hook.params.Body}`).sort()).toEqual([
      '2 two',
      '3 three',
    ]);
  });
});

describe('conversation state changes', () => {
  it('fire onConversationStateUpdated with Reason TIMER when a timer runs out, without any request', async () => {
    let clock = Date.parse('2026-05-01T12:00:00Z');
    const harness = await start({ now: () => clock, timerSweepMs: 20 });
    const { rest, receiver } = harness;
    // Made without the header: the timer's change is Twilio's own, and fires regardless.
    const created = await rest.call('POST', '/v1/Conversations', {
      State: 'active',
      'Timers.Inactive': 'PT1M',
    });
    expect(created.status).toBe(201);
    clock += 61_000;
    const [hook] = await receiver.waitFor(1);
    expect(hook?.params).toMatchObject({
      EventType: 'onConversationStateUpdated',
      ConversationSid: created.body.sid,
      StateFrom: 'active',
      StateTo: 'inactive',
      Reason: 'TIMER',
      StateUpdated: '2026-05-01T12:01:00.000Z',
    });
    const fetched = await rest.call('GET', `/v1/Conversations/${created.body.sid}`);
    expect(fetched.body.state).toBe('inactive');
  });

  it('report a timer change that a request notices first once, in order, when both timers ran out', async () => {
    let clock = Date.parse('2026-05-01T12:00:00Z');
    const harness = await start({ now: () => clock, timerSweepMs: 0 });
    const { rest } = harness;
    const created = await rest.call('POST', '/v1/Conversations', {
      State: 'active',
      'Timers.Inactive': 'PT1M',
      'Timers.Closed': 'PT10M',
    });
    clock += 11 * 60_000;
    await rest.call('GET', `/v1/Conversations/${created.body.sid}`);
    await rest.call('GET', '/v1/Conversations');
    await rest.emulator.webhooks.idle();
    const changes = harness.receiver.received
      .map((hook) => hook.params)
      .sort((a, b) => String(a.StateUpdated).localeCompare(String(b.StateUpdated)))
      .map((p) => `${p.StateFrom}→${p.StateTo} ${p.Reason} ${p.StateUpdated}`);
    expect(changes).toEqual([
      'active→inactive TIMER 2026-05-01T12:01:00.000Z',
      'inactive→closed TIMER 2026-05-01T12:10:00.000Z',
    ]);
  });

  it('fire Reason EVENT when a message brings an inactive conversation back', async () => {
    const harness = await start();
    const { rest } = harness;
    const created = await rest.call('POST', '/v1/Conversations', { State: 'inactive' });
    await rest.call(
      'POST',
      `/v1/Conversations/${created.body.sid}/Messages`,
      { Body: 'anyone there?' },
      { headers: ENABLED },
    );
    await rest.emulator.webhooks.idle();
    const state = harness.receiver.received.find(
      (hook) => hook.params.EventType === 'onConversationStateUpdated',
    );
    expect(state?.params).toMatchObject({ StateFrom: 'inactive', StateTo: 'active', Reason: 'EVENT' });
    expect(summary(harness)).toEqual([
      'POST /account onConversationStateUpdated',
      'POST /account onMessageAdded',
    ]);
  });
});

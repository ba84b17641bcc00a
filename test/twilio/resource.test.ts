import { describe, expect, it } from 'vitest';
import type { TwilioSession } from '../../src/twilio/index.ts';
import * as twilio from '../../src/twilio/index.ts';
import { resourceOperations } from '../../src/twilio/resource.ts';

/**
 * The resource functions are made from the catalogue: which functions a resource has, and the
 * params each one takes, are read from its operations. The typecheck holds the params (each
 * `@ts-expect-error` fails it if the type lets the mistake through); the factory refuses a
 * service form that is not one.
 */
const item = twilio.toRole;

describe('resourceOperations', () => {
  it('makes one function per verb the catalogue has for the resource', () => {
    expect(Object.keys(resourceOperations('ConversationMessage', item, { scoped: true })).sort()).toEqual([
      'create',
      'delete',
      'fetch',
      'list',
      'update',
    ]);
    expect(Object.keys(resourceOperations('ServiceBinding', item, { scoped: false })).sort()).toEqual([
      'delete',
      'fetch',
      'list',
    ]);
    expect(Object.keys(resourceOperations('ConversationMessageReceipt', item, { scoped: true }))).toEqual([
      'list',
      'fetch',
    ]);
  });

  it('refuses a service form that is another resource', () => {
    // A service's configuration sits where the account's would below the service, but is another
    // resource: its fields differ.
    expect(() => resourceOperations('Configuration', item, { scoped: true })).toThrow(
      'UpdateServiceConfiguration is not the service form of UpdateConfiguration',
    );
    expect(() => resourceOperations('ServiceBinding', item, { scoped: true })).toThrow(
      'ListServiceServiceBinding is not the service form of ListServiceBinding',
    );
  });

  it('types each function’s params from its operation', () => {
    // Only type-checked: the functions are never called.
    const typed = (session: TwilioSession) => [
      twilio.fetchMessage(session, { conversationSid: 'CH1', sid: 'IM1', serviceSid: null }),
      // @ts-expect-error the message's own SID is a path param of FetchConversationMessage
      twilio.fetchMessage(session, { conversationSid: 'CH1' }),
      twilio.createMessage(session, { conversationSid: 'CH1', body: 'hi', webhookEnabled: true }),
      // @ts-expect-error CreateConversationMessage has no form field `Bdy`
      twilio.createMessage(session, { conversationSid: 'CH1', bdy: 'hi' }),
      twilio.createConversationWebhook(session, {
        conversationSid: 'CH1',
        target: 'webhook',
        // @ts-expect-error CreateConversationScopedWebhook does not take X-Twilio-Webhook-Enabled
        webhookEnabled: true,
      }),
      twilio.listPushBindings(session, { serviceSid: 'IS1', identity: ['alice'], pageSize: 5 }),
      // @ts-expect-error bindings exist only under a named service
      twilio.listPushBindings(session, {}),
      twilio.fetchConfiguration(session),
      // @ts-expect-error UpdateConfiguration has no form field `ReachabilityEnabled` (the service's has)
      twilio.updateConfiguration(session, { reachabilityEnabled: true }),
    ];
    expect(typeof typed).toBe('function');
  });
});

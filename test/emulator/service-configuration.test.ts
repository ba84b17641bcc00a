import { describe, expect, it } from 'vitest';
import { createService, type TwilioError, useTestEmulator } from '../helpers/emulator.ts';

interface ServiceConfiguration {
  chat_service_sid: string;
  default_conversation_creator_role_sid: string;
  default_conversation_role_sid: string;
  default_chat_service_role_sid: string;
  url: string;
  links: Record<string, string>;
  reachability_enabled: boolean;
}

interface Notifications {
  account_sid: string;
  chat_service_sid: string;
  new_message: {
    enabled: boolean;
    template: string | null;
    sound: string | null;
    badge_count_enabled: boolean;
    with_media: { enabled: boolean; template: string | null };
  };
  added_to_conversation: { enabled: boolean; template: string | null; sound: string | null };
  removed_from_conversation: { enabled: boolean; template: string | null; sound: string | null };
  log_enabled: boolean;
  url: string;
}

interface ServiceWebhooks {
  account_sid: string;
  chat_service_sid: string;
  pre_webhook_url: string | null;
  post_webhook_url: string | null;
  filters: string[];
  method: string;
  url: string;
}

interface Role {
  sid: string;
  type: string;
  friendly_name: string;
}

// Twilio's own placeholder syntax, written escaped so it stays literal text.
const NEW_MESSAGE = `You have a new message in \${CONVERSATION} from \${PARTICIPANT}: \${MESSAGE}`;
const WITH_MEDIA = `\${MEDIA_COUNT} files: \${MEDIA}`;
const ADDED = `Added to \${CONVERSATION}`;
const REMOVED = `Removed from \${CONVERSATION}`;

const rest = useTestEmulator();

const newService = () => createService(rest, 'configured');

async function rolesOf(service: string): Promise<Record<string, Role>> {
  const page = await rest.call<{ roles: Role[] }>('GET', `/v1/Services/${service}/Roles`);
  return Object.fromEntries(page.body.roles.map((role) => [role.friendly_name, role]));
}

describe('service configuration', () => {
  it('points the defaults at the seeded roles and links to notifications and webhooks', async () => {
    const service = await newService();
    const roles = await rolesOf(service);
    const response = await rest.call<ServiceConfiguration>('GET', `/v1/Services/${service}/Configuration`);
    expect(response.status).toBe(200);
    const url = `${rest.emulator.url}/v1/Services/${service}/Configuration`;
    expect(response.body).toEqual({
      chat_service_sid: service,
      default_conversation_creator_role_sid: roles['channel admin']?.sid,
      default_conversation_role_sid: roles['channel user']?.sid,
      default_chat_service_role_sid: roles['service user']?.sid,
      url,
      links: { notifications: `${url}/Notifications`, webhooks: `${url}/Webhooks` },
      reachability_enabled: false,
    });
  });

  it('changes the default roles and reachability; new users then get the new service role', async () => {
    const service = await newService();
    const roles = await rolesOf(service);
    const updated = await rest.call<ServiceConfiguration>('POST', `/v1/Services/${service}/Configuration`, {
      DefaultChatServiceRoleSid: roles['service admin']?.sid,
      DefaultConversationRoleSid: roles['channel admin']?.sid,
      DefaultConversationCreatorRoleSid: roles['channel user']?.sid,
      ReachabilityEnabled: true,
    });
    expect(updated.status).toBe(200);
    expect(updated.body.default_chat_service_role_sid).toBe(roles['service admin']?.sid);
    expect(updated.body.default_conversation_role_sid).toBe(roles['channel admin']?.sid);
    expect(updated.body.default_conversation_creator_role_sid).toBe(roles['channel user']?.sid);
    expect(updated.body.reachability_enabled).toBe(true);
    const user = await rest.call<{ role_sid: string }>('POST', `/v1/Services/${service}/Users`, {
      Identity: 'new',
    });
    expect(user.body.role_sid).toBe(roles['service admin']?.sid);
  });

  it('refuses default roles of the wrong type, of another service, or unknown', async () => {
    const service = await newService();
    const other = await newService();
    const roles = await rolesOf(service);
    const otherRoles = await rolesOf(other);
    const path = `/v1/Services/${service}/Configuration`;
    const wrongType = await rest.call<TwilioError>('POST', path, {
      DefaultChatServiceRoleSid: roles['channel user']?.sid,
    });
    expect(wrongType.body.code).toBe(50105);
    const wrongType2 = await rest.call<TwilioError>('POST', path, {
      DefaultConversationRoleSid: roles['service user']?.sid,
    });
    expect(wrongType2.body.code).toBe(50105);
    const foreign = await rest.call<TwilioError>('POST', path, {
      DefaultConversationCreatorRoleSid: otherRoles['channel admin']?.sid,
    });
    expect(foreign.body.code).toBe(50100);
    const badBool = await rest.call<TwilioError>('POST', path, { ReachabilityEnabled: 'yes' });
    expect(badBool.status).toBe(400);
  });

  it('has no short route and answers 404 for an unknown service', async () => {
    expect((await rest.call('GET', '/v1/Configuration/Notifications')).status).toBe(404);
    const unknown = await rest.call<TwilioError>('GET', `/v1/Services/IS${'0'.repeat(32)}/Configuration`);
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe(20404);
  });
});

describe('service notifications', () => {
  it('starts with everything disabled and every key present', async () => {
    const service = await newService();
    const response = await rest.call<Notifications>(
      'GET',
      `/v1/Services/${service}/Configuration/Notifications`,
    );
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      account_sid: rest.emulator.accounts[0]?.accountSid,
      chat_service_sid: service,
      new_message: {
        enabled: false,
        template: null,
        sound: null,
        badge_count_enabled: false,
        with_media: { enabled: false, template: null },
      },
      added_to_conversation: { enabled: false, template: null, sound: null },
      removed_from_conversation: { enabled: false, template: null, sound: null },
      log_enabled: false,
      url: `${rest.emulator.url}/v1/Services/${service}/Configuration/Notifications`,
    });
  });

  it('updates from flat dotted keys and renders them nested', async () => {
    const service = await newService();
    const path = `/v1/Services/${service}/Configuration/Notifications`;
    const updated = await rest.call<Notifications>('POST', path, {
      LogEnabled: true,
      'NewMessage.Enabled': true,
      'NewMessage.Template': NEW_MESSAGE,
      'NewMessage.Sound': 'ring',
      'NewMessage.BadgeCountEnabled': true,
      'NewMessage.WithMedia.Enabled': true,
      'NewMessage.WithMedia.Template': WITH_MEDIA,
      'AddedToConversation.Enabled': true,
      'AddedToConversation.Template': ADDED,
      'AddedToConversation.Sound': 'ding',
      'RemovedFromConversation.Enabled': true,
      'RemovedFromConversation.Template': REMOVED,
      'RemovedFromConversation.Sound': 'dong',
    });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({
      log_enabled: true,
      new_message: {
        enabled: true,
        template: NEW_MESSAGE,
        sound: 'ring',
        badge_count_enabled: true,
        with_media: { enabled: true, template: WITH_MEDIA },
      },
      added_to_conversation: { enabled: true, template: ADDED, sound: 'ding' },
      removed_from_conversation: { enabled: true, template: REMOVED, sound: 'dong' },
    });

    const partial = await rest.call<Notifications>('POST', path, {
      'NewMessage.Enabled': false,
      'NewMessage.Sound': '',
    });
    expect(partial.body.new_message.enabled).toBe(false);
    expect(partial.body.new_message.sound).toBeNull();
    expect(partial.body.new_message.template).toBe(NEW_MESSAGE);
    expect((await rest.call<Notifications>('GET', path)).body).toEqual(partial.body);
  });

  it('changes nothing when one boolean is invalid', async () => {
    const service = await newService();
    const path = `/v1/Services/${service}/Configuration/Notifications`;
    const rejected = await rest.call<TwilioError>('POST', path, {
      LogEnabled: true,
      'AddedToConversation.Enabled': 'sometimes',
    });
    expect(rejected.status).toBe(400);
    expect((await rest.call<Notifications>('GET', path)).body.log_enabled).toBe(false);
  });
});

describe('service webhook configuration', () => {
  it('starts empty with POST and updates URLs, filters and method', async () => {
    const service = await newService();
    const path = `/v1/Services/${service}/Configuration/Webhooks`;
    const initial = await rest.call<ServiceWebhooks>('GET', path);
    expect(initial.body).toEqual({
      account_sid: rest.emulator.accounts[0]?.accountSid,
      chat_service_sid: service,
      pre_webhook_url: null,
      post_webhook_url: null,
      filters: [],
      method: 'POST',
      url: `${rest.emulator.url}${path}`,
    });
    const updated = await rest.call<ServiceWebhooks>('POST', path, {
      PreWebhookUrl: 'https://www.example.com/pre',
      PostWebhookUrl: 'https://www.example.com/post',
      Filters: ['onMessageRemove', 'onParticipantAdd'],
      Method: 'GET',
    });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({
      pre_webhook_url: 'https://www.example.com/pre',
      post_webhook_url: 'https://www.example.com/post',
      filters: ['onMessageRemove', 'onParticipantAdd'],
      method: 'GET',
    });
    expect((await rest.call<ServiceWebhooks>('GET', path)).body).toEqual(updated.body);
  });

  it('refuses unknown filters, methods and relative URLs', async () => {
    const service = await newService();
    const path = `/v1/Services/${service}/Configuration/Webhooks`;
    expect((await rest.call<TwilioError>('POST', path, { Filters: 'onMessageSent' })).body.code).toBe(50365);
    expect((await rest.call<TwilioError>('POST', path, { Method: 'DELETE' })).body.code).toBe(50055);
    expect((await rest.call<TwilioError>('POST', path, { PreWebhookUrl: 'example.com/pre' })).body.code).toBe(
      50054,
    );
  });
});

import { describe, expect, it } from 'vitest';
import { createService, type TwilioError, useTestEmulator } from '../helpers/emulator.ts';

interface Role {
  sid: string;
  account_sid: string;
  chat_service_sid: string;
  friendly_name: string;
  type: string;
  permissions: string[];
  date_created: string;
  date_updated: string;
  url: string;
}

interface RolePage {
  roles: Role[];
  meta: { page_size: number; next_page_url: string | null; key: string };
}

const rest = useTestEmulator();

const newService = () => createService(rest, 'roles test');

describe('roles', () => {
  it('gives a new service the four default roles, typed and with permissions', async () => {
    const service = await newService();
    const page = await rest.call<RolePage>('GET', `/v1/Services/${service}/Roles`);
    expect(page.status).toBe(200);
    expect(page.body.meta.key).toBe('roles');
    const byName = Object.fromEntries(page.body.roles.map((role) => [role.friendly_name, role]));
    expect(Object.keys(byName).sort()).toEqual([
      'channel admin',
      'channel user',
      'service admin',
      'service user',
    ]);
    expect(byName['service user']?.type).toBe('service');
    expect(byName['channel user']?.type).toBe('conversation');
    expect(byName['channel user']?.permissions).toContain('sendMessage');
    expect(byName['service admin']?.permissions).toContain('createConversation');
  });

  it('creates a conversation role from repeated Permission keys and renders it in the short form', async () => {
    const created = await rest.call<Role>('POST', '/v1/Roles', {
      FriendlyName: 'Conversation Role',
      Type: 'conversation',
      Permission: ['sendMessage', 'leaveConversation', 'editOwnMessage', 'deleteOwnMessage'],
    });
    expect(created.status).toBe(201);
    const role = created.body;
    expect(role.sid).toMatch(/^RL[0-9a-f]{32}$/);
    expect(role.permissions).toEqual([
      'sendMessage',
      'leaveConversation',
      'editOwnMessage',
      'deleteOwnMessage',
    ]);
    expect(role.url).toBe(`${rest.emulator.url}/v1/Roles/${role.sid}`);
    expect(Object.keys(role).sort()).toEqual(
      [
        'sid',
        'account_sid',
        'chat_service_sid',
        'friendly_name',
        'type',
        'permissions',
        'date_created',
        'date_updated',
        'url',
      ].sort(),
    );
    const fetched = await rest.call<Role>('GET', `/v1/Roles/${role.sid}`);
    expect(fetched.body).toEqual(role);
  });

  it('renders a role of a named service under that service URL', async () => {
    const service = await newService();
    const created = await rest.call<Role>('POST', `/v1/Services/${service}/Roles`, {
      FriendlyName: 'moderator',
      Type: 'service',
      Permission: 'editAnyUserInfo',
    });
    expect(created.status).toBe(201);
    expect(created.body.chat_service_sid).toBe(service);
    expect(created.body.url).toBe(`${rest.emulator.url}/v1/Services/${service}/Roles/${created.body.sid}`);
    const short = await rest.call<TwilioError>('GET', `/v1/Roles/${created.body.sid}`);
    expect(short.status).toBe(404);
  });

  it('rejects a role without a friendly name, with a long one, or with an unknown type', async () => {
    const missing = await rest.call<TwilioError>('POST', '/v1/Roles', {
      Type: 'service',
      Permission: 'joinConversation',
    });
    expect(missing.body.code).toBe(50000);
    const long = await rest.call<TwilioError>('POST', '/v1/Roles', {
      FriendlyName: 'x'.repeat(65),
      Type: 'service',
      Permission: 'joinConversation',
    });
    expect(long.body.code).toBe(50003);
    const badType = await rest.call<TwilioError>('POST', '/v1/Roles', {
      FriendlyName: 'r',
      Type: 'channel',
      Permission: 'joinConversation',
    });
    expect(badType.status).toBe(400);
    expect(badType.body.code).toBe(50105);
  });

  it('rejects permissions that do not exist in the role scope, and a role with none', async () => {
    const unknown = await rest.call<TwilioError>('POST', '/v1/Roles', {
      FriendlyName: 'r',
      Type: 'conversation',
      Permission: ['sendMessage', 'flyToTheMoon'],
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.code).toBe(50104);
    const wrongScope = await rest.call<TwilioError>('POST', '/v1/Roles', {
      FriendlyName: 'r',
      Type: 'conversation',
      Permission: 'createConversation',
    });
    expect(wrongScope.body.code).toBe(50104);
    const none = await rest.call<TwilioError>('POST', '/v1/Roles', { FriendlyName: 'r', Type: 'service' });
    expect(none.status).toBe(400);
    expect(none.body.code).toBe(20001);
  });

  it('replaces the whole permission set on update and keeps the name and type', async () => {
    const created = await rest.call<Role>('POST', '/v1/Roles', {
      FriendlyName: 'editor',
      Type: 'conversation',
      Permission: ['sendMessage', 'editOwnMessage'],
    });
    const updated = await rest.call<Role>('POST', `/v1/Roles/${created.body.sid}`, {
      Permission: ['sendMediaMessage'],
      FriendlyName: 'ignored',
    });
    expect(updated.status).toBe(200);
    expect(updated.body.permissions).toEqual(['sendMediaMessage']);
    expect(updated.body.friendly_name).toBe('editor');
    expect(updated.body.type).toBe('conversation');
    const invalid = await rest.call<TwilioError>('POST', `/v1/Roles/${created.body.sid}`, {
      Permission: 'joinConversation',
    });
    expect(invalid.body.code).toBe(50104);
  });

  it('deletes an unused role and then answers 404 for it', async () => {
    const created = await rest.call<Role>('POST', '/v1/Roles', {
      FriendlyName: 'temporary',
      Type: 'service',
      Permission: 'joinConversation',
    });
    const deleted = await rest.call('DELETE', `/v1/Roles/${created.body.sid}`);
    expect(deleted.status).toBe(204);
    expect(deleted.body).toBeUndefined();
    const fetched = await rest.call<TwilioError>('GET', `/v1/Roles/${created.body.sid}`);
    expect(fetched.status).toBe(404);
    expect(fetched.body.code).toBe(20404);
  });

  it('refuses to delete a role that is a service default or assigned to a user', async () => {
    const service = await newService();
    const configuration = await rest.call<{ default_chat_service_role_sid: string }>(
      'GET',
      `/v1/Services/${service}/Configuration`,
    );
    const defaultRole = configuration.body.default_chat_service_role_sid;
    const refused = await rest.call<TwilioError>('DELETE', `/v1/Services/${service}/Roles/${defaultRole}`);
    expect(refused.status).toBe(400);
    expect(refused.body.code).toBe(50106);

    const custom = await rest.call<Role>('POST', `/v1/Services/${service}/Roles`, {
      FriendlyName: 'vip',
      Type: 'service',
      Permission: 'createConversation',
    });
    await rest.call('POST', `/v1/Services/${service}/Users`, {
      Identity: 'vip-user',
      RoleSid: custom.body.sid,
    });
    const inUse = await rest.call<TwilioError>('DELETE', `/v1/Services/${service}/Roles/${custom.body.sid}`);
    expect(inUse.body.code).toBe(50106);
    await rest.call('DELETE', `/v1/Services/${service}/Users/vip-user`);
    const freed = await rest.call('DELETE', `/v1/Services/${service}/Roles/${custom.body.sid}`);
    expect(freed.status).toBe(204);
  });

  it('answers 404 for a role SID of the wrong shape', async () => {
    const response = await rest.call<TwilioError>('GET', '/v1/Roles/not-a-role');
    expect(response.status).toBe(404);
  });

  it('clamps the page size to 50 and pages through every role', async () => {
    const service = await newService();
    for (let i = 0; i < 3; i += 1) {
      await rest.call('POST', `/v1/Services/${service}/Roles`, {
        FriendlyName: `extra ${i}`,
        Type: 'conversation',
        Permission: 'sendMessage',
      });
    }
    const clamped = await rest.call<RolePage>('GET', `/v1/Services/${service}/Roles`, { PageSize: 500 });
    expect(clamped.body.meta.page_size).toBe(50);
    expect(clamped.body.roles).toHaveLength(7);

    const seen: string[] = [];
    let next: string | null = `/v1/Services/${service}/Roles?PageSize=3`;
    while (next) {
      const page: { body: RolePage } = await rest.call<RolePage>('GET', next.replace(rest.emulator.url, ''));
      seen.push(...page.body.roles.map((role) => role.friendly_name));
      next = page.body.meta.next_page_url;
    }
    expect(seen).toHaveLength(7);
    expect(seen.slice(4)).toEqual(['extra 0', 'extra 1', 'extra 2']);
  });
});

import { describe, expect, it } from 'vitest';
import {
  ConversationParticipantRolesDocument,
  CreateRoleDocument,
  CreateServiceRoleDocument,
  DeleteRoleDocument,
  DeleteServiceRoleDocument,
  FetchConfigurationDocument,
  FetchRoleDocument,
  FetchServiceRoleDocument,
  ListRoleDocument,
  RoleNodeDocument,
  ServiceRolesFromServiceDocument,
  UpdateServiceRoleDocument,
  UserRoleSidDocument,
} from '../documents/generated.ts';
import { createServiceNamed, useTestGateway } from '../helpers/gateway.ts';

const gateway = useTestGateway({ seed: 'demo' });

describe('roles', () => {
  it('lists the default roles of the default service', async () => {
    const data = await gateway.run(ListRoleDocument, {});
    const names = data.roles.edges.map((edge) => [edge.node.friendlyName, edge.node.type]);
    expect(names).toEqual(
      expect.arrayContaining([
        ['service admin', 'SERVICE'],
        ['service user', 'SERVICE'],
        ['channel admin', 'CONVERSATION'],
        ['channel user', 'CONVERSATION'],
      ]),
    );
    expect(gateway.operations()).toEqual(['ListRole']);
  });

  it('reads a role by SID, and null for one that does not exist', async () => {
    const first = (await gateway.run(ListRoleDocument, { first: 1 })).roles.edges[0]?.node;
    const found = await gateway.run(FetchRoleDocument, { sid: first?.sid ?? '' });
    expect(found.role).toEqual(first);
    const missing = await gateway.run(FetchRoleDocument, { sid: 'RL00000000000000000000000000000000' });
    expect(missing.role).toBeNull();
  });

  it('creates, updates and deletes a conversation role in a named service', async () => {
    const serviceSid = await createServiceNamed(gateway, 'Roles');
    const created = await gateway.run(CreateServiceRoleDocument, {
      serviceSid,
      friendlyName: 'reader',
      type: 'CONVERSATION',
      permissions: ['leaveConversation'],
    });
    expect(created.createRole.userErrors).toEqual([]);
    expect(created.createRole.role).toMatchObject({
      friendlyName: 'reader',
      type: 'CONVERSATION',
      permissions: ['leaveConversation'],
    });
    const sid = created.createRole.role?.sid ?? '';

    const updated = await gateway.run(UpdateServiceRoleDocument, {
      serviceSid,
      sid,
      permissions: ['leaveConversation', 'sendMessage'],
    });
    expect(updated.updateRole.role?.permissions.sort()).toEqual(['leaveConversation', 'sendMessage']);

    // The default-service route does not know a role of another service.
    expect((await gateway.run(FetchRoleDocument, { sid })).role).toBeNull();

    const deleted = await gateway.run(DeleteServiceRoleDocument, { serviceSid, sid });
    expect(deleted.deleteRole).toEqual({ deletedSid: sid, userErrors: [] });
    expect((await gateway.run(FetchServiceRoleDocument, { serviceSid, sid })).role).toBeNull();
  });

  it('refuses an unknown permission with Twilio’s code 50104', async () => {
    const result = await gateway.run(CreateRoleDocument, {
      friendlyName: 'bad',
      type: 'SERVICE',
      permissions: ['flyToTheMoon'],
    });
    expect(result.createRole.role).toBeNull();
    expect(result.createRole.userErrors.map((error) => error.code)).toEqual([50104]);
  });

  it('refuses to delete a role that is still in use', async () => {
    const { user } = await gateway.run(UserRoleSidDocument, { sid: 'alice' });
    const result = await gateway.run(DeleteRoleDocument, { sid: user?.roleSid ?? '' });
    expect(result.deleteRole.deletedSid).toBeNull();
    expect(result.deleteRole.userErrors.map((error) => error.code)).toEqual([50106]);
  });

  it('fetches a role by its global ID in one call', async () => {
    const role = (await gateway.run(ListRoleDocument, { first: 1 })).roles.edges[0]?.node;
    const node = await gateway.run(RoleNodeDocument, { id: role?.id ?? '' });
    expect(node.node).toEqual(role);
    // The global ID names the service, so the lookup goes straight to the service route.
    expect(gateway.operations()).toEqual(['FetchServiceRole']);
  });

  it('gives each participant its role, reading the roles of one conversation in one call', async () => {
    const data = await gateway.run(ConversationParticipantRolesDocument, { sid: 'product-launch' });
    expect(data.conversation?.participants.edges.map((edge) => edge.node.role?.friendlyName)).toEqual([
      'channel user',
      'channel user',
      'channel user',
    ]);
    // Three participants share one role, read with the service's roles list started from the
    // lookup's arguments, next to the members (not after them). Minimum 2.
    expect(gateway.operations()).toEqual(['ListConversationParticipant', 'ListRole']);
  });

  it('lists a service’s roles from the service', async () => {
    const { configuration } = await gateway.run(FetchConfigurationDocument);
    const data = await gateway.run(ServiceRolesFromServiceDocument, {
      sid: configuration.defaultChatServiceSid ?? '',
    });
    expect(data.service?.roles.edges.length).toBeGreaterThanOrEqual(4);
    expect(gateway.operations()).toEqual(['FetchService', 'ListServiceRole']);
  });
});

import { describe, expect, it } from 'vitest';
import {
  CreateRoleDocument,
  CreateServiceRoleDocument,
  DeleteRoleDocument,
  DeleteServiceRoleDocument,
  FetchRoleDocument,
  FetchServiceRoleDocument,
  ListRoleDocument,
  UpdateServiceRoleDocument,
} from '../documents/generated.ts';
import { useTestGateway } from '../helpers/gateway.ts';

const gateway = useTestGateway({ seed: 'demo' });

interface RoleShape {
  id: string;
  sid: string;
  friendlyName: string;
  type: 'SERVICE' | 'CONVERSATION';
  permissions: string[];
}

const ROLE_FIELDS = 'id sid friendlyName type permissions';

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
    const service = await gateway.run<{ createService: { service: { sid: string } } }>(
      'mutation { createService(input: { friendlyName: "Roles" }) { service { sid } } }',
    );
    const serviceSid = service.createService.service.sid;
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
    const { user } = await gateway.run<{ user: { roleSid: string } }>('{ user(sid: "alice") { roleSid } }');
    const result = await gateway.run(DeleteRoleDocument, { sid: user.roleSid });
    expect(result.deleteRole.deletedSid).toBeNull();
    expect(result.deleteRole.userErrors.map((error) => error.code)).toEqual([50106]);
  });

  it('fetches a role by its global ID in one call', async () => {
    const list = await gateway.run<{ roles: { edges: Array<{ node: RoleShape }> } }>(
      `{ roles(first: 1) { edges { node { ${ROLE_FIELDS} } } } }`,
    );
    const role = list.roles.edges[0]?.node;
    const node = await gateway.run<{ node: RoleShape }>(
      `query ($id: ID!) { node(id: $id) { ... on Role { ${ROLE_FIELDS} } } }`,
      {
        id: role?.id,
      },
    );
    expect(node.node).toEqual(role);
    // The global ID names the service, so the lookup goes straight to the service route.
    expect(gateway.operations()).toEqual(['FetchServiceRole']);
  });

  it('gives each participant its role, reading the roles of one conversation in one call', async () => {
    const data = await gateway.run<{
      conversation: {
        participants: { edges: Array<{ node: { identity: string | null; role: { friendlyName: string } } }> };
      };
    }>(
      '{ conversation(sid: "product-launch") { participants { edges { node { identity role { friendlyName } } } } } }',
    );
    expect(data.conversation.participants.edges.map((edge) => edge.node.role.friendlyName)).toEqual([
      'channel user',
      'channel user',
      'channel user',
    ]);
    // Three participants share one role, read with the service's roles list started from the
    // lookup's arguments, next to the members (not after them). Minimum 2.
    expect(gateway.operations()).toEqual(['ListConversationParticipant', 'ListRole']);
  });

  it('lists a service’s roles from the service', async () => {
    const { configuration } = await gateway.run<{ configuration: { defaultChatServiceSid: string } }>(
      '{ configuration { defaultChatServiceSid } }',
    );
    const data = await gateway.run<{
      service: { roles: { edges: Array<{ node: { friendlyName: string } }> } };
    }>('query ($s: String!) { service(sid: $s) { roles { edges { node { friendlyName } } } } }', {
      s: configuration.defaultChatServiceSid,
    });
    expect(data.service.roles.edges.length).toBeGreaterThanOrEqual(4);
    expect(gateway.operations()).toEqual(['FetchService', 'ListServiceRole']);
  });
});

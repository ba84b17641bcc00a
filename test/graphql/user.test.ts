import { describe, expect, it } from 'vitest';
import { useTestGateway } from '../helpers/gateway.ts';

const gateway = useTestGateway({ seed: 'demo' });

const CREATE_USER = `mutation ($input: CreateUserInput!) {
  createUser(input: $input) { user { sid identity friendlyName attributes roleSid chatServiceSid } userErrors { code message moreInfo } }
}`;

interface CreateUserResult {
  createUser: {
    user: {
      sid: string;
      identity: string;
      friendlyName: string | null;
      attributes: unknown;
      roleSid: string;
      chatServiceSid: string;
    } | null;
    userErrors: Array<{ code: number; message: string; moreInfo: string }>;
  };
}

describe('users', () => {
  it('reads a user of the default service by identity and by SID, with parsed attributes and role', async () => {
    const byIdentity = await gateway.run<{
      user: {
        sid: string;
        identity: string;
        friendlyName: string;
        attributes: unknown;
        role: { friendlyName: string; type: string };
      };
    }>('{ user(sid: "alice") { sid identity friendlyName attributes role { friendlyName type } } }');
    expect(byIdentity.user).toMatchObject({
      identity: 'alice',
      friendlyName: 'Alice Johnson',
      attributes: { title: 'Support lead' },
      role: { friendlyName: 'service user', type: 'SERVICE' },
    });
    const bySid = await gateway.run<{ user: { identity: string } }>(
      'query ($sid: String!) { user(sid: $sid) { identity } }',
      {
        sid: byIdentity.user.sid,
      },
    );
    expect(bySid.user.identity).toBe('alice');
    expect(gateway.operations()).toEqual(['FetchUser']);
  });

  it('links a user and its role to the service they belong to, fetching the service once', async () => {
    const data = await gateway.run<{
      configuration: { defaultChatServiceSid: string };
      user: { service: { sid: string }; role: { service: { sid: string } } };
    }>(
      '{ configuration { defaultChatServiceSid } user(sid: "dave") { service { sid } role { service { sid } } } }',
    );
    expect(data.user.service.sid).toBe(data.configuration.defaultChatServiceSid);
    expect(data.user.role.service.sid).toBe(data.configuration.defaultChatServiceSid);
    expect(gateway.operations()).toEqual(['FetchConfiguration', 'FetchRole', 'FetchService', 'FetchUser']);
  });

  it('returns null for an unknown identity and an unknown SID', async () => {
    const result = await gateway.query(
      '{ a: user(sid: "nobody") { sid } b: user(sid: "US00000000000000000000000000000000") { sid } }',
    );
    expect(result).toEqual({ data: { a: null, b: null } });
  });

  it('reads users of a named service through its routes', async () => {
    const sales = await gateway.run<{
      services: { edges: Array<{ node: { sid: string; friendlyName: string } }> };
    }>('{ services(first: 50) { edges { node { sid friendlyName } } } }');
    const serviceSid = sales.services.edges.find((edge) => edge.node.friendlyName === 'Sales team')?.node.sid;
    const data = await gateway.run<{
      user: { identity: string; chatServiceSid: string } | null;
      users: { edges: Array<{ node: { identity: string } }> };
    }>(
      'query ($s: String!) { user(sid: "erin", serviceSid: $s) { identity chatServiceSid } users(serviceSid: $s) { edges { node { identity } } } }',
      { s: serviceSid },
    );
    expect(data.user).toEqual({ identity: 'erin', chatServiceSid: serviceSid });
    expect(data.users.edges.map((edge) => edge.node.identity)).toEqual(['erin']);
    expect(gateway.operations()).toEqual(['FetchServiceUser', 'ListServiceUser']);
    // Erin is not a user of the default service.
    expect((await gateway.run<{ user: null }>('{ user(sid: "erin") { sid } }')).user).toBeNull();
  });

  it('lists the default service’s users, oldest first', async () => {
    const data = await gateway.run<{ users: { edges: Array<{ node: { identity: string } }> } }>(
      '{ users(first: 10) { edges { node { identity } } } }',
    );
    expect(data.users.edges.map((edge) => edge.node.identity)).toEqual(['alice', 'bob', 'carol', 'dave']);
  });

  it('creates, updates and deletes a user', async () => {
    const created = await gateway.run<CreateUserResult>(CREATE_USER, {
      input: { identity: 'frank', friendlyName: 'Frank', attributes: { team: 'ops' } },
    });
    expect(created.createUser.userErrors).toEqual([]);
    expect(created.createUser.user).toMatchObject({
      identity: 'frank',
      friendlyName: 'Frank',
      attributes: { team: 'ops' },
    });
    expect(created.createUser.user?.sid).toMatch(/^US[0-9a-f]{32}$/);

    const updated = await gateway.run<{
      updateUser: { user: { friendlyName: string; attributes: unknown }; userErrors: unknown[] };
    }>(
      `mutation { updateUser(input: { sid: "frank", friendlyName: "Frank Ops", attributes: { team: "ops", level: 2 } }) {
        user { friendlyName attributes } userErrors { code }
      } }`,
    );
    expect(updated.updateUser).toEqual({
      user: { friendlyName: 'Frank Ops', attributes: { team: 'ops', level: 2 } },
      userErrors: [],
    });

    const deleted = await gateway.run<{ deleteUser: { deletedSid: string; userErrors: unknown[] } }>(
      'mutation { deleteUser(input: { sid: "frank" }) { deletedSid userErrors { code } } }',
    );
    expect(deleted.deleteUser).toEqual({ deletedSid: 'frank', userErrors: [] });
    expect((await gateway.run<{ user: null }>('{ user(sid: "frank") { sid } }')).user).toBeNull();
  });

  it('refuses a duplicate identity with Twilio’s code 50201', async () => {
    const result = await gateway.run<CreateUserResult>(CREATE_USER, { input: { identity: 'alice' } });
    expect(result.createUser.user).toBeNull();
    expect(result.createUser.userErrors).toHaveLength(1);
    expect(result.createUser.userErrors[0]).toMatchObject({ code: 50201 });
    expect(result.createUser.userErrors[0]?.moreInfo).toContain('50201');
  });

  it('reports updating an unknown user as a user error', async () => {
    const result = await gateway.run<{ updateUser: { user: null; userErrors: Array<{ code: number }> } }>(
      'mutation { updateUser(input: { sid: "nobody", friendlyName: "x" }) { user { sid } userErrors { code } } }',
    );
    expect(result.updateUser.user).toBeNull();
    expect(result.updateUser.userErrors.map((error) => error.code)).toEqual([20404]);
  });

  it('fetches a user by its global ID in one call', async () => {
    const { user } = await gateway.run<{ user: { id: string; sid: string } }>(
      '{ user(sid: "bob") { id sid } }',
    );
    const node = await gateway.run<{ node: { __typename: string; identity: string; sid: string } }>(
      'query ($id: ID!) { node(id: $id) { __typename ... on User { sid identity } } }',
      { id: user.id },
    );
    expect(node.node).toEqual({ __typename: 'User', sid: user.sid, identity: 'bob' });
    // The global ID names the service, so the lookup goes straight to the service route.
    expect(gateway.operations()).toEqual(['FetchServiceUser']);
  });
});

describe('the user of a participant', () => {
  it('links a chat participant to its user, and an SMS participant to none', async () => {
    const data = await gateway.run<{
      conversation: {
        participants: {
          edges: Array<{ node: { identity: string | null; user: { friendlyName: string } | null } }>;
        };
      };
    }>(
      '{ conversation(sid: "support-1042") { participants { edges { node { identity user { friendlyName } } } } } }',
    );
    expect(data.conversation.participants.edges.map((edge) => edge.node)).toEqual([
      { identity: 'carol', user: { friendlyName: 'Carol Chen' } },
      { identity: null, user: null },
    ]);
    // Minimum 2: the members, then the one chat member's user.
    expect(gateway.operations()).toEqual(['FetchUser', 'ListConversationParticipant']);
  });
});

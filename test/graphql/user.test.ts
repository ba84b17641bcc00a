import { describe, expect, it } from 'vitest';
import {
  CreateUserDocument,
  DeleteUserDocument,
  FetchUserDocument,
  ListServiceDocument,
  ListUserDocument,
  ParticipantUsersDocument,
  ServiceUserAndUsersDocument,
  TwoUsersDocument,
  UpdateUserDocument,
  UserNodeDocument,
  UserServiceLinksDocument,
  UserWithRoleDocument,
} from '../documents/generated.ts';
import { useTestGateway } from '../helpers/gateway.ts';

const gateway = useTestGateway({ seed: 'demo' });

describe('users', () => {
  it('reads a user of the default service by identity and by SID, with parsed attributes and role', async () => {
    const byIdentity = await gateway.run(UserWithRoleDocument, { sid: 'alice' });
    expect(byIdentity.user).toMatchObject({
      identity: 'alice',
      friendlyName: 'Alice Johnson',
      attributes: { title: 'Support lead' },
      role: { friendlyName: 'service user', type: 'SERVICE' },
    });
    const bySid = await gateway.run(FetchUserDocument, { sid: byIdentity.user?.sid ?? '' });
    expect(bySid.user?.identity).toBe('alice');
    expect(gateway.operations()).toEqual(['FetchUser']);
  });

  it('links a user and its role to the service they belong to, fetching the service once', async () => {
    const data = await gateway.run(UserServiceLinksDocument, { sid: 'dave' });
    expect(data.user?.service?.sid).toBe(data.configuration.defaultChatServiceSid);
    expect(data.user?.role?.service?.sid).toBe(data.configuration.defaultChatServiceSid);
    // The role is read with the roles list, started from the lookup's arguments next to the user:
    // one call, as its fetch would be, and not after the user.
    expect(gateway.operations()).toEqual(['FetchConfiguration', 'FetchService', 'FetchUser', 'ListRole']);
  });

  it('returns null for an unknown identity and an unknown SID', async () => {
    const result = await gateway.query(TwoUsersDocument, {
      a: 'nobody',
      b: 'US00000000000000000000000000000000',
    });
    expect(result).toEqual({ data: { a: null, b: null } });
  });

  it('reads users of a named service through its routes', async () => {
    const services = await gateway.run(ListServiceDocument, { first: 50 });
    const serviceSid = services.services.edges.find((edge) => edge.node.friendlyName === 'Sales team')?.node
      .sid;
    const data = await gateway.run(ServiceUserAndUsersDocument, {
      serviceSid: serviceSid ?? '',
      sid: 'erin',
    });
    expect(data.user).toEqual({ identity: 'erin', chatServiceSid: serviceSid });
    expect(data.users.edges.map((edge) => edge.node.identity)).toEqual(['erin']);
    expect(gateway.operations()).toEqual(['FetchServiceUser', 'ListServiceUser']);
    // Erin is not a user of the default service.
    expect((await gateway.run(FetchUserDocument, { sid: 'erin' })).user).toBeNull();
  });

  it('lists the default service’s users, oldest first', async () => {
    const data = await gateway.run(ListUserDocument, { first: 10 });
    expect(data.users.edges.map((edge) => edge.node.identity)).toEqual(['alice', 'bob', 'carol', 'dave']);
  });

  it('creates, updates and deletes a user', async () => {
    const created = await gateway.run(CreateUserDocument, {
      identity: 'frank',
      friendlyName: 'Frank',
      attributes: { team: 'ops' },
    });
    expect(created.createUser.userErrors).toEqual([]);
    expect(created.createUser.user).toMatchObject({
      identity: 'frank',
      friendlyName: 'Frank',
      attributes: { team: 'ops' },
    });
    expect(created.createUser.user?.sid).toMatch(/^US[0-9a-f]{32}$/);

    const updated = await gateway.run(UpdateUserDocument, {
      sid: 'frank',
      friendlyName: 'Frank Ops',
      attributes: { team: 'ops', level: 2 },
    });
    const user = updated.updateUser.user;
    expect({
      user: { friendlyName: user?.friendlyName, attributes: user?.attributes },
      userErrors: updated.updateUser.userErrors,
    }).toEqual({
      user: { friendlyName: 'Frank Ops', attributes: { team: 'ops', level: 2 } },
      userErrors: [],
    });

    const deleted = await gateway.run(DeleteUserDocument, { sid: 'frank' });
    expect(deleted.deleteUser).toEqual({ deletedSid: 'frank', userErrors: [] });
    expect((await gateway.run(FetchUserDocument, { sid: 'frank' })).user).toBeNull();
  });

  it('refuses a duplicate identity with Twilio’s code 50201', async () => {
    const result = await gateway.run(CreateUserDocument, { identity: 'alice' });
    expect(result.createUser.user).toBeNull();
    expect(result.createUser.userErrors).toHaveLength(1);
    expect(result.createUser.userErrors[0]).toMatchObject({ code: 50201 });
    expect(result.createUser.userErrors[0]?.moreInfo).toContain('50201');
  });

  it('reports updating an unknown user as a user error', async () => {
    const result = await gateway.run(UpdateUserDocument, { sid: 'nobody', friendlyName: 'x' });
    expect(result.updateUser.user).toBeNull();
    expect(result.updateUser.userErrors.map((error) => error.code)).toEqual([20404]);
  });

  it('fetches a user by its global ID in one call', async () => {
    const { user } = await gateway.run(FetchUserDocument, { sid: 'bob' });
    const node = await gateway.run(UserNodeDocument, { id: user?.id ?? '' });
    expect(node.node).toEqual({ __typename: 'User', sid: user?.sid, identity: 'bob' });
    // The global ID names the service, so the lookup goes straight to the service route.
    expect(gateway.operations()).toEqual(['FetchServiceUser']);
  });
});

describe('the user of a participant', () => {
  it('links a chat participant to its user, and an SMS participant to none', async () => {
    const data = await gateway.run(ParticipantUsersDocument, { conversationSid: 'support-1042' });
    expect(data.conversation?.participants.edges.map((edge) => edge.node)).toEqual([
      { identity: 'carol', user: { friendlyName: 'Carol Chen' } },
      { identity: null, user: null },
    ]);
    // Minimum 2: the members, and the service's users read as one page next to them, since the
    // selection asks for the user of up to 20 members (a page that has them all).
    expect(gateway.operations()).toEqual(['ListConversationParticipant', 'ListUser']);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import {
  ConversationServiceSidDocument,
  CreateServiceConversationDocument,
  CreateServiceConversationParticipantDocument,
  CreateServiceDocument,
  CreateServiceRoleDocument,
  CreateServiceUserDocument,
  DefaultServiceSidDocument,
  DeleteServiceDocument,
  FetchServiceDocument,
  ListServiceDocument,
  ServiceConversationLinksDocument,
  ServiceConversationsInStateDocument,
  ServiceIdDocument,
  ServiceMembersDocument,
  ServiceNodeDocument,
} from '../documents/generated.ts';
import { createServiceNamed, useTestGateway } from '../helpers/gateway.ts';

const gateway = useTestGateway({ seed: 'demo' });

const createService = (friendlyName: string) => createServiceNamed(gateway, friendlyName);

async function defaultServiceSid(): Promise<string> {
  const data = await gateway.run(DefaultServiceSidDocument);
  const sid = data.conversations.edges[0]?.node.chatServiceSid;
  if (!sid) throw new Error('the demo seed has no conversation');
  return sid;
}

describe('services', () => {
  it('creates a service, reads it by SID and lists it among the account’s services', async () => {
    const created = await gateway.run(CreateServiceDocument, { friendlyName: 'Field team' });
    const { service, userErrors } = created.createService;
    expect(userErrors).toEqual([]);
    if (!service) throw new Error('no service was created');
    expect(service.sid).toMatch(/^IS[0-9a-f]{32}$/);
    expect(service.friendlyName).toBe('Field team');

    const read = await gateway.run(FetchServiceDocument, { sid: service.sid });
    expect(read.service).toMatchObject({ sid: service.sid, friendlyName: 'Field team' });
    expect(read.service?.url).toContain(`/v1/Services/${service.sid}`);

    const list = await gateway.run(ListServiceDocument, { first: 100 });
    expect(list.services.edges.map((edge) => edge.node.sid)).toContain(service.sid);
  });

  it('returns null for a service that does not exist', async () => {
    const result = await gateway.query(FetchServiceDocument, { sid: 'IS00000000000000000000000000000000' });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ service: null });
  });

  it('deletes a service, after which it reads as null', async () => {
    const sid = await createService('Short-lived');
    const deleted = await gateway.run(DeleteServiceDocument, { sid });
    expect(deleted.deleteService).toEqual({ deletedSid: sid, userErrors: [] });
    const read = await gateway.run(FetchServiceDocument, { sid });
    expect(read.service).toBeNull();
  });

  it('reports deleting an unknown service as a user error with Twilio’s code', async () => {
    const result = await gateway.run(DeleteServiceDocument, { sid: 'IS00000000000000000000000000000000' });
    expect(result.deleteService.deletedSid).toBeNull();
    expect(result.deleteService.userErrors).toHaveLength(1);
    expect(result.deleteService.userErrors[0]?.code).toBe(20404);
  });

  it('fetches a service by its global ID in one call', async () => {
    const sid = await createService('By node');
    const read = await gateway.run(ServiceIdDocument, { sid });
    const node = await gateway.run(ServiceNodeDocument, { id: read.service?.id ?? '' });
    expect(node.node).toEqual({ __typename: 'Service', sid });
    expect(gateway.operations()).toEqual(['FetchService']);
  });

  it('lists a named service’s conversations through its own routes, and links each back to the service', async () => {
    const sid = await createService('Sales desk');
    await gateway.run(CreateServiceConversationDocument, { serviceSid: sid, friendlyName: 'Renewal' });
    const data = await gateway.run(ServiceConversationLinksDocument, { sid });
    expect(data.service?.conversations.edges.map((edge) => edge.node)).toEqual([
      { friendlyName: 'Renewal', service: { sid } },
    ]);
    // The service was read once; the conversation's link back to it is served from the loader.
    expect(gateway.operations()).toEqual(['FetchService', 'ListServiceConversation']);
  });

  it('links a conversation read through the default routes to the account’s default service', async () => {
    const sid = await defaultServiceSid();
    const data = await gateway.run(ConversationServiceSidDocument, { sid: 'product-launch' });
    expect(data.conversation?.service?.sid).toBe(sid);
  });

  it('filters a service’s conversations by state', async () => {
    const sid = await defaultServiceSid();
    const data = await gateway.run(ServiceConversationsInStateDocument, { sid, state: 'CLOSED' });
    expect(data.service?.conversations.edges.map((edge) => edge.node)).toEqual([
      { friendlyName: 'Q3 planning (archived)', state: 'CLOSED' },
    ]);
  });

  describe('a service’s conversations with their participants, users and roles', () => {
    let serviceSid: string;

    beforeAll(async () => {
      serviceSid = await createService('Support floor');
      for (const identity of ['ann', 'ben', 'cat']) {
        await gateway.run(CreateServiceUserDocument, { serviceSid, identity });
      }
      const role = await gateway.run(CreateServiceRoleDocument, {
        serviceSid,
        friendlyName: 'moderator',
        type: 'CONVERSATION',
        permissions: ['sendMessage', 'removeParticipant'],
      });
      const moderator = role.createRole.role?.sid;
      if (!moderator) throw new Error(JSON.stringify(role));
      // Each conversation has members of both roles, so whichever participant list arrives first
      // asks for both roles in one tick.
      const members: Array<{ conversation: string; identity?: string; address?: string; role?: string }> = [
        { conversation: 'first-line', identity: 'ann', role: moderator },
        { conversation: 'first-line', identity: 'ben' },
        { conversation: 'first-line', address: '+15550100001' },
        { conversation: 'escalations', identity: 'ann' },
        { conversation: 'escalations', identity: 'cat', role: moderator },
        { conversation: 'escalations', identity: 'ghost' },
      ];
      for (const name of ['first-line', 'escalations']) {
        await gateway.run(CreateServiceConversationDocument, { serviceSid, uniqueName: name });
      }
      for (const member of members) {
        const result = await gateway.run(CreateServiceConversationParticipantDocument, {
          serviceSid,
          conversationSid: member.conversation,
          identity: member.identity ?? null,
          messagingBinding: member.address ? { address: member.address, proxyAddress: '+15550109999' } : null,
          roleSid: member.role ?? null,
        });
        expect(result.createParticipant.userErrors).toEqual([]);
      }
    });

    it('answers with every participant’s user (null for SMS and unknown identities) and role', async () => {
      const data = await gateway.run(ServiceMembersDocument, { sid: serviceSid });
      const seen = data.service?.conversations.edges.map((edge) => ({
        conversation: edge.node.uniqueName,
        members: edge.node.participants.edges.map(({ node }) => [
          node.identity,
          node.user?.identity ?? null,
          node.role?.friendlyName,
        ]),
      }));
      expect(seen).toEqual([
        {
          conversation: 'first-line',
          members: [
            ['ann', 'ann', 'moderator'],
            ['ben', 'ben', 'channel user'],
            [null, null, 'channel user'],
          ],
        },
        {
          conversation: 'escalations',
          members: [
            ['ann', 'ann', 'channel user'],
            ['cat', 'cat', 'moderator'],
            ['ghost', null, 'channel user'],
          ],
        },
      ]);

      // The minimum, 6 calls: 1 service + 1 conversation list + 1 participant list per
      // conversation (Twilio has no list across conversations) + 1 page of the service's users and
      // 1 of its roles, both started from the service's SID next to its fetch, since the selection
      // asks for the users and roles of up to 100 participants each. The page of users is the whole
      // collection (3 users), so `ghost`, who has none, is null without a call of its own.
      expect(gateway.operations()).toEqual([
        'FetchService',
        'ListServiceConversation',
        'ListServiceConversationParticipant',
        'ListServiceConversationParticipant',
        'ListServiceRole',
        'ListServiceUser',
      ]);
    });
  });
});

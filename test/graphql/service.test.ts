import { beforeAll, describe, expect, it } from 'vitest';
import { useTestGateway } from '../helpers/gateway.ts';

const gateway = useTestGateway({ seed: 'demo' });

async function mutate<T>(document: string, variables: Record<string, unknown> = {}): Promise<T> {
  const result = await gateway.query<T>(document, variables);
  if (!result.data || result.errors) throw new Error(JSON.stringify(result));
  return result.data;
}

async function createService(friendlyName: string): Promise<string> {
  const data = await mutate<{ createService: { service: { sid: string } } }>(
    'mutation ($name: String!) { createService(input: { friendlyName: $name }) { service { sid } userErrors { code } } }',
    { name: friendlyName },
  );
  return data.createService.service.sid;
}

async function defaultServiceSid(): Promise<string> {
  const data = await mutate<{ conversations: { edges: Array<{ node: { chatServiceSid: string } }> } }>(
    '{ conversations(first: 1) { edges { node { chatServiceSid } } } }',
  );
  const sid = data.conversations.edges[0]?.node.chatServiceSid;
  if (!sid) throw new Error('the demo seed has no conversation');
  return sid;
}

describe('services', () => {
  it('creates a service, reads it by SID and lists it among the account’s services', async () => {
    const created = await mutate<{
      createService: {
        service: { sid: string; friendlyName: string; dateCreated: string };
        userErrors: unknown[];
      };
    }>(
      'mutation { createService(input: { friendlyName: "Field team" }) { service { sid friendlyName dateCreated } userErrors { code } } }',
    );
    const { service, userErrors } = created.createService;
    expect(userErrors).toEqual([]);
    expect(service.sid).toMatch(/^IS[0-9a-f]{32}$/);
    expect(service.friendlyName).toBe('Field team');

    const read = await mutate<{ service: { sid: string; friendlyName: string; url: string } }>(
      'query ($sid: String!) { service(sid: $sid) { sid friendlyName url } }',
      { sid: service.sid },
    );
    expect(read.service).toMatchObject({ sid: service.sid, friendlyName: 'Field team' });
    expect(read.service.url).toContain(`/v1/Services/${service.sid}`);

    const list = await mutate<{ services: { edges: Array<{ node: { sid: string } }> } }>(
      '{ services(first: 100) { edges { node { sid } } } }',
    );
    expect(list.services.edges.map((edge) => edge.node.sid)).toContain(service.sid);
  });

  it('returns null for a service that does not exist', async () => {
    const result = await gateway.query('{ service(sid: "IS00000000000000000000000000000000") { sid } }');
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ service: null });
  });

  it('deletes a service, after which it reads as null', async () => {
    const sid = await createService('Short-lived');
    const deleted = await mutate<{ deleteService: { deletedSid: string | null; userErrors: unknown[] } }>(
      'mutation ($sid: String!) { deleteService(input: { sid: $sid }) { deletedSid userErrors { code } } }',
      { sid },
    );
    expect(deleted.deleteService).toEqual({ deletedSid: sid, userErrors: [] });
    const read = await mutate<{ service: null }>('query ($sid: String!) { service(sid: $sid) { sid } }', {
      sid,
    });
    expect(read.service).toBeNull();
  });

  it('reports deleting an unknown service as a user error with Twilio’s code', async () => {
    const result = await mutate<{
      deleteService: { deletedSid: string | null; userErrors: Array<{ code: number; moreInfo: string }> };
    }>(
      'mutation { deleteService(input: { sid: "IS00000000000000000000000000000000" }) { deletedSid userErrors { code moreInfo } } }',
    );
    expect(result.deleteService.deletedSid).toBeNull();
    expect(result.deleteService.userErrors).toHaveLength(1);
    expect(result.deleteService.userErrors[0]?.code).toBe(20404);
  });

  it('fetches a service by its global ID in one call', async () => {
    const sid = await createService('By node');
    const read = await mutate<{ service: { id: string } }>(
      'query ($sid: String!) { service(sid: $sid) { id } }',
      {
        sid,
      },
    );
    const node = await mutate<{ node: { __typename: string; sid: string } }>(
      'query ($id: ID!) { node(id: $id) { __typename ... on Service { sid } } }',
      { id: read.service.id },
    );
    expect(node.node).toEqual({ __typename: 'Service', sid });
    expect(gateway.operations()).toEqual(['FetchService']);
  });

  it('lists a named service’s conversations through its own routes, and links each back to the service', async () => {
    const sid = await createService('Sales desk');
    await mutate(
      'mutation ($s: String!) { createConversation(input: { serviceSid: $s, friendlyName: "Renewal" }) { conversation { sid } } }',
      { s: sid },
    );
    const data = await mutate<{
      service: {
        conversations: { edges: Array<{ node: { friendlyName: string; service: { sid: string } } }> };
      };
    }>(
      'query ($sid: String!) { service(sid: $sid) { conversations { edges { node { friendlyName service { sid } } } } } }',
      { sid },
    );
    expect(data.service.conversations.edges.map((edge) => edge.node)).toEqual([
      { friendlyName: 'Renewal', service: { sid } },
    ]);
    // The service was read once; the conversation's link back to it is served from the loader.
    expect(gateway.operations()).toEqual(['FetchService', 'ListServiceConversation']);
  });

  it('links a conversation read through the default routes to the account’s default service', async () => {
    const sid = await defaultServiceSid();
    const data = await mutate<{ conversation: { service: { sid: string } } }>(
      '{ conversation(sid: "product-launch") { service { sid } } }',
    );
    expect(data.conversation.service.sid).toBe(sid);
  });

  it('filters a service’s conversations by state', async () => {
    const sid = await defaultServiceSid();
    const data = await mutate<{
      service: { conversations: { edges: Array<{ node: { friendlyName: string; state: string } }> } };
    }>(
      'query ($sid: String!) { service(sid: $sid) { conversations(state: CLOSED) { edges { node { friendlyName state } } } } }',
      { sid },
    );
    expect(data.service.conversations.edges.map((edge) => edge.node)).toEqual([
      { friendlyName: 'Q3 planning (archived)', state: 'CLOSED' },
    ]);
  });

  describe('a service’s conversations with their participants, users and roles', () => {
    let serviceSid: string;

    beforeAll(async () => {
      serviceSid = await createService('Support floor');
      for (const identity of ['ann', 'ben', 'cat']) {
        await mutate(
          'mutation ($s: String!, $i: String!) { createUser(input: { serviceSid: $s, identity: $i }) { user { sid } } }',
          {
            s: serviceSid,
            i: identity,
          },
        );
      }
      const role = await mutate<{ createRole: { role: { sid: string } } }>(
        `mutation ($s: String!) {
          createRole(input: { serviceSid: $s, friendlyName: "moderator", type: CONVERSATION, permissions: ["sendMessage", "removeParticipant"] }) { role { sid } }
        }`,
        { s: serviceSid },
      );
      const moderator = role.createRole.role.sid;
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
        await mutate(
          'mutation ($s: String!, $n: String!) { createConversation(input: { serviceSid: $s, uniqueName: $n }) { conversation { sid } } }',
          { s: serviceSid, n: name },
        );
      }
      for (const member of members) {
        const result = await mutate<{ createParticipant: { userErrors: unknown[] } }>(
          `mutation ($s: String!, $c: String!, $i: String, $b: MessagingBindingInput, $r: String) {
            createParticipant(input: { serviceSid: $s, conversationSid: $c, identity: $i, roleSid: $r, messagingBinding: $b }) {
              userErrors { code message }
            }
          }`,
          {
            s: serviceSid,
            c: member.conversation,
            i: member.identity ?? null,
            b: member.address ? { address: member.address, proxyAddress: '+15550109999' } : null,
            r: member.role ?? null,
          },
        );
        expect(result.createParticipant.userErrors).toEqual([]);
      }
    });

    it('answers with every participant’s user (null for SMS and unknown identities) and role', async () => {
      const data = await mutate<{
        service: {
          conversations: {
            edges: Array<{
              node: {
                uniqueName: string;
                participants: {
                  edges: Array<{
                    node: {
                      identity: string | null;
                      user: { identity: string } | null;
                      role: { friendlyName: string } | null;
                    };
                  }>;
                };
              };
            }>;
          };
        };
      }>(
        `query ($sid: String!) {
          service(sid: $sid) {
            conversations(first: 50) { edges { node { uniqueName
              participants(first: 100) { edges { node { identity user { identity } role { friendlyName } } } }
            } } }
          }
        }`,
        { sid: serviceSid },
      );
      const seen = data.service.conversations.edges.map((edge) => ({
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

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../helpers/gateway.ts';

let gateway: TestGateway;
let serviceSid: string;
let credentialSid: string;

/** Devices register through Twilio's client SDKs, not REST; the emulator offers a route for it. */
async function registerDevice(identity: string, bindingType: string, endpoint: string): Promise<void> {
  const account = gateway.emulator.accounts[0];
  if (!account) throw new Error('no emulator account');
  const response = await fetch(`${gateway.emulator.url}/_emulator/Services/${serviceSid}/Bindings`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from(`${account.accountSid}:${account.authToken}`).toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: new URLSearchParams({
      Identity: identity,
      BindingType: bindingType,
      Endpoint: endpoint,
      CredentialSid: credentialSid,
    }),
  });
  if (!response.ok) throw new Error(await response.text());
}

interface BindingShape {
  id: string;
  sid: string;
  identity: string;
  bindingType: string;
  endpoint: string;
  messageTypes: string[];
  credential: { sid: string; friendlyName: string } | null;
}

const FIELDS = 'id sid identity bindingType endpoint messageTypes credential { sid friendlyName }';

beforeAll(async () => {
  gateway = await startTestGateway({ seed: 'demo' });
  const data = await gateway.run<{
    configuration: { defaultChatServiceSid: string };
    credentials: { edges: Array<{ node: { sid: string } }> };
  }>('{ configuration { defaultChatServiceSid } credentials(first: 1) { edges { node { sid } } } }');
  serviceSid = data.configuration.defaultChatServiceSid;
  credentialSid = data.credentials.edges[0]?.node.sid ?? '';
  await registerDevice('bob', 'apn', 'bob-iphone');
  await registerDevice('bob', 'fcm', 'bob-pixel');
});

afterAll(async () => {
  await gateway.close();
});

describe('push bindings', () => {
  it('lists a service’s bindings with their credential', async () => {
    const data = await gateway.run<{ pushBindings: { edges: Array<{ node: BindingShape }> } }>(
      `query ($s: String!) { pushBindings(serviceSid: $s) { edges { node { ${FIELDS} } } } }`,
      { s: serviceSid },
    );
    const nodes = data.pushBindings.edges.map((edge) => edge.node);
    expect(nodes.map((node) => [node.identity, node.bindingType, node.endpoint])).toEqual([
      ['alice', 'FCM', 'demo-device-token-alice'],
      ['bob', 'APN', 'bob-iphone'],
      ['bob', 'FCM', 'bob-pixel'],
    ]);
    expect(nodes[0]?.messageTypes).toEqual(['new_message', 'added_to_conversation']);
    expect(nodes[0]?.credential).toEqual({ sid: credentialSid, friendlyName: 'Android app' });
    // The three bindings share one credential, fetched once.
    expect(
      gateway
        .lastCalls()
        .map((call) => call.operationId)
        .sort(),
    ).toEqual(['FetchCredential', 'ListServiceBinding']);
  });

  it('filters a service’s bindings by push type and identity', async () => {
    const data = await gateway.run<{
      service: {
        fcm: { edges: Array<{ node: { endpoint: string; service: { sid: string } } }> };
        bob: { edges: Array<{ node: { endpoint: string } }> };
      };
    }>(
      `query ($s: String!) { service(sid: $s) {
        fcm: bindings(bindingTypes: [FCM]) { edges { node { endpoint service { sid } } } }
        bob: bindings(identities: ["bob"], bindingTypes: [APN, GCM]) { edges { node { endpoint } } }
      } }`,
      { s: serviceSid },
    );
    expect(data.service.fcm.edges.map((edge) => edge.node.endpoint)).toEqual([
      'demo-device-token-alice',
      'bob-pixel',
    ]);
    expect(data.service.bob.edges.map((edge) => edge.node.endpoint)).toEqual(['bob-iphone']);
    expect(data.service.fcm.edges.every((edge) => edge.node.service.sid === serviceSid)).toBe(true);
    // The bindings' link back to the service is served by the service already read.
    expect(
      gateway
        .lastCalls()
        .map((call) => call.operationId)
        .sort(),
    ).toEqual(['FetchService', 'ListServiceBinding', 'ListServiceBinding']);
  });

  it('reads a binding by SID and by global ID in one call, and null for one that does not exist', async () => {
    const list = await gateway.run<{ pushBindings: { edges: Array<{ node: BindingShape }> } }>(
      `query ($s: String!) { pushBindings(serviceSid: $s, first: 1) { edges { node { ${FIELDS} } } } }`,
      { s: serviceSid },
    );
    const first = list.pushBindings.edges[0]?.node;
    const data = await gateway.run<{ pushBinding: { sid: string }; missing: null }>(
      `query ($s: String!, $sid: String!) {
        pushBinding(serviceSid: $s, sid: $sid) { sid }
        missing: pushBinding(serviceSid: $s, sid: "BS00000000000000000000000000000000") { sid }
      }`,
      { s: serviceSid, sid: first?.sid },
    );
    expect(data).toEqual({ pushBinding: { sid: first?.sid }, missing: null });
    const node = await gateway.run<{ node: { sid: string } }>(
      'query ($id: ID!) { node(id: $id) { ... on PushBinding { sid } } }',
      {
        id: first?.id,
      },
    );
    expect(node.node.sid).toBe(first?.sid);
    expect(gateway.lastCalls().map((call) => call.operationId)).toEqual(['FetchServiceBinding']);
  });

  it('deletes a binding, and reports deleting it again as a user error', async () => {
    const list = await gateway.run<{ pushBindings: { edges: Array<{ node: BindingShape }> } }>(
      `query ($s: String!) { pushBindings(serviceSid: $s, identities: ["bob"], bindingTypes: [APN]) { edges { node { sid } } } }`,
      { s: serviceSid },
    );
    const sid = list.pushBindings.edges[0]?.node.sid;
    const DELETE =
      'mutation ($s: String!, $sid: String!) { deletePushBinding(input: { serviceSid: $s, sid: $sid }) { deletedSid userErrors { code } } }';
    const deleted = await gateway.run<{ deletePushBinding: { deletedSid: string; userErrors: unknown[] } }>(
      DELETE,
      {
        s: serviceSid,
        sid,
      },
    );
    expect(deleted.deletePushBinding).toEqual({ deletedSid: sid, userErrors: [] });
    const again = await gateway.run<{
      deletePushBinding: { deletedSid: null; userErrors: Array<{ code: number }> };
    }>(DELETE, {
      s: serviceSid,
      sid,
    });
    expect(again.deletePushBinding).toEqual({ deletedSid: null, userErrors: [{ code: 20404 }] });
  });
});

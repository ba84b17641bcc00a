import { beforeAll, describe, expect, it } from 'vitest';
import {
  DeleteServiceBindingDocument,
  ListServiceBindingDocument,
  PushBindingAndMissingDocument,
  PushBindingNodeDocument,
  PushBindingSetupDocument,
  PushBindingsWithCredentialDocument,
  ServiceBindingsFilteredDocument,
} from '../documents/generated.ts';
import { registerDevice } from '../helpers/devices.ts';
import { useTestGateway } from '../helpers/gateway.ts';

const gateway = useTestGateway({ seed: 'demo' });
let serviceSid: string;
let credentialSid: string;

beforeAll(async () => {
  const data = await gateway.run(PushBindingSetupDocument);
  serviceSid = data.configuration.defaultChatServiceSid ?? '';
  credentialSid = data.credentials.edges[0]?.node.sid ?? '';
  await registerDevice(gateway, serviceSid, {
    identity: 'bob',
    bindingType: 'apn',
    endpoint: 'bob-iphone',
    credentialSid,
  });
  await registerDevice(gateway, serviceSid, {
    identity: 'bob',
    bindingType: 'fcm',
    endpoint: 'bob-pixel',
    credentialSid,
  });
});

describe('push bindings', () => {
  it('lists a service’s bindings with their credential', async () => {
    const data = await gateway.run(PushBindingsWithCredentialDocument, { serviceSid });
    const nodes = data.pushBindings.edges.map((edge) => edge.node);
    expect(nodes.map((node) => [node.identity, node.bindingType, node.endpoint])).toEqual([
      ['alice', 'FCM', 'demo-device-token-alice'],
      ['bob', 'APN', 'bob-iphone'],
      ['bob', 'FCM', 'bob-pixel'],
    ]);
    expect(nodes[0]?.messageTypes).toEqual(['new_message', 'added_to_conversation']);
    expect(nodes[0]?.credential).toEqual({ sid: credentialSid, friendlyName: 'Android app' });
    // The three bindings share one credential, fetched once.
    expect(gateway.operations()).toEqual(['FetchCredential', 'ListServiceBinding']);
  });

  it('filters a service’s bindings by push type and identity', async () => {
    const data = await gateway.run(ServiceBindingsFilteredDocument, { serviceSid });
    expect(data.service?.fcm.edges.map((edge) => edge.node.endpoint)).toEqual([
      'demo-device-token-alice',
      'bob-pixel',
    ]);
    expect(data.service?.bob.edges.map((edge) => edge.node.endpoint)).toEqual(['bob-iphone']);
    expect(data.service?.fcm.edges.every((edge) => edge.node.service?.sid === serviceSid)).toBe(true);
    // The bindings' link back to the service is served by the service already read.
    expect(gateway.operations()).toEqual(['FetchService', 'ListServiceBinding', 'ListServiceBinding']);
  });

  it('reads a binding by SID and by global ID in one call, and null for one that does not exist', async () => {
    const list = await gateway.run(PushBindingsWithCredentialDocument, { serviceSid, first: 1 });
    const first = list.pushBindings.edges[0]?.node;
    const data = await gateway.run(PushBindingAndMissingDocument, {
      serviceSid,
      sid: first?.sid ?? '',
      missingSid: 'BS00000000000000000000000000000000',
    });
    expect(data).toEqual({ pushBinding: { sid: first?.sid }, missing: null });
    const node = await gateway.run(PushBindingNodeDocument, { id: first?.id ?? '' });
    expect(node.node).toEqual({ sid: first?.sid });
    expect(gateway.lastCalls().map((call) => call.operationId)).toEqual(['FetchServiceBinding']);
  });

  it('deletes a binding, and reports deleting it again as a user error', async () => {
    const list = await gateway.run(ListServiceBindingDocument, {
      serviceSid,
      identities: ['bob'],
      bindingTypes: ['APN'],
    });
    const sid = list.pushBindings.edges[0]?.node.sid ?? '';
    const deleted = await gateway.run(DeleteServiceBindingDocument, { serviceSid, sid });
    expect(deleted.deletePushBinding).toEqual({ deletedSid: sid, userErrors: [] });
    const again = await gateway.run(DeleteServiceBindingDocument, { serviceSid, sid });
    expect(again.deletePushBinding.deletedSid).toBeNull();
    expect(again.deletePushBinding.userErrors.map((error) => error.code)).toEqual([20404]);
  });
});

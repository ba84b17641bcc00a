import { describe, expect, it } from 'vitest';
import {
  CreateCredentialDocument,
  CredentialFieldNamesDocument,
  CredentialNodeDocument,
  DeleteCredentialDocument,
  FetchCredentialDocument,
  ListCredentialDocument,
  UpdateCredentialDocument,
} from '../documents/generated.ts';
import { useTestGateway } from '../helpers/gateway.ts';

const gateway = useTestGateway({ seed: 'demo' });

describe('credentials', () => {
  it('lists the account’s push credentials', async () => {
    const data = await gateway.run(ListCredentialDocument, {});
    expect(data.credentials.edges.map((edge) => edge.node)).toEqual([
      expect.objectContaining({ friendlyName: 'Android app', type: 'FCM', sandbox: null }),
    ]);
  });

  it('never exposes a credential’s secrets', async () => {
    const data = await gateway.run(CredentialFieldNamesDocument);
    const names = data.__type?.fields?.map((field) => field.name);
    if (!names) throw new Error(`the schema has no Credential type: ${JSON.stringify(data)}`);
    for (const secret of ['certificate', 'privateKey', 'apiKey', 'secret'])
      expect(names).not.toContain(secret);
  });

  it('creates an APN credential for the sandbox, reads it, renames it and deletes it', async () => {
    const created = await gateway.run(CreateCredentialDocument, {
      type: 'APN',
      friendlyName: 'iOS dev',
      certificate: '-----BEGIN CERTIFICATE-----x',
      privateKey: '-----BEGIN RSA PRIVATE KEY-----y',
      sandbox: true,
    });
    expect(created.createCredential.userErrors).toEqual([]);
    // Checked by the next assertion.
    const credential = created.createCredential.credential!;
    expect(credential).toMatchObject({ friendlyName: 'iOS dev', type: 'APN', sandbox: true });
    expect(credential.sid).toMatch(/^CR[0-9a-f]{32}$/);

    const read = await gateway.run(FetchCredentialDocument, { sid: credential.sid });
    expect(read.credential).toEqual(credential);

    const updated = await gateway.run(UpdateCredentialDocument, {
      sid: credential.sid,
      friendlyName: 'iOS prod',
      sandbox: false,
    });
    expect(updated.updateCredential.credential).toMatchObject({ friendlyName: 'iOS prod', sandbox: false });

    const deleted = await gateway.run(DeleteCredentialDocument, { sid: credential.sid });
    expect(deleted.deleteCredential).toEqual({ deletedSid: credential.sid, userErrors: [] });
    const after = await gateway.run(FetchCredentialDocument, { sid: credential.sid });
    expect(after.credential).toBeNull();
  });

  it('returns null for a credential that does not exist', async () => {
    const data = await gateway.run(FetchCredentialDocument, { sid: 'CR00000000000000000000000000000000' });
    expect(data.credential).toBeNull();
  });

  it('reports changing a credential that does not exist as a user error', async () => {
    const data = await gateway.run(UpdateCredentialDocument, {
      sid: 'CR00000000000000000000000000000000',
      friendlyName: 'x',
    });
    expect(data.updateCredential.credential).toBeNull();
    expect(data.updateCredential.userErrors.map((error) => error.code)).toEqual([20404]);
  });

  it('reports a friendly name Twilio finds too long as a user error with its code', async () => {
    const data = await gateway.run(CreateCredentialDocument, {
      type: 'FCM',
      friendlyName: 'x'.repeat(300),
      secret: 'k',
    });
    expect(data.createCredential.credential).toBeNull();
    expect(data.createCredential.userErrors.map((error) => error.code)).toEqual([50003]);
  });

  it('fetches a credential by its global ID in one call', async () => {
    const list = await gateway.run(ListCredentialDocument, { first: 1 });
    const first = list.credentials.edges[0]?.node;
    const node = await gateway.run(CredentialNodeDocument, { id: first?.id ?? '' });
    expect(node.node).toEqual(first);
    expect(gateway.lastCalls().map((call) => call.operationId)).toEqual(['FetchCredential']);
  });
});

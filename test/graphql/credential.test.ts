import { describe, expect, it } from 'vitest';
import { useTestGateway } from '../helpers/gateway.ts';

const gateway = useTestGateway({ seed: 'demo' });

interface CredentialShape {
  id: string;
  sid: string;
  friendlyName: string | null;
  type: 'APN' | 'GCM' | 'FCM';
  sandbox: boolean | null;
}

const FIELDS = 'id sid friendlyName type sandbox';

describe('credentials', () => {
  it('lists the account’s push credentials', async () => {
    const data = await gateway.run<{ credentials: { edges: Array<{ node: CredentialShape }> } }>(
      `{ credentials { edges { node { ${FIELDS} } } } }`,
    );
    expect(data.credentials.edges.map((edge) => edge.node)).toEqual([
      expect.objectContaining({ friendlyName: 'Android app', type: 'FCM', sandbox: null }),
    ]);
  });

  it('never exposes a credential’s secrets', async () => {
    const data = await gateway.run<{ __type: { fields: Array<{ name: string }> } }>(
      '{ __type(name: "Credential") { fields { name } } }',
    );
    const names = data.__type.fields.map((field) => field.name);
    for (const secret of ['certificate', 'privateKey', 'apiKey', 'secret'])
      expect(names).not.toContain(secret);
  });

  it('creates an APN credential for the sandbox, reads it, renames it and deletes it', async () => {
    const created = await gateway.run<{
      createCredential: { credential: CredentialShape; userErrors: unknown[] };
    }>(
      `mutation { createCredential(input: {
        type: APN, friendlyName: "iOS dev", certificate: "-----BEGIN CERTIFICATE-----x", privateKey: "-----BEGIN RSA PRIVATE KEY-----y", sandbox: true
      }) { credential { ${FIELDS} } userErrors { code } } }`,
    );
    expect(created.createCredential.userErrors).toEqual([]);
    const credential = created.createCredential.credential;
    expect(credential).toMatchObject({ friendlyName: 'iOS dev', type: 'APN', sandbox: true });
    expect(credential.sid).toMatch(/^CR[0-9a-f]{32}$/);

    const read = await gateway.run<{ credential: CredentialShape }>(
      `query ($sid: String!) { credential(sid: $sid) { ${FIELDS} } }`,
      {
        sid: credential.sid,
      },
    );
    expect(read.credential).toEqual(credential);

    const updated = await gateway.run<{
      updateCredential: { credential: CredentialShape; userErrors: unknown[] };
    }>(
      `mutation ($sid: String!) { updateCredential(input: { sid: $sid, friendlyName: "iOS prod", sandbox: false }) {
        credential { ${FIELDS} } userErrors { code }
      } }`,
      { sid: credential.sid },
    );
    expect(updated.updateCredential.credential).toMatchObject({ friendlyName: 'iOS prod', sandbox: false });

    const deleted = await gateway.run<{ deleteCredential: { deletedSid: string; userErrors: unknown[] } }>(
      'mutation ($sid: String!) { deleteCredential(input: { sid: $sid }) { deletedSid userErrors { code } } }',
      { sid: credential.sid },
    );
    expect(deleted.deleteCredential).toEqual({ deletedSid: credential.sid, userErrors: [] });
    const after = await gateway.run<{ credential: null }>(
      'query ($sid: String!) { credential(sid: $sid) { sid } }',
      {
        sid: credential.sid,
      },
    );
    expect(after.credential).toBeNull();
  });

  it('returns null for a credential that does not exist', async () => {
    const data = await gateway.run<{ credential: null }>(
      '{ credential(sid: "CR00000000000000000000000000000000") { sid } }',
    );
    expect(data.credential).toBeNull();
  });

  it('reports changing a credential that does not exist as a user error', async () => {
    const data = await gateway.run<{
      updateCredential: { credential: null; userErrors: Array<{ code: number }> };
    }>(
      'mutation { updateCredential(input: { sid: "CR00000000000000000000000000000000", friendlyName: "x" }) { credential { sid } userErrors { code } } }',
    );
    expect(data.updateCredential.credential).toBeNull();
    expect(data.updateCredential.userErrors.map((error) => error.code)).toEqual([20404]);
  });

  it('reports a friendly name Twilio finds too long as a user error with its code', async () => {
    const data = await gateway.run<{
      createCredential: { credential: null; userErrors: Array<{ code: number }> };
    }>(
      'mutation ($name: String) { createCredential(input: { type: FCM, friendlyName: $name, secret: "k" }) { credential { sid } userErrors { code } } }',
      { name: 'x'.repeat(300) },
    );
    expect(data.createCredential.credential).toBeNull();
    expect(data.createCredential.userErrors.map((error) => error.code)).toEqual([50003]);
  });

  it('fetches a credential by its global ID in one call', async () => {
    const list = await gateway.run<{ credentials: { edges: Array<{ node: CredentialShape }> } }>(
      `{ credentials(first: 1) { edges { node { ${FIELDS} } } } }`,
    );
    const first = list.credentials.edges[0]?.node;
    const node = await gateway.run<{ node: CredentialShape }>(
      `query ($id: ID!) { node(id: $id) { ... on Credential { ${FIELDS} } } }`,
      {
        id: first?.id,
      },
    );
    expect(node.node).toEqual(first);
    expect(gateway.lastCalls().map((call) => call.operationId)).toEqual(['FetchCredential']);
  });
});

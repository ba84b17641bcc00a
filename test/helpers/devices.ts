import type { TestGateway } from './gateway.ts';

export interface Device {
  identity: string;
  /** Twilio's form value: apn, gcm or fcm. */
  bindingType: string;
  endpoint: string;
  credentialSid: string;
  messageTypes?: string[];
}

/**
 * Registers a device for push in a service of the test gateway's emulator and answers its binding's
 * SID. Devices register through Twilio's client SDKs, not REST, so this is test set-up through the
 * emulator's own route (`/_emulator/Services/{IS}/Bindings`), never a flow under test.
 */
export async function registerDevice(
  gateway: TestGateway,
  serviceSid: string,
  device: Device,
): Promise<string> {
  const account = gateway.emulator.accounts[0];
  if (!account) throw new Error('no emulator account');
  const body = new URLSearchParams([
    ['Identity', device.identity],
    ['BindingType', device.bindingType],
    ['Endpoint', device.endpoint],
    ['CredentialSid', device.credentialSid],
    ...(device.messageTypes ?? []).map((type) => ['MessageTypes', type]),
  ]);
  const response = await fetch(`${gateway.emulator.url}/_emulator/Services/${serviceSid}/Bindings`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from(`${account.accountSid}:${account.authToken}`).toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body,
  });
  if (response.status !== 201)
    throw new Error(`registering a device answered ${response.status}: ${await response.text()}`);
  return ((await response.json()) as { sid: string }).sid;
}

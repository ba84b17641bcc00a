type Params = Record<string, string | number | boolean | string[] | undefined>;

/**
 * Demo data for `--seed demo`, created through the emulator's own REST routes so that it obeys
 * exactly the rules any client's data does: a service with users, conversations, chat and SMS /
 * WhatsApp participants, messages, delivery receipts, a push credential and binding, and an
 * address configuration. Most of it lives in the default service, which the short routes (and the
 * gateway's queries without a `serviceSid`) act on.
 */
export async function seedDemo(
  baseUrl: string,
  account: { accountSid: string; authToken: string },
): Promise<void> {
  const authorization = `Basic ${Buffer.from(`${account.accountSid}:${account.authToken}`).toString('base64')}`;
  const call = async (
    method: 'GET' | 'POST',
    path: string,
    params: Params = {},
  ): Promise<Record<string, unknown>> => {
    const body = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) {
      if (value === undefined) continue;
      for (const item of Array.isArray(value) ? value : [value]) body.append(key, String(item));
    }
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { authorization, 'content-type': 'application/x-www-form-urlencoded' },
      body: method === 'POST' ? body : undefined,
    });
    const json = (await response.json()) as Record<string, unknown>;
    if (!response.ok)
      throw new Error(`seeding ${method} ${path} failed: ${response.status} ${JSON.stringify(json)}`);
    return json;
  };
  const sid = (resource: Record<string, unknown>) => String(resource.sid);

  const people = [
    { identity: 'alice', name: 'Alice Johnson', title: 'Support lead' },
    { identity: 'bob', name: 'Bob Martinez', title: 'Engineer' },
    { identity: 'carol', name: 'Carol Chen', title: 'Account manager' },
    { identity: 'dave', name: 'Dave Okafor', title: 'Designer' },
  ];
  for (const person of people) {
    await call('POST', '/v1/Users', {
      Identity: person.identity,
      FriendlyName: person.name,
      Attributes: JSON.stringify({ title: person.title }),
    });
  }

  const launch = await call('POST', '/v1/Conversations', {
    FriendlyName: 'Product launch',
    UniqueName: 'product-launch',
    Attributes: JSON.stringify({ topic: 'launch', priority: 'high' }),
  });
  const launchPath = `/v1/Conversations/${sid(launch)}`;
  for (const identity of ['alice', 'bob', 'dave'])
    await call('POST', `${launchPath}/Participants`, { Identity: identity });
  const launchLines: Array<[string, string]> = [
    ['alice', 'Morning! The launch checklist is in the shared drive.'],
    ['bob', 'Build 1.4.0 is green; deploying to staging now.'],
    ['dave', 'Final screenshots are uploaded.'],
    ['alice', 'Great, let us go live at 14:00 UTC.'],
    ['bob', 'Staging looks good. Ready when you are.'],
  ];
  for (const [author, body] of launchLines)
    await call('POST', `${launchPath}/Messages`, { Author: author, Body: body });
  await call('POST', `${launchPath}/Participants/alice`, { LastReadMessageIndex: 4 });
  await call('POST', `${launchPath}/Participants/bob`, { LastReadMessageIndex: 2 });

  const support = await call('POST', '/v1/Conversations', {
    FriendlyName: 'Order #1042 delivery question',
    UniqueName: 'support-1042',
    Attributes: JSON.stringify({ channel: 'sms', orderId: 1042 }),
  });
  const supportPath = `/v1/Conversations/${sid(support)}`;
  await call('POST', `${supportPath}/Participants`, { Identity: 'carol' });
  await call('POST', `${supportPath}/Participants`, {
    'MessagingBinding.Address': '+15551230001',
    'MessagingBinding.ProxyAddress': '+15559870001',
    Attributes: JSON.stringify({ customer: 'Erin Walsh' }),
  });
  await call('POST', `${supportPath}/Messages`, {
    Author: '+15551230001',
    Body: 'Hi, my order #1042 has not arrived yet.',
  });
  const reply = await call('POST', `${supportPath}/Messages`, {
    Author: 'carol',
    Body: 'Sorry about that! It is out for delivery and should arrive today.',
  });
  const followUp = await call('POST', `${supportPath}/Messages`, {
    Author: 'carol',
    Body: 'Here is the tracking link: https://example.com/track/1042',
  });
  await call('POST', `${supportPath}/Participants/carol`, { LastReadMessageIndex: 2 });
  await advanceReceipts(call, supportPath, sid(reply), 'read');
  await advanceReceipts(call, supportPath, sid(followUp), 'delivered');

  const whatsapp = await call('POST', '/v1/Conversations', {
    FriendlyName: 'Returns via WhatsApp',
    State: 'active',
    'Timers.Inactive': 'PT1H',
    'Timers.Closed': 'P30D',
  });
  const whatsappPath = `/v1/Conversations/${sid(whatsapp)}`;
  await call('POST', `${whatsappPath}/Participants`, { Identity: 'alice' });
  await call('POST', `${whatsappPath}/Participants`, {
    'MessagingBinding.Address': 'whatsapp:+447700900123',
    'MessagingBinding.ProxyAddress': 'whatsapp:+15559870002',
  });
  await call('POST', `${whatsappPath}/Messages`, {
    Author: 'whatsapp:+447700900123',
    Body: 'Can I return a jacket?',
  });
  await call('POST', `${whatsappPath}/Messages`, { Author: 'alice', Body: 'Of course, within 30 days.' });

  const archived = await call('POST', '/v1/Conversations', { FriendlyName: 'Q3 planning (archived)' });
  const archivedPath = `/v1/Conversations/${sid(archived)}`;
  await call('POST', `${archivedPath}/Participants`, { Identity: 'bob' });
  await call('POST', `${archivedPath}/Messages`, {
    Author: 'bob',
    Body: 'Notes are final; closing this thread.',
  });
  await call('POST', archivedPath, { State: 'closed' });

  await call('POST', `${launchPath}/Webhooks`, {
    Target: 'webhook',
    'Configuration.Url': 'https://example.com/hooks/launch',
    'Configuration.Method': 'post',
    'Configuration.Filters': ['onMessageAdded', 'onParticipantAdded'],
  });

  const credential = await call('POST', '/v1/Credentials', {
    Type: 'fcm',
    FriendlyName: 'Android app',
    Secret: 'demo-fcm-server-key',
  });
  await call('POST', '/_emulator/Bindings', {
    Identity: 'alice',
    BindingType: 'fcm',
    Endpoint: 'demo-device-token-alice',
    CredentialSid: sid(credential),
    MessageTypes: ['new_message', 'added_to_conversation'],
  });

  await call('POST', '/v1/Configuration/Addresses', {
    Type: 'sms',
    Address: '+15559870001',
    FriendlyName: 'Support line',
    'AutoCreation.Enabled': true,
    'AutoCreation.Type': 'default',
  });

  const sales = await call('POST', '/v1/Services', { FriendlyName: 'Sales team' });
  const salesPath = `/v1/Services/${sid(sales)}`;
  await call('POST', `${salesPath}/Users`, { Identity: 'erin', FriendlyName: 'Erin Walsh' });
  const deal = await call('POST', `${salesPath}/Conversations`, {
    FriendlyName: 'Enterprise deal',
    UniqueName: 'enterprise-deal',
  });
  await call('POST', `${salesPath}/Conversations/${sid(deal)}/Participants`, { Identity: 'erin' });
  await call('POST', `${salesPath}/Conversations/${sid(deal)}/Messages`, {
    Author: 'erin',
    Body: 'Contract sent for signature.',
  });
}

async function advanceReceipts(
  call: (method: 'GET' | 'POST', path: string, params?: Params) => Promise<Record<string, unknown>>,
  conversationPath: string,
  messageSid: string,
  status: 'delivered' | 'read',
): Promise<void> {
  const page = await call('GET', `${conversationPath}/Messages/${messageSid}/Receipts`);
  const receipts = Array.isArray(page.delivery_receipts)
    ? (page.delivery_receipts as Array<{ sid: string }>)
    : [];
  const path = `/_emulator${conversationPath.replace(/^\/v1/, '')}/Messages/${messageSid}/Receipts`;
  for (const receipt of receipts) {
    await call('POST', `${path}/${receipt.sid}`, { Status: 'delivered' });
    if (status === 'read') await call('POST', `${path}/${receipt.sid}`, { Status: 'read' });
  }
}

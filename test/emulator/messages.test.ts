import { describe, expect, it } from 'vitest';
import { useTestEmulator } from '../helpers/emulator.ts';

interface Delivery {
  total: number;
  sent: string;
  delivered: string;
  read: string;
  failed: string;
  undelivered: string;
}

interface Message {
  sid: string;
  index: number;
  author: string;
  body: string | null;
  media: Array<{ sid: string; content_type: string; filename: string | null; size: number }> | null;
  attributes: string;
  participant_sid: string | null;
  date_created: string;
  date_updated: string;
  delivery: Delivery | null;
  content_sid: string | null;
  url: string;
  links: Record<string, string>;
  chat_service_sid?: string;
  code?: number;
}

interface Receipt {
  sid: string;
  message_sid: string;
  participant_sid: string;
  channel_message_sid: string;
  status: string;
  error_code: number;
  url: string;
  code?: number;
}

interface Meta {
  page: number;
  page_size: number;
  next_page_url: string | null;
  previous_page_url: string | null;
  first_page_url: string;
  url: string;
  key: string;
}

interface MessagePage {
  messages: Message[];
  meta: Meta;
}

const SHORT_MESSAGE_KEYS = [
  'account_sid',
  'attributes',
  'author',
  'body',
  'content_sid',
  'conversation_sid',
  'date_created',
  'date_updated',
  'delivery',
  'index',
  'links',
  'media',
  'participant_sid',
  'sid',
  'url',
];

const SHORT_RECEIPT_KEYS = [
  'account_sid',
  'channel_message_sid',
  'conversation_sid',
  'date_created',
  'date_updated',
  'error_code',
  'message_sid',
  'participant_sid',
  'sid',
  'status',
  'url',
];

let clock = Date.parse('2026-03-01T10:00:00Z');
let phone = 0;

/** A fresh phone number per call: address/proxy pairs are unique across the whole account. */
function nextPhone(): string {
  phone += 1;
  return `+1555${String(phone).padStart(7, '0')}`;
}

async function createConversation(params: Record<string, string> = {}, prefix = '/v1'): Promise<string> {
  const response = await rest.call('POST', `${prefix}/Conversations`, params);
  expect(response.status).toBe(201);
  return String(response.body.sid);
}

async function addChat(conversation: string, identity: string, prefix = '/v1'): Promise<string> {
  const response = await rest.call('POST', `${prefix}/Conversations/${conversation}/Participants`, {
    Identity: identity,
  });
  expect(response.status).toBe(201);
  return String(response.body.sid);
}

async function addSms(conversation: string, prefix = '/v1'): Promise<{ sid: string; address: string }> {
  const address = nextPhone();
  const response = await rest.call('POST', `${prefix}/Conversations/${conversation}/Participants`, {
    'MessagingBinding.Address': address,
    'MessagingBinding.ProxyAddress': nextPhone(),
  });
  expect(response.status).toBe(201);
  return { sid: String(response.body.sid), address };
}

function send(conversation: string, params: Record<string, string | string[]>, prefix = '/v1') {
  return rest.call<Message>('POST', `${prefix}/Conversations/${conversation}/Messages`, params);
}

const rest = useTestEmulator({ now: () => clock });

describe('creating messages', () => {
  it('creates a message at index 0 by the system author with exactly the short-route properties', async () => {
    const conversation = await createConversation();
    const response = await send(conversation, { Body: 'Hello' });

    expect(response.status).toBe(201);
    expect(Object.keys(response.body).sort()).toEqual(SHORT_MESSAGE_KEYS);
    const message = response.body;
    expect(message.sid).toMatch(/^IM[0-9a-f]{32}$/);
    expect(message).toMatchObject({
      index: 0,
      author: 'system',
      body: 'Hello',
      media: null,
      attributes: '{}',
      participant_sid: null,
      delivery: null,
      content_sid: null,
      date_created: '2026-03-01T10:00:00Z',
      date_updated: '2026-03-01T10:00:00Z',
    });
    const url = `${rest.emulator.url}/v1/Conversations/${conversation}/Messages/${message.sid}`;
    expect(message.url).toBe(url);
    expect(message.links).toEqual({
      delivery_receipts: `${url}/Receipts`,
      channel_metadata: `${url}/ChannelMetadata`,
    });
  });

  it('numbers messages from 0 and never reuses an index after a delete', async () => {
    const conversation = await createConversation();
    const first = await send(conversation, { Body: 'one' });
    const second = await send(conversation, { Body: 'two' });
    expect([first.body.index, second.body.index]).toEqual([0, 1]);

    const removed = await rest.call(
      'DELETE',
      `/v1/Conversations/${conversation}/Messages/${second.body.sid}`,
    );
    expect(removed.status).toBe(204);
    expect(removed.body).toBeUndefined();
    const third = await send(conversation, { Body: 'three' });
    expect(third.body.index).toBe(2);

    const list = await rest.call<MessagePage>('GET', `/v1/Conversations/${conversation}/Messages`);
    expect(list.body.messages.map((m) => m.index)).toEqual([0, 2]);
  });

  it('links the author to the participant whose identity or address it names', async () => {
    const conversation = await createConversation();
    const alice = await addChat(conversation, 'alice');
    const sms = await addSms(conversation);

    const byIdentity = await send(conversation, { Author: 'alice', Body: 'hi' });
    const byAddress = await send(conversation, { Author: sms.address, Body: 'hello' });
    const byStranger = await send(conversation, { Author: 'mallory', Body: 'psst' });

    expect(byIdentity.body.participant_sid).toBe(alice);
    expect(byAddress.body.participant_sid).toBe(sms.sid);
    expect(byStranger.body).toMatchObject({ author: 'mallory', participant_sid: null });
  });

  it('accepts a body of 1600 characters and refuses 1601 with 50504', async () => {
    const conversation = await createConversation();
    const longest = await send(conversation, { Body: 'x'.repeat(1600) });
    expect(longest.status).toBe(201);

    const tooLong = await send(conversation, { Body: 'x'.repeat(1601) });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body).toMatchObject({
      code: 50504,
      status: 400,
      more_info: 'https://www.twilio.com/docs/errors/50504',
    });
  });

  it('refuses a message with neither body, media nor content with 50503', async () => {
    const conversation = await createConversation();
    const empty = await send(conversation, { Author: 'alice' });
    const blank = await send(conversation, { Body: '' });
    expect([empty.status, empty.body.code]).toEqual([400, 50503]);
    expect([blank.status, blank.body.code]).toEqual([400, 50503]);
  });

  it('renders each repeated MediaSid as a media item and refuses a malformed one with 50510', async () => {
    const conversation = await createConversation();
    const photos = [`ME${'1'.repeat(32)}`, `ME${'2'.repeat(32)}`];
    const response = await send(conversation, { MediaSid: photos });

    expect(response.status).toBe(201);
    expect(response.body.body).toBeNull();
    expect(response.body.media?.map((item) => item.sid)).toEqual(photos);
    for (const item of response.body.media ?? []) {
      expect(Object.keys(item).sort()).toEqual(['content_type', 'filename', 'sid', 'size']);
      expect(item.content_type).toBe('image/jpeg');
      expect(item.size).toBeGreaterThan(0);
    }

    const bad = await send(conversation, { MediaSid: [photos[0] as string, 'ME123'] });
    expect([bad.status, bad.body.code]).toEqual([400, 50510]);
  });

  it('accepts a content template and checks ContentSid and ContentVariables', async () => {
    const conversation = await createConversation();
    const contentSid = `HX${'a'.repeat(32)}`;
    const ok = await send(conversation, { ContentSid: contentSid, ContentVariables: '{"1":"John"}' });
    expect(ok.status).toBe(201);
    expect(ok.body.content_sid).toBe(contentSid);

    const badSid = await send(conversation, { ContentSid: 'HX123', Body: 'x' });
    expect([badSid.status, badSid.body.code]).toEqual([400, 50526]);
    const notObject = await send(conversation, { ContentSid: contentSid, ContentVariables: '["John"]' });
    expect([notObject.status, notObject.body.code]).toEqual([400, 50527]);
    const notJson = await send(conversation, { ContentSid: contentSid, ContentVariables: '{1:' });
    expect([notJson.status, notJson.body.code]).toEqual([400, 50527]);
    const withoutSid = await send(conversation, { Body: 'hi', ContentVariables: '{"1":"John"}' });
    expect([withoutSid.status, withoutSid.body.code]).toEqual([400, 50528]);
  });

  it('stores attributes verbatim and refuses invalid JSON (50304) and more than 4 KB (50303)', async () => {
    const conversation = await createConversation();
    const attributes = '{ "importance": "high" }';
    const ok = await send(conversation, { Body: 'x', Attributes: attributes });
    expect(ok.body.attributes).toBe(attributes);

    const invalid = await send(conversation, { Body: 'x', Attributes: '{nope' });
    expect([invalid.status, invalid.body.code]).toEqual([400, 50304]);
    const huge = await send(conversation, { Body: 'x', Attributes: JSON.stringify({ a: 'y'.repeat(4096) }) });
    expect([huge.status, huge.body.code]).toEqual([400, 50303]);
  });

  it('takes DateCreated and DateUpdated from the request', async () => {
    const conversation = await createConversation();
    const response = await send(conversation, {
      Body: 'imported',
      Subject: 'Archive',
      DateCreated: '2020-07-01T22:18:37Z',
      DateUpdated: '2020-07-02T08:00:00Z',
    });
    expect(response.body).toMatchObject({
      date_created: '2020-07-01T22:18:37Z',
      date_updated: '2020-07-02T08:00:00Z',
    });
  });

  it('refuses a message in a closed conversation with 50377', async () => {
    const conversation = await createConversation();
    await rest.call('POST', `/v1/Conversations/${conversation}`, { State: 'closed' });
    const response = await send(conversation, { Body: 'anyone?' });
    expect([response.status, response.body.code]).toEqual([400, 50377]);
  });

  it('moves an inactive conversation back to active when a message arrives', async () => {
    const conversation = await createConversation({ State: 'inactive' });
    await send(conversation, { Body: 'wake up' });
    const fetched = await rest.call('GET', `/v1/Conversations/${conversation}`);
    expect(fetched.body.state).toBe('active');
  });

  it('addresses the conversation by its unique name', async () => {
    await createConversation({ UniqueName: 'messages-by-name' });
    const response = await send('messages-by-name', { Body: 'hello' });
    expect(response.status).toBe(201);
    const fetched = await rest.call<Message>(
      'GET',
      `/v1/Conversations/messages-by-name/Messages/${response.body.sid}`,
    );
    expect(fetched.body.body).toBe('hello');
  });
});

describe('reading, updating and deleting messages', () => {
  it('answers 404 with 20404 for a message that does not exist', async () => {
    const conversation = await createConversation();
    const missing = `IM${'0'.repeat(32)}`;
    const fetched = await rest.call('GET', `/v1/Conversations/${conversation}/Messages/${missing}`);
    const removed = await rest.call('DELETE', `/v1/Conversations/${conversation}/Messages/${missing}`);
    const notASid = await rest.call('GET', `/v1/Conversations/${conversation}/Messages/0`);
    expect([fetched.status, fetched.body.code]).toEqual([404, 20404]);
    expect([removed.status, removed.body.code]).toEqual([404, 20404]);
    expect(notASid.status).toBe(404);
  });

  it('updates body, attributes and author, and relinks the author to its participant', async () => {
    const conversation = await createConversation();
    const bob = await addChat(conversation, 'bob');
    const created = await send(conversation, { Body: 'draft' });
    clock += 60_000;

    const updated = await rest.call<Message>(
      'POST',
      `/v1/Conversations/${conversation}/Messages/${created.body.sid}`,
      { Body: 'final', Attributes: '{"edited":true}', Author: 'bob' },
    );

    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({
      index: 0,
      body: 'final',
      attributes: '{"edited":true}',
      author: 'bob',
      participant_sid: bob,
      date_created: created.body.date_created,
    });
    expect(Date.parse(updated.body.date_updated)).toBe(Date.parse(created.body.date_created) + 60_000);
  });

  it('refuses to change the body of a media message with 50509 but lets its attributes change', async () => {
    const conversation = await createConversation();
    const created = await send(conversation, { MediaSid: `ME${'3'.repeat(32)}` });
    const path = `/v1/Conversations/${conversation}/Messages/${created.body.sid}`;

    const body = await rest.call('POST', path, { Body: 'caption' });
    expect([body.status, body.body.code]).toEqual([400, 50509]);
    const attributes = await rest.call<Message>('POST', path, { Attributes: '{"caption":"sunset"}' });
    expect(attributes.status).toBe(200);
    expect(attributes.body.attributes).toBe('{"caption":"sunset"}');
  });

  it('refuses an invalid Order with 20001', async () => {
    const conversation = await createConversation();
    const response = await rest.call('GET', `/v1/Conversations/${conversation}/Messages`, {
      Order: 'sideways',
    });
    expect([response.status, response.body.code]).toEqual([400, 20001]);
  });
});

describe('paging through messages', () => {
  async function seedMessages(conversation: string, count: number): Promise<void> {
    for (let i = 0; i < count; i += 1) await send(conversation, { Body: `m${i}` });
  }

  /** Follows URLs verbatim, as twilio-node's Page does. */
  async function getUrl(url: string): Promise<MessagePage> {
    const response = await rest.call<MessagePage>('GET', url.slice(rest.emulator.url.length));
    expect(response.status).toBe(200);
    return response.body;
  }

  it('walks ascending pages forward through next_page_url and back through previous_page_url', async () => {
    const conversation = await createConversation();
    await seedMessages(conversation, 5);

    const first = await rest.call<MessagePage>('GET', `/v1/Conversations/${conversation}/Messages`, {
      PageSize: 2,
    });
    expect(first.body.meta).toMatchObject({
      page: 0,
      page_size: 2,
      key: 'messages',
      previous_page_url: null,
    });
    expect(first.body.meta.first_page_url).toBe(
      `${rest.emulator.url}/v1/Conversations/${conversation}/Messages?PageSize=2&Page=0`,
    );
    const seen = [first.body.messages.map((m) => m.index)];
    let page = first.body;
    // Bounded, so that a paging bug fails the test instead of looping until the timeout.
    for (let hops = 0; page.meta.next_page_url && hops < 20; hops += 1) {
      page = await getUrl(page.meta.next_page_url);
      seen.push(page.messages.map((m) => m.index));
    }
    expect(seen).toEqual([[0, 1], [2, 3], [4]]);
    expect(page.meta.page).toBe(2);

    const back = await getUrl(page.meta.previous_page_url as string);
    expect(back.messages.map((m) => m.index)).toEqual([2, 3]);
    expect(back.meta.page).toBe(1);
    const start = await getUrl(back.meta.previous_page_url as string);
    expect(start.messages.map((m) => m.index)).toEqual([0, 1]);
    expect(start.meta.previous_page_url).toBeNull();
  });

  it('walks descending pages newest first, forward and back', async () => {
    const conversation = await createConversation();
    await seedMessages(conversation, 5);

    const first = await rest.call<MessagePage>('GET', `/v1/Conversations/${conversation}/Messages`, {
      Order: 'desc',
      PageSize: 2,
    });
    expect(first.body.meta.url).toBe(
      `${rest.emulator.url}/v1/Conversations/${conversation}/Messages?Order=desc&PageSize=2&Page=0`,
    );
    const seen = [first.body.messages.map((m) => m.index)];
    let page = first.body;
    // Bounded, so that a paging bug fails the test instead of looping until the timeout.
    for (let hops = 0; page.meta.next_page_url && hops < 20; hops += 1) {
      expect(page.meta.next_page_url).toContain('Order=desc');
      page = await getUrl(page.meta.next_page_url);
      seen.push(page.messages.map((m) => m.index));
    }
    expect(seen).toEqual([[4, 3], [2, 1], [0]]);

    const back = await getUrl(page.meta.previous_page_url as string);
    expect(back.messages.map((m) => m.index)).toEqual([2, 1]);
  });

  it('neither skips nor repeats a message when new ones arrive between ascending pages', async () => {
    const conversation = await createConversation();
    await seedMessages(conversation, 4);

    let page = (
      await rest.call<MessagePage>('GET', `/v1/Conversations/${conversation}/Messages`, { PageSize: 3 })
    ).body;
    const seen = page.messages.map((m) => m.index);
    await seedMessages(conversation, 3);
    // Bounded, so that a paging bug fails the test instead of looping until the timeout.
    for (let hops = 0; page.meta.next_page_url && hops < 20; hops += 1) {
      page = await getUrl(page.meta.next_page_url);
      seen.push(...page.messages.map((m) => m.index));
      await send(conversation, { Body: 'late' });
    }
    expect(seen).toEqual([...new Set(seen)]);
    expect(seen.slice(0, 7)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  });

  it('neither skips nor repeats a message when new ones arrive between descending pages', async () => {
    const conversation = await createConversation();
    await seedMessages(conversation, 7);

    let page = (
      await rest.call<MessagePage>('GET', `/v1/Conversations/${conversation}/Messages`, {
        Order: 'desc',
        PageSize: 3,
      })
    ).body;
    const seen = page.messages.map((m) => m.index);
    // Bounded, so that a paging bug fails the test instead of looping until the timeout.
    for (let hops = 0; page.meta.next_page_url && hops < 20; hops += 1) {
      await seedMessages(conversation, 2);
      page = await getUrl(page.meta.next_page_url);
      seen.push(...page.messages.map((m) => m.index));
    }
    expect(seen).toEqual([6, 5, 4, 3, 2, 1, 0]);
  });

  it('clamps PageSize to 100', async () => {
    const conversation = await createConversation();
    const response = await rest.call<MessagePage>('GET', `/v1/Conversations/${conversation}/Messages`, {
      PageSize: 500,
    });
    expect(response.body.meta.page_size).toBe(100);
  });
});

describe('delivery receipts', () => {
  it('keeps delivery null and creates no receipts in a chat-only conversation', async () => {
    const conversation = await createConversation();
    await addChat(conversation, 'alice');
    await addChat(conversation, 'bob');
    const message = await send(conversation, { Author: 'alice', Body: 'hi' });
    expect(message.body.delivery).toBeNull();
    const receipts = await rest.call(
      'GET',
      `/v1/Conversations/${conversation}/Messages/${message.body.sid}/Receipts`,
    );
    expect(receipts.body.delivery_receipts).toEqual([]);
  });

  it('creates a sent receipt for every SMS or WhatsApp participant except the author', async () => {
    const conversation = await createConversation();
    await addChat(conversation, 'agent');
    const customer = await addSms(conversation);
    const other = await addSms(conversation);
    const whatsapp = await rest.call('POST', `/v1/Conversations/${conversation}/Participants`, {
      'MessagingBinding.Address': `whatsapp:${nextPhone()}`,
      'MessagingBinding.ProxyAddress': `whatsapp:${nextPhone()}`,
    });

    const fromAgent = await send(conversation, { Author: 'agent', Body: 'Your order shipped' });
    expect(fromAgent.body.delivery).toEqual({
      total: 3,
      sent: 'all',
      delivered: 'none',
      read: 'none',
      failed: 'none',
      undelivered: 'none',
    });
    const receipts = await rest.call<{ delivery_receipts: Receipt[]; meta: Meta }>(
      'GET',
      `/v1/Conversations/${conversation}/Messages/${fromAgent.body.sid}/Receipts`,
    );
    expect(receipts.body.meta.key).toBe('delivery_receipts');
    expect(receipts.body.delivery_receipts.map((r) => r.participant_sid).sort()).toEqual(
      [customer.sid, other.sid, String(whatsapp.body.sid)].sort(),
    );
    for (const receipt of receipts.body.delivery_receipts) {
      expect(Object.keys(receipt).sort()).toEqual(SHORT_RECEIPT_KEYS);
      expect(receipt).toMatchObject({ status: 'sent', error_code: 0, message_sid: fromAgent.body.sid });
      expect(receipt.sid).toMatch(/^DY[0-9a-f]{32}$/);
      expect(receipt.channel_message_sid).toMatch(/^SM[0-9a-f]{32}$/);
    }

    const fromCustomer = await send(conversation, { Author: customer.address, Body: 'Thanks' });
    expect(fromCustomer.body.delivery).toMatchObject({ total: 2 });
  });

  it('fetches a receipt and answers 404 for an unknown one', async () => {
    const conversation = await createConversation();
    await addSms(conversation);
    const message = await send(conversation, { Body: 'hi' });
    const list = await rest.call<{ delivery_receipts: Receipt[] }>(
      'GET',
      `/v1/Conversations/${conversation}/Messages/${message.body.sid}/Receipts`,
    );
    const receipt = list.body.delivery_receipts[0] as Receipt;
    const fetched = await rest.call<Receipt>('GET', receipt.url.slice(rest.emulator.url.length));
    expect(fetched.body).toEqual(receipt);

    const missing = await rest.call(
      'GET',
      `/v1/Conversations/${conversation}/Messages/${message.body.sid}/Receipts/DY${'0'.repeat(32)}`,
    );
    expect([missing.status, missing.body.code]).toEqual([404, 20404]);
  });

  it('moves receipts along through the emulator route and aggregates them into delivery', async () => {
    const conversation = await createConversation();
    await addSms(conversation);
    await addSms(conversation);
    const message = await send(conversation, { Body: 'Your code is 1234' });
    const list = await rest.call<{ delivery_receipts: Receipt[] }>(
      'GET',
      `/v1/Conversations/${conversation}/Messages/${message.body.sid}/Receipts`,
    );
    const [first, second] = list.body.delivery_receipts as [Receipt, Receipt];
    const admin = `/_emulator/Conversations/${conversation}/Messages/${message.body.sid}/Receipts`;

    const delivered = await rest.call<Receipt>('POST', `${admin}/${first.sid}`, { Status: 'delivered' });
    expect(delivered.status).toBe(200);
    expect(delivered.body).toMatchObject({ sid: first.sid, status: 'delivered', error_code: 0 });
    await rest.call('POST', `${admin}/${first.sid}`, { Status: 'read' });
    const failed = await rest.call<Receipt>('POST', `${admin}/${second.sid}`, {
      Status: 'failed',
      ErrorCode: 30006,
    });
    expect(failed.body).toMatchObject({ status: 'failed', error_code: 30006 });

    const fetched = await rest.call<Message>(
      'GET',
      `/v1/Conversations/${conversation}/Messages/${message.body.sid}`,
    );
    expect(fetched.body.delivery).toEqual({
      total: 2,
      sent: 'some',
      delivered: 'some',
      read: 'some',
      failed: 'some',
      undelivered: 'none',
    });
  });

  it('treats failed and undelivered as final and refuses to move a receipt backwards', async () => {
    const conversation = await createConversation();
    await addSms(conversation);
    await addSms(conversation);
    const message = await send(conversation, { Body: 'hello' });
    const list = await rest.call<{ delivery_receipts: Receipt[] }>(
      'GET',
      `/v1/Conversations/${conversation}/Messages/${message.body.sid}/Receipts`,
    );
    const [first, second] = list.body.delivery_receipts as [Receipt, Receipt];
    const admin = `/_emulator/Conversations/${conversation}/Messages/${message.body.sid}/Receipts`;

    const undelivered = await rest.call<Receipt>('POST', `${admin}/${first.sid}`, { Status: 'undelivered' });
    expect(undelivered.body.status).toBe('undelivered');
    expect(undelivered.body.error_code).toBeGreaterThan(0);
    const retry = await rest.call('POST', `${admin}/${first.sid}`, { Status: 'delivered' });
    expect([retry.status, retry.body.code]).toEqual([409, 20409]);

    await rest.call('POST', `${admin}/${second.sid}`, { Status: 'read' });
    const backwards = await rest.call('POST', `${admin}/${second.sid}`, { Status: 'delivered' });
    expect([backwards.status, backwards.body.code]).toEqual([409, 20409]);
    const unknown = await rest.call('POST', `${admin}/${second.sid}`, { Status: 'lost' });
    expect([unknown.status, unknown.body.code]).toEqual([400, 20001]);
  });
});

describe('service-scoped message routes', () => {
  it('renders chat_service_sid and service URLs on messages and receipts', async () => {
    const service = await rest.call('POST', '/v1/Services', { FriendlyName: 'Messages service' });
    const prefix = `/v1/Services/${String(service.body.sid)}`;
    const conversation = await createConversation({}, prefix);
    await addSms(conversation, prefix);

    const message = await send(conversation, { Body: 'scoped' }, prefix);
    expect(message.status).toBe(201);
    expect(Object.keys(message.body).sort()).toEqual([...SHORT_MESSAGE_KEYS, 'chat_service_sid'].sort());
    expect(message.body.chat_service_sid).toBe(service.body.sid);
    expect(message.body.url).toBe(
      `${rest.emulator.url}${prefix}/Conversations/${conversation}/Messages/${message.body.sid}`,
    );

    const receipts = await rest.call<{ delivery_receipts: Receipt[] }>(
      'GET',
      `${prefix}/Conversations/${conversation}/Messages/${message.body.sid}/Receipts`,
    );
    const receipt = receipts.body.delivery_receipts[0] as Receipt;
    expect(Object.keys(receipt).sort()).toEqual([...SHORT_RECEIPT_KEYS, 'chat_service_sid'].sort());
    expect(receipt.url.startsWith(`${rest.emulator.url}${prefix}/`)).toBe(true);

    const advanced = await rest.call<Receipt>(
      'POST',
      `/_emulator/Services/${String(service.body.sid)}/Conversations/${conversation}/Messages/${message.body.sid}/Receipts/${receipt.sid}`,
      { Status: 'delivered' },
    );
    expect(advanced.body.status).toBe('delivered');

    const list = await rest.call<MessagePage>('GET', `${prefix}/Conversations/${conversation}/Messages`);
    expect(list.body.messages.map((m) => m.sid)).toEqual([message.body.sid]);
    expect(list.body.messages[0]?.delivery).toMatchObject({ delivered: 'all' });
  });

  it('does not find a conversation of another service through the short route', async () => {
    const service = await rest.call('POST', '/v1/Services', { FriendlyName: 'Elsewhere' });
    const conversation = await createConversation({}, `/v1/Services/${String(service.body.sid)}`);
    const response = await send(conversation, { Body: 'lost' });
    expect([response.status, response.body.code]).toEqual([404, 20404]);
  });

  it('reports the spec operation ids of both route forms', async () => {
    const service = await rest.call('POST', '/v1/Services', { FriendlyName: 'Operation ids' });
    const prefix = `/v1/Services/${String(service.body.sid)}`;
    const conversation = await createConversation({}, prefix);
    const before = rest.operations().length;
    const message = await send(conversation, { Body: 'x' }, prefix);
    await rest.call('GET', `${prefix}/Conversations/${conversation}/Messages/${message.body.sid}`);
    await rest.call('GET', `${prefix}/Conversations/${conversation}/Messages/${message.body.sid}/Receipts`);
    await rest.call('DELETE', `${prefix}/Conversations/${conversation}/Messages/${message.body.sid}`);
    expect(rest.operations().slice(before)).toEqual([
      'CreateServiceConversationMessage',
      'FetchServiceConversationMessage',
      'ListServiceConversationMessageReceipt',
      'DeleteServiceConversationMessage',
    ]);
  });
});

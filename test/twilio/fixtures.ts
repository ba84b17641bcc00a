/** Wire JSON as Twilio sends it, for tests that stand in for Twilio. */
export const ACCOUNT_SID = `AC${'0'.repeat(32)}`;
export const SERVICE_SID = `IS${'1'.repeat(32)}`;
export const CONVERSATION_SID = `CH${'2'.repeat(32)}`;

export function conversationWire(
  origin: string,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  const sid = typeof overrides.sid === 'string' ? overrides.sid : CONVERSATION_SID;
  const url = `${origin}/v1/Conversations/${sid}`;
  return {
    account_sid: ACCOUNT_SID,
    chat_service_sid: SERVICE_SID,
    messaging_service_sid: null,
    sid,
    friendly_name: null,
    unique_name: null,
    attributes: '{}',
    state: 'active',
    date_created: '2015-12-16T22:18:37Z',
    date_updated: '2015-12-16T22:18:38Z',
    timers: {},
    url,
    links: { participants: `${url}/Participants`, messages: `${url}/Messages`, webhooks: `${url}/Webhooks` },
    bindings: {},
    ...overrides,
  };
}

export function conversationPage(
  origin: string,
  items: Array<Record<string, unknown>>,
  meta: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    conversations: items,
    meta: {
      page: 0,
      page_size: 50,
      first_page_url: `${origin}/v1/Conversations?PageSize=50&Page=0`,
      previous_page_url: null,
      url: `${origin}/v1/Conversations?PageSize=50&Page=0`,
      next_page_url: null,
      key: 'conversations',
      ...meta,
    },
  };
}

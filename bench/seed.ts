/**
 * The benchmark's data, created through the emulator's REST routes like any client's data. The
 * sizes live in PLAN so that the hand-computed minimums in queries.ts can be derived from them.
 */

export interface Account {
  accountSid: string;
  authToken: string;
}

/** What the bench creates; every count a minimum in queries.ts depends on is here. */
export const PLAN = {
  /** Chat users of the default service. */
  users: ['ana', 'ben', 'chloe', 'dev', 'emma'],
  chat: {
    uniqueName: 'launch-war-room',
    friendlyName: 'Launch war room',
    /** Chat members; `ana` holds the custom conversation role, the others the default one. */
    members: ['ana', 'ben', 'chloe', 'dev', 'emma'],
    moderator: 'ana',
    /** Messages posted before any SMS member joins: Twilio tracks no delivery for them. */
    chatOnlyMessages: 30,
    chatAuthors: ['ana', 'ben', 'chloe', 'dev'],
    /** Two SMS members join next; the first one also writes. */
    smsMembers: [
      { address: '+15550100001', proxyAddress: '+15559990001' },
      { address: '+15550100002', proxyAddress: '+15559990002' },
    ],
    /** Messages posted after the SMS members joined, every fifth by the first SMS member. */
    mixedMessages: 35,
    mixedAuthors: ['ana', 'ben', 'chloe', 'dev', '+15550100001'],
    /** The newest messages whose receipts the carrier reports as delivered. */
    deliveredMessages: 10,
  },
  inbox: {
    /** `ana` is in the chat and in this many other conversations: 50 in all. */
    identity: 'ana',
    threads: 49,
    /** The other member of each thread, in turn. */
    partners: ['ben', 'chloe', 'dev', 'emma'],
    messagesPerThread: 2,
  },
  support: {
    friendlyName: 'Support desk',
    agents: 10,
    tickets: 20,
    /** Chat agents per ticket (the first one a supervisor) plus one SMS customer: 5 participants. */
    agentsPerTicket: 4,
  },
  burst: { uniqueName: 'bench-burst', messages: 20 },
  walk: { pageSize: 20 },
} as const;

/** How many of the chat's last `n` messages have delivery receipts (posted after the SMS members joined). */
export function chatMessagesWithReceipts(lastN: number): number {
  return Math.min(lastN, PLAN.chat.mixedMessages);
}

export function chatMessageCount(): number {
  return PLAN.chat.chatOnlyMessages + PLAN.chat.mixedMessages;
}

/** The partner of inbox thread `i`. */
export function inboxPartner(i: number): string {
  return PLAN.inbox.partners[i % PLAN.inbox.partners.length] as string;
}

/** Conversations of the default service `identity` is a member of. */
export function conversationsOf(identity: string): number {
  let count = (PLAN.chat.members as readonly string[]).includes(identity) ? 1 : 0;
  for (let i = 0; i < PLAN.inbox.threads; i += 1) {
    if (identity === PLAN.inbox.identity || inboxPartner(i) === identity) count += 1;
  }
  return count;
}

export function agentIdentity(n: number): string {
  return `agent-${String(n + 1).padStart(2, '0')}`;
}

/** The agents of support ticket `t`, the supervisor first. */
export function ticketAgents(t: number): string[] {
  const agents: string[] = [];
  for (let k = 0; k < PLAN.support.agentsPerTicket; k += 1) {
    agents.push(agentIdentity((t * PLAN.support.agentsPerTicket + k) % PLAN.support.agents));
  }
  return agents;
}

export interface Seeded {
  chatSid: string;
  supportServiceSid: string;
  burstSid: string;
  /** REST requests made to create it all. */
  requests: number;
}

type Params = Record<string, string | number | boolean | string[] | undefined>;
type Json = Record<string, unknown>;

export function restClient(baseUrl: string, account: Account) {
  const authorization = `Basic ${Buffer.from(`${account.accountSid}:${account.authToken}`).toString('base64')}`;
  let requests = 0;
  const call = async (method: 'GET' | 'POST', path: string, params: Params = {}): Promise<Json> => {
    const body = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) {
      if (value === undefined) continue;
      for (const item of Array.isArray(value) ? value : [value]) body.append(key, String(item));
    }
    requests += 1;
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { authorization, 'content-type': 'application/x-www-form-urlencoded' },
      body: method === 'POST' ? body : undefined,
    });
    const json = (await response.json()) as Json;
    if (!response.ok) throw new Error(`${method} ${path} failed: ${response.status} ${JSON.stringify(json)}`);
    return json;
  };
  return { call, authorization, requests: () => requests };
}

function sidOf(resource: Json): string {
  if (typeof resource.sid !== 'string') throw new Error(`no sid in ${JSON.stringify(resource)}`);
  return resource.sid;
}

async function mapLimit<T>(items: readonly T[], limit: number, fn: (item: T, i: number) => Promise<void>) {
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next;
      next += 1;
      await fn(items[i] as T, i);
    }
  });
  await Promise.all(workers);
}

/** Creates the benchmark's data; independent parts go in parallel so a slow emulator seeds quickly. */
export async function seed(baseUrl: string, account: Account): Promise<Seeded> {
  const rest = restClient(baseUrl, account);
  const { call } = rest;

  await mapLimit(PLAN.users, 5, async (identity) => {
    await call('POST', '/v1/Users', { Identity: identity, FriendlyName: identity.toUpperCase() });
  });
  const moderator = sidOf(
    await call('POST', '/v1/Roles', {
      FriendlyName: 'moderator',
      Type: 'conversation',
      Permission: ['sendMessage', 'addParticipant', 'deleteAnyMessage'],
    }),
  );

  const chat = async (): Promise<string> => {
    const sid = sidOf(
      await call('POST', '/v1/Conversations', {
        UniqueName: PLAN.chat.uniqueName,
        FriendlyName: PLAN.chat.friendlyName,
      }),
    );
    const path = `/v1/Conversations/${sid}`;
    await mapLimit(PLAN.chat.members, 5, async (identity) => {
      await call('POST', `${path}/Participants`, {
        Identity: identity,
        RoleSid: identity === PLAN.chat.moderator ? moderator : undefined,
      });
    });
    for (let i = 0; i < PLAN.chat.chatOnlyMessages; i += 1) {
      const author = PLAN.chat.chatAuthors[i % PLAN.chat.chatAuthors.length];
      await call('POST', `${path}/Messages`, { Author: author, Body: `Status update ${i + 1}` });
    }
    for (const member of PLAN.chat.smsMembers) {
      await call('POST', `${path}/Participants`, {
        'MessagingBinding.Address': member.address,
        'MessagingBinding.ProxyAddress': member.proxyAddress,
      });
    }
    const mixed: string[] = [];
    for (let i = 0; i < PLAN.chat.mixedMessages; i += 1) {
      const author = PLAN.chat.mixedAuthors[i % PLAN.chat.mixedAuthors.length];
      mixed.push(sidOf(await call('POST', `${path}/Messages`, { Author: author, Body: `Reply ${i + 1}` })));
    }
    await mapLimit(mixed.slice(-PLAN.chat.deliveredMessages), 5, async (messageSid) => {
      const page = await call('GET', `${path}/Messages/${messageSid}/Receipts`);
      const receipts = Array.isArray(page.delivery_receipts) ? (page.delivery_receipts as Json[]) : [];
      for (const receipt of receipts) {
        await call(
          'POST',
          `/_emulator/Conversations/${sid}/Messages/${messageSid}/Receipts/${sidOf(receipt)}`,
          {
            Status: 'delivered',
          },
        );
      }
    });
    await call('POST', `${path}/Participants/${PLAN.inbox.identity}`, {
      LastReadMessageIndex: chatMessageCount() - 5,
    });
    return sid;
  };

  const inbox = async () => {
    const threads = Array.from({ length: PLAN.inbox.threads }, (_, i) => i);
    await mapLimit(threads, 10, async (i) => {
      const partner = inboxPartner(i);
      const sid = sidOf(await call('POST', '/v1/Conversations', { FriendlyName: `Thread ${i + 1}` }));
      const path = `/v1/Conversations/${sid}`;
      await Promise.all(
        [PLAN.inbox.identity, partner].map((identity) =>
          call('POST', `${path}/Participants`, { Identity: identity }),
        ),
      );
      for (let m = 0; m < PLAN.inbox.messagesPerThread; m += 1) {
        const author = m % 2 === 0 ? partner : PLAN.inbox.identity;
        await call('POST', `${path}/Messages`, { Author: author, Body: `Thread ${i + 1}, message ${m + 1}` });
      }
      await call('POST', `${path}/Participants/${PLAN.inbox.identity}`, { LastReadMessageIndex: 0 });
    });
  };

  const support = async (): Promise<string> => {
    const serviceSid = sidOf(await call('POST', '/v1/Services', { FriendlyName: PLAN.support.friendlyName }));
    const service = `/v1/Services/${serviceSid}`;
    const supervisor = sidOf(
      await call('POST', `${service}/Roles`, {
        FriendlyName: 'supervisor',
        Type: 'conversation',
        Permission: ['sendMessage', 'addParticipant', 'removeParticipant'],
      }),
    );
    const agents = Array.from({ length: PLAN.support.agents }, (_, n) => agentIdentity(n));
    await mapLimit(agents, 5, async (identity) => {
      await call('POST', `${service}/Users`, {
        Identity: identity,
        FriendlyName: `Agent ${identity.slice(-2)}`,
      });
    });
    const tickets = Array.from({ length: PLAN.support.tickets }, (_, t) => t);
    await mapLimit(tickets, 5, async (t) => {
      const number = String(t + 1).padStart(2, '0');
      const sid = sidOf(
        await call('POST', `${service}/Conversations`, {
          UniqueName: `ticket-${number}`,
          FriendlyName: `Ticket ${number}`,
        }),
      );
      const path = `${service}/Conversations/${sid}`;
      // Sequential, so the participants of each ticket are listed in the order the plan gives.
      for (const [k, identity] of ticketAgents(t).entries()) {
        await call('POST', `${path}/Participants`, {
          Identity: identity,
          RoleSid: k === 0 ? supervisor : undefined,
        });
      }
      await call('POST', `${path}/Participants`, {
        'MessagingBinding.Address': `+155502000${number}`,
        'MessagingBinding.ProxyAddress': '+15559990100',
      });
    });
    return serviceSid;
  };

  const burst = async () =>
    sidOf(await call('POST', '/v1/Conversations', { UniqueName: PLAN.burst.uniqueName }));

  const [chatSid, , supportServiceSid, burstSid] = await Promise.all([chat(), inbox(), support(), burst()]);
  return { chatSid, supportServiceSid, burstSid, requests: rest.requests() };
}

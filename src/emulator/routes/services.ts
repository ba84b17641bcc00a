import { createNotFound, EmulatorError } from '../errors.ts';
import { paginate } from '../paging.ts';
import { formatDate } from '../params.ts';
import type { RouteContext, Router } from '../router.ts';
import { looksLikeSid } from '../sids.ts';
import type { ServiceState } from '../store.ts';
import type { Wire } from '../wire.ts';

export function renderService(ctx: RouteContext, service: ServiceState): Wire<'conversations.v1.service'> {
  const url = `${ctx.baseUrl}/v1/Services/${service.sid}`;
  return {
    account_sid: ctx.account.sid,
    sid: service.sid,
    friendly_name: service.friendlyName,
    date_created: formatDate(service.dateCreated),
    date_updated: formatDate(service.dateUpdated),
    url,
    links: {
      conversations: `${url}/Conversations`,
      users: `${url}/Users`,
      roles: `${url}/Roles`,
      bindings: `${url}/Bindings`,
      configuration: `${url}/Configuration`,
      participant_conversations: `${url}/ParticipantConversations`,
      conversation_with_participants: `${url}/ConversationWithParticipants`,
    },
  };
}

function findService(ctx: RouteContext): ServiceState {
  const sid = ctx.param('Sid');
  const service = looksLikeSid(sid, 'IS') ? ctx.account.services[sid] : undefined;
  if (!service) throw createNotFound(`/Services/${sid}`);
  return service;
}

export function registerServices(router: Router): void {
  router.operation('ListService', (ctx) =>
    paginate(ctx, {
      items: Object.values(ctx.account.services),
      sortKey: (service) => [service.seq],
      render: (service) => renderService(ctx, service),
    }),
  );

  router.operation('CreateService', (ctx) => {
    const friendlyName = ctx.body.requiredString('FriendlyName', 50000, { max: 256, tooLong: 50003 });
    const service = ctx.store.createService(ctx.account, friendlyName);
    return { status: 201, body: renderService(ctx, service) };
  });

  router.operation('FetchService', (ctx) => ({ status: 200, body: renderService(ctx, findService(ctx)) }));

  router.operation('DeleteService', (ctx) => {
    const service = findService(ctx);
    if (service.sid === ctx.account.configuration.defaultChatServiceSid) {
      // Twilio refuses to remove the service the short routes act on.
      throw new EmulatorError(
        20001,
        'The default conversation service cannot be deleted; choose another default first',
      );
    }
    // Everything under a service (conversations, users, roles, bindings) lives inside it and goes with it.
    delete ctx.account.services[service.sid];
    for (const address of Object.values(ctx.account.addressConfigurations)) {
      if (address.autoCreation.conversationServiceSid === service.sid)
        address.autoCreation.conversationServiceSid = null;
    }
    return { status: 204 };
  });
}

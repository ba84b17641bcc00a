import { createNotFound, EmulatorError } from '../errors.ts';
import { formatDate } from '../params.ts';
import type { RouteContext, Router } from '../router.ts';
import { looksLikeSid } from '../sids.ts';
import type { AccountState, ServiceState } from '../store.ts';
import type { Wire } from '../wire.ts';
import { deleteRoute, fetchRoute, listRoute, type Records } from './records.ts';

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

const services: Records<AccountState, ServiceState> = {
  parent: (ctx) => ctx.account,
  records: (account) => account.services,
  find: findService,
  render: (ctx, service) => renderService(ctx, service),
};

export function registerServices(router: Router): void {
  router.resource('Service', false, {
    list: listRoute(services),
    create: (ctx) => {
      const friendlyName = ctx.body.requiredString('FriendlyName', 50000, { max: 256, tooLong: 50003 });
      const service = ctx.store.createService(ctx.account, friendlyName);
      return { status: 201, body: renderService(ctx, service) };
    },
    fetch: fetchRoute(services),
    // Everything under a service (conversations, users, roles, bindings) lives inside it and goes with it.
    delete: deleteRoute(services, {
      before: (ctx, service) => {
        if (service.sid === ctx.account.configuration.defaultChatServiceSid) {
          // Twilio refuses to remove the service the short routes act on.
          throw new EmulatorError(
            20001,
            'The default conversation service cannot be deleted; choose another default first',
          );
        }
      },
      after: (ctx, service) => {
        for (const address of Object.values(ctx.account.addressConfigurations)) {
          if (address.autoCreation.conversationServiceSid === service.sid)
            address.autoCreation.conversationServiceSid = null;
        }
      },
    }),
  });
}

import { Router } from '../router.ts';
import { registerAddressConfigurations } from './address-configurations.ts';
import { registerAdmin } from './admin.ts';
import { registerBindings } from './bindings.ts';
import { registerConfiguration } from './configuration.ts';
import { registerConversationWebhooks } from './conversation-webhooks.ts';
import { registerConversationWithParticipants } from './conversation-with-participants.ts';
import { registerConversations } from './conversations.ts';
import { registerCredentials } from './credentials.ts';
import { registerMessages } from './messages.ts';
import { registerParticipantConversations } from './participant-conversations.ts';
import { registerParticipants } from './participants.ts';
import { registerRoles } from './roles.ts';
import { registerServiceConfiguration } from './service-configuration.ts';
import { registerServices } from './services.ts';
import { registerUsers } from './users.ts';

/** The `/v1` routes: the 103 operations of the official spec. */
export function createRouter(): Router {
  const router = new Router();
  registerConfiguration(router);
  registerAddressConfigurations(router);
  registerConversations(router);
  registerConversationWithParticipants(router);
  registerMessages(router);
  registerParticipants(router);
  registerConversationWebhooks(router);
  registerCredentials(router);
  registerParticipantConversations(router);
  registerRoles(router);
  registerServices(router);
  registerServiceConfiguration(router);
  registerBindings(router);
  registerUsers(router);
  return router;
}

/** Emulator-only routes under `/_emulator/`: what Twilio does outside REST (push registrations, delivery). */
export function createAdminRouter(): Router {
  const router = new Router();
  registerAdmin(router);
  return router;
}

import { randomBytes } from 'node:crypto';
import type { Router } from '../router.ts';
import { registerBindingAdmin } from './bindings.ts';
import { registerMessageAdmin } from './messages.ts';

/**
 * Routes under `/_emulator/` for what Twilio does outside its REST API. They take the same Basic
 * credentials as `/v1` and act on the caller's account only.
 */
export function registerAdmin(router: Router): void {
  // API keys are created in the Twilio console or the IAM API, not in Conversations.
  router.add({
    method: 'POST',
    pattern: '/_emulator/Keys',
    operationId: 'EmulatorCreateApiKey',
    handler: (ctx) => {
      const sid = ctx.store.createSid('SK');
      const secret = randomBytes(24).toString('base64url');
      ctx.store.addApiKey(ctx.account, sid, secret);
      return { status: 201, body: { sid, secret, account_sid: ctx.account.sid } };
    },
  });
  registerBindingAdmin(router);
  registerMessageAdmin(router);
}

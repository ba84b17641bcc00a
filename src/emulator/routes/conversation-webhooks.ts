import type { Router } from '../router.ts';

export function registerConversationWebhooks(_router: Router): void {}

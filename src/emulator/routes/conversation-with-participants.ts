import type { Router } from '../router.ts';

export function registerConversationWithParticipants(_router: Router): void {}

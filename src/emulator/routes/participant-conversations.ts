import type { Router } from '../router.ts';

export function registerParticipantConversations(_router: Router): void {}

import type { Router } from '../router.ts';

export function registerParticipants(_router: Router): void {}

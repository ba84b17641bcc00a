import type { Router } from '../router.ts';

export function registerMessages(_router: Router): void {}

/** Emulator-only: move a delivery receipt along (sent → delivered → read, or failed/undelivered). */
export function registerMessageAdmin(_router: Router): void {}

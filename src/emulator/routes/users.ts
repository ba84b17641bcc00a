import type { Router } from '../router.ts';

export function registerUsers(_router: Router): void {}

import type { Router } from '../router.ts';

export function registerMessages(_router: Router): void {}

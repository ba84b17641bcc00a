import type { Router } from '../router.ts';

export function registerAdmin(_router: Router): void {}

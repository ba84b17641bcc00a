import type { Router } from '../router.ts';

export function registerRoles(_router: Router): void {}

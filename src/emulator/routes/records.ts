import { paginate } from '../paging.ts';
import type { RouteContext, RouteHandler } from '../router.ts';
import { looksLikeSid, type SidPrefix } from '../sids.ts';

/**
 * How one kind of record is kept, which is all its list, fetch and delete routes need: the parent
 * it lives under (the account, a service, a conversation), its records there, how the path finds
 * one (answering 404 when it does not), and how one is rendered. Creates and updates, which differ
 * for every resource, stay in the resource's file.
 */
export interface Records<P, R extends { sid: string; seq: number }> {
  parent: (ctx: RouteContext) => P;
  records: (parent: P) => Record<string, R>;
  find: (ctx: RouteContext, parent: P) => R;
  render: (ctx: RouteContext, record: R, parent: P) => unknown;
}

/**
 * A page of the records, in creation order. `filter` reads the list's query filters (before the
 * parent is looked up, so a bad filter is refused first) and says which records they keep.
 */
export function listRoute<P, R extends { sid: string; seq: number }>(
  kind: Records<P, R>,
  filter?: (ctx: RouteContext) => ((record: R) => boolean) | undefined,
): RouteHandler {
  return (ctx) => {
    const keep = filter?.(ctx);
    const parent = kind.parent(ctx);
    const items = Object.values(kind.records(parent));
    return paginate(ctx, {
      items: keep ? items.filter(keep) : items,
      sortKey: (record) => [record.seq],
      render: (record) => kind.render(ctx, record, parent),
    });
  };
}

export function fetchRoute<P, R extends { sid: string; seq: number }>(kind: Records<P, R>): RouteHandler {
  return (ctx) => {
    const parent = kind.parent(ctx);
    return { status: 200, body: kind.render(ctx, kind.find(ctx, parent), parent) };
  };
}

/** Removes the record; `before` may refuse or announce it, `after` tidies up or announces it. */
export function deleteRoute<P, R extends { sid: string; seq: number }>(
  kind: Records<P, R>,
  hooks: {
    before?: (ctx: RouteContext, record: R, parent: P) => void;
    after?: (ctx: RouteContext, record: R, parent: P) => void;
  } = {},
): RouteHandler {
  return (ctx) => {
    const parent = kind.parent(ctx);
    const record = kind.find(ctx, parent);
    hooks.before?.(ctx, record, parent);
    delete kind.records(parent)[record.sid];
    hooks.after?.(ctx, record, parent);
    return { status: 204 };
  };
}

/** The record the path's `param` names by its SID, or a 404. */
export function requireBySid<R>(
  ctx: RouteContext,
  records: Readonly<Record<string, R>>,
  prefix: SidPrefix,
  param = 'Sid',
): R {
  const sid = ctx.param(param);
  const record = looksLikeSid(sid, prefix) ? records[sid] : undefined;
  if (!record) throw ctx.notFound();
  return record;
}

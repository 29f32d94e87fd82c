import type { ActionBatch, ActionItem, ActionProblemKind, HostActionKind } from './actions-slice';
import type { AppState } from './app-store';

/** The batch the host last started, or null. */
export const selectLatestBatch = (state: AppState): ActionBatch | null =>
  state.actionBatches.at(-1) ?? null;

/** True while any action is queued or in flight: bulk buttons wait. */
export const selectActionsBusy = (state: AppState): boolean =>
  state.actionBatches.some((batch) => batch.finishedAt === null);

const latestByTarget = new WeakMap<readonly ActionBatch[], ReadonlyMap<string, ActionItem>>();

/** target → newest item, built once per change of the batches (every visible row asks). */
function latestItems(batches: readonly ActionBatch[]): ReadonlyMap<string, ActionItem> {
  let index = latestByTarget.get(batches);
  if (!index) {
    const map = new Map<string, ActionItem>();
    for (const batch of batches) for (const item of batch.items) map.set(item.target, item);
    latestByTarget.set(batches, map);
    index = map;
  }
  return index;
}

/** The newest action about one person (or the waiting-room switch), or null. */
export const selectActionFor =
  (target: string) =>
  (state: AppState): ActionItem | null =>
    latestItems(state.actionBatches).get(target) ?? null;

export interface BatchReason {
  kind: ActionProblemKind;
  count: number;
}

export interface BatchSummary {
  kind: HostActionKind;
  total: number;
  done: number;
  failed: number;
  /** Refused by the store before any call (hosts, empty names, the lock). */
  refused: number;
  /** Queued or in flight. */
  pending: number;
  /** Failures and refusals by reason, commonest first. */
  reasons: BatchReason[];
}

/** Counts for "Admitted 12 people · Failed for 1 person: already admitted". */
export function summarizeBatch(batch: ActionBatch): BatchSummary {
  const summary: BatchSummary = {
    kind: batch.kind,
    total: batch.items.length,
    done: 0,
    failed: 0,
    refused: 0,
    pending: 0,
    reasons: [],
  };
  const reasons = new Map<ActionProblemKind, number>();
  for (const item of batch.items) {
    if (item.status === 'done') summary.done += 1;
    else if (item.status === 'failed') summary.failed += 1;
    else if (item.status === 'refused') summary.refused += 1;
    else summary.pending += 1;
    if (item.problem) reasons.set(item.problem.kind, (reasons.get(item.problem.kind) ?? 0) + 1);
  }
  summary.reasons = [...reasons]
    .map(([kind, count]) => ({ kind, count }))
    .sort((a, b) => b.count - a.count);
  return summary;
}

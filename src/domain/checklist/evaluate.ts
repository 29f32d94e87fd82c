import { evaluateLiveItem, type Outcome } from './live-items';
import { isManualItemId, MANUAL_ITEM_WHERE } from './manual-items';
import { getPreset } from './presets';
import type {
  ChecklistItem,
  Fix,
  ItemStatus,
  MeetingFacts,
  Message,
  PresetId,
  Severity,
  Surface,
} from './types';

function statusFor(outcome: Outcome, severity: Severity): ItemStatus {
  switch (outcome) {
    case 'pass':
      return 'ok';
    case 'partial':
      return 'warn';
    case 'miss':
      return severity === 'critical' ? 'fail' : 'warn';
    case 'unknown':
      return 'unknown';
  }
}

/** The meeting security checklist for a preset, in the preset's order. */
export function evaluateChecklist(facts: MeetingFacts, presetId: PresetId): ChecklistItem[] {
  const preset = getPreset(presetId);
  const confirmed = new Set<string>(facts.confirmedManualItems ?? []);
  return preset.items.map(({ id, severity }): ChecklistItem => {
    const title: Message = { key: `checklist.${id}.title` };
    if (isManualItemId(id)) {
      return {
        id,
        kind: 'manual',
        status: confirmed.has(id) ? 'ok' : 'manual',
        severity,
        title,
        message: { key: `checklist.${id}.text` },
        where: MANUAL_ITEM_WHERE[id],
      };
    }
    const result = evaluateLiveItem(id, facts, preset);
    const item: ChecklistItem = {
      id,
      kind: 'live',
      status: statusFor(result.outcome, severity),
      severity,
      title,
      message: result.message,
    };
    // An item that is already fine offers nothing to click.
    if (result.fix && item.status !== 'ok') item.fix = result.fix;
    return item;
  });
}

export type ChecklistSummary = Record<ItemStatus, number>;

/** How many items are in each status, for a header such as "2 problems · 5 to check in Zoom". */
export function summarizeChecklist(items: readonly ChecklistItem[]): ChecklistSummary {
  const summary: ChecklistSummary = { ok: 0, warn: 0, fail: 0, manual: 0, unknown: 0 };
  for (const item of items) summary[item.status] += 1;
  return summary;
}

/** The button label for a fix (with `count` or `minutes` for the plural forms). */
export function fixLabel(fix: Fix): Message {
  switch (fix.kind) {
    case 'enableWaitingRoom':
    case 'stopCloudRecording':
      return { key: `checklist.fix.${fix.kind}` };
    case 'lockNow':
      return {
        key: fix.mode === 'rollOnly' ? 'checklist.fix.lockNowRollOnly' : 'checklist.fix.lockNow',
      };
    case 'armAutoLock':
      return {
        key:
          fix.spec.kind === 'afterStart'
            ? 'checklist.fix.armAutoLockAfterStart'
            : 'checklist.fix.armAutoLockFromNow',
        params: { count: fix.spec.minutes },
      };
    case 'privacyRename':
    case 'revokeLocalRecording':
    case 'reviewUnknown':
    case 'reviewImpostors':
      return { key: `checklist.fix.${fix.kind}`, params: { count: fix.participantUUIDs.length } };
  }
}

/** The text label for a status, so colour is never the only signal. */
export function statusLabel(status: ItemStatus): Message {
  return { key: `checklist.status.${status}` };
}

/** The text label for a severity. */
export function severityLabel(severity: Severity): Message {
  return { key: `checklist.severity.${severity}` };
}

/** The heading for a place where a manual setting lives ("Zoom web portal", "In the meeting"). */
export function surfaceLabel(surface: Surface): Message {
  return { key: `checklist.surface.${surface}` };
}

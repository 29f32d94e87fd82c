import type { ItemStatus } from '../../domain/checklist';

// One shape per status, so the status reads without colour (and the text label says it too).
const PATHS: Readonly<Record<ItemStatus, string>> = {
  ok: 'M3.5 8.5l3 3 6-7',
  warn: 'M8 3.5v5.5M8 11.5v1',
  fail: 'M4.5 4.5l7 7M11.5 4.5l-7 7',
  manual: 'M3.5 3.5h9v9h-9z',
  unknown: 'M6 6a2 2 0 1 1 2.8 1.8c-.5.3-.8.7-.8 1.2v.5M8 12v.5',
};

/** A small decorative icon for a checklist status; the status text beside it carries the meaning. */
export function StatusIcon({ status }: { status: ItemStatus }) {
  return (
    <svg
      className="status-icon"
      viewBox="0 0 16 16"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
    >
      <path
        d={PATHS[status]}
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

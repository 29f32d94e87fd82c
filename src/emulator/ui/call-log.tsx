import type { CallRecord, EventRecord } from '../types';

type Row =
  | { kind: 'call'; at: number; call: CallRecord }
  | { kind: 'event'; at: number; event: EventRecord };

const OUTCOME_MARK: Record<CallRecord['outcome'], string> = {
  pending: '…',
  ok: '✓',
  error: '✗',
  'no-reply': '⏳ no reply',
  dropped: 'dropped',
};

function brief(value: unknown): string {
  if (value === undefined) return '';
  const text = JSON.stringify(value);
  return text.length > 160 ? `${text.slice(0, 157)}…` : text;
}

function time(at: number): string {
  return new Date(at).toISOString().slice(11, 23);
}

/** Every SDK call the panel made and every event it was sent, newest first (as text). */
export function CallLog({ calls, events }: { calls: CallRecord[]; events: EventRecord[] }) {
  const rows: Row[] = [
    ...calls.map((call) => ({ kind: 'call' as const, at: call.at, call })),
    ...events.map((event) => ({ kind: 'event' as const, at: event.at, event })),
  ].sort((a, b) => b.at - a.at);
  return (
    <section className="log" aria-label="SDK log">
      <h3>SDK log</h3>
      <ol>
        {rows.map((row, i) =>
          row.kind === 'call' ? (
            <li
              key={`c${row.call.jsCallId}`}
              className={`log__call log__call--${row.call.outcome}`}
            >
              <time>{time(row.at)}</time> → {row.call.apiName} {brief(row.call.data)}{' '}
              <strong>
                {OUTCOME_MARK[row.call.outcome]}
                {row.call.errorCode ? ` ${row.call.errorCode}` : ''}
              </strong>
            </li>
          ) : (
            <li key={`e${i}-${row.at}`} className="log__event">
              <time>{time(row.at)}</time> ← {row.event.name} {brief(row.event.data)}
            </li>
          ),
        )}
      </ol>
    </section>
  );
}

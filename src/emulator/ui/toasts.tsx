import type { NotificationRecord } from '../types';

/** The native toasts the panel asked Zoom to show (showNotification). */
export function Toasts({ notifications }: { notifications: NotificationRecord[] }) {
  if (notifications.length === 0) return null;
  return (
    <div className="toasts" role="status">
      {notifications.map((n) => (
        <div key={`${n.at}-${n.title}`} className={`toast toast--${n.type}`}>
          <strong>{n.title}</strong> {n.message}
        </div>
      ))}
    </div>
  );
}

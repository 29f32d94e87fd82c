import type { ReactNode } from 'react';

export interface NoticeProps {
  title: string;
  children?: ReactNode;
  /** alert for failures, status for progress; none for a static page. */
  live?: 'alert' | 'status';
  icon?: ReactNode;
}

/** A centred full-panel message: loading, errors, and the pages shown instead of the roster. */
export function Notice({ title, children, live, icon }: NoticeProps) {
  return (
    <div className="notice" role={live}>
      {icon ? (
        <div className="notice__icon" aria-hidden="true">
          {icon}
        </div>
      ) : null}
      <h2 className="notice__title">{title}</h2>
      {children}
    </div>
  );
}

import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { ReactNode } from 'react';

export interface VirtualListProps<T> {
  items: readonly T[];
  /** Fixed row height in px: rows are not measured, which keeps long lists cheap. */
  rowHeight: number;
  getKey: (item: T) => string;
  renderItem: (item: T) => ReactNode;
  /** The list's accessible name. */
  label: string;
  className?: string;
}

/**
 * A scrolling list that renders only the rows in view (plus a margin), so a thousand people cost
 * what twenty do. Rows carry their position for screen readers, since most are not in the DOM.
 */
export function VirtualList<T>({
  items,
  rowHeight,
  getKey,
  renderItem,
  label,
  className,
}: VirtualListProps<T>) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // The app does not use the React Compiler; the virtualizer re-renders this component itself on scroll.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    getItemKey: (index) => getKey(items[index]!),
    overscan: 10,
  });
  return (
    <div
      ref={scrollRef}
      className={className ? `virtual-list ${className}` : 'virtual-list'}
      data-virtual-scroll=""
      role="list"
      aria-label={label}
      tabIndex={0}
    >
      <div
        role="none"
        className="virtual-list__sizer"
        style={{ height: virtualizer.getTotalSize() }}
      >
        {virtualizer.getVirtualItems().map((row) => (
          <div
            key={row.key}
            role="listitem"
            aria-setsize={items.length}
            aria-posinset={row.index + 1}
            className="virtual-list__item"
            style={{ height: row.size, transform: `translateY(${row.start}px)` }}
          >
            {renderItem(items[row.index]!)}
          </div>
        ))}
      </div>
    </div>
  );
}

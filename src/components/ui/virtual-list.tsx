import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { onReveal, takePendingReveal } from './reveal';

export interface VirtualListProps<T> {
  items: readonly T[];
  /** Row height in px, or one per item: rows are not measured, which keeps long lists cheap. */
  rowHeight: number | ((item: T) => number);
  getKey: (item: T) => string;
  renderItem: (item: T) => ReactNode;
  /** The list's accessible name. */
  label: string;
  className?: string;
}

/** Rows rendered beyond the visible ones, above and below, so a quick scroll shows no gap. */
const OVERSCAN = 10;

/** The first index whose row ends below `y` (binary search over the rows' start offsets). */
function firstBelow(starts: readonly number[], sizes: readonly number[], y: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (starts[mid]! + sizes[mid]! <= y) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * A scrolling list that renders only the rows in view (plus a margin), so a thousand people cost
 * what twenty do. Heights are known up front (no measuring), so the window is a binary search.
 * Rows carry their position for screen readers, since most are not in the DOM. A row asked for
 * with revealRow(key) is scrolled to the top and focused.
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
  const [view, setView] = useState({ top: 0, height: 0 });
  // The margin is off screen, so the first frame does without it: it is added right after that
  // frame is painted, and a long list's first paint draws only the rows in view.
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  const { starts, sizes, total } = useMemo(() => {
    const sizeList = items.map((item) =>
      typeof rowHeight === 'number' ? rowHeight : rowHeight(item),
    );
    const startList: number[] = [];
    let offset = 0;
    for (const size of sizeList) {
      startList.push(offset);
      offset += size;
    }
    return { starts: startList, sizes: sizeList, total: offset };
  }, [items, rowHeight]);

  const measure = useCallback(() => {
    const element = scrollRef.current;
    if (!element) return;
    const next = { top: element.scrollTop, height: element.clientHeight };
    setView((current) =>
      current.top === next.top && current.height === next.height ? current : next,
    );
  }, []);

  useLayoutEffect(() => {
    measure();
    const element = scrollRef.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [measure]);

  const latest = useRef({ items, getKey, starts });
  useEffect(() => {
    latest.current = { items, getKey, starts };
  });
  useEffect(() => {
    const reveal = () => {
      const { items: rows, getKey: keyOf, starts: offsets } = latest.current;
      const keys = rows.map(keyOf);
      const key = takePendingReveal((candidate) => keys.includes(candidate));
      const element = scrollRef.current;
      if (key === null || !element) return;
      element.scrollTop = offsets[keys.indexOf(key)] ?? 0;
      measure();
      requestAnimationFrame(() =>
        element.querySelector<HTMLElement>(`[data-row-key="${CSS.escape(key)}"]`)?.focus(),
      );
    };
    reveal();
    return onReveal(reveal);
  }, [measure]);

  const count = items.length;
  // Unmeasured (no layout yet, or none at all, as in jsdom), the margin is all there is to show.
  const overscan = painted || view.height === 0 ? OVERSCAN : 0;
  const first = count === 0 ? 0 : Math.max(0, firstBelow(starts, sizes, view.top) - overscan);
  const lastVisible = count === 0 ? -1 : firstBelow(starts, sizes, view.top + view.height);
  const last = Math.min(count - 1, lastVisible + overscan);
  const rows: ReactNode[] = [];
  for (let index = first; index <= last; index++) {
    const item = items[index]!;
    const key = getKey(item);
    rows.push(
      <div
        key={key}
        role="listitem"
        aria-setsize={count}
        aria-posinset={index + 1}
        className="virtual-list__item"
        data-row-key={key}
        tabIndex={-1}
        style={{ height: sizes[index], transform: `translateY(${starts[index]}px)` }}
      >
        {renderItem(item)}
      </div>,
    );
  }

  return (
    <div
      ref={scrollRef}
      className={className ? `virtual-list ${className}` : 'virtual-list'}
      data-virtual-scroll=""
      role="list"
      aria-label={label}
      tabIndex={0}
      onScroll={measure}
    >
      <div role="none" className="virtual-list__sizer" style={{ height: total }}>
        {rows}
      </div>
    </div>
  );
}

import { useEffect, useLayoutEffect } from 'react';
import type { RefObject } from 'react';

/**
 * Marks the headline whose rest did not fit (it wrapped onto its hidden second line): the rest is
 * then taken out of the line and the headline no longer grows, so the counts follow the state
 * instead of sitting past a blank gap. CSS alone cannot both give the rest all the room there is
 * and take that room back once the rest is dropped. Measured with the mark off, before paint.
 */
function fitRest(line: HTMLElement) {
  const title = line.querySelector<HTMLElement>('.lock-banner__title');
  if (!title) return;
  delete title.dataset.rest;
  const rest = title.querySelector('.lock-banner__rest');
  const fit = rest?.querySelector('.lock-banner__rest-fit');
  if (!rest || !fit) return;
  if (fit.getBoundingClientRect().top > rest.getBoundingClientRect().top + 1)
    title.dataset.rest = 'dropped';
}

/** Keeps the lock line's headline marked when its rest is dropped: after each render and resize. */
export function useRestFit(line: RefObject<HTMLElement | null>) {
  useLayoutEffect(() => {
    if (line.current) fitRest(line.current);
  });
  useEffect(() => {
    const element = line.current;
    if (!element) return;
    // The line's own size does not depend on the mark, so this never feeds itself.
    const observer = new ResizeObserver(() => fitRest(element));
    observer.observe(element);
    return () => observer.disconnect();
  }, [line]);
}

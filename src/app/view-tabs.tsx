import { Suspense, useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KeyboardEvent } from 'react';
import { onReveal } from '../components/ui/reveal';
import { Spinner } from '../components/ui/spinner';
import type { PanelView } from './panel-views';
import { ViewBoundary } from './crash-boundaries';
import { ViewIconSvg } from './view-icons';

/**
 * The live panel: one view, or a tab bar (arrow keys move between tabs) and the chosen view. The
 * bar stays on one line at any width and in any language: each tab is an icon and its label, and
 * when the labels do not all fit, only the chosen tab keeps its label on screen (every tab keeps
 * its name for screen readers and in its tooltip). A row revealed from the header (an impostor
 * alert) brings the roster back.
 */
export function ViewTabs({ views }: { views: readonly PanelView[] }) {
  const { t } = useTranslation();
  const [selectedId, setSelectedId] = useState(views[0]?.id);
  const [compact, setCompact] = useState(false);
  const baseId = useId();
  const barRef = useRef<HTMLDivElement>(null);
  const measureRef = useRef<HTMLDivElement>(null);
  const selected = views.find((view) => view.id === selectedId) ?? views[0];
  const labels = views.map((view) => view.label(t)).join('\u0000');

  useLayoutEffect(() => {
    const bar = barRef.current;
    const measure = measureRef.current;
    if (!bar || !measure) return;
    const fit = () => setCompact(measure.scrollWidth > bar.clientWidth);
    fit();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(fit);
    observer.observe(bar);
    return () => observer.disconnect();
  }, [labels]);

  useEffect(
    () =>
      onReveal(() => {
        if (views.some((view) => view.id === 'roster')) setSelectedId('roster');
      }),
    [views],
  );

  if (!selected) return null;
  // Keyed by view: a crash in one view does not follow the host to the next tab.
  const body = (
    <ViewBoundary key={selected.id}>
      <Suspense fallback={<Spinner />}>
        <selected.Component />
      </Suspense>
    </ViewBoundary>
  );
  if (views.length === 1) return body;

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const index = (views.indexOf(selected) + step + views.length) % views.length;
    const next = views[index]!;
    setSelectedId(next.id);
    document.getElementById(`${baseId}-tab-${next.id}`)?.focus();
  };

  return (
    <>
      <div className="view-tabs__frame">
        <div
          ref={barRef}
          className={`view-tabs${compact ? ' view-tabs--compact' : ''}`}
          role="tablist"
          onKeyDown={onKeyDown}
        >
          {views.map((view) => {
            const label = view.label(t);
            return (
              <button
                key={view.id}
                id={`${baseId}-tab-${view.id}`}
                type="button"
                role="tab"
                className="view-tabs__tab"
                aria-selected={view === selected}
                aria-controls={`${baseId}-panel`}
                title={label}
                tabIndex={view === selected ? 0 : -1}
                onClick={() => setSelectedId(view.id)}
              >
                {view.icon ? <ViewIconSvg icon={view.icon} /> : null}
                <span className="view-tabs__label">{label}</span>
                {view.Badge ? <view.Badge /> : null}
              </button>
            );
          })}
        </div>
        <div ref={measureRef} className="view-tabs view-tabs--measure" aria-hidden="true">
          {views.map((view) => (
            <span key={view.id} className="view-tabs__tab">
              {view.icon ? <ViewIconSvg icon={view.icon} /> : null}
              <span className="view-tabs__label">{view.label(t)}</span>
              {view.Badge ? <view.Badge /> : null}
            </span>
          ))}
        </div>
      </div>
      <div
        className="view-tabs__panel"
        id={`${baseId}-panel`}
        role="tabpanel"
        aria-labelledby={`${baseId}-tab-${selected.id}`}
      >
        {body}
      </div>
    </>
  );
}

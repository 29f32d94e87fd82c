import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KeyboardEvent } from 'react';
import type { PanelView } from './composition';
import { ViewBoundary } from './crash-boundaries';

/** The live panel: one view, or a tab bar (arrow keys move between tabs) and the chosen view. */
export function ViewTabs({ views }: { views: readonly PanelView[] }) {
  const { t } = useTranslation();
  const [selectedId, setSelectedId] = useState(views[0]?.id);
  const baseId = useId();
  const selected = views.find((view) => view.id === selectedId) ?? views[0];
  if (!selected) return null;
  // Keyed by view: a crash in one view does not follow the host to the next tab.
  const body = (
    <ViewBoundary key={selected.id}>
      <selected.Component />
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
      <div className="view-tabs" role="tablist" onKeyDown={onKeyDown}>
        {views.map((view) => (
          <button
            key={view.id}
            id={`${baseId}-tab-${view.id}`}
            type="button"
            role="tab"
            className="view-tabs__tab"
            aria-selected={view === selected}
            aria-controls={`${baseId}-panel`}
            tabIndex={view === selected ? 0 : -1}
            onClick={() => setSelectedId(view.id)}
          >
            {view.label(t)}
          </button>
        ))}
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

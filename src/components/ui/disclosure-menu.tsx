import { useId, useLayoutEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';

/**
 * A button that shows or hides a small panel of controls under it ("More"). Not an ARIA menu: the
 * panel holds ordinary buttons and switches, reached with Tab. Escape or a click elsewhere closes
 * it, except a click inside a dialog one of its controls opened; that dialog closing closes it as
 * well, the focus back on the button. The panel's controls are first
 * drawn when it first opens (they are no part of the roster's first paint); from then on they stay
 * mounted while hidden, so a dialog opened from them outlives the panel closing.
 */
export function DisclosureMenu({
  label,
  children,
  className,
}: {
  label: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  const [open, setOpen] = useState(false);
  const [opened, setOpened] = useState(false);
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  // From the frame the panel shows (a plain effect runs a frame later in Preact, and a click in
  // that frame would leave the panel open over what was clicked).
  useLayoutEffect(() => {
    if (!open) return;
    const onPointer = (event: MouseEvent) => {
      const target = event.target as Element | null;
      if (!target || rootRef.current?.contains(target) || target.closest('.modal')) return;
      setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || document.querySelector('.modal')) return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    // A dialog opened from the panel is the end of the errand: when the last one closes, the panel
    // goes too, rather than staying open over the roster, and the focus (which the dialog gave back
    // to its trigger, now hidden, or lost with it) goes to the button. Watched on <body>, where
    // every dialog is drawn, rather than told by the dialogs: the panel's "Import roll" only sets
    // the store, and the toolbar, outside this menu, draws that dialog; and a dialog giving way to
    // the next in one render (Bulk actions to its confirmation) is no last closing, which the
    // observer, called once after the whole change, never takes for one.
    let dialogShown = document.querySelector('.modal') !== null;
    const dialogs = new MutationObserver(() => {
      const shown = document.querySelector('.modal') !== null;
      if (dialogShown && !shown) {
        const active = document.activeElement;
        const lost = !active || active === document.body || !active.isConnected;
        if (lost || rootRef.current?.contains(active)) buttonRef.current?.focus();
        setOpen(false);
      }
      dialogShown = shown;
    });
    dialogs.observe(document.body, { childList: true });
    document.addEventListener('mousedown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      dialogs.disconnect();
      document.removeEventListener('mousedown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  return (
    <div className={className ? `disclosure-menu ${className}` : 'disclosure-menu'} ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="button button--small disclosure-menu__button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => {
          setOpen(!open);
          setOpened(true);
        }}
      >
        {label}
        <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false">
          <path d="M3 6l5 5 5-5z" fill="currentColor" />
        </svg>
      </button>
      <div className="disclosure-menu__panel" id={panelId} hidden={!open}>
        {opened ? children : null}
      </div>
    </div>
  );
}

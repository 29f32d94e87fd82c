import { useId, useLayoutEffect, useRef } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';
import { createPortal } from 'react-dom';

export interface ModalProps {
  title: ReactNode;
  onClose: () => void;
  children: ReactNode;
  /** role="alertdialog" for a confirmation of something that cannot be undone. */
  alert?: boolean;
  /** Extra class on the box, for a feature's own layout. */
  className?: string;
  /** A wide box pinned to the top, the overlay scrolling: for tall content such as a preview. */
  wide?: boolean;
  /** False where a stray click must not throw away work in progress (an import, a choice). */
  closeOnBackdrop?: boolean;
  /** Focus moves to the first control again whenever this changes (a new step of a flow). */
  step?: string;
}

const FOCUSABLE =
  'button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [href], [tabindex]:not([tabindex="-1"])';

/**
 * A dialog over the panel: Escape (and, unless told otherwise, the backdrop) closes it, focus
 * starts inside, Tab stays inside, and focus returns to what was focused before. Rendered on
 * <body> so no scrolling list clips it.
 */
export function Modal({
  title,
  onClose,
  children,
  alert = false,
  className,
  wide = false,
  closeOnBackdrop = true,
  step,
}: ModalProps) {
  const titleId = useId();
  const boxRef = useRef<HTMLDivElement>(null);

  // Layout effects, in this order: what had focus is noted before the dialog takes it, and focus is
  // inside before the first paint (Preact runs plain effects a frame later, when a keystroke meant
  // for the dialog could already have gone to the page beneath).
  useLayoutEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    return () => {
      // The trigger may have scrolled out of a virtual list meanwhile: only go back if it is still there.
      if (before?.isConnected) before.focus();
    };
  }, []);

  useLayoutEffect(() => {
    const box = boxRef.current;
    const first =
      box?.querySelector<HTMLElement>('[data-autofocus]') ??
      box?.querySelector<HTMLElement>(FOCUSABLE);
    (first ?? box)?.focus();
  }, [step]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose();
      return;
    }
    if (event.key !== 'Tab' || !boxRef.current) return;
    const focusable = [...boxRef.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = focusable[0];
    const last = focusable.at(-1);
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return createPortal(
    <div
      className={wide ? 'modal modal--wide' : 'modal'}
      onMouseDown={(event) => {
        if (closeOnBackdrop && event.target === event.currentTarget) onClose();
      }}
    >
      <div
        ref={boxRef}
        className={className ? `modal__box ${className}` : 'modal__box'}
        role={alert ? 'alertdialog' : 'dialog'}
        aria-modal="true"
        aria-labelledby={titleId}
        tabIndex={-1}
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId} className="modal__title">
          {title}
        </h2>
        {children}
      </div>
    </div>,
    document.body,
  );
}

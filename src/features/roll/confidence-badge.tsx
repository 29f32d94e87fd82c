import { useEffect, useId, useState } from 'react';
import { createPortal } from 'react-dom';
import { useRowTranslation } from '../../i18n/row-translation';
import type { Confidence } from '../../domain/matching';
import { CONFIDENCE_TONE } from './describe-match';

// What a narrow row keeps when the words give way: the mark's accessible text is the words.
const MARK: Readonly<Record<Confidence, string>> = { sure: '✓', likely: '?', none: '✗' };

interface Anchor {
  top: number;
  right: number;
}

/**
 * "On roll ✓" / "Check ?" / "Not on roll ✗": a narrow row keeps only the mark, whose accessible
 * text is the words. The reasons are the mark's accessible description, its title on hover, and a small popover on hover and keyboard focus. The popover lives on <body>
 * (placed by the badge's position) because the roster's scrolling list would clip it.
 */
export function ConfidenceBadge({
  confidence,
  reasons,
}: {
  confidence: Confidence;
  reasons: readonly string[];
}) {
  const { t } = useRowTranslation();
  const id = useId();
  const [anchor, setAnchor] = useState<Anchor | null>(null);
  const text = reasons.join('\n');

  useEffect(() => {
    if (!anchor) return;
    // A scroll moves the badge away from a fixed popover: close it rather than leave it adrift.
    const close = () => setAnchor(null);
    window.addEventListener('scroll', close, true);
    return () => window.removeEventListener('scroll', close, true);
  }, [anchor]);

  const show = (element: HTMLElement) => {
    const rect = element.getBoundingClientRect();
    setAnchor({ top: rect.bottom + 4, right: Math.max(4, window.innerWidth - rect.right) });
  };
  const hide = () => setAnchor(null);

  const label = t(`roll.match.${confidence}`);
  const tone = CONFIDENCE_TONE[confidence];
  return (
    <span className="row-match__confidence">
      {/* The words where the row has room, painted from data-label: the mark's text says them to
          screen readers (and to a search of the page's text) once. */}
      <span
        className={`badge badge--${tone} row-match__words`}
        data-label={label}
        aria-hidden="true"
      />
      <span
        className={`badge badge--${tone} row-match__mark`}
        tabIndex={0}
        title={text ? `${label}\n${text}` : label}
        aria-describedby={text ? id : undefined}
        onFocus={(event) => text && show(event.currentTarget)}
        onBlur={hide}
        onMouseEnter={(event) => text && show(event.currentTarget)}
        onMouseLeave={hide}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && anchor) {
            event.stopPropagation();
            hide();
          }
        }}
      >
        <span aria-hidden="true">{MARK[confidence]}</span>
        <span className="visually-hidden">{label}</span>
      </span>
      {text ? (
        <span id={id} className="visually-hidden">
          {text}
        </span>
      ) : null}
      {anchor && text
        ? createPortal(
            <div
              className="match-reasons"
              aria-hidden="true"
              data-testid="match-reasons"
              style={{ top: anchor.top, right: anchor.right }}
            >
              {reasons.map((reason, index) => (
                <span key={index}>{reason}</span>
              ))}
            </div>,
            document.body,
          )
        : null}
    </span>
  );
}

import { useEffect, useId, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/ui/badge';
import type { Confidence } from '../../domain/matching';
import { CONFIDENCE_TONE } from './describe-match';

interface Anchor {
  top: number;
  right: number;
}

/**
 * "On roll" / "Check" / "Not on roll". The reasons are the badge's accessible description, its
 * title on hover, and a small popover on hover and keyboard focus. The popover lives on <body>
 * (placed by the badge's position) because the roster's scrolling list would clip it.
 */
export function ConfidenceBadge({
  confidence,
  reasons,
}: {
  confidence: Confidence;
  reasons: readonly string[];
}) {
  const { t } = useTranslation();
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

  return (
    <span
      className="row-match__confidence"
      tabIndex={0}
      title={text || undefined}
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
      <Badge tone={CONFIDENCE_TONE[confidence]}>{t(`roll.match.${confidence}`)}</Badge>
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

import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/ui/badge';
import type { Confidence } from '../../domain/matching';
import { CONFIDENCE_TONE } from './describe-match';

/**
 * "On roll" / "Check" / "Not on roll". The reasons show on hover (title) and on keyboard focus
 * (a small popover), and are the badge's accessible description.
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
  const text = reasons.join('\n');
  return (
    <span
      className="row-match__confidence"
      tabIndex={0}
      title={text || undefined}
      aria-describedby={text ? id : undefined}
    >
      <Badge tone={CONFIDENCE_TONE[confidence]}>{t(`roll.match.${confidence}`)}</Badge>
      {text ? (
        <span id={id} className="row-match__reasons" role="tooltip">
          {reasons.map((reason, index) => (
            <span key={index} className="row-match__reason">
              {reason}
            </span>
          ))}
        </span>
      ) : null}
    </span>
  );
}

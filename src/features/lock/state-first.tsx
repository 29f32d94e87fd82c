import { useTranslation } from 'react-i18next';
import { headlineLead } from './headline-lead';

/**
 * The headline's words up to its colon name the state ("Gesperrt:", "Sperre pausiert:"): on a
 * narrow line they stay whole and only the rest gives way (panel.css), so a paused lock never
 * reads as a locked one. The rest shows at least its first words whole ("nadie entra…") or not at
 * all; the headline's text is still the one sentence, for screen readers and the explanation.
 */
export function StateFirst({ text }: { text: string }) {
  const { i18n } = useTranslation();
  const end = text.search(/[:：]/);
  if (end < 0) return <>{text}</>;
  const rest = text.slice(end + 1);
  return (
    <>
      <span className="lock-banner__state">{text.slice(0, end + 1)}</span>
      <span className="lock-banner__rest">
        <span className="lock-banner__rest-fit" data-lead={headlineLead(rest, i18n.language)}>
          <span className="lock-banner__rest-text">{rest}</span>
        </span>
      </span>
    </>
  );
}

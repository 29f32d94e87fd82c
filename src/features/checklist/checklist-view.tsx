import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStoreApi } from '../../store/store-context';
import type { ChecklistItemAddon } from './checklist-item';
import { ChecklistSection } from './checklist-section';
import { ChecklistSummary } from './checklist-summary';
import { PresetPicker } from './preset-picker';
import { useChecklist } from './use-checklist';
import './checklist.css';

export interface ChecklistViewProps {
  /** What other features add under live items (the "please rename" chat message). */
  itemAddons?: readonly ChecklistItemAddon[];
  /** Other features' sections after the checklist (the opening message for participants). */
  sections?: readonly ComponentType[];
}

/** "Check this meeting": the security checklist for the chosen kind of meeting, evaluated live. */
export function ChecklistView({ itemAddons, sections = [] }: ChecklistViewProps) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const { preset, items, summary } = useChecklist();
  return (
    <div className="checklist" data-testid="checklist">
      <h2 className="checklist__title">{t('views.checklist')}</h2>
      <PresetPicker value={preset.id} onChange={(id) => store.getState().setChecklistPreset(id)} />
      <ChecklistSummary summary={summary} />
      <ChecklistSection
        title={t('checklistView.liveTitle')}
        items={items.filter((i) => i.kind === 'live')}
        itemAddons={itemAddons}
      />
      <ChecklistSection
        title={t('checklistView.manualTitle')}
        intro={t('checklistView.manualIntro')}
        items={items.filter((i) => i.kind === 'manual')}
      />
      {sections.map((Section, index) => (
        <Section key={index} />
      ))}
    </div>
  );
}

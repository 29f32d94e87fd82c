import { useId } from 'react';
import type { ChecklistItem as Item } from '../../domain/checklist';
import { ChecklistItem } from './checklist-item';
import type { ChecklistItemAddon } from './checklist-item';

export interface ChecklistSectionProps {
  title: string;
  intro?: string;
  items: readonly Item[];
  itemAddons?: readonly ChecklistItemAddon[];
}

/** A titled group of checklist items (live checks, or Zoom settings to check by hand). */
export function ChecklistSection({ title, intro, items, itemAddons }: ChecklistSectionProps) {
  const id = useId();
  if (items.length === 0) return null;
  return (
    <section className="checklist-section" aria-labelledby={id}>
      <h3 className="checklist-section__title" id={id}>
        {title}
      </h3>
      {intro ? <p className="checklist-section__intro">{intro}</p> : null}
      <ul className="checklist-list">
        {items.map((item) => (
          <ChecklistItem key={item.id} item={item} addons={itemAddons} />
        ))}
      </ul>
    </section>
  );
}

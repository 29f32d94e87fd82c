import { useRef } from 'react';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { severityLabel } from '../../domain/checklist';
import type { ChecklistItem as Item } from '../../domain/checklist';
import { translateMessage } from '../../i18n/message';
import { FixControl } from './fix-control';
import { ItemStatusBadge } from './item-status';
import { ManualCheck } from './manual-check';

/** What another feature adds under an item; it decides from the item whether to show. */
export type ChecklistItemAddon = ComponentType<{ item: Item }>;

export interface ChecklistItemProps {
  item: Item;
  addons?: readonly ChecklistItemAddon[];
}

/** One line of the checklist: status and title, what Doorkeeper sees, and what to do about it. */
export function ChecklistItem({ item, addons = [] }: ChecklistItemProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLLIElement>(null);
  const title = translateMessage(t, item.title);
  const message = translateMessage(t, item.message);

  return (
    <li
      ref={ref}
      className={`checklist-item checklist-item--${item.status}`}
      data-testid="checklist-item"
      data-item={item.id}
      tabIndex={-1}
    >
      <h4 className="checklist-item__title">
        <ItemStatusBadge status={item.status} />
        <span>{title}</span>
        {item.kind === 'manual' ? (
          <span className="checklist-item__severity">
            {translateMessage(t, severityLabel(item.severity))}
          </span>
        ) : null}
      </h4>
      <p className="checklist-item__message">{message}</p>
      {item.fix ? <FixControl fix={item.fix} onDone={() => ref.current?.focus()} /> : null}
      {item.kind === 'manual' ? <ManualCheck item={item} title={title} /> : null}
      {addons.map((Addon, index) => (
        <Addon key={index} item={item} />
      ))}
    </li>
  );
}

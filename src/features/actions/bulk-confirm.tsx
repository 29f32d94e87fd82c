import { useTranslation } from 'react-i18next';
import { Modal } from '../../components/ui/modal';

export interface BulkConfirmProps {
  title: string;
  intro: string;
  /** One line per person (names are text, never markup). */
  lines: ReadonlyArray<{ key: string; text: string }>;
  confirm: string;
  onConfirm: () => void;
  onClose: () => void;
}

/** "Do this to these people?": the list, Cancel, and the action named with its count. */
export function BulkConfirm({
  title,
  intro,
  lines,
  confirm,
  onConfirm,
  onClose,
}: BulkConfirmProps) {
  const { t } = useTranslation();
  return (
    <Modal alert title={title} onClose={onClose}>
      <p className="modal__body">{intro}</p>
      <ul className="modal__list">
        {lines.map((line) => (
          <li key={line.key}>
            <bdi>{line.text}</bdi>
          </li>
        ))}
      </ul>
      <div className="modal__buttons">
        <button type="button" className="button" data-autofocus onClick={onClose}>
          {t('actions.cancel')}
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={lines.length === 0}
          onClick={() => {
            onConfirm();
            onClose();
          }}
        >
          {confirm}
        </button>
      </div>
    </Modal>
  );
}

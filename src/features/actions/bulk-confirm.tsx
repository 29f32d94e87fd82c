import { ConfirmButtons } from '../../components/ui/confirm-buttons';
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
      <ConfirmButtons
        tone="primary"
        confirm={confirm}
        disabled={lines.length === 0}
        onConfirm={onConfirm}
        onClose={onClose}
      />
    </Modal>
  );
}

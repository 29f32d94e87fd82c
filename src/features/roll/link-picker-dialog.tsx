import { useTranslation } from 'react-i18next';
import { Modal } from '../../components/ui/modal';
import { selectRollLinking } from '../../store/roll-selectors';
import { useAppStore, useAppStoreApi } from '../../store/store-context';
import { LinkPicker } from './link-picker';

/** "This is…": the host says who on the roll a participant is, or unlinks them. */
export function LinkPickerDialog() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const uuid = useAppStore(selectRollLinking);
  const participant = useAppStore((state) =>
    uuid === null ? undefined : state.roster.participants.get(uuid),
  );
  const hasRoll = useAppStore((state) => state.roll !== null);
  // Someone who left (or a cleared roll) closes the picker: there is nothing left to decide.
  if (!participant || !hasRoll) return null;
  const close = () => store.getState().closeLinkPicker();
  return (
    <Modal
      title={t('roll.link.title')}
      onClose={close}
      className="link-picker"
      wide
      closeOnBackdrop={false}
    >
      <LinkPicker participant={participant} onDone={close} />
    </Modal>
  );
}

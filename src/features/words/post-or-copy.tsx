import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { copyText } from '../../components/copy-text';
import { chatSupport } from '../../domain/chat/chat-support';
import { useProblemText } from '../../hooks/use-problem-text';
import { selectChatWork } from '../../store/chat-slice';
import { selectConnection } from '../../store/selectors';
import { useAppActions, useAppStore } from '../../store/store-context';

export interface PostOrCopyProps {
  message: string;
  /** Names the buttons for screen readers ("Post the consent line"). */
  label: string;
}

/**
 * Post a message to the meeting chat (desktop 6.2.5 or later: otherwise the button is not offered
 * and a sentence says why), or copy it to read out.
 */
export function PostOrCopy({ message, label }: PostOrCopyProps) {
  const { t } = useTranslation();
  const { sentence } = useProblemText();
  const support = chatSupport(useAppStore(selectConnection).clientInfo);
  const work = useAppStore(selectChatWork);
  const { postChatMessage } = useAppActions();
  const [copied, setCopied] = useState<boolean | null>(null);
  const empty = message.trim() === '';
  return (
    <div className="post-or-copy" role="group" aria-label={label}>
      {support.ok ? (
        <button
          type="button"
          className="button button--primary button--small"
          disabled={empty || work.kind === 'pending'}
          onClick={() => postChatMessage(message)}
        >
          {t('words.post')}
        </button>
      ) : null}
      <button
        type="button"
        className="button button--small"
        disabled={empty}
        onClick={() => void copyText(message).then(setCopied)}
      >
        {t('words.copy')}
      </button>
      <p className="post-or-copy__status" role="status">
        {!support.ok && support.reason === 'oldClient'
          ? t('words.chatOldClient', { version: support.version })
          : !support.ok && support.reason === 'notAvailable'
            ? t('words.chatNotAvailable')
            : work.kind === 'sent' && work.message === message
              ? t('words.posted')
              : work.kind === 'failed'
                ? sentence(work.problem.kind)
                : copied === true
                  ? t('words.copied')
                  : copied === false
                    ? t('words.copyFailed')
                    : ''}
      </p>
    </div>
  );
}

import { useTranslation } from 'react-i18next';

/** The roster's name filter. */
export function SearchBox({
  value,
  onChange,
}: {
  value: string;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="search-box">
      <input
        type="search"
        className="search-box__input"
        aria-label={t('roster.searchLabel')}
        placeholder={t('roster.searchPlaceholder')}
        value={value}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && value) {
            event.preventDefault();
            onChange('');
          }
        }}
      />
    </div>
  );
}

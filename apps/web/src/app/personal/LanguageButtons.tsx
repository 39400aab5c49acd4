import { useTranslation } from 'react-i18next';
import { changeLanguage, LANGUAGES } from '../../lib/i18n/i18n.ts';

/** Swedish or English, as two plain buttons (the office's switch is a Mantine menu). */
export function LanguageButtons() {
  const { t, i18n } = useTranslation('common');
  return (
    <div role="group" aria-label={t('language')} className="row">
      {LANGUAGES.map((l) => (
        <button key={l} className="link" aria-pressed={i18n.language === l} onClick={() => void changeLanguage(l)} lang={l}>
          {t(`languages.${l}`)}
        </button>
      ))}
    </div>
  );
}

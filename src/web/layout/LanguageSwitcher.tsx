import { LANGUAGES } from '../../i18n/index.js';
import { useTranslation } from '../language/language-context.js';
import { languageName } from '../language/language-name.js';

/** Three buttons, each named in its own language; the pressed one is the current language. */
export function LanguageSwitcher() {
  const { language, setLanguage, t } = useTranslation();
  return (
    <div role="group" aria-label={t('language.label')} className="language-switcher">
      {LANGUAGES.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          aria-pressed={option === language}
          className="language-switcher__button"
          onClick={() => setLanguage(option)}
        >
          {languageName(option)}
        </button>
      ))}
    </div>
  );
}

import { Button, Textfield } from '@digdir/designsystemet-react';
import { useId, type FormEvent } from 'react';
import { useTranslation } from '../language/language-context.js';
import { paths } from '../paths.js';

/**
 * The municipality search field with its submit button. A plain GET form to /kommuner, so it
 * works before scripts run; with scripts the page handles submit itself.
 */
export function MunicipalitySearchForm({
  value,
  onChange,
  onSubmit,
}: {
  value?: string;
  onChange?: (value: string) => void;
  onSubmit?: (value: string) => void;
}) {
  const { t } = useTranslation();
  const inputId = useId();
  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    if (!onSubmit) return;
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    onSubmit(String(data.get('q') ?? '').trim());
  };
  return (
    <form role="search" aria-label={t('search.formLabel')} action={paths.municipalities()} method="get" className="search-form" onSubmit={handleSubmit}>
      <Textfield
        id={inputId}
        label={t('search.label')}
        description={t('search.hint')}
        name="q"
        type="search"
        autoComplete="off"
        maxLength={100}
        className="search-form__field"
        {...(onChange ? { value: value ?? '', onChange: (event) => onChange(event.target.value) } : { defaultValue: value })}
      />
      <Button type="submit" className="search-form__button">
        {t('search.submit')}
      </Button>
    </form>
  );
}

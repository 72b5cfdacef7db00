import { Button, Textfield } from '@digdir/designsystemet-react';
import { useId, useState, type FormEvent, type Ref } from 'react';
import { SEARCH_QUERY_MAX_LENGTH } from '../../contract/search.js';
import { useTranslation } from '../language/language-context.js';
import { paths } from '../paths.js';

/**
 * The search field of the reports' texts, with its help on the syntax and, when the API could
 * not read the query, the reason at the field. A plain GET form to /sok, so it works before
 * scripts run; with scripts the page handles the submit and keeps the filters.
 */
export function TextSearchForm({
  query,
  error,
  onSubmit,
  inputRef,
}: {
  /** The query text of the address (the field follows it on back/forward). */
  query: string;
  /** What is wrong with the query, worded for the reader; undefined when nothing is. */
  error?: string;
  onSubmit: (value: string) => void;
  inputRef?: Ref<HTMLInputElement>;
}) {
  const { t } = useTranslation();
  const inputId = useId();
  const [text, setText] = useState(query);
  const [synced, setSynced] = useState(query);
  // Keep the field in step when the address changes (back/forward, a link with ?q=).
  if (synced !== query) {
    setSynced(query);
    setText(query);
  }
  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit(text.trim());
  };
  return (
    <form role="search" aria-label={t('textSearch.formLabel')} action={paths.search()} method="get" className="text-search-form" onSubmit={handleSubmit}>
      <Textfield
        id={inputId}
        ref={inputRef}
        label={t('textSearch.label')}
        description={t('textSearch.hint')}
        name="q"
        type="search"
        autoComplete="off"
        spellCheck
        maxLength={SEARCH_QUERY_MAX_LENGTH}
        className="text-search-form__field"
        value={text}
        onChange={(event) => setText(event.target.value)}
        error={error}
      />
      <Button type="submit" className="text-search-form__button">
        {t('textSearch.submit')}
      </Button>
    </form>
  );
}

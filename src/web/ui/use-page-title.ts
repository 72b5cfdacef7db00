import { useEffect } from 'react';
import { useTranslation } from '../language/language-context.js';

/** Sets the document title to "<page> – Kompass"; without a page title only the product name. */
export function usePageTitle(title: string | undefined): void {
  const { t } = useTranslation();
  useEffect(() => {
    const suffix = t('app.titleSuffix');
    document.title = title ? `${title} – ${suffix}` : suffix;
  }, [title, t]);
}

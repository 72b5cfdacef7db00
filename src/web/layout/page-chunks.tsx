import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { Component, lazy, useEffect, useState, type ComponentType, type ReactNode } from 'react';
import { useTranslation } from '../language/language-context.js';
import { LoadingStatus } from '../ui/LoadingStatus.js';
import { PageHeading } from '../ui/PageHeading.js';
import { usePageTitle } from '../ui/use-page-title.js';

/** A page's file could not be fetched (typically: the app was deployed anew since this tab loaded it). */
export class PageLoadError extends Error {
  constructor(cause: unknown) {
    super('A page of the app could not be loaded', { cause });
    this.name = 'PageLoadError';
  }
}

/**
 * A page loaded with its own file when first shown (`React.lazy`): the shell and the first page do
 * not wait for every other page's code. `name` is the page's export in its module.
 */
export function lazyPage<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  const page = lazy(() =>
    load().then(
      (module) => ({ default: module[name] }),
      (error: unknown) => {
        throw new PageLoadError(error);
      },
    ),
  );
  // Fetching the file ahead (a page shown inside another page's file) shares the one download;
  // a failure then is reported when the page itself is shown.
  return Object.assign(page, { preload: () => void load().catch(() => undefined) });
}

/** How long a page's file may take before the loading message shows (a fast load shows no flash). */
const LOADING_DELAY_MS = 300;

/** While a page's (or a workspace panel's) file loads: nothing at first, then the announced loading message. */
export function PageChunkLoading({ panel = false }: { panel?: boolean }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const timer = window.setTimeout(() => setShown(true), LOADING_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, []);
  return (
    <div className={panel ? undefined : 'page'} aria-busy="true">
      {shown ? <LoadingStatus label={t('loading.page')} /> : null}
    </div>
  );
}

function PageLoadFailed() {
  const { t } = useTranslation();
  usePageTitle(t('error.title'));
  return (
    <div className="page page--narrow">
      <PageHeading>{t('error.title')}</PageHeading>
      <Alert data-color="danger" role="alert" className="error-alert">
        <Paragraph>{t('pageLoad.error')}</Paragraph>
        <Button type="button" data-size="sm" onClick={() => window.location.reload()}>
          {t('pageLoad.reload')}
        </Button>
      </Alert>
    </div>
  );
}

/**
 * Shows a clear message with a reload button when a page's file fails to load, instead of a blank
 * page; other errors pass on unchanged. Another address (`resetKey`) tries again.
 */
export class PageChunkBoundary extends Component<{ resetKey: string; children: ReactNode }, { error: unknown; key: string }> {
  override state: { error: unknown; key: string } = { error: null, key: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): { error: unknown } {
    return { error };
  }

  static getDerivedStateFromProps(props: { resetKey: string }, state: { key: string }): { error: null; key: string } | null {
    return props.resetKey === state.key ? null : { error: null, key: props.resetKey };
  }

  override render() {
    const { error } = this.state;
    if (error === null) return this.props.children;
    if (error instanceof PageLoadError) return <PageLoadFailed />;
    throw error;
  }
}

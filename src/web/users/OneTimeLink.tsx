import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useId, useRef, useState } from 'react';
import type { PasswordLink } from '../api/types.js';
import { useTranslation } from '../language/language-context.js';
import { formatDateTime } from '../../i18n/index.js';

export interface ShownLink extends PasswordLink {
  name: string;
  email: string;
}

async function copyText(text: string, field: HTMLInputElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No clipboard API (plain HTTP on a local network) or no permission: the old way.
    field?.select();
    return document.execCommand('copy');
  }
}

/**
 * A password link that the server shows only once: in a read-only field that takes focus with
 * its text selected, with a copy button and the note that it will not be shown again.
 */
export function OneTimeLink({ link, onHide }: { link: ShownLink; onHide: () => void }) {
  const { language, t } = useTranslation();
  const headingId = useId();
  const fieldRef = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<boolean | null>(null);

  useEffect(() => {
    fieldRef.current?.focus();
    fieldRef.current?.select();
  }, [link.url]);

  return (
    <section aria-labelledby={headingId} className="panel account-panel one-time-link">
      <Heading level={2} data-size="xs" id={headingId}>
        {t('link.heading', { name: link.name })}
      </Heading>
      <Textfield
        ref={fieldRef}
        label={t('link.label')}
        description={t('link.note', { email: link.email, expires: formatDateTime(link.expiresAt, language) })}
        value={link.url}
        readOnly
        spellCheck={false}
        onFocus={(event) => event.target.select()}
        className="one-time-link__field"
      />
      <div className="button-row">
        <Button type="button" variant="secondary" data-size="sm" onClick={() => void copyText(link.url, fieldRef.current).then(setCopied)}>
          {t('link.copy')}
        </Button>
        <Button type="button" variant="tertiary" data-size="sm" onClick={onHide}>
          {t('link.hide')}
        </Button>
      </div>
      <div role="status" className="one-time-link__status">
        {copied === null ? null : <Paragraph data-size="sm">{copied ? t('link.copied') : t('link.copyFailed')}</Paragraph>}
      </div>
    </section>
  );
}

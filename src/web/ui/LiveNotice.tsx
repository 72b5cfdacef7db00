import { Alert, Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';

/** What an action ended with, said once: its colour, a sentence and maybe the server's detail. */
export interface Notice {
  color: 'success' | 'info' | 'warning' | 'danger';
  text: string;
  detail?: string;
}

export interface LiveNoticeProps {
  notice: Notice | null;
  /** 'sm' inside a panel or list item; 'md' for a page's own notice. */
  size?: 'sm' | 'md';
  /** Also a status region (role="status"), where the notice reports on the panel's state. */
  status?: boolean;
  className?: string;
  /** More inside the notice, between its sentence and its detail (e.g. the units a refusal names). */
  children?: ReactNode;
}

/**
 * The one live notice: a polite live region that is always in the page (so screen readers hear
 * what comes into it), holding the notice of the last action, if any.
 */
export function LiveNotice({ notice, size = 'sm', status = false, className, children }: LiveNoticeProps) {
  const small = size === 'sm' ? 'sm' : undefined;
  return (
    <div aria-live="polite" role={status ? 'status' : undefined} className={className}>
      {notice ? (
        <Alert data-color={notice.color} data-size={small}>
          <Paragraph data-size={small}>{notice.text}</Paragraph>
          {children}
          {notice.detail ? <Paragraph data-size="sm">{notice.detail}</Paragraph> : null}
        </Alert>
      ) : null}
    </div>
  );
}

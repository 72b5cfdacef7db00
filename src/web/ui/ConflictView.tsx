import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from '../language/language-context.js';
import './conflict-view.css';
import { useContentLanguage } from '../language/content-language.js';

/** One side of a conflict: its label ("Din version", "Sparad version") and the value, read-only. */
interface ConflictSide {
  label: string;
  content: ReactNode;
}

/** A button of the conflict view. */
export interface ConflictChoice {
  label: string;
  onChoose(): void;
}

/** For texts: a field, starting from mine, to merge the two by hand. */
interface ConflictMerge {
  initial: string;
  /** Label of the merged field; "Sammanfogad text" by default. */
  label?: string;
  onMerge(text: string): void;
}

export interface ConflictViewProps {
  heading: string;
  headingLevel?: 2 | 3 | 4 | 5;
  intro: ReactNode;
  mine: ConflictSide;
  saved: ConflictSide;
  keepMine: ConflictChoice;
  takeSaved: ConflictChoice;
  /** A save is under way: the choices wait (aria-disabled, so they stay in the tab order). */
  busy?: boolean;
  /** When given, the heading takes focus each time this changes (a form that was sent). */
  focusKey?: string | number;
  /** Announced at once (role="alert"); otherwise a group the status line announces. */
  announce?: boolean;
  merge?: ConflictMerge;
  /** A sentence below the choices. */
  hint?: string;
}

/**
 * The one view of a stale write (409 version_conflict): "Din version" and the saved one side by
 * side, the choice between keeping mine (sent over the saved version) and taking the saved one,
 * and for texts a field to merge both by hand. Nothing is chosen for the user.
 */
export function ConflictView({ heading, headingLevel = 4, intro, mine, saved, keepMine, takeSaved, busy = false, focusKey, announce = false, merge, hint }: ConflictViewProps) {
  const contentLanguage = useContentLanguage();
  const { t } = useTranslation();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [merged, setMerged] = useState(() => merge?.initial ?? '');
  const focusable = focusKey !== undefined;
  useEffect(() => {
    if (focusable) headingRef.current?.focus();
  }, [focusable, focusKey]);
  const choose = (choice: ConflictChoice) => (busy ? undefined : choice.onChoose());
  return (
    <section className="merge-conflict" role={announce ? 'alert' : 'group'} aria-labelledby={headingId}>
      <Heading level={headingLevel} data-size="2xs" id={headingId} ref={headingRef} tabIndex={focusable ? -1 : undefined} className={focusable ? 'focus-target' : undefined}>
        {heading}
      </Heading>
      <Paragraph data-size="sm">{intro}</Paragraph>
      <div className="merge-conflict__sides">
        {[mine, saved].map((side, index) => (
          <section key={index} className="merge-conflict__side" aria-label={side.label}>
            <p className="merge-conflict__label">{side.label}</p>
            <div className="merge-conflict__value">{side.content}</div>
          </section>
        ))}
      </div>
      <div className="merge-conflict__actions">
        <Button type="button" variant="primary" data-size="sm" aria-disabled={busy || undefined} onClick={() => choose(keepMine)}>
          {keepMine.label}
        </Button>
        <Button type="button" variant="secondary" data-size="sm" aria-disabled={busy || undefined} onClick={() => choose(takeSaved)}>
          {takeSaved.label}
        </Button>
      </div>
      {merge ? (
        <div className="merge-conflict__merge">
          <Textfield
            multiline
            rows={5}
            label={merge.label ?? t('autosave.mergedLabel')}
            description={t('autosave.mergedHint')}
            value={merged}
            lang={contentLanguage}
            spellCheck
            onChange={(event) => setMerged(event.target.value)}
          />
          <Button type="button" variant="secondary" data-size="sm" aria-disabled={busy || undefined} onClick={() => (busy ? undefined : merge.onMerge(merged))}>
            {t('autosave.saveMerged')}
          </Button>
        </div>
      ) : null}
      {hint ? (
        <Paragraph data-size="sm" className="muted">
          {hint}
        </Paragraph>
      ) : null}
    </section>
  );
}

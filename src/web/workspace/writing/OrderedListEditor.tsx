import { Button, Field, Heading, Label, Paragraph, Textarea } from '@digdir/designsystemet-react';
import { useEffect, useId, useRef, useState } from 'react';
import type { MessageKey } from '../../../i18n/index.js';
import { useTranslation } from '../../language/language-context.js';
import { moveItem, removeItem, replaceItem } from './text-forms.js';
import { useContentLanguage } from '../../language/content-language.js';

/** The words of one list: its heading, an item's name ("Styrka {number}"), the add button and the empty text. */
export interface ListWords {
  heading: MessageKey;
  item: MessageKey;
  add: MessageKey;
  empty: MessageKey;
}

interface OrderedListEditorProps {
  /** Prefix of element ids, e.g. "styrkor-3". */
  idPrefix: string;
  words: ListWords;
  items: readonly string[];
  onChange(items: string[]): void;
  /** A field or button of the list lost focus (save now). */
  onBlur(): void;
  maxItems: number;
}

/** Stable React keys for the items of a list, so a moved item keeps its field (and the focus). */
class ItemKeys {
  private next = 0;
  private keys: number[] = [];

  /** The keys for a list of `length` items: the known ones, cut or extended with new ones (the list changed from outside). */
  fit(length: number): number[] {
    if (this.keys.length > length) this.keys = this.keys.slice(0, length);
    while (this.keys.length < length) this.keys = [...this.keys, this.next++];
    return this.keys;
  }

  set(keys: number[]): void {
    this.keys = keys;
  }

  /** A key for a new item at the end. */
  add(): number {
    const key = this.next++;
    this.keys = [...this.keys, key];
    return key;
  }
}

type FocusTarget = { key: number; part: 'text' | 'up' | 'down' } | { key: null; part: 'add' };

/**
 * An ordered list of short texts (strengths, improvement opportunities): each item in its own
 * labelled field, moved up or down and removed with buttons; every change is announced and the
 * focus stays with the item (or goes to the next sensible place after a removal).
 */
export function OrderedListEditor({ idPrefix, words, items, onChange, onBlur, maxItems }: OrderedListEditorProps) {
  const contentLanguage = useContentLanguage();
  const { t } = useTranslation();
  const headingId = useId();
  const addRef = useRef<HTMLButtonElement>(null);
  const [itemKeys] = useState(() => new ItemKeys());
  const liveKeys = itemKeys.fit(items.length);
  const setKeys = (keys: number[]) => itemKeys.set(keys);
  const [announcement, setAnnouncement] = useState('');
  const [focus, setFocus] = useState<FocusTarget | null>(null);

  useEffect(() => {
    if (!focus) return;
    const element = focus.key === null ? addRef.current : document.getElementById(`${idPrefix}-${focus.key}-${focus.part}`);
    element?.focus();
    // Each request is a new object: it runs once.
  }, [focus, idPrefix]);

  const name = (position: number) => t(words.item, { number: position + 1 });

  const move = (index: number, to: number, part: 'up' | 'down') => {
    if (to < 0 || to >= items.length) return;
    const key = liveKeys[index]!;
    setKeys(moveItem(liveKeys, index, to));
    onChange(moveItem(items, index, to));
    setAnnouncement(t('writing.list.moved', { item: name(index), position: to + 1, count: items.length }));
    // At the edge the button does nothing more: the other direction is where one can go on.
    const atEdge = (part === 'up' && to === 0) || (part === 'down' && to === items.length - 1);
    setFocus({ key, part: atEdge ? (part === 'up' ? 'down' : 'up') : part });
  };

  const remove = (index: number) => {
    const nextKeys = removeItem(liveKeys, index);
    setKeys(nextKeys);
    onChange(removeItem(items, index));
    setAnnouncement(t('writing.list.removed', { item: name(index), count: items.length - 1 }));
    const neighbour = nextKeys[Math.min(index, nextKeys.length - 1)];
    setFocus(neighbour === undefined ? { key: null, part: 'add' } : { key: neighbour, part: 'text' });
  };

  const add = () => {
    if (items.length >= maxItems) return;
    const key = itemKeys.add();
    onChange([...items, '']);
    setAnnouncement(t('writing.list.added', { item: name(items.length) }));
    setFocus({ key, part: 'text' });
  };

  const full = items.length >= maxItems;
  return (
    <section className="writing-list" aria-labelledby={headingId} onBlur={onBlur}>
      <Heading level={4} data-size="2xs" id={headingId}>
        {t(words.heading)}
      </Heading>
      {items.length === 0 ? <Paragraph data-size="sm" className="muted">{t(words.empty)}</Paragraph> : null}
      <ol className="writing-list__items">
        {items.map((item, index) => {
          const key = liveKeys[index]!;
          const itemName = name(index);
          return (
            <li key={key} className="writing-list__item">
              <Field>
                <Label htmlFor={`${idPrefix}-${key}-text`}>{itemName}</Label>
                <Textarea
                  id={`${idPrefix}-${key}-text`}
                  rows={2}
                  value={item}
                  lang={contentLanguage}
                  spellCheck="true"
                  onChange={(event) => onChange(replaceItem(items, index, event.target.value))}
                />
              </Field>
              <div className="writing-list__buttons">
                <Button
                  type="button"
                  variant="tertiary"
                  data-size="sm"
                  id={`${idPrefix}-${key}-up`}
                  aria-label={t('writing.list.upNamed', { item: itemName })}
                  aria-disabled={index === 0 || undefined}
                  onClick={() => move(index, index - 1, 'up')}
                >
                  {t('writing.list.up')}
                </Button>
                <Button
                  type="button"
                  variant="tertiary"
                  data-size="sm"
                  id={`${idPrefix}-${key}-down`}
                  aria-label={t('writing.list.downNamed', { item: itemName })}
                  aria-disabled={index === items.length - 1 || undefined}
                  onClick={() => move(index, index + 1, 'down')}
                >
                  {t('writing.list.down')}
                </Button>
                <Button type="button" variant="tertiary" data-size="sm" data-color="danger" aria-label={t('writing.list.removeNamed', { item: itemName })} onClick={() => remove(index)}>
                  {t('writing.list.remove')}
                </Button>
              </div>
            </li>
          );
        })}
      </ol>
      <Button ref={addRef} type="button" variant="secondary" data-size="sm" aria-disabled={full || undefined} onClick={add}>
        {t(words.add)}
      </Button>
      {full ? <Paragraph data-size="sm">{t('writing.list.full', { max: maxItems })}</Paragraph> : null}
      <p role="status" aria-live="polite" className="ds-sr-only">
        {announcement}
      </p>
    </section>
  );
}

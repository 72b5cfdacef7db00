import { EXPERIMENTAL_FileUpload as FileUpload, Field, Label, Paragraph } from '@digdir/designsystemet-react';
import { useId, useState, type ChangeEvent, type DragEvent } from 'react';
import { useTranslation } from '../language/language-context.js';

const ACCEPTED_FILE_TYPES = '.txt,.md,.docx,.pdf';

/**
 * The file chooser of the import page: a labelled native `<input type="file" multiple>`, which
 * works alone with the keyboard and screen readers. Around it, a drop zone for dragging files
 * from the desktop — an enhancement only.
 */
export function ImportFileInput({ onFiles }: { onFiles: (files: File[]) => void }) {
  const { t } = useTranslation();
  const inputId = useId();
  const hintId = useId();
  const [dragging, setDragging] = useState(false);

  const handleChange = (event: ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(event.target.files ?? []);
    // Cleared, so choosing the same file again (a re-import) is a change too.
    event.target.value = '';
    if (files.length > 0) onFiles(files);
  };
  const handleDragOver = (event: DragEvent<HTMLDivElement>) => {
    if (!event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  };
  const handleDrop = (event: DragEvent<HTMLDivElement>) => {
    setDragging(false);
    const files = Array.from(event.dataTransfer.files);
    if (files.length === 0) return;
    event.preventDefault();
    onFiles(files);
  };

  return (
    <Field className="import-field">
      <Label htmlFor={inputId}>{t('import.fileLabel')}</Label>
      <Field.Description id={hintId}>{t('import.fileHint')}</Field.Description>
      <FileUpload
        className={dragging ? 'import-drop import-drop--active' : 'import-drop'}
        onDragOver={handleDragOver}
        onDragLeave={() => setDragging(false)}
        onDrop={handleDrop}
      >
        <Paragraph className="import-drop__text" aria-hidden="true">
          {t('import.dropHint')}
        </Paragraph>
        <span className="ds-button import-drop__button" data-variant="secondary" aria-hidden="true">
          {t('import.chooseButton')}
        </span>
        <input id={inputId} type="file" multiple accept={ACCEPTED_FILE_TYPES} aria-describedby={hintId} onChange={handleChange} />
      </FileUpload>
    </Field>
  );
}

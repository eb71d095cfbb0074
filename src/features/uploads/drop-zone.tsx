import { Upload } from 'lucide-react';
import { useEffect, useEffectEvent, useId, useState } from 'react';
import { useDropzone } from 'react-dropzone';
import { Button } from '../../components/button';
import { DOCUMENT_TYPES, DOCUMENT_TYPE_LABELS, DocumentType } from '../../contract/enums';
import {
  acceptAttribute,
  allowedSummary,
  checkFiles,
  formatBytes,
  type Rejection,
  type UploadTarget,
} from './upload-rules';
import styles from './uploads.module.css';

interface DropZoneProps {
  maxBytes: number;
  onFiles: (files: File[], target: UploadTarget) => void;
}

function isEditable(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

/**
 * Drop, browse or paste files; checks them by the server's rules first and says per file why one is refused.
 * The zone itself handles paste when focused; a paste anywhere else on the page (outside text fields) also counts.
 */
export function DropZone({ maxBytes, onFiles }: DropZoneProps) {
  const [target, setTarget] = useState<UploadTarget>({ kind: 'document', type: 'COMPLIANCE_REPORT' });
  const [rejected, setRejected] = useState<Rejection[]>([]);
  const selectId = useId();
  const hintId = useId();
  const take = (files: File[]) => {
    const checked = checkFiles(files, target, maxBytes);
    setRejected(checked.rejected);
    if (checked.accepted.length > 0) onFiles(checked.accepted, target);
  };
  const takePasted = useEffectEvent((files: File[]) => take(files));

  const { getRootProps, getInputProps, isDragActive, open, rootRef } = useDropzone({
    onDrop: (accepted) => take(accepted),
    noClick: true,
    multiple: true,
  });

  useEffect(() => {
    const onPaste = (e: ClipboardEvent) => {
      const files = Array.from(e.clipboardData?.files ?? []);
      if (files.length === 0 || isEditable(e.target)) return;
      if (e.target instanceof Node && rootRef.current?.contains(e.target)) return; // the zone handled it
      e.preventDefault();
      takePasted(files);
    };
    document.addEventListener('paste', onPaste);
    return () => document.removeEventListener('paste', onPaste);
  }, [rootRef]);

  return (
    <div className={styles.uploader}>
      <div className={styles.targetRow}>
        <label htmlFor={selectId} className={styles.targetLabel}>
          These files are
        </label>
        <select
          id={selectId}
          value={target.kind === 'questionnaire' ? 'questionnaire' : target.type}
          onChange={(e) => {
            const v = DocumentType.safeParse(e.target.value);
            setTarget(v.success ? { kind: 'document', type: v.data } : { kind: 'questionnaire' });
          }}
        >
          <option value="questionnaire">Questionnaire (the vendor&apos;s answers)</option>
          <optgroup label="Document">
            {DOCUMENT_TYPES.map((t) => (
              <option key={t} value={t}>
                {DOCUMENT_TYPE_LABELS[t]}
              </option>
            ))}
          </optgroup>
        </select>
      </div>
      <div
        {...getRootProps({
          className: `${styles.zone} ${isDragActive ? styles.zoneActive : ''}`,
          role: 'group',
          'aria-label': 'Upload files: drop them here, paste them, or choose them',
          'aria-describedby': hintId,
        })}
      >
        <input {...getInputProps({ accept: acceptAttribute(target), 'aria-label': 'Files to upload' })} />
        <Upload size={22} aria-hidden="true" className={styles.zoneIcon} />
        <p className={styles.zoneText}>
          {isDragActive ? 'Drop the files to upload them' : 'Drag files here or paste them, or'}
        </p>
        <Button onClick={open}>Choose files</Button>
        <p id={hintId} className={styles.hint}>
          {allowedSummary(target)}; up to {formatBytes(maxBytes)} a file. Several files at once are fine.
        </p>
      </div>
      {rejected.length > 0 && (
        <ul className={styles.rejections} role="alert" aria-label="Files not uploaded">
          {rejected.map((r, i) => (
            <li key={`${r.file.name}-${i}`}>{r.message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

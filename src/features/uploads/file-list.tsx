import { Download, PanelRight } from 'lucide-react';
import type { Questionnaire, VendorDocument } from '../../contract/files';
import { DOCUMENT_TYPE_LABELS } from '../../contract/enums';
import { displayName, type User } from '../../contract/user';
import { isPdfDocument } from '../pdf-viewer/is-pdf';
import { formatBytes } from './upload-rules';
import styles from './uploads.module.css';

interface Row {
  key: string;
  /** A PDF document the viewer can show (questionnaire files are not documents: no id to open them by). */
  pdfId: number | null;
  files: { name: string; href: string | null; size: number | null }[];
  title: string;
  type: string;
  who: string;
  when: string;
}

const DATE = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function toRows(questionnaires: Questionnaire[], documents: VendorDocument[], users: User[]): Row[] {
  const names = new Map(users.map((u) => [u.id, displayName(u)]));
  const docRows = documents.map<Row>((d) => ({
    key: `d${d.id}`,
    pdfId: isPdfDocument(d) ? d.id : null,
    title: d.name,
    files: [{ name: d.name, href: d.downloadUrl?.signedUrl ?? null, size: d.size ?? null }],
    type: DOCUMENT_TYPE_LABELS[d.type],
    who: d.uploadedByUserId ? (names.get(d.uploadedByUserId) ?? `User ${d.uploadedByUserId}`) : '—',
    when: d.createdAt,
  }));
  const qRows = questionnaires.map<Row>((q) => ({
    key: `q${q.id}`,
    pdfId: null,
    title: q.title,
    files: (q.files ?? []).map((f) => ({ name: f.name, href: f.downloadUrl, size: f.size })),
    type: 'Questionnaire',
    who: q.recipientEmail,
    when: q.dateSent,
  }));
  return [...docRows, ...qRows].sort((a, b) => b.when.localeCompare(a.when));
}

function FileLink({ name, href }: { name: string; href: string | null }) {
  if (!href) return <span>{name}</span>;
  return (
    <a href={href} download={name} className={styles.fileLink}>
      <Download size={14} aria-hidden="true" />
      {name}
      <span className="visually-hidden"> (download)</span>
    </a>
  );
}

/** Opening a PDF in the viewer: where it opens ("beside the form"), which one is open, and the action. */
export interface OpenInViewer {
  where: string;
  openId: number | null;
  onToggle: (documentId: number) => void;
}

function OpenButton({ name, id, viewer }: { name: string; id: number; viewer: OpenInViewer }) {
  const open = viewer.openId === id;
  // The visible word starts the accessible name ("Open sample-report.pdf beside the form"); pressed: it is open.
  return (
    <button
      type="button"
      className={styles.openButton}
      aria-pressed={open}
      title={open ? 'Shown in the viewer: click to close it' : `Open ${viewer.where}`}
      onClick={() => viewer.onToggle(id)}
    >
      <PanelRight size={14} aria-hidden="true" />
      Open
      <span className="visually-hidden">
        {' '}
        {name} {viewer.where}
      </span>
    </button>
  );
}

/**
 * The review's questionnaires and documents in one table, newest first; names are download links, and PDF
 * documents can be opened in the viewer (when `viewer` is given).
 */
export function FileList(props: {
  questionnaires: Questionnaire[];
  documents: VendorDocument[];
  users: User[];
  viewer?: OpenInViewer;
}) {
  const rows = toRows(props.questionnaires, props.documents, props.users);
  if (rows.length === 0) return <p className={styles.empty}>No questionnaires or documents yet.</p>;
  return (
    <table className={styles.table}>
      <caption className="visually-hidden">Questionnaires and documents of this review</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Type</th>
          <th scope="col">Uploaded by</th>
          <th scope="col">Uploaded</th>
          <th scope="col" className={styles.num}>
            Size
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const size = row.files.every((f) => f.size === null)
            ? null
            : row.files.reduce((s, f) => s + (f.size ?? 0), 0);
          return (
            <tr key={row.key}>
              <td>
                {row.files.length === 1 && row.files[0] ? (
                  <span className={styles.nameCell}>
                    <FileLink {...row.files[0]} />
                    {row.pdfId !== null && props.viewer && (
                      <OpenButton name={row.files[0].name} id={row.pdfId} viewer={props.viewer} />
                    )}
                  </span>
                ) : (
                  <>
                    <span>{row.title}</span>
                    {row.files.length > 0 && (
                      <ul className={styles.fileParts}>
                        {row.files.map((f, i) => (
                          <li key={i}>
                            <FileLink {...f} />
                          </li>
                        ))}
                      </ul>
                    )}
                  </>
                )}
              </td>
              <td>{row.type}</td>
              <td>{row.who}</td>
              <td>
                <time dateTime={row.when}>{DATE.format(new Date(row.when))}</time>
              </td>
              <td className={styles.num}>{size === null ? '—' : formatBytes(size)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

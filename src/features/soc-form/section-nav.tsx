import { CircleCheck } from 'lucide-react';
import { Link } from 'react-router';
import { SOC_SECTIONS, type SocSection } from '../../contract/soc-form';
import { paths } from '../../paths';
import { SECTION_TITLES, missingText } from './section-meta';
import styles from './soc-form.module.css';
import unsavedStyles from './unsaved.module.css';

interface Props {
  vendorId: number;
  reviewId: number;
  current: SocSection | null;
  /** Missing fields per section: the server's, except the current section's, which follows the user's input. */
  missing: Record<SocSection, readonly string[]>;
  /** Sections with unsaved changes kept in this browser (drafts). */
  unsaved: ReadonlySet<string>;
}

/** The left rail: each section's link says how much it still needs ("Compliance scope — 3 missing"). */
export function SectionNav({ vendorId, reviewId, current, missing, unsaved }: Props) {
  return (
    <nav aria-label="Form sections" className={styles.nav}>
      <ol>
        {SOC_SECTIONS.map((section, i) => {
          const count = missing[section].length;
          const draft = unsaved.has(section);
          return (
            <li key={section}>
              <Link
                to={paths.reviewSection(vendorId, reviewId, section)}
                aria-current={section === current ? 'page' : undefined}
                aria-label={`${SECTION_TITLES[section]} — ${missingText(count)}${draft ? ' • unsaved' : ''}`}
                className={styles.navLink}
              >
                <span className={styles.navNumber} aria-hidden="true">
                  {i + 1}
                </span>
                <span className={styles.navTitle}>{SECTION_TITLES[section]}</span>
                {count === 0 ? (
                  <span className={styles.navDone}>
                    <CircleCheck size={14} aria-hidden="true" />
                    {missingText(0)}
                  </span>
                ) : (
                  <span className={styles.navMissing}>{missingText(count)}</span>
                )}
                {draft && (
                  <span className={unsavedStyles.navUnsaved} title="Unsaved changes are kept in this browser">
                    • unsaved
                  </span>
                )}
              </Link>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

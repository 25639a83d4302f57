import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  CV_SECTIONS,
  filledCvSections,
  type CvEntry,
  type CvSectionId,
} from '../../../../shared/portfolio/cv';
import { PAGES } from '../../ui/paths';
import { useDb } from '../../db/context';
import { deleteCvEntry, moveCvEntry, saveNewCvEntry, updateCvEntry } from '../../db/cv-repository';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Loading } from '../../ui/Loading';
import { Modal } from '../../ui/Modal';
import { useDocumentTitle } from '../../ui/use-document-title';
import { useProfile } from '../../queries/profile';
import { CvEntryForm } from './CvEntryForm';
import { cvEntrySummary } from './cv-labels';
import { useCvEntries } from './use-portfolio';
import { errorMessage } from '../../ui/error-message';

export function CvPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('cv.title'));
  const entries = useCvEntries();
  return (
    <section className="page">
      <p>
        <Link to={PAGES.portfolio}>{t('portfolio.back')}</Link>
      </p>
      <h1>{t('cv.title')}</h1>
      <p className="lead">{t('cv.intro')}</p>
      {!entries ? (
        <Loading />
      ) : (
        <>
          <p role="status" className="progress-line">
            {t('cv.progress', {
              filled: filledCvSections([...entries.values()].flat()).size,
              total: CV_SECTIONS.length,
            })}
          </p>
          {CV_SECTIONS.map((section, index) =>
            'single' in section ? (
              <IdentitySection
                key={section.id}
                number={index + 1}
                entry={entries.get(section.id)?.[0]}
              />
            ) : (
              <ListSection
                key={section.id}
                number={index + 1}
                section={section.id}
                entries={entries.get(section.id) ?? []}
              />
            ),
          )}
        </>
      )}
    </section>
  );
}

function SectionHeading({ number, section }: { number: number; section: CvSectionId }) {
  const { t } = useTranslation();
  return (
    <>
      <h2 id={`cv-${section}`}>
        {number}. {t(`cv.sections.${section}.title`)}
      </h2>
      <p className="muted">{t(`cv.sections.${section}.hint`)}</p>
    </>
  );
}

/** The identity part: one entry, edited in place, with the name and STR taken from the profile. */
function IdentitySection({ number, entry }: { number: number; entry?: CvEntry }) {
  const db = useDb();
  const { t } = useTranslation();
  const profile = useProfile();
  const [saved, setSaved] = useState(false);
  return (
    <section className="card cv-section" aria-labelledby="cv-identity">
      <SectionHeading number={number} section="identity" />
      <p>
        {profile?.fullName
          ? t('cv.identityFromProfile', { name: profile.fullName })
          : t('cv.identityNoProfile')}{' '}
        <Link to={PAGES.profile}>{t('cv.editProfile')}</Link>
      </p>
      <CvEntryForm
        section="identity"
        initial={entry?.values}
        submitLabel={t('cv.saveIdentity')}
        onSubmit={async (values) => {
          setSaved(false);
          await saveNewCvEntry(db, 'identity', values);
          setSaved(true);
        }}
      />
      <p role="status" className="save-state">
        {saved && t('cv.identitySaved')}
      </p>
    </section>
  );
}

type Editing = { kind: 'new' } | { kind: 'edit'; entry: CvEntry };

function ListSection(props: { number: number; section: CvSectionId; entries: CvEntry[] }) {
  const db = useDb();
  const { number, section, entries } = props;
  const { t } = useTranslation();
  const [editing, setEditing] = useState<Editing | null>(null);
  const [deleting, setDeleting] = useState<CvEntry | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const report = (error: unknown) => setFailure(errorMessage(error));
  const sectionTitle = t(`cv.sections.${section}.title`);

  return (
    <section className="card cv-section" aria-labelledby={`cv-${section}`}>
      <SectionHeading number={number} section={section} />
      {failure && (
        <p role="alert" className="form__alert">
          {t('cv.actionFailed', { reason: failure })}
        </p>
      )}
      {entries.length === 0 ? (
        <p className="muted">{t('cv.empty')}</p>
      ) : (
        <ol className="cv-entries">
          {entries.map((entry, index) => {
            const { title, details } = cvEntrySummary(section, entry.values, t);
            return (
              <li key={entry.id} className="cv-entry">
                <div>
                  <strong>{title}</strong>
                  {details && <div className="muted small">{details}</div>}
                </div>
                <div className="actions">
                  <button
                    type="button"
                    className="button button--quiet"
                    aria-label={t('cv.moveUp', { title })}
                    disabled={index === 0}
                    onClick={() => void moveCvEntry(db, entry.id, -1).catch(report)}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="button button--quiet"
                    aria-label={t('cv.moveDown', { title })}
                    disabled={index === entries.length - 1}
                    onClick={() => void moveCvEntry(db, entry.id, 1).catch(report)}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    className="button"
                    aria-label={t('cv.editLabel', { title })}
                    onClick={() => setEditing({ kind: 'edit', entry })}
                  >
                    {t('cv.edit')}
                  </button>
                  <button
                    type="button"
                    className="button button--danger"
                    aria-label={t('cv.deleteLabel', { title })}
                    onClick={() => setDeleting(entry)}
                  >
                    {t('cv.delete')}
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
      )}
      <button type="button" className="button" onClick={() => setEditing({ kind: 'new' })}>
        {t(`cv.sections.${section}.add`)}
      </button>
      <Modal
        open={editing !== null}
        title={
          editing?.kind === 'edit'
            ? t('cv.editTitle', { section: sectionTitle })
            : t(`cv.sections.${section}.add`)
        }
        onClose={() => setEditing(null)}
        className="dialog--wide"
      >
        {editing && (
          <CvEntryForm
            section={section}
            initial={editing.kind === 'edit' ? editing.entry.values : undefined}
            submitLabel={t('cv.save')}
            onCancel={() => setEditing(null)}
            onSubmit={async (values) => {
              if (editing.kind === 'edit') await updateCvEntry(db, editing.entry.id, values);
              else await saveNewCvEntry(db, section, values);
              setEditing(null);
            }}
          />
        )}
      </Modal>
      <ConfirmDialog
        open={deleting !== null}
        title={t('cv.deleteTitle', {
          title: deleting ? cvEntrySummary(section, deleting.values, t).title : '',
        })}
        body={t('cv.deleteBody')}
        confirmLabel={t('cv.deleteConfirm')}
        cancelLabel={t('cv.cancel')}
        onConfirm={() => {
          const target = deleting;
          setDeleting(null);
          if (target) deleteCvEntry(db, target.id).catch(report);
        }}
        onCancel={() => setDeleting(null)}
      />
    </section>
  );
}

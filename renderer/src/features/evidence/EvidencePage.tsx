import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PAGES } from '../../ui/paths';
import { criterionRef, meetsVatm, type Evidence } from '../../../../shared/assessment/assessment';
import { allCriteria } from '../../../../shared/framework/tree';
import { useDb } from '../../db/context';
import { useBridge } from '../../platform/context';
import { deleteEvidence } from '../../db/evidence-repository';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useFormat } from '../../ui/format';
import { Loading } from '../../ui/Loading';
import { useDocumentTitle } from '../../ui/use-document-title';
import { useEvidenceList } from '../../queries/evidence';
import { useActivePack } from '../../queries/packs';
import { EvidenceForm } from './EvidenceForm';
import { saveEvidenceFile } from './save-evidence-file';
import { errorMessage } from '../../ui/error-message';

interface LinkedCriterion {
  ref: string;
  /** Set when the criterion is in the active pack, so it can be opened. */
  criterionId?: string;
  label: string;
}

/** Every piece of evidence in one place: what it supports, its file, edit and delete. */
export function EvidencePage() {
  const db = useDb();
  const { t } = useTranslation();
  useDocumentTitle(t('evidenceLibrary.title'));
  const evidence = useEvidenceList();
  const active = useActivePack();
  const [editing, setEditing] = useState<Evidence | null>(null);
  const [deleting, setDeleting] = useState<Evidence | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  // Evidence refers to criteria as `${packId}/${criterionId}`; the active pack gives them words.
  const labels = useMemo(() => {
    const map = new Map<string, { criterionId: string; label: string }>();
    if (!active) return map;
    for (const { unit, criterion } of allCriteria(active.pack)) {
      map.set(criterionRef(active.pack.id, criterion.id), {
        criterionId: criterion.id,
        label: `${unit.code} · ${criterion.question}`,
      });
    }
    return map;
  }, [active]);
  const linkedCriteria = (item: Evidence): LinkedCriterion[] =>
    item.criterionRefs.map((ref) => ({ ref, ...(labels.get(ref) ?? { label: ref }) }));

  const report = (error: unknown) => setFailure(errorMessage(error));

  return (
    <section className="page page--wide">
      <p>
        <Link to={PAGES.assessment}>{t('evidenceLibrary.back')}</Link>
      </p>
      <h1>{t('evidenceLibrary.title')}</h1>
      <p className="lead">{t('evidenceLibrary.intro')}</p>
      {failure && (
        <p role="alert" className="form__alert">
          {t('evidenceLibrary.failed', { reason: failure })}
        </p>
      )}
      {evidence === undefined || active === undefined ? (
        <Loading />
      ) : evidence.length === 0 ? (
        <div className="card card--inviting">
          <p>{t('evidenceLibrary.empty')}</p>
          <Link className="button button--primary" to={PAGES.assessment}>
            {t('evidenceLibrary.toAssessment')}
          </Link>
        </div>
      ) : (
        <>
          <p role="status" className="progress-line">
            {t('evidenceLibrary.count', { count: evidence.length })}
          </p>
          <ul className="evidence-library">
            {evidence.map((item) => (
              <EvidenceCard
                key={item.id}
                item={item}
                linked={linkedCriteria(item)}
                onEdit={() => setEditing(item)}
                onDelete={() => setDeleting(item)}
                onFileError={report}
              />
            ))}
          </ul>
        </>
      )}
      {editing && <EvidenceForm open existing={editing} onClose={() => setEditing(null)} />}
      <ConfirmDialog
        open={deleting !== null}
        title={t('evidenceLibrary.deleteTitle', { title: deleting?.title ?? '' })}
        body={t('evidenceLibrary.deleteBody', { count: deleting?.criterionRefs.length ?? 0 })}
        confirmLabel={t('evidenceLibrary.deleteConfirm')}
        cancelLabel={t('evidence.cancel')}
        onConfirm={() => {
          const target = deleting;
          setDeleting(null);
          if (target) deleteEvidence(db, target.id).catch(report);
        }}
        onCancel={() => setDeleting(null)}
      />
    </section>
  );
}

interface CardProps {
  item: Evidence;
  linked: LinkedCriterion[];
  onEdit(): void;
  onDelete(): void;
  onFileError(error: unknown): void;
}

function EvidenceCard({ item, linked, onEdit, onDelete, onFileError }: CardProps) {
  const db = useDb();
  const bridge = useBridge();
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = `evidence-${item.id}`;
  return (
    <li className="card evidence-card" aria-labelledby={headingId}>
      <div className="evidence-card__head">
        <h2 id={headingId}>{item.title}</h2>
        <span className="chip">{t(`evidence.typeShort.${item.type}`)}</span>
        <span className={meetsVatm(item.vatm) ? 'chip chip--ok' : 'chip chip--warn'}>
          {meetsVatm(item.vatm) ? t('evidence.vatmMet') : t('evidence.vatmMissing')}
        </span>
      </div>
      <p className="muted small">
        {item.date} · {t(`evidence.types.${item.type}`)}
      </p>
      {item.description && <p className="evidence-card__text">{item.description}</p>}
      {item.link && <p className="small">{item.link}</p>}
      {item.file && (
        <p className="small">
          {t('evidence.hasFile', {
            name: item.file.name,
            size: format.bytes(item.file.size),
          })}{' '}
          <button
            type="button"
            className="button button--quiet"
            aria-label={t('evidenceLibrary.saveFileLabel', { name: item.file.name })}
            onClick={() => void saveEvidenceFile(db, bridge, item).catch(onFileError)}
          >
            {t('evidenceLibrary.saveFile')}
          </button>
        </p>
      )}
      <details>
        <summary>{t('evidenceLibrary.supports', { count: linked.length })}</summary>
        {linked.length === 0 ? (
          <p className="muted">{t('evidenceLibrary.supportsNone')}</p>
        ) : (
          <ul className="plain-list">
            {linked.map((c) => (
              <li key={c.ref}>
                {c.criterionId ? (
                  <Link to={`${PAGES.assessment}?kriteria=${encodeURIComponent(c.criterionId)}`}>
                    {c.label}
                  </Link>
                ) : (
                  <span>
                    {c.label} <span className="muted small">{t('evidenceLibrary.otherPack')}</span>
                  </span>
                )}
              </li>
            ))}
          </ul>
        )}
      </details>
      <div className="actions">
        <button
          type="button"
          className="button"
          aria-label={t('evidenceLibrary.editLabel', { title: item.title })}
          onClick={onEdit}
        >
          {t('evidenceLibrary.edit')}
        </button>
        <button
          type="button"
          className="button button--danger"
          aria-label={t('evidenceLibrary.deleteLabel', { title: item.title })}
          onClick={onDelete}
        >
          {t('evidenceLibrary.delete')}
        </button>
      </div>
    </li>
  );
}

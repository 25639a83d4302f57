import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { meetsVatm, type Evidence } from '../../../../shared/assessment/assessment';
import { WhenCommand } from '../../ui/app-command';
import { useDb } from '../../db/context';
import { setEvidenceLink } from '../../db/evidence-repository';
import { useFormat } from '../../ui/format';
import { EvidenceForm } from './EvidenceForm';

interface Props {
  criterionRef: string;
  evidence: Evidence[];
  readOnly: boolean;
}

/** The evidence supporting one criterion: what is linked, linking more, adding new. */
export function EvidencePanel({ criterionRef, evidence, readOnly }: Props) {
  const db = useDb();
  const { t } = useTranslation();
  const format = useFormat();
  const [adding, setAdding] = useState(false);
  const linked = evidence.filter((e) => e.criterionRefs.includes(criterionRef));
  const others = evidence.filter((e) => !e.criterionRefs.includes(criterionRef));
  const link = (id: string, on: boolean) => void setEvidenceLink(db, id, criterionRef, on);

  return (
    <section className="evidence-panel" aria-labelledby="evidence-title">
      {/* The menu's "Bukti baru": new evidence for the criterion open here. */}
      {!readOnly && <WhenCommand command="newEvidence" run={() => setAdding(true)} />}
      <h3 id="evidence-title">{t('evidence.linked')}</h3>
      {linked.length === 0 ? (
        <p className="muted">{t('evidence.noneLinked')}</p>
      ) : (
        <ul className="evidence-list">
          {linked.map((item) => (
            <li key={item.id}>
              <div>
                <strong>{item.title}</strong>{' '}
                <span className="chip">{t(`evidence.typeShort.${item.type}`)}</span>{' '}
                <span className={meetsVatm(item.vatm) ? 'chip chip--ok' : 'chip chip--warn'}>
                  {meetsVatm(item.vatm) ? t('evidence.vatmMet') : t('evidence.vatmMissing')}
                </span>
                <div className="muted small">
                  {item.date}
                  {item.file &&
                    ` · ${t('evidence.hasFile', {
                      name: item.file.name,
                      size: format.bytes(item.file.size),
                    })}`}
                </div>
              </div>
              {!readOnly && (
                <button
                  type="button"
                  className="button button--quiet"
                  aria-label={t('evidence.unlinkLabel', { title: item.title })}
                  onClick={() => link(item.id, false)}
                >
                  {t('evidence.unlink')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!readOnly && others.length > 0 && (
        <details>
          <summary>{t('evidence.linkExisting')}</summary>
          <ul className="evidence-list">
            {others.map((item) => (
              <li key={item.id}>
                <label className="choice">
                  <input
                    type="checkbox"
                    checked={false}
                    aria-label={t('evidence.linkLabel', { title: item.title })}
                    onChange={() => link(item.id, true)}
                  />
                  {item.title} <span className="muted small">{item.date}</span>
                </label>
              </li>
            ))}
          </ul>
        </details>
      )}
      {!readOnly && (
        <button type="button" className="button" onClick={() => setAdding(true)}>
          {t('evidence.add')}
        </button>
      )}
      <EvidenceForm open={adding} criterionRef={criterionRef} onClose={() => setAdding(false)} />
    </section>
  );
}

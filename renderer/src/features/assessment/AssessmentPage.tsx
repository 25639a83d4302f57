import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PAGES } from '../../ui/paths';
import type { Level } from '../../../../shared/domain/levels';
import { allCriteria } from '../../../../shared/framework/tree';
import type { Round } from '../../../../shared/assessment/assessment';
import { useDb } from '../../db/context';
import { closeRound, startRound } from '../../db/assessment-repository';
import type { PackRow } from '../../db/database';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { CriteriaTree } from '../../ui/CriteriaTree';
import { useFormat } from '../../ui/format';
import { Loading } from '../../ui/Loading';
import { useDocumentTitle } from '../../ui/use-document-title';
import { useToggleSet } from '../../ui/use-toggle-set';
import { useEvidenceList } from '../../queries/evidence';
import { useActivePack } from '../../queries/packs';
import { useProfile } from '../../queries/profile';
import { CriterionEditor } from './CriterionEditor';
import { RoundComparison } from './RoundComparison';
import { useAnswers, useLatestRound, usePackRow } from './use-assessment';

export function AssessmentPage() {
  const db = useDb();
  const { t } = useTranslation();
  useDocumentTitle(t('assessment.title'));
  const active = useActivePack();
  const round = useLatestRound();
  const profile = useProfile();
  const loading = active === undefined || round === undefined || profile === undefined;
  return (
    <section className="page page--wide">
      <h1>{t('assessment.title')}</h1>
      <p className="lead">{t('assessment.intro')}</p>
      {loading ? (
        <Loading />
      ) : !active ? (
        <p className="notice">{t('framework.noPack')}</p>
      ) : !round ? (
        <div className="card card--inviting">
          <p>{t('assessment.startFirstBody')}</p>
          <button
            type="button"
            className="button button--primary"
            onClick={() => void startRound(db, active.key)}
          >
            {t('assessment.startFirst')}
          </button>
        </div>
      ) : (
        <RoundView round={round} active={active} level={profile?.targetLevel} />
      )}
    </section>
  );
}

function RoundView({ round, active, level }: { round: Round; active: PackRow; level?: Level }) {
  const { t } = useTranslation();
  const row = usePackRow(round.packKey);
  if (row === undefined) return <Loading />;
  return (
    <>
      <RoundBar
        round={round}
        packTitle={row ? `${row.title} ${row.version}` : round.packKey}
        active={active}
      />
      {round.packKey !== active.key && row && (
        <p className="notice">
          {t('assessment.otherPack', {
            round: `${row.title} ${row.version}`,
            active: `${active.title} ${active.version}`,
          })}
        </p>
      )}
      {row ? (
        <RoundCriteria key={round.id} round={round} row={row} level={level} />
      ) : (
        <p className="notice">{t('assessment.packMissing', { key: round.packKey })}</p>
      )}
    </>
  );
}

function RoundBar({
  round,
  packTitle,
  active,
}: {
  round: Round;
  packTitle: string;
  active: PackRow;
}) {
  const db = useDb();
  const { t } = useTranslation();
  const format = useFormat();
  const [asking, setAsking] = useState<'close' | 'new' | null>(null);
  const closed = Boolean(round.closedAt);
  return (
    <div className="card round-bar">
      <div>
        <h2>{t('assessment.round', { number: round.number })}</h2>
        <p className="muted">
          {t('assessment.roundMeta', {
            date: format.dateTime(round.startedAt),
            pack: packTitle,
          })}
          {round.closedAt &&
            ` · ${t('assessment.closedOn', { date: format.dateTime(round.closedAt) })}`}
        </p>
        {closed && <p>{t('assessment.closedNotice')}</p>}
        <p className="links">
          <Link to={PAGES.apl02}>{t('apl02.link')}</Link>
          <Link to={PAGES.evidence}>{t('evidenceLibrary.link')}</Link>
        </p>
      </div>
      <div className="actions">
        {!closed && (
          <button type="button" className="button" onClick={() => setAsking('close')}>
            {t('assessment.closeRound')}
          </button>
        )}
        <button type="button" className="button" onClick={() => setAsking('new')}>
          {t('assessment.newRound')}
        </button>
      </div>
      <ConfirmDialog
        open={asking === 'close'}
        title={t('assessment.closeTitle', { number: round.number })}
        body={t('assessment.closeBody')}
        confirmLabel={t('assessment.closeConfirm')}
        cancelLabel={t('assessment.cancel')}
        onConfirm={() => {
          setAsking(null);
          void closeRound(db, round.id);
        }}
        onCancel={() => setAsking(null)}
      />
      <ConfirmDialog
        open={asking === 'new'}
        title={t('assessment.newTitle', { number: round.number + 1 })}
        body={t('assessment.newBody')}
        confirmLabel={t('assessment.newConfirm')}
        cancelLabel={t('assessment.cancel')}
        onConfirm={() => {
          setAsking(null);
          void startRound(db, active.key);
        }}
        onCancel={() => setAsking(null)}
      />
    </div>
  );
}

function RoundCriteria({ round, row, level }: { round: Round; row: PackRow; level?: Level }) {
  const { t } = useTranslation();
  const answers = useAnswers(round.id);
  const evidence = useEvidenceList();
  const criteria = useMemo(
    () => allCriteria(row.pack).filter((c) => !level || c.criterion.levels.includes(level)),
    [row.pack, level],
  );
  // ?kriteria=ID (from the dashboard's next steps) opens that criterion.
  const [params] = useSearchParams();
  const linked = criteria.find((c) => c.criterion.id === params.get('kriteria'));
  const [openUnits, toggleUnit] = useToggleSet(linked ? [linked.unit.id] : []);
  const [selectedId, setSelectedId] = useState(linked?.criterion.id);
  if (!answers || !evidence) return <Loading />;

  const rated = (id: string) => answers.get(id)?.rubricLevel !== undefined;
  const answered = criteria.filter((c) => rated(c.criterion.id)).length;
  const selected = criteria.find((c) => c.criterion.id === selectedId);
  const unitCounts = (unitId: string) => {
    const inUnit = criteria.filter((c) => c.unit.id === unitId);
    return { answered: inUnit.filter((c) => rated(c.criterion.id)).length, total: inUnit.length };
  };

  return (
    <>
      <p className="muted">
        {level
          ? t('assessment.levelNote', { level: t(`levels.${level}`) })
          : t('assessment.noLevelNote')}
      </p>
      <p role="status" className="progress-line">
        {t('assessment.progress', { answered, total: criteria.length })}
      </p>
      <div className="browser">
        <CriteriaTree
          criteria={criteria}
          isOpen={(unitId) => openUnits.has(unitId)}
          onToggle={toggleUnit}
          selectedId={selectedId}
          onSelect={setSelectedId}
          renderUnitStatus={(unitId) => t('assessment.unitProgress', unitCounts(unitId))}
          renderStatus={(id) => {
            const level = answers.get(id)?.rubricLevel;
            return (
              <span className={level ? 'rating' : 'rating rating--none'}>
                {level ? t('assessment.levelShort', { level }) : t('assessment.notRated')}
              </span>
            );
          }}
        />
        <CriterionEditor
          key={selected?.criterion.id ?? 'none'}
          pack={row.pack}
          item={selected}
          round={round}
          answer={selected ? answers.get(selected.criterion.id) : undefined}
          evidence={evidence}
        />
      </div>
      <RoundComparison criteria={criteria} />
    </>
  );
}

import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PAGES } from '../../ui/paths';
import { computeReadiness, type Readiness } from '../../../../shared/assessment/readiness';
import type { Level } from '../../../../shared/domain/levels';
import type { DomainId, FrameworkPack } from '../../../../shared/framework/pack';
import type { Round } from '../../../../shared/assessment/assessment';
import { share } from '../../../../shared/exam/score';
import { useFormat } from '../../ui/format';
import { Loading } from '../../ui/Loading';
import { useAnswers, useLatestRound, usePackRow } from '../assessment';
import { useEvidenceList } from '../../queries/evidence';
import { DomainRadar, UnitBars } from './ReadinessCharts';
import { useDb } from '../../db/context';
import { latestResult } from '../../db/exam-repository';

/** Readiness from the latest self-assessment round, on Beranda. */
export function ReadinessDashboard({ level }: { level?: Level }) {
  const { t } = useTranslation();
  const round = useLatestRound();
  if (round === undefined) return <Loading />;
  if (round === null) {
    return (
      <section className="card" aria-labelledby="readiness-title">
        <h2 id="readiness-title">{t('dashboard.title')}</h2>
        <p>{t('dashboard.noRound')}</p>
        <Link className="button button--primary" to={PAGES.assessment}>
          {t('dashboard.startAssessment')}
        </Link>
      </section>
    );
  }
  return <RoundReadiness round={round} level={level} />;
}

function RoundReadiness({ round, level }: { round: Round; level?: Level }) {
  const row = usePackRow(round.packKey);
  const answers = useAnswers(round.id);
  const evidence = useEvidenceList();
  const readiness = useMemo(
    () =>
      row && answers && evidence ? computeReadiness(row.pack, level, answers, evidence) : null,
    [row, answers, evidence, level],
  );
  if (!row || !readiness) return <Loading />;
  return <ReadinessView pack={row.pack} round={round} level={level} readiness={readiness} />;
}

interface ViewProps {
  pack: FrameworkPack;
  round: Round;
  level?: Level;
  readiness: Readiness;
}

function ReadinessView({ pack, round, level, readiness }: ViewProps) {
  const db = useDb();
  const { t } = useTranslation();
  const format = useFormat();
  const domainTitle = (id: string) => pack.domains.find((d) => d.id === id)?.title ?? id;
  const domainCode = (id: string) => pack.domains.find((d) => d.id === id)?.code ?? id;
  const weights = pack.domains.map((d) => `${d.code} ${d.examWeight}%`).join(', ');
  const { coverage, overall } = readiness;
  // The latest written-test simulation, beside the self-assessment it can be compared with.
  const simulation = useLiveQuery(() => latestResult(db), []);
  const simulationScore = (id: string) => {
    const tally = simulation?.byDomain[id as DomainId];
    return tally
      ? t('dashboard.simulation', { percent: format.percent(share(tally)) })
      : t('dashboard.noSimulation');
  };

  return (
    <section className="dashboard" aria-labelledby="readiness-title">
      <h2 id="readiness-title">{t('dashboard.title')}</h2>
      <p className="muted">
        {level
          ? t('dashboard.basedOn', { number: round.number, level: t(`levels.${level}`) })
          : t('dashboard.basedOnAll', { number: round.number })}
      </p>

      <div className="score-cards">
        <div className="score-card score-card--overall">
          <h3>{t('dashboard.overall')}</h3>
          {overall === null ? (
            <p>{t('dashboard.overallPending')}</p>
          ) : (
            <p className="score-card__value" data-testid="overall-score">
              {format.number(overall, 0)} <span className="muted">{t('dashboard.outOf100')}</span>
            </p>
          )}
          <p className="muted small">{t('dashboard.overallHint', { weights })}</p>
        </div>
        {readiness.domains.map((domain) => (
          <div className="score-card" key={domain.id} data-testid={`domain-${domain.id}`}>
            <h3>{domainTitle(domain.id)}</h3>
            <p className="score-card__value">
              {domain.score === null ? t('dashboard.noScore') : format.number(domain.score, 0)}
            </p>
            <p className="muted small">
              {t('dashboard.domainWeight', { weight: domain.weight })} ·{' '}
              {t('dashboard.answered', { answered: domain.answered, total: domain.total })}
            </p>
            <p className="small" data-testid={`simulation-${domain.id}`}>
              {simulationScore(domain.id)}
            </p>
          </div>
        ))}
      </div>

      <div className="chart-grid">
        <figure className="card chart">
          <figcaption>
            <h3>{t('dashboard.radarTitle')}</h3>
            <p className="visually-hidden">{t('dashboard.radarSummary')}</p>
          </figcaption>
          <DomainRadar
            data={readiness.domains.map((d) => ({ name: domainCode(d.id), score: d.score ?? 0 }))}
            label={t('dashboard.score')}
          />
        </figure>
        <figure className="card chart">
          <figcaption>
            <h3>{t('dashboard.unitsTitle')}</h3>
            <p className="visually-hidden">{t('dashboard.unitsSummary')}</p>
          </figcaption>
          <UnitBars
            data={readiness.units.map((u) => ({ name: u.code, title: u.title, score: u.score }))}
            label={t('dashboard.score')}
          />
        </figure>
      </div>

      <div className="chart-grid">
        <section className="card" aria-labelledby="coverage-title">
          <h3 id="coverage-title">{t('dashboard.coverageTitle')}</h3>
          {(['answered', 'withEvidence', 'vatmMet'] as const).map((key) => (
            <div className="meter" key={key}>
              <div className="meter__label">
                <span id={`coverage-${key}`}>{t(`dashboard.coverage.${key}`)}</span>
                <span data-testid={`coverage-${key}`}>
                  {t('dashboard.coverageValue', { count: coverage[key], total: coverage.total })}
                </span>
              </div>
              <progress
                aria-labelledby={`coverage-${key}`}
                max={coverage.total || 1}
                value={coverage[key]}
              />
            </div>
          ))}
        </section>
        <section className="card" aria-labelledby="next-title">
          <h3 id="next-title">{t('dashboard.nextTitle')}</h3>
          <p className="muted small">{t('dashboard.nextHint')}</p>
          {readiness.nextSteps.length === 0 ? (
            <p>{t('dashboard.nextNone')}</p>
          ) : (
            <ol className="next-steps">
              {readiness.nextSteps.map(({ item, rubricLevel }) => (
                <li key={item.criterion.id}>
                  <Link
                    to={`${PAGES.assessment}?kriteria=${encodeURIComponent(item.criterion.id)}`}
                  >
                    {item.criterion.question}
                  </Link>{' '}
                  <span className="muted small">
                    ({item.unit.code},{' '}
                    {rubricLevel
                      ? t('dashboard.nextRated', { level: rubricLevel })
                      : t('dashboard.nextUnrated')}
                    )
                  </span>
                </li>
              ))}
            </ol>
          )}
        </section>
      </div>
    </section>
  );
}

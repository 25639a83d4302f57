import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PAGES } from '../../ui/paths';
import { buildApl02 } from '../../../../shared/assessment/apl02';
import type { Round } from '../../../../shared/assessment/assessment';
import type { StoredProfile } from '../../../../shared/profile/profile';
import { useFormat } from '../../ui/format';
import { Loading } from '../../ui/Loading';
import { useDocumentTitle } from '../../ui/use-document-title';
import { useEvidenceList } from '../../queries/evidence';
import { useProfile } from '../../queries/profile';
import { useAnswers, useLatestRound, usePackRow } from './use-assessment';

/** The latest round as a BNSP-style APL-02 form: unit → element → criterion, K/BK, evidence. */
export function Apl02Page() {
  const { t } = useTranslation();
  useDocumentTitle(t('apl02.title'));
  const round = useLatestRound();
  const profile = useProfile();
  return (
    <section className="page page--wide">
      <p>
        <Link to={PAGES.assessment}>{t('apl02.back')}</Link>
      </p>
      <h1>{t('apl02.title')}</h1>
      <p className="notice">{t('apl02.note')}</p>
      {round === undefined || profile === undefined ? (
        <Loading />
      ) : round === null ? (
        <p>{t('apl02.noRound')}</p>
      ) : (
        <Apl02Form round={round} profile={profile} />
      )}
    </section>
  );
}

function Apl02Form({ round, profile }: { round: Round; profile: StoredProfile | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  const row = usePackRow(round.packKey);
  const answers = useAnswers(round.id);
  const evidence = useEvidenceList();
  const level = profile?.targetLevel;
  const units = useMemo(
    () => (row && answers && evidence ? buildApl02(row.pack, level, answers, evidence) : null),
    [row, answers, evidence, level],
  );
  if (!row || !units) return <Loading />;
  const check = (chosen: boolean) =>
    chosen ? <span aria-label={t('apl02.marked')}>✓</span> : null;

  return (
    <>
      <dl className="facts card">
        <dt>{t('apl02.candidate')}</dt>
        <dd>{profile?.fullName ?? t('apl02.notSet')}</dd>
        <dt>{t('apl02.level')}</dt>
        <dd>{level ? t(`levels.${level}`) : t('apl02.notSet')}</dd>
        <dt>{t('apl02.round')}</dt>
        <dd>
          {round.number} · {format.dateTime(round.startedAt)}
        </dd>
        <dt>{t('apl02.pack')}</dt>
        <dd>
          {row.title} {row.version} ({t(`framework.status.${row.pack.provenance.status}`)})
        </dd>
      </dl>
      {units.map((unit) => (
        <table key={unit.code} className="table apl02">
          <caption>
            {t('apl02.unit')}: <strong>{unit.code}</strong> {unit.title}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('apl02.criterion')}</th>
              <th scope="col" className="apl02__mark">
                {t('apl02.k')}
              </th>
              <th scope="col" className="apl02__mark">
                {t('apl02.bk')}
              </th>
              <th scope="col">{t('apl02.evidence')}</th>
            </tr>
          </thead>
          {unit.elements.map((element) => (
            <tbody key={element.title}>
              <tr>
                <th scope="rowgroup" colSpan={4} className="apl02__element">
                  {t('apl02.element', { title: element.title })}
                </th>
              </tr>
              {element.criteria.map((c) => (
                <tr key={c.id}>
                  <td>{c.question}</td>
                  <td className="apl02__mark">{check(c.judgement === 'K')}</td>
                  <td className="apl02__mark">{check(c.judgement === 'BK')}</td>
                  <td>
                    {c.evidence.length === 0
                      ? t('apl02.none')
                      : c.evidence.map((e) => `${e.title} (${e.type})`).join('; ')}
                  </td>
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      ))}
    </>
  );
}

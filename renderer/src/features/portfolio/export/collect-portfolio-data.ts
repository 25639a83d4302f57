import type { PortfolioData } from '../../../../../shared/portfolio/data';
import { CV_SECTION_IDS } from '../../../../../shared/portfolio/cv';
import type { Language } from '../../../../../shared/settings/settings';
import type { KompetenDatabase } from '../../../db/database';
import { latestRound, loadAnswers } from '../../../db/assessment-repository';
import { listCvEntries } from '../../../db/cv-repository';
import { loadEssays } from '../../../db/essay-repository';
import { listEvidence } from '../../../db/evidence-repository';
import { loadActivePack } from '../../../db/framework-repository';
import { listPracticeEntries } from '../../../db/practice-repository';
import { loadProfile } from '../../../db/profile-repository';
import { loadSettings } from '../../../db/settings-repository';
import { listSupervisors } from '../../../db/supervisor-repository';
import { ensureBuiltinPack } from '../../../db/builtin-pack';

/** One snapshot of everything the portfolio is made from, read in one go. */
export async function collectPortfolioData(
  db: KompetenDatabase,
  language: Language,
  now: Date = new Date(),
): Promise<PortfolioData> {
  await ensureBuiltinPack(db);
  const [profile, active, round, evidence, essays, cv, entries, settings, supervisors] =
    await Promise.all([
      loadProfile(db),
      loadActivePack(db),
      latestRound(db),
      listEvidence(db),
      loadEssays(db),
      listCvEntries(db),
      listPracticeEntries(db),
      loadSettings(db),
      listSupervisors(db),
    ]);
  if (!active) throw new Error('No framework pack is installed');
  const answers = round ? [...(await loadAnswers(db, round.id)).values()] : [];
  return {
    generatedAt: now.toISOString(),
    language,
    profile,
    packKey: active.key,
    pack: active.pack,
    round,
    answers,
    evidence,
    essays: [...essays.values()],
    cv: CV_SECTION_IDS.flatMap((section) => cv.get(section) ?? []),
    practice: {
      entries,
      config: settings.practice,
      supervisors: supervisors.map(({ id, name, role, strNumber, fingerprint }) => ({
        id,
        name,
        role,
        strNumber,
        fingerprint,
      })),
    },
  };
}

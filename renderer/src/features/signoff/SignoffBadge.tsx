import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Format } from '../../ui/format';
import type { LoggedEntry } from '../../../../shared/practice/filter';
import type { SignoffState } from '../../../../shared/signoff/state';
import './signoff.css';

const TONE: Record<SignoffState, string> = {
  unsigned: 'chip',
  requested: 'chip',
  signed: 'chip chip--ok',
  'in-person': 'chip chip--ok',
  returned: 'chip chip--warn',
  broken: 'chip chip--danger',
};

/** Who signed, returned or broke the sign-off, and the comment; blank when there is none. */
export function signoffDetail(
  t: TFunction,
  format: Format,
  entry: LoggedEntry,
  state: SignoffState,
): string {
  const { signoff } = entry;
  if (!signoff || !('supervisorName' in signoff)) return '';
  if (state === 'unsigned' || state === 'requested') return '';
  return t(`practice.signoff.detail.${state}`, {
    name: signoff.supervisorName,
    date: format.dateTime(signoff.at),
    comment: 'comment' in signoff ? signoff.comment : '',
  });
}

/** Where an entry stands with its supervisor. */
export function SignoffBadge({ state }: { state: SignoffState }) {
  const { t } = useTranslation();
  return <span className={TONE[state]}>{t(`practice.signoff.states.${state}`)}</span>;
}

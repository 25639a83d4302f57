import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db';
import { listCvEntries } from '../../db/cv-repository';
import { loadEssays } from '../../db/essay-repository';

/** Essays by prompt id; `undefined` while loading. */
export const useEssays = () => useLiveQuery(() => loadEssays(db), []);

/** CV entries by part, in the candidate's order; `undefined` while loading. */
export const useCvEntries = () => useLiveQuery(() => listCvEntries(db), []);

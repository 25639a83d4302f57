import type { Catalogue } from '../catalogue';

export const supervisorModeEn: Catalogue['supervisorMode'] = {
  title: 'Supervisor mode',
};

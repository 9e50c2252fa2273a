// Adding a school, wired to the browser and extension storage: the same for the onboarding page
// and the options page.
import { loadFromUrl } from '../../storage/add-school.ts';
import { readConfigFile } from '../../storage/fetch-config.ts';
import { putSchool, schoolKey } from '../../storage/schools.ts';
import type { AddSchoolProps } from './AddSchool.tsx';

export const SCHOOL_ACTIONS: Pick<AddSchoolProps, 'loadUrl' | 'loadFile' | 'keyFor' | 'save'> = {
  loadUrl: loadFromUrl,
  loadFile: readConfigFile,
  keyFor: schoolKey,
  save: async (config, options) => void (await putSchool(config, options)),
};

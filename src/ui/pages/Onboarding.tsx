// The page that opens on install: what Schoolgate does and never does, in a few plain sentences,
// then "Add your child's school".
import { useState } from 'preact/hooks';
import { SITES } from '../../sites/catalogue.ts';
import { t } from '../i18n.ts';
import { AddSchool, type AddSchoolProps } from './AddSchool.tsx';

export interface OnboardingProps extends Omit<AddSchoolProps, 'headingLevel'> {
  optionsUrl: string;
}

export function siteList(): string {
  return new Intl.ListFormat('en-GB', { type: 'conjunction' }).format(SITES.map((s) => s.name));
}

export function Onboarding(props: OnboardingProps) {
  const [added, setAdded] = useState(false);
  return (
    <main class="page onboarding">
      <h1>{t('onboardingTitle')}</h1>
      <p class="lead">{t('onboardingWhat')}</p>
      <p>{t('onboardingShows')}</p>
      <section aria-labelledby="never-heading" class="promises">
        <h2 id="never-heading">{t('onboardingNeverHeading')}</h2>
        <ul>
          <li>{t('onboardingNeverLeaves')}</li>
          <li>{t('onboardingNoAccount')}</li>
          <li>{t('onboardingNoBlock')}</li>
        </ul>
      </section>
      <p>{t('onboardingSites', siteList())}</p>
      <AddSchool
        {...props}
        onSaved={(name) => {
          setAdded(true);
          props.onSaved?.(name);
        }}
      />
      {added ? (
        <p>
          {t('onboardingDone')} <a href={props.optionsUrl}>{t('onboardingOpenSettings')}</a>
        </p>
      ) : null}
    </main>
  );
}

import { render } from 'preact';
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { readLinkFragment } from '../../src/config/link.ts';
import { getSchools } from '../../src/storage/schools.ts';
import { useExtensionMessages } from '../../src/ui/extension-page.ts';
import { t } from '../../src/ui/i18n.ts';
import { Onboarding } from '../../src/ui/pages/Onboarding.tsx';
import { SCHOOL_ACTIONS } from '../../src/ui/pages/school-actions.ts';
import '../../src/ui/pages/pages.css';

z.config({ jitless: true });
useExtensionMessages();

/** The school's link hands its config address on as onboarding.html#config=… */
function linkedAddress(): string | undefined {
  const read = readLinkFragment(location.hash);
  return read.ok ? read.configUrl : undefined;
}

async function start(): Promise<void> {
  document.title = t('onboardingTitle');
  const root = document.getElementById('app');
  if (!root) return;
  const draw = async () => {
    const keys = (await getSchools()).map((s) => s.key);
    render(
      <Onboarding
        initialAddress={linkedAddress()}
        {...SCHOOL_ACTIONS}
        existingKeys={keys}
        onSaved={() => void draw()}
        optionsUrl={browser.runtime.getURL('/options.html')}
      />,
      root,
    );
  };
  await draw();
}

void start();

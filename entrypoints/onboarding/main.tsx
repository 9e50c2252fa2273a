import { render } from 'preact';
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { readLinkFragment } from '../../src/config/link.ts';
import { loadFromUrl } from '../../src/storage/add-school.ts';
import { readConfigFile } from '../../src/storage/fetch-config.ts';
import { getSchools, putSchool, schoolKey } from '../../src/storage/schools.ts';
import { t, useBrowserMessages } from '../../src/ui/i18n.ts';
import { Onboarding } from '../../src/ui/pages/Onboarding.tsx';
import '../../src/ui/pages/pages.css';

z.config({ jitless: true });
useBrowserMessages((key, subs) => browser.i18n.getMessage(key as 'extName', subs));

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
        loadUrl={loadFromUrl}
        loadFile={readConfigFile}
        existingKeys={keys}
        keyFor={schoolKey}
        save={async (config, options) => void (await putSchool(config, options))}
        onSaved={() => void draw()}
        optionsUrl={browser.runtime.getURL('/options.html')}
      />,
      root,
    );
  };
  await draw();
}

void start();

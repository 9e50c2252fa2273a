import { render } from 'preact';
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { turnOffSite, turnOnSite } from '../../src/storage/extra-sites.ts';
import { EXTRA_SITES_STORAGE_KEY, readExtraSites, readSettings, SCHOOLS_STORAGE_KEY, SETTINGS_STORAGE_KEY } from '../../src/storage/keys.ts';
import { collectEverything, deleteEverything, exportJson } from '../../src/storage/privacy.ts';
import { readSchools, removeSchool, settlePending } from '../../src/storage/schools.ts';
import { updateSettings } from '../../src/storage/settings.ts';
import { downloadJson, useExtensionMessages } from '../../src/ui/extension-page.ts';
import { t } from '../../src/ui/i18n.ts';
import { History } from '../../src/ui/options/History.tsx';
import { Privacy } from '../../src/ui/options/Privacy.tsx';
import { Options } from '../../src/ui/pages/Options.tsx';
import { SCHOOL_ACTIONS } from '../../src/ui/pages/school-actions.ts';
import { tryDraft } from '../../src/ui/pages/try-draft.ts';
import '../../src/ui/pages/pages.css';

z.config({ jitless: true });
useExtensionMessages();

async function start(): Promise<void> {
  document.title = t('optionsTitle');
  const root = document.getElementById('app');
  if (!root) return;
  const draw = async () => {
    // One read of everything stored serves every section (privacy shows it all anyway); storage
    // alone is read again only if the history database could not be.
    const everything = await collectEverything().catch(() => null);
    const stored: Record<string, unknown> = everything?.storage ?? (await browser.storage.local.get([SCHOOLS_STORAGE_KEY, SETTINGS_STORAGE_KEY, EXTRA_SITES_STORAGE_KEY]));
    const records = everything?.history ?? [];
    const schools = readSchools(stored[SCHOOLS_STORAGE_KEY]);
    const settings = readSettings(stored[SETTINGS_STORAGE_KEY]);
    const now = Date.now();
    render(
      <Options
        schools={schools}
        settings={settings}
        extraSites={readExtraSites(stored[EXTRA_SITES_STORAGE_KEY])}
        now={now}
        add={SCHOOL_ACTIONS}
        removeSchool={removeSchool}
        settlePending={(key, accept) => settlePending(key, accept)}
        setSettings={async (patch) => void (await updateSettings(patch))}
        turnOnSite={turnOnSite}
        turnOffSite={turnOffSite}
        tryDraft={async (text) => tryDraft(text, schools, settings)}
        builderUrl={browser.runtime.getURL('/builder.html')}
        history={<History records={records} now={now} schools={schools.map((s) => s.config.school.name)} />}
        privacy={
          <Privacy
            data={everything}
            onExport={() => {
              if (!everything) return;
              const out = exportJson(everything, new Date(now));
              downloadJson(out.filename, out.json);
            }}
            onDeleteAll={async () => {
              await deleteEverything();
              await draw();
            }}
          />
        }
      />,
      root,
    );
  };
  // Changes made anywhere (another tab, the popup, the background's refresh) show at once.
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'local') void draw();
  });
  await draw();
}

void start();

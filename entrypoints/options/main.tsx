import { render } from 'preact';
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { loadFromUrl } from '../../src/storage/add-school.ts';
import { turnOffSite, turnOnSite } from '../../src/storage/extra-sites.ts';
import { readConfigFile } from '../../src/storage/fetch-config.ts';
import { allNudges, type NudgeRecord } from '../../src/storage/history.ts';
import { EXTRA_SITES_STORAGE_KEY, readExtraSites, readSettings, SCHOOLS_STORAGE_KEY, SETTINGS_STORAGE_KEY } from '../../src/storage/keys.ts';
import { collectEverything, deleteEverything, exportJson } from '../../src/storage/privacy.ts';
import { putSchool, readSchools, removeSchool, schoolKey, settlePending } from '../../src/storage/schools.ts';
import { updateSettings } from '../../src/storage/settings.ts';
import { t, useBrowserMessages } from '../../src/ui/i18n.ts';
import { History } from '../../src/ui/options/History.tsx';
import { Privacy } from '../../src/ui/options/Privacy.tsx';
import { Options } from '../../src/ui/pages/Options.tsx';
import { tryDraft } from '../../src/ui/pages/try-draft.ts';
import '../../src/ui/pages/pages.css';

z.config({ jitless: true });
useBrowserMessages((key, subs) => browser.i18n.getMessage(key as 'extName', subs));

function download(text: string, filename: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

async function start(): Promise<void> {
  document.title = t('optionsTitle');
  const root = document.getElementById('app');
  if (!root) return;
  let records: NudgeRecord[] = [];
  let everything: Awaited<ReturnType<typeof collectEverything>> | null = null;

  const draw = async () => {
    const stored = await browser.storage.local.get([SCHOOLS_STORAGE_KEY, SETTINGS_STORAGE_KEY, EXTRA_SITES_STORAGE_KEY]);
    const schools = readSchools(stored[SCHOOLS_STORAGE_KEY]);
    const settings = readSettings(stored[SETTINGS_STORAGE_KEY]);
    records = await allNudges().catch(() => []);
    everything = await collectEverything().catch(() => null);
    const now = Date.now();
    render(
      <Options
        schools={schools}
        settings={settings}
        extraSites={readExtraSites(stored[EXTRA_SITES_STORAGE_KEY])}
        now={now}
        add={{
          loadUrl: loadFromUrl,
          loadFile: readConfigFile,
          keyFor: schoolKey,
          save: async (config, options) => void (await putSchool(config, options)),
        }}
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
              download(out.json, out.filename);
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

// The parent's settings, in extension storage. Open tabs see a change through storage.onChanged.
import { browser } from 'wxt/browser';
import { readSettings, type Settings, SETTINGS_STORAGE_KEY } from './keys.ts';

export async function getSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_STORAGE_KEY);
  return readSettings(stored[SETTINGS_STORAGE_KEY]);
}

export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = readSettings({ ...(await getSettings()), ...patch });
  await browser.storage.local.set({ [SETTINGS_STORAGE_KEY]: next });
  return next;
}

// What every extension page (onboarding, options, popup, builder) does the same way: take its
// strings from the browser's i18n API, and hand the parent a file.
import { browser } from 'wxt/browser';
import { useBrowserMessages } from './i18n.ts';

/** Strings from the browser's i18n API, so translations apply. */
export function useExtensionMessages(): void {
  useBrowserMessages((key, subs) => browser.i18n.getMessage(key as 'extName', subs));
}

/** Offers `text` as a JSON file download named `filename`. */
export function downloadJson(filename: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

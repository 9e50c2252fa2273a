// The guard's half of the content script, loaded into the page's content-script world the first
// time the page is used (entrypoints/watch.ts, at document start, holds the listeners until then):
// the site's adapter, reading drafts, the checker, the interstitial's wiring, the outcome record.
// The detector and the interstitial themselves load later still, when a composer is first used
// (lazy.js). Drafts go nowhere: the check runs here, and only the outcome of a nudge (never the
// text) goes to the background.
import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createChecker, type NudgeDetail, type SchoolEntry } from '../src/composer/checker.ts';
import { type Choice, Guard, type Held } from '../src/composer/guard.ts';
import { GUARD_KEY, type GuardBundle, LAZY_KEY, type LazyBundle, loadBundle } from '../src/composer/lazy-key.ts';
import type { ConcernKindName, ContentStatus, RecentHistory, ToBackground } from '../src/messages.ts';
import { siteForHost } from '../src/sites/catalogue.ts';
import { ADAPTERS, adapterFor } from '../src/sites/index.ts';
import { interstitialContent } from '../src/ui/interstitial/content.ts';
import {
  EXTRA_SITES_STORAGE_KEY,
  readExtraSites,
  readSettings,
  SCHOOLS_STORAGE_KEY,
  SETTINGS_STORAGE_KEY,
  type Settings,
} from '../src/storage/keys.ts';

/** Nudges in a week after which the interstitial gets shorter. */
const COMPACT_AFTER = 3;

export default defineUnlistedScript(() => {
  const bundle: GuardBundle = { start };
  (globalThis as unknown as Record<symbol, GuardBundle>)[GUARD_KEY] = bundle;
});

function start({ gate, signal, alive }: Parameters<GuardBundle['start']>[0]): { status(): Promise<ContentStatus> } {
  const known = siteForHost(location.host);
  const site: ContentStatus['site'] = known?.id ?? (import.meta.env.MODE === 'development' && /^(localhost|127\.0\.0\.1)$/.test(location.hostname) ? 'demo' : 'generic');

  let settings: Settings = readSettings(undefined);
  const siteKey = known?.id ?? location.origin;
  const siteOff = () => settings.off.includes(siteKey) || settings.pausedUntil > Date.now();

  // Schools or settings changed in another tab or the options page: load afresh on next use.
  // Listened for only once a composer has been used (nothing to reset before that).
  let listening = false;
  let pauseTimer: ReturnType<typeof setTimeout> | undefined;
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && (SCHOOLS_STORAGE_KEY in changes || SETTINGS_STORAGE_KEY in changes)) checker.reset();
  };

  const schools = async (): Promise<SchoolEntry[]> => {
    if (!listening) {
      listening = true;
      browser.storage.onChanged.addListener(onChanged);
    }
    const stored = await browser.storage.local.get([SCHOOLS_STORAGE_KEY, SETTINGS_STORAGE_KEY]);
    settings = readSettings(stored[SETTINGS_STORAGE_KEY]);
    const list = Array.isArray(stored[SCHOOLS_STORAGE_KEY]) ? (stored[SCHOOLS_STORAGE_KEY] as { config: SchoolEntry['config']; picked?: string[] }[]) : [];
    if (settings.pausedUntil > Date.now()) {
      // Back on by itself when the pause ends, without a reload.
      clearTimeout(pauseTimer);
      pauseTimer = setTimeout(() => checker.reset(), Math.min(settings.pausedUntil - Date.now() + 50, 2 ** 31 - 1));
    }
    if (siteOff()) return [];
    return list.map((s) => ({ config: s.config, picked: s.picked }));
  };

  let lazyLoad: Promise<LazyBundle> | undefined;
  const lazy = (): Promise<LazyBundle> => (lazyLoad ??= loadBundle<LazyBundle>(browser.runtime.getURL('/lazy.js'), LAZY_KEY));

  let recent: RecentHistory = { lastWeek: 0 };
  let shownHere = 0;
  const send = (message: ToBackground): Promise<unknown> => {
    try {
      return browser.runtime.sendMessage(message).catch(() => undefined);
    } catch {
      return Promise.resolve(undefined); // the extension was reloaded under the page
    }
  };

  const checker = createChecker({
    site: site === 'demo' ? 'facebook' : site,
    schools: async () => {
      const list = await schools();
      if (list.length) void send({ type: 'history:recent' }).then((r) => (recent = (r as RecentHistory | undefined) ?? recent));
      return list;
    },
    lazy,
    implicit: () => settings.implicit,
  });

  const ask = async (held: Held<NudgeDetail>): Promise<Choice> => {
    const bundle = await lazy();
    const { result, config } = held.verdict.detail;
    const compact = recent.lastWeek + shownHere >= COMPACT_AFTER;
    shownHere++;
    return new Promise<Choice>((resolve) => {
      let settled = false;
      // Links (the complaints page, the email) must follow their own default action before the
      // interstitial goes, so those close on the next turn.
      const done = (choice: Choice, later = false) => {
        if (settled) return;
        settled = true;
        const finish = () => {
          ui.close();
          resolve(choice);
        };
        if (later) setTimeout(finish, 0);
        else finish();
      };
      const ui = bundle.mountInterstitial({
        ...interstitialContent(held.draft, result, config, held.composer.channel, compact),
        onEdit: () => done('edit'),
        onComplaints: () => done('complaints', true),
        onEmail: () => done('email', true),
        onPostAnyway: () => done('post'),
        onFalseAlarm: () => done('false-alarm'),
      });
    });
  };

  const record = (held: Held<NudgeDetail>, choice: Choice) => {
    const { result, config } = held.verdict.detail;
    void send({
      type: 'outcome:record',
      outcome: {
        at: Date.now(),
        site,
        school: config.school.name,
        clauses: result.clauses.map((c) => c.id),
        concerns: [...new Set(result.concerns.map((c) => c.kind as ConcernKindName))],
        choice,
      },
    });
  };

  const guard = (adapter: ReturnType<typeof adapterFor>) => {
    new Guard<NudgeDetail>({ adapter, checker, ask, record, gate, alive });
  };
  if (known) guard(ADAPTERS[known.id]);
  else {
    // a site the parent turned on: the adapter they chose for it (a Mastodon instance, or generic)
    browser.storage.local.get(EXTRA_SITES_STORAGE_KEY).then(
      (stored) => guard(adapterFor(location.host, readExtraSites(stored[EXTRA_SITES_STORAGE_KEY]).find((s) => s.origin === location.origin)?.adapter)),
      () => gate.fail(),
    );
  }
  // When the extension reloads or updates under the page, or another copy takes over: detach.
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(onChanged), { once: true });

  return {
    status: () => schools().then((list) => ({ site, watching: list.length > 0, key: siteKey, siteOn: !settings.off.includes(siteKey), paused: settings.pausedUntil > Date.now() })),
  };
}

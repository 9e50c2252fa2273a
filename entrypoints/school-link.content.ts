// On the school's link page (the project's site, see src/config/link.ts): hand the config's
// address to the extension, which opens its import screen. The page itself tells a parent
// without Schoolgate how to install it; with Schoolgate, this script marks the page so it says
// the import screen has opened instead. It reads only the page's own address.
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { LINK_MATCH, readSchoolLink } from '../src/config/link.ts';
import type { ToBackground } from '../src/messages.ts';

export default defineContentScript({
  matches: [LINK_MATCH],
  runAt: 'document_end',
  main() {
    const open = () => {
      const link = readSchoolLink(location.href);
      document.documentElement.dataset.schoolgate = link.ok ? 'opening' : 'installed';
      if (!link.ok) return;
      const message: ToBackground = { type: 'link:open', configUrl: link.configUrl };
      void browser.runtime.sendMessage(message).then(
        (reply: unknown) => (document.documentElement.dataset.schoolgate = (reply as { ok?: boolean } | undefined)?.ok ? 'opened' : 'installed'),
        () => (document.documentElement.dataset.schoolgate = 'installed'),
      );
    };
    open();
    // the same page opened again with another school's link
    window.addEventListener('hashchange', open);
  },
});

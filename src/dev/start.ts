// `npm start`: builds the development extension (with the demo school preloaded), serves the demo
// page and opens it in Chromium with Schoolgate loaded. Where there is no display it says so,
// runs the same demo headless, saves screenshots and prints the command to see it live.
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { build } from 'wxt';
import { chromiumMissingMessage, findChromium } from './chromium.ts';
import { launchWithExtension } from './launch.ts';
import { startServer, staticFiles } from './server.ts';

const EXTENSION = resolve('.output/chrome-mv3-dev');
const SHOTS = resolve('.output/demo');
const SAMPLE = 'Mrs Whitmore is a disgrace, she ignores every email and Brook Lane just covers for her. Shame on them.';

function hasDisplay(): boolean {
  if (process.platform !== 'linux') return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

async function main(): Promise<void> {
  const headless = process.argv.includes('--headless') || !hasDisplay();
  if (!findChromium()) {
    console.error(chromiumMissingMessage());
    process.exitCode = 1;
    return;
  }
  console.log('Building Schoolgate (development build, demo school preloaded)…');
  await build({ mode: 'development', browser: 'chrome' });
  const server = await startServer({ handlers: [staticFiles(resolve('src/dev/demo'))], port: Number(process.env.PORT ?? 0) });
  const demoUrl = `http://localhost:${server.port}/`;
  const launched = await launchWithExtension({ extensionPath: EXTENSION, headless, viewport: headless ? undefined : null });
  const stop = async () => {
    await launched.close();
    await server.close();
  };
  const page = launched.context.pages()[0] ?? (await launched.context.newPage());
  await page.goto(demoUrl);

  if (!headless) {
    console.log(`\nSchoolgate is running in Chromium on the demo page: ${demoUrl}
The demo school (Brook Lane Primary School) is loaded. Write a post about it and press Post.
Close the browser window or press Ctrl+C here to stop.`);
    process.once('SIGINT', () => void stop().then(() => process.exit(0)));
    await new Promise<void>((done) => launched.context.once('close', () => done()));
    await server.close();
    return;
  }

  // Headless: show that it runs, and leave pictures of it.
  await mkdir(SHOTS, { recursive: true });
  await page.locator('#draft').fill(SAMPLE);
  await page.screenshot({ path: `${SHOTS}/demo-page.png`, fullPage: true });
  await page.locator('#post').click();
  await page.waitForTimeout(800);
  await page.screenshot({ path: `${SHOTS}/demo-after-post.png`, fullPage: true });
  const popup = await launched.context.newPage();
  await popup.setViewportSize({ width: 380, height: 320 });
  await popup.goto(`chrome-extension://${launched.extensionId}/popup.html`);
  await popup.getByText('Brook Lane Primary School').waitFor();
  await popup.screenshot({ path: `${SHOTS}/popup.png` });
  await stop();
  const why = process.argv.includes('--headless') ? 'You asked for --headless' : 'There is no display on this machine ($DISPLAY is not set)';
  console.log(`
${why}, so Chromium cannot open a window here.
Schoolgate was built (.output/chrome-mv3-dev) and run headless on the demo page, with the demo
school loaded. Screenshots of what a parent would see:
  ${SHOTS}/demo-page.png
  ${SHOTS}/demo-after-post.png
  ${SHOTS}/popup.png

To see it live:
  • on a machine with a desktop:       npm start
  • here, on a virtual display:         apt-get install -y xvfb && xvfb-run -a npm start
    (then view it with a VNC server such as x11vnc, or just the screenshots above)
  • in your own Chrome-family browser:  chrome://extensions → Developer mode → Load unpacked →
    choose .output/chrome-mv3-dev, then open the demo page with: npx tsx src/dev/serve-demo.ts`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});

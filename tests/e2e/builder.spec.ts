// The builder page in the built extension: a school office pastes its code, fills in the rest,
// tries a draft (the real detector and interstitial), downloads the config, and gets the link,
// the QR code and the letter. Checked with axe-core; screenshots at 1280 and 360 px are kept as
// test artifacts (test-results/…/builder-*.png).
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Page, TestInfo } from '@playwright/test';
import { parseSchoolConfigValue } from '../../src/config/index.ts';
import { makeSchoolLink } from '../../src/config/link.ts';
import { qrMatrix } from '../../src/ui/builder/QrCode.tsx';
import { expect, test } from './fixtures.ts';

const SOURCE = 'https://lowash.example.sch.uk/schoolgate.json';
const COMPLAINTS = 'https://lowash.example.sch.uk/policies/complaints';

async function openBuilder(page: Page, extensionId: string): Promise<void> {
  // Each test starts from an empty form, not from what an earlier test left in this profile. The
  // storage is cleared from a page of the extension that runs no script: cleared from the builder
  // itself, its own delayed save of the answers it had just restored could write them back.
  await page.goto(`chrome-extension://${extensionId}/THIRD-PARTY-NOTICES.txt`);
  await page.evaluate(() => localStorage.clear());
  await page.goto(`chrome-extension://${extensionId}/builder.html`);
  await expect(page.getByRole('heading', { level: 1, name: "Make your school's Schoolgate config" })).toBeVisible();
}

/** Fails on serious or critical accessibility violations, listing them. */
async function expectAccessible(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const results = await new AxeBuilder({ page }).exclude('schoolgate-interstitial').analyze();
  await testInfo.attach(`axe-${name}.json`, { body: JSON.stringify(results.violations, null, 2), contentType: 'application/json' });
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

async function screenshots(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 900 });
    // nothing sticks out sideways at either width
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    const path = testInfo.outputPath(`${name}-${width}.png`);
    await page.screenshot({ path, fullPage: true });
    await testInfo.attach(`${name}-${width}`, { path, contentType: 'image/png' });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

async function fillLowAsh(page: Page): Promise<void> {
  const seed = await readFile('tests/fixtures/seeds/002_e47b2679d26d7f27.txt', 'utf8');
  await page.getByLabel('The text of your code of conduct').fill(seed);
  await page.getByRole('button', { name: 'Find the clauses' }).click();
  await expect(page.getByText('Clauses found: 22. Check them below.')).toBeVisible();
}

test.describe('the builder page', () => {
  test('from a pasted code to a valid config, a draft tried, the file, the link, the QR code and the letter', async ({ extension, page }, testInfo) => {
    await openBuilder(page, extension.extensionId);
    await fillLowAsh(page);

    // the clauses, numbered as in the document, with their proposed topics
    await expect(page.getByRole('heading', { name: 'The clauses (22)' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Clause 2.b' })).toBeVisible();
    await expect(page.getByLabel('Wording').nth(1)).toHaveValue(/^This policy has due regard .* Defamation Act 2013$/);
    const topics2b = page.getByRole('group', { name: 'What clause 2.b is about' });
    await expect(topics2b.getByLabel('Complaining about the school online')).toBeChecked();
    await expect(topics2b.getByLabel('Defamation: untrue or damaging posts')).not.toBeChecked();
    // what the document says fills the empty fields
    await expect(page.getByLabel('Title of the code')).toHaveValue('Social Media Code of Conduct for Parents');
    await expect(page.getByLabel('Full name of the school')).toHaveValue('Low Ash Primary School');
    await expect(page.getByLabel('Date the code was approved (optional)')).toHaveValue('2024-07-17');

    // aliases from the suggestions, staff pasted, the addresses
    await page.getByRole('button', { name: 'Add “Low Ash” to the other names' }).click();
    await page.getByRole('button', { name: 'Add “LAPS” to the other names' }).click();
    await expect(page.getByLabel('Other names parents use')).toHaveValue('Low Ash, LAPS');
    await page.getByLabel('Staff list').fill('Mrs Joanne Harper, Headteacher\nHarper, Joanne, Mrs, Head\nWood, Tom, Mr, Year 4 teacher\nthe office');
    await expect(page.getByText('Staff read: 2.')).toBeVisible();
    await expect(page.getByText('Line 4: no name found in “the office”, so it is left out.')).toBeVisible();

    // live validation: the Foundation's messages, with their paths
    await expect(page.getByRole('link', { name: /^complaints: has neither "url" nor "email"/ })).toBeVisible();
    await page.getByLabel('Web address of the complaints procedure').fill('http://lowash.example.sch.uk/policies/complaints');
    await expect(page.getByRole('link', { name: /^complaints\.url: "http:\/\/lowash\.example\.sch\.uk\/policies\/complaints" is not secure/ })).toBeVisible();
    await page.getByLabel('Web address of the complaints procedure').fill(COMPLAINTS);
    await page.getByLabel('Web address where you will publish this config').fill(SOURCE);
    await expect(page.getByText('The config is valid and ready to publish.')).toBeVisible();

    await expectAccessible(page, testInfo, 'builder');
    await screenshots(page, testInfo, 'builder');

    // try a draft: the real detector, the real interstitial
    await page.getByLabel('A draft a parent might write').fill('Low Ash is a disgrace, Mrs Harper lies to parents and nobody listens');
    await page.getByRole('button', { name: 'Show what a parent would see' }).click();
    const interstitial = page.locator('schoolgate-interstitial');
    await expect(interstitial.getByRole('heading', { name: 'Before you post about Low Ash Primary School' })).toBeVisible();
    await expect(interstitial.getByText('Mrs Harper', { exact: true })).toBeVisible();
    await expect(interstitial.getByText(/Posting defamatory 'statuses' about fellow parents/)).toBeVisible();
    await expect(interstitial.getByRole('link', { name: 'Open the complaints procedure' })).toHaveAttribute('href', COMPLAINTS);
    const trial = testInfo.outputPath('builder-try-a-draft.png');
    await page.screenshot({ path: trial });
    await testInfo.attach('builder-try-a-draft', { path: trial, contentType: 'image/png' });
    await page.keyboard.press('Escape');
    await expect(interstitial).toHaveCount(0);
    await expect(page.getByLabel('A draft a parent might write')).toBeFocused();
    await expect(page.getByText('Closed. Change the draft or the clauses\' topics and try again.')).toBeVisible();

    // a draft that is fine goes through
    await page.getByLabel('A draft a parent might write').fill('Lovely sports day at Low Ash today, well done everyone');
    await page.getByRole('button', { name: 'Show what a parent would see' }).click();
    await expect(page.getByText(/^Schoolgate would let this draft through without a pause/)).toBeVisible();
    await expect(interstitial).toHaveCount(0);

    // the file: downloaded, and valid for the Foundation's parser
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download low-ash-primary-school-schoolgate.json' }).click()]);
    expect(download.suggestedFilename()).toBe('low-ash-primary-school-schoolgate.json');
    const parsed = parseSchoolConfigValue(JSON.parse(await readFile((await download.path())!, 'utf8')));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(parsed.config.code.clauses).toHaveLength(22);
    expect(parsed.config.school.aliases).toEqual(['Low Ash', 'LAPS']);
    expect(parsed.config.staff.map((s) => `${s.title} ${s.name}, ${s.role}`)).toEqual(['Mrs Joanne Harper, Headteacher', 'Mr Tom Wood, Year 4 teacher']);
    expect(parsed.config.complaints.url).toBe(COMPLAINTS);
    expect(parsed.config.source).toBe(SOURCE);

    // the link and its QR code
    const link = makeSchoolLink(SOURCE);
    await expect(page.getByRole('textbox', { name: 'The school link' })).toHaveValue(link);
    await expect(page.getByText(SOURCE, { exact: true })).toBeVisible();
    const qr = page.getByRole('img', { name: 'QR code of the school link for Low Ash Primary School' });
    await expect(qr).toBeVisible();
    // the drawn modules are the QR code of exactly that link
    const size = qrMatrix(link).length + 8;
    await expect(qr).toHaveAttribute('viewBox', `0 0 ${size} ${size}`);
    await expect(qr).toHaveAttribute('data-qr-text', link);

    // the letter: its own view, printable
    await page.getByLabel('Signed by').fill('Mrs Joanne Harper, Headteacher');
    await page.getByRole('button', { name: 'Open the letter to parents' }).click();
    const heading = page.getByRole('heading', { level: 1, name: "A moment's pause before posting about school" });
    await expect(heading).toBeFocused();
    await expect(page.getByRole('link', { name: link })).toHaveAttribute('href', link);
    await expect(page.getByRole('img', { name: 'QR code: the link to add Low Ash Primary School to Schoolgate' })).toBeVisible();
    await expect(page.getByText(/^What you write never leaves your device\./)).toBeVisible();
    await expect(page.getByText(/^There is no account/)).toBeVisible();
    await expect(page.getByText(/^There is no tracking/)).toBeVisible();
    await expect(page.getByText(`If you have a concern, please use our complaints procedure: ${COMPLAINTS}`)).toBeVisible();
    await expect(page.getByText('Mrs Joanne Harper', { exact: true })).toBeVisible();
    await expect(page.getByText('Headteacher', { exact: true })).toBeVisible();
    await expectAccessible(page, testInfo, 'letter');
    await screenshots(page, testInfo, 'letter');

    // printed: A4, the letter alone
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('button', { name: 'Print the letter' })).toBeHidden();
    await expect(heading).toBeVisible();
    const pdf = await page.pdf({ preferCSSPageSize: true });
    await testInfo.attach('letter.pdf', { body: pdf, contentType: 'application/pdf' });
    // every page A4 (595 × 842 points), and the letter fits on one sheet
    const boxes = pdf.toString('latin1').match(/\/MediaBox \[[^\]]*\]/g) ?? [];
    expect(boxes.length).toBe(1);
    for (const box of boxes) expect(box).toMatch(/^\/MediaBox \[0 0 59[45](?:\.\d+)? 84[12](?:\.\d+)?\]$/);
    await page.emulateMedia({ media: 'screen' });

    await page.getByRole('button', { name: 'Back to the config' }).click();
    await expect(page.getByRole('button', { name: 'Open the letter to parents' })).toBeFocused();
  });

  test('keyboard only: a problem leads to its field, and the answers survive a reload', async ({ extension, page }) => {
    await openBuilder(page, extension.extensionId);
    await fillLowAsh(page);
    await page.getByLabel('Web address where you will publish this config').fill('https://lowash.example.sch.uk/schoolgate.json');

    // the problem's link takes focus to the field it names
    const problem = page.getByRole('link', { name: /^complaints: has neither/ });
    await problem.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('Web address of the complaints procedure')).toBeFocused();
    await page.keyboard.type('office@lowash.example.sch.uk');
    await expect(page.getByText(/is not a web address — give the full address, starting with https:\/\//).first()).toBeVisible();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Email address for concerns')).toBeFocused();
    await page.keyboard.type('office@lowash.example.sch.uk');
    await expect(page.getByText('The config is valid and ready to publish.')).toBeVisible();

    // a topic unticked from the keyboard
    const box = page.getByRole('group', { name: 'What clause 2.a is about' }).getByLabel('Defamation: untrue or damaging posts');
    await box.focus();
    await page.keyboard.press('Space');
    await expect(box).not.toBeChecked();
    await expect(page.getByRole('link', { name: /^code\.clauses\[3\]\.topics: is empty/ })).toBeVisible();
    await page.keyboard.press('Space');
    await expect(page.getByText('The config is valid and ready to publish.')).toBeVisible();

    // saved on this device: a reload keeps the answers
    await page.waitForTimeout(500);
    await page.reload();
    await expect(page.getByLabel('Email address for concerns')).toHaveValue('office@lowash.example.sch.uk');
    await expect(page.getByRole('heading', { name: 'The clauses (22)' })).toBeVisible();
    await page.getByRole('button', { name: 'Start again with an empty form' }).click();
    await expect(page.getByLabel('Email address for concerns')).toHaveValue('');

    // a config made before opens into the form, to change and publish again
    await page.getByLabel('Change a config you made before…').setInputFiles('tests/fixtures/configs/full.json');
    await expect(page.getByText(/^Opened full\.json: change what you need/)).toBeVisible();
    await expect(page.getByLabel('Full name of the school')).toHaveValue('Hollins Green Primary School');
    await expect(page.getByText('The config is valid and ready to publish.')).toBeVisible();
  });

  test('the letter alone yields its bullet points and says it is a letter; a PDF is refused with what to do', async ({ extension, page }) => {
    await openBuilder(page, extension.extensionId);
    await page.getByLabel('The text of your code of conduct').fill(await readFile('tests/fixtures/seeds/003_43146e1bbfd0eb4c.txt', 'utf8'));
    await page.getByRole('button', { name: 'Find the clauses' }).click();
    await expect(page.getByText('Bullet points found: 4. Check them below.')).toBeVisible();
    await expect(page.getByText(/^It reads as a letter: these are the bullet points of the letter/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Use the schools listed in the document (14)' })).toBeVisible();

    await page.getByLabel('Open a text file…').setInputFiles({ name: 'code.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n') });
    await expect(page.getByText('code.pdf is a PDF. Open it, select all its text, copy it and paste it into the box above.')).toBeVisible();
    await page.getByLabel('Open a text file…').setInputFiles({ name: 'code.txt', mimeType: 'text/plain', buffer: await readFile('tests/fixtures/seeds/004_7f16de156a41da59.txt') });
    // the four bullet points are there already: replacing them is asked first
    await expect(page.getByText(/^Finding the clauses again replaces the 4 clauses below/)).toBeVisible();
    await page.getByRole('button', { name: 'Replace the clauses' }).click();
    await expect(page.getByText('Clauses found: 26. Check them below.')).toBeVisible();
  });
});

import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Debian's chromium, installed by the test setup; playwright-core downloads nothing. */
const CHROMIUM = '/usr/bin/chromium';

/** Where each run leaves its screenshots, to look at after the run (ignored by git). */
export const SCREENSHOT_DIR = path.resolve(__dirname, '../../test-output/screenshots');

export const VIEWPORTS = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 860 } } as const;
export type ViewportName = keyof typeof VIEWPORTS;

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-background-networking', '--disable-dev-shm-usage'] });
}

/** A browser context of its own (cookies, storage) at a phone's or a desktop's width, in Thai Bangkok time. */
export function newVisitor(browser: Browser, baseUrl: string, viewport: ViewportName = 'desktop'): Promise<BrowserContext> {
  return browser.newContext({ baseURL: baseUrl, viewport: VIEWPORTS[viewport], locale: 'th-TH', timezoneId: 'Asia/Bangkok', isMobile: viewport === 'phone', hasTouch: viewport === 'phone' });
}

/** Signs in through the sign-in page as a person would, and waits for their tasks. */
export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('อีเมล').fill(email);
  await page.getByLabel('รหัสผ่าน').fill(password);
  await page.getByRole('button', { name: 'เข้าสู่ระบบ' }).click();
  await page.getByRole('heading', { level: 1, name: 'งานของฉัน' }).waitFor();
}

/** Saves a full-page screenshot as test-output/screenshots/<name>-<viewport>.png. */
export async function screenshot(page: Page, name: string, viewport: ViewportName): Promise<string> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}-${viewport}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Fails the test on an error the page itself logs (an uncaught exception, a React error). */
export function failOnPageErrors(page: Page): () => string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return () => errors;
}

export interface AccessibilityProblem {
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

/**
 * What axe-core (the accessibility engine browsers' own audits use) finds wrong on the page as it
 * is now, at the given impacts: missing labels, names, contrast, landmarks, ARIA misuse.
 */
export async function accessibilityProblems(page: Page, impacts: string[] = ['serious', 'critical']): Promise<AccessibilityProblem[]> {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const results = await page.evaluate<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }>(
    "axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })",
  );
  return results.violations
    .filter((violation) => impacts.includes(violation.impact))
    .map((violation) => ({ rule: violation.id, impact: violation.impact, help: violation.help, targets: violation.nodes.map((node) => node.target.join(' ')) }));
}

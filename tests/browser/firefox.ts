/**
 * Launches Debian's Firefox ESR with the built Firefox extension (.output/firefox-mv2) through puppeteer-core's
 * WebDriver BiDi client. Firefox ESR lets an unsigned extension in when `xpinstall.signatures.required` is off.
 * Its moz-extension:// pages cannot be opened over BiDi, so the Firefox tests look at what the content script does
 * in the page. Never touches the network.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/firefox-mv2');

export interface FirefoxWithExtension {
  browser: Browser;
  /** The add-on id from the manifest's browser_specific_settings. */
  extensionId: string;
  close(): Promise<void>;
}

/**
 * Starts Firefox (headless) with the extension installed. Throws when Firefox or the built extension is missing,
 * with the command that fixes it.
 */
export async function launchFirefoxWithExtension(): Promise<FirefoxWithExtension> {
  if (!existsSync(FIREFOX_PATH))
    throw new Error(`No Firefox at ${FIREFOX_PATH}: apt-get install -y firefox-esr`);
  if (!existsSync(resolve(FIREFOX_EXTENSION_DIR, 'manifest.json')))
    throw new Error(`No built Firefox extension in ${FIREFOX_EXTENSION_DIR}: run npm run build`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    extraPrefsFirefox: {
      'xpinstall.signatures.required': false,
      'app.update.enabled': false,
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
    },
  });
  try {
    const extensionId = await browser.installExtension(FIREFOX_EXTENSION_DIR);
    return { browser, extensionId, close: () => browser.close() };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

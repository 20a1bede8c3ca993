// Takes phone and desktop screenshots of a served page, for looking at what a reader sees.
// Usage: node scripts/screenshot.mjs <url> <out-prefix> [scrollSelector]
import { chromium } from '@playwright/test';
import { launchOptions } from './chromium.mjs';

const [url, prefix, selector] = process.argv.slice(2);
const browser = await chromium.launch(launchOptions);
for (const [name, viewport] of [
	['phone', { width: 390, height: 844 }],
	['desktop', { width: 1440, height: 900 }]
]) {
	const page = await browser.newPage({ viewport, colorScheme: process.env.SCHEME ?? 'light' });
	page.on('console', (message) => console.log(`[${name}] console.${message.type()}: ${message.text()}`));
	page.on('pageerror', (error) => console.log(`[${name}] pageerror: ${error.message}`));
	await page.goto(url);
	if (selector) {
		await page.locator(selector).first().scrollIntoViewIfNeeded();
		await page.evaluate((sel) => {
			const element = document.querySelector(sel);
			const trigger = Number(element?.closest('[data-trigger-px]')?.getAttribute('data-trigger-px') ?? innerHeight / 2);
			const box = element.getBoundingClientRect();
			scrollBy(0, box.top + box.height / 2 - trigger);
		}, selector);
		await page.waitForTimeout(900);
	} else {
		await page.waitForTimeout(700);
	}
	await page.screenshot({ path: `${prefix}-${name}.png` });
	await page.close();
}
await browser.close();

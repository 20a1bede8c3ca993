// Measures what a reader downloads: JS, CSS, HTML and total bytes over the wire
// (gzip/brotli as served) for a page, loading it in Chromium and scrolling it through.
// Usage: node scripts/measure.mjs <url> [<url> …]
import { chromium } from '@playwright/test';
import { launchOptions } from './chromium.mjs';

const browser = await chromium.launch(launchOptions);
for (const url of process.argv.slice(2)) {
	const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
	const client = await page.context().newCDPSession(page);
	await client.send('Network.enable');
	const types = new Map();
	const sizes = {};
	client.on('Network.responseReceived', ({ requestId, type }) => types.set(requestId, type));
	client.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
		const type = types.get(requestId) ?? 'Other';
		sizes[type] = (sizes[type] ?? 0) + encodedDataLength;
	});
	await page.goto(url, { waitUntil: 'networkidle' });
	await page.evaluate(async () => {
		for (let y = 0; y < document.body.scrollHeight; y += innerHeight / 2) {
			scrollTo(0, y);
			await new Promise((resolve) => setTimeout(resolve, 30));
		}
	});
	await page.waitForTimeout(500);
	const total = Object.values(sizes).reduce((sum, bytes) => sum + bytes, 0);
	const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
	console.log(
		`${url}\n  ${Object.entries(sizes)
			.map(([type, bytes]) => `${type} ${kb(bytes)}`)
			.join(', ')}; total ${kb(total)}`
	);
	await page.close();
}
await browser.close();

/**
 * Scrolls a page from top to bottom the way a reader's wheel or thumb does, on
 * a phone-sized screen with the CPU slowed 4x, and reports the long tasks
 * (over 50 ms) and the frame times seen during the scroll only, which script
 * made any frame take over 50 ms (Long Animation Frames API), how far anything
 * on the page moved (layout shift, from the load on), and the JavaScript
 * fetched by the end: the story fetches each chart's code as the reader nears it.
 */
export async function scrollSmoothness(browser, url) {
	// A phone's screen and pixel density; no touch, so the mouse wheel scrolls as it does for a reader.
	const page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: false });
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	await page.addInitScript(() => {
		window.__layoutShift = 0;
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__layoutShift += entry.value;
		}).observe({ type: 'layout-shift', buffered: true });
	});
	await page.goto(url, { waitUntil: 'load' });
	// Let the page finish what it does after load (the first chart is drawn live).
	await page.waitForTimeout(3000);
	await page.evaluate(() => {
		const record = { longTasks: [], frames: [], slowFrames: [] };
		window.__scrollRecord = record;
		new PerformanceObserver((list) => record.longTasks.push(...list.getEntries().map((entry) => entry.duration))).observe({ type: 'longtask' });
		new PerformanceObserver((list) => {
			for (const frame of list.getEntries()) {
				const script = [...frame.scripts].sort((a, b) => b.duration - a.duration)[0];
				const where = script
					? `${script.sourceURL.split('/').slice(-2).join('/') || 'inline'} (${script.invokerType}: ${script.invoker})`
					: 'no script: style, layout and paint';
				record.slowFrames.push(`${Math.round(frame.duration)} ms, ${where}`);
			}
		}).observe({ type: 'long-animation-frame' });
		let last = performance.now();
		const frame = (now) => {
			record.frames.push(now - last);
			last = now;
			requestAnimationFrame(frame);
		};
		requestAnimationFrame(frame);
	});
	await page.mouse.move(195, 420);
	const started = Date.now();
	let lastY = -1;
	let stalls = 0;
	while (!(await page.evaluate(() => innerHeight + scrollY >= document.documentElement.scrollHeight - 2))) {
		await page.mouse.wheel(0, 100);
		await page.waitForTimeout(50);
		const y = await page.evaluate(() => scrollY);
		stalls = y === lastY ? stalls + 1 : 0;
		// A busy page may miss a wheel tick or two; one that never moves again is stuck.
		if (stalls > 40) throw new Error(`${url} stopped scrolling at ${y} px`);
		lastY = y;
	}
	await page.waitForTimeout(500);
	const { longTasks, frames, slowFrames } = await page.evaluate(() => window.__scrollRecord);
	const layoutShift = await page.evaluate(() => window.__layoutShift);
	const scriptBytes = await page.evaluate(() =>
		performance
			.getEntriesByType('resource')
			.filter((entry) => entry.name.endsWith('.js'))
			.reduce((sum, entry) => sum + entry.encodedBodySize, 0)
	);
	await page.close();
	const sorted = frames.slice(1).sort((a, b) => a - b);
	const percentile = (p) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] * 10) / 10;
	return {
		seconds: Math.round((Date.now() - started) / 100) / 10,
		longTasks: longTasks.length,
		longTaskMs: Math.round(longTasks.reduce((sum, duration) => sum + duration, 0)),
		longestTaskMs: Math.round(Math.max(0, ...longTasks)),
		frames: sorted.length,
		frameP50: percentile(0.5),
		frameP95: percentile(0.95),
		slowFrames,
		layoutShift: Math.round(layoutShift * 10000) / 10000,
		scriptBytes
	};
}

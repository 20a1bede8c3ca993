/**
 * What a page costs to load, as served (gzip): bytes over the wire by kind,
 * from Chromium's own network log, for every request the page makes until the
 * network is quiet. Nothing is scrolled, so this is the page as it opens.
 */
export async function transferByType(browser, url) {
	const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
	const network = await page.context().newCDPSession(page);
	await network.send('Network.enable');
	await network.send('Network.setCacheDisabled', { cacheDisabled: true });
	const types = new Map();
	const bytes = { document: 0, script: 0, stylesheet: 0, other: 0 };
	network.on('Network.responseReceived', ({ requestId, type }) => types.set(requestId, type.toLowerCase()));
	network.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
		const type = types.get(requestId);
		bytes[type in bytes ? type : 'other'] += encodedDataLength;
	});
	await page.goto(url, { waitUntil: 'networkidle' });
	await page.close();
	return { html: bytes.document, js: bytes.script, css: bytes.stylesheet, other: bytes.other, total: bytes.document + bytes.script + bytes.stylesheet + bytes.other, requests: types.size };
}

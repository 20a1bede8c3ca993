/**
 * What a page costs to load, as served (gzip): the encoded body bytes by kind,
 * from Chromium's own network log (response headers left out), for every
 * request the page makes until the network is quiet. Nothing is scrolled, so
 * this is the page as it opens; the story loads nothing more as it scrolls.
 */
export async function transferByType(browser, url) {
	const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
	const network = await page.context().newCDPSession(page);
	await network.send('Network.enable');
	await network.send('Network.setCacheDisabled', { cacheDisabled: true });
	const responses = new Map();
	const bytes = { document: 0, script: 0, stylesheet: 0, other: 0 };
	network.on('Network.responseReceived', ({ requestId, type, response }) =>
		responses.set(requestId, { type: type.toLowerCase(), headerBytes: response.encodedDataLength })
	);
	network.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
		const { type, headerBytes } = responses.get(requestId) ?? { type: 'other', headerBytes: 0 };
		bytes[type in bytes ? type : 'other'] += encodedDataLength - headerBytes;
	});
	await page.goto(url, { waitUntil: 'networkidle' });
	await page.close();
	return {
		html: bytes.document,
		js: bytes.script,
		css: bytes.stylesheet,
		other: bytes.other,
		total: bytes.document + bytes.script + bytes.stylesheet + bytes.other,
		requests: responses.size
	};
}

import { existsSync } from 'node:fs';

/**
 * Launch options for the Chromium the tests and scripts drive: Debian's
 * /usr/bin/chromium where it is installed (Playwright cannot download its own
 * browser on a closed network), Playwright's bundled one elsewhere.
 */
const debianChromium = '/usr/bin/chromium';

export const launchOptions = {
	...(existsSync(debianChromium) ? { executablePath: debianChromium } : {}),
	args: [
		...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
		'--disable-quic',
		'--no-first-run'
	]
};

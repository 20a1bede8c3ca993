import { expect, test, type Page } from '@playwright/test';
import { chartIds, heardSoFar, listenTo, scrollToStep, waitForLiveChart, waitForScrolly } from './reader';

/** The focused element, and whether a reader can see it and where focus is (WCAG 2.4.7 and 2.4.11). */
const focusedControl = (page: Page) =>
	page.evaluate(() => {
		const element = document.activeElement as HTMLElement | null;
		if (!element || element === document.body) return null;
		const style = getComputedStyle(element);
		const box = element.getBoundingClientRect();
		const topmost = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
		return {
			// Each element's own number, kept while the page adds and removes others (a chart's details card).
			index: (() => {
				const numbers = window as unknown as { numbered?: WeakMap<Element, number>; count?: number };
				numbers.numbered ??= new WeakMap();
				if (!numbers.numbered.has(element)) numbers.numbered.set(element, (numbers.count = (numbers.count ?? 0) + 1));
				return numbers.numbered.get(element)!;
			})(),
			inDetailsCard: element.closest('[data-details]') !== null,
			over: topmost?.outerHTML.slice(0, 100) ?? 'nothing',
			key: element.outerHTML.slice(0, 120),
			ringed: (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none',
			inView: box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight,
			// A chart's mark may lie under its neighbours in the drawing, never under anything else (a sticky bar, the card).
			uncovered:
				topmost !== null &&
				(element.contains(topmost) ||
					topmost.contains(element) ||
					(!!element.closest('[data-live-drawing]')?.contains(topmost) && !topmost.closest('[data-details]')))
		};
	});

test.describe('a reader using a keyboard', () => {
	test('reaches every control on the story with Tab, and always sees where focus is, going down and back up', async ({ page }) => {
		test.setTimeout(120_000);
		await page.goto('/');
		await waitForScrolly(page);
		await expect(page.getByRole('button', { name: 'Embed', disabled: true })).toHaveCount(0);
		// Every chart drawn live (each is one tab stop), as a reader tabbing down would find them.
		for (const id of chartIds) {
			await page.locator(`[data-chart="${id}"]`).scrollIntoViewIfNeeded();
			await expect(page.locator(`[data-chart="${id}"]`)).toHaveAttribute('data-live', '');
		}
		await page.evaluate(() => window.scrollTo(0, 0));
		// Every control a reader can see (not those in closed dialogs and folded tables), and each chart's one tab stop.
		const expected = await page.evaluate(
			() =>
				Array.from(document.querySelectorAll<HTMLElement>('a[href], button, summary, select, textarea, [tabindex="0"]')).filter(
					(element) => element.checkVisibility() && !(element as HTMLButtonElement).disabled
				).length
		);
		for (const key of ['Tab', 'Shift+Tab']) {
			const seen = new Set<number>();
			// Each chart's details card adds two stops (its link and close button) while it is open.
			for (let presses = 0; presses < expected + 3 + 2 * chartIds.length; presses += 1) {
				await page.keyboard.press(key);
				const control = await focusedControl(page);
				if (!control) continue;
				expect(control.ringed, `${key}: no visible focus on ${control.key}`).toBe(true);
				expect(control.inView, `${key}: focus out of view on ${control.key}`).toBe(true);
				expect(control.uncovered, `${key}: focus hidden under ${control.over} on ${control.key}`).toBe(true);
				// A chart's details card opens on the focused mark; its link and close button are extra stops while it is open.
				if (!control.inDetailsCard) seen.add(control.index);
			}
			expect(seen.size, key).toBe(expected);
		}
	});

	test('opens the embed dialog, chooses a step and closes it without a mouse, and is back where it started', async ({ page }) => {
		await page.goto('/');
		const open = page.locator('.chart-story').first().getByRole('button', { name: 'Embed' });
		await expect(open).toBeEnabled();
		await open.focus();
		await page.keyboard.press('Enter');
		const dialog = page.getByRole('dialog', { name: 'Embed this chart' });
		await expect(dialog).toBeVisible();
		const stepChoice = dialog.getByLabel('Opens on');
		await expect(stepChoice).toBeFocused();
		await page.keyboard.press('Home');
		await expect(dialog.getByLabel('Embed code')).toHaveValue(/embed\/launches\/\?step=0/);
		await page.keyboard.press('Escape');
		await expect(dialog).toBeHidden();
		await expect(open).toBeFocused();
	});

	test('steps an embed to its last step and back without losing focus', async ({ page }) => {
		await page.goto('/embed/launches/?step=0');
		const chart = page.locator('[data-chart="launches"]');
		const next = page.getByRole('button', { name: 'Next step' });
		const count = Number(await page.locator('[data-embed]').getAttribute('data-step-count'));
		// The control works once the chart's script has come (after the first paint).
		await expect(next).toBeEnabled();
		await next.focus();
		for (let step = 1; step < count + 2; step += 1) await page.keyboard.press('Enter');
		await expect(chart).toHaveAttribute('data-step', String(count - 1));
		await expect(next).toBeFocused();
		await expect(next).toHaveAttribute('aria-disabled', 'true');
		await page.getByRole('button', { name: 'Previous step' }).focus();
		await page.keyboard.press('Enter');
		await expect(chart).toHaveAttribute('data-step', String(count - 2));
		await expect(next).toHaveAttribute('aria-disabled', 'false');
	});
});

test.describe('a reader using a screen reader', () => {
	test('finds each chart as a figure named by its title, with a description and a data table', async ({ page }) => {
		await page.goto('/');
		for (const id of chartIds) {
			const chart = page.locator(`[data-chart="${id}"]`);
			const title = (await chart.locator('h3').textContent())!.trim();
			await expect(page.getByRole('figure', { name: title })).toHaveAttribute('data-chart', id);
			const description = await chart.evaluate((figure) => document.getElementById(figure.getAttribute('aria-describedby')!)?.textContent?.trim());
			expect(description!.length, id).toBeGreaterThan(40);
			// The server's drawing is hidden from screen readers; once live, each data mark is a named button.
			if ((await chart.getAttribute('data-live')) === null)
				await expect(chart.locator('[data-server-drawing]')).toHaveAttribute('aria-hidden', 'true');
			else
				for (const label of await chart
					.locator('[data-mark]')
					.evaluateAll((marks) => marks.map((mark) => `${mark.getAttribute('role')}: ${mark.getAttribute('aria-label')}`)))
					expect(label).toMatch(/^button: \S/);
			const story = page.locator('.chart-story', { has: chart });
			await story.locator('details summary').last().click();
			await expect(story.getByRole('table', { name: title })).toBeVisible();
		}
	});

	test('hears the text of each step once, politely, as the chart changes, and not at every scrolled pixel', async ({ page }) => {
		await page.goto('/');
		await waitForScrolly(page);
		const announcer = page.locator('[data-chart="maturity"] [aria-live]');
		await expect(announcer).toHaveAttribute('aria-live', 'polite');
		await listenTo(announcer);
		const cards = await page.locator('[data-step-for="maturity"]').allTextContents();
		for (const step of [1, 2, 1]) {
			await scrollToStep(page, 'maturity', step);
			for (let nudge = 0; nudge < 5; nudge += 1) {
				await page.mouse.wheel(0, 8);
				await page.waitForTimeout(30);
			}
			await expect(page.locator('[data-chart="maturity"]')).toHaveAttribute('data-step', String(step));
			await expect(announcer).toHaveText(cards[step].trim());
		}
		expect(await heardSoFar(page)).toEqual([1, 2, 1].map((step) => cards[step].trim()));
	});

	test('skimming past steps hears only the step the reader stops at', async ({ page }) => {
		await page.goto('/');
		await waitForScrolly(page);
		// The chart drawn live first, as it is by the time a reader reaches it: its first drawing is not the skim being timed.
		const chart = page.locator('[data-chart="maturity"]');
		await chart.scrollIntoViewIfNeeded();
		await waitForLiveChart(chart);
		await page.evaluate(() => window.scrollTo(0, 0));
		await page.waitForTimeout(600);
		const announcer = page.locator('[data-chart="maturity"] [aria-live]');
		await listenTo(announcer);
		const cards = await page.locator('[data-step-for="maturity"]').allTextContents();
		const last = cards.length - 1;
		// A quick flick: every card crosses the trigger line, a few frames apart.
		const passed = await page.evaluate(async () => {
			const figure = document.querySelector<HTMLElement>('[data-chart="maturity"]')!;
			const steps: string[] = [];
			for (const card of document.querySelectorAll<HTMLElement>('[data-step-for="maturity"]')) {
				const trigger = Number(card.closest('[data-trigger-px]')?.getAttribute('data-trigger-px'));
				const box = card.getBoundingClientRect();
				window.scrollBy(0, box.top + box.height / 2 - trigger);
				for (let frame = 0; frame < 3; frame += 1) await new Promise(requestAnimationFrame);
				steps.push(figure.dataset.step ?? '');
			}
			return steps;
		});
		expect(passed).toEqual(cards.map((_, step) => String(step)));
		await expect(page.locator('[data-chart="maturity"]')).toHaveAttribute('data-step', String(last));
		await expect(announcer).toHaveText(cards[last].trim());
		expect(await heardSoFar(page)).toEqual([cards[last].trim()]);
	});
});

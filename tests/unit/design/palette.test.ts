import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/*
 * The palette in src/app.css, checked the way a reader meets it: text against
 * every background it sits on (WCAG 2.2, 4.5:1), chart marks against the page
 * (3:1 for graphics), and the two colours the charts contrast most (the
 * article's claims and outside context) told apart by readers with each kind
 * of colour-vision deficiency.
 */

type Rgb = [number, number, number];
type Theme = 'light' | 'dark';

const css = readFileSync('src/app.css', 'utf8');

function token(name: string, theme: Theme): Rgb {
	const match = css.match(new RegExp(`--c-${name}: light-dark\\((#[0-9a-f]{6}), (#[0-9a-f]{6})\\)`));
	if (!match) throw new Error(`--c-${name} is not a light-dark() pair of hex colours`);
	const hex = match[theme === 'light' ? 1 : 2];
	return [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16) / 255) as Rgb;
}

const toLinear = (channel: number) => (channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4);
const linear = (colour: Rgb) => colour.map(toLinear) as Rgb;
const luminance = ([r, g, b]: Rgb) => 0.2126 * r + 0.7152 * g + 0.0722 * b;

function contrast(a: Rgb, b: Rgb): number {
	const [light, dark] = [luminance(linear(a)), luminance(linear(b))].sort((x, y) => y - x);
	return (light + 0.05) / (dark + 0.05);
}

/** Machado, Oliveira & Fernandes (2009), severity 1, on linear RGB. */
const deficiencies: Record<string, number[][]> = {
	protanopia: [
		[0.152286, 1.052583, -0.204868],
		[0.114503, 0.786281, 0.099216],
		[-0.003882, -0.048116, 1.051998]
	],
	deuteranopia: [
		[0.367322, 0.860646, -0.227968],
		[0.280085, 0.672501, 0.047413],
		[-0.01182, 0.04294, 0.968881]
	],
	tritanopia: [
		[1.255528, -0.076749, -0.178779],
		[-0.078411, 0.930809, 0.147602],
		[0.004733, 0.691367, 0.3039]
	]
};

const simulate = (matrix: number[][], colour: Rgb) =>
	matrix.map((row) => Math.min(1, Math.max(0, row[0] * colour[0] + row[1] * colour[1] + row[2] * colour[2]))) as Rgb;

/** CIELAB (D65) from linear RGB. */
function lab([r, g, b]: Rgb): Rgb {
	const xyz = [
		(0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047,
		0.2126 * r + 0.7152 * g + 0.0722 * b,
		(0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883
	].map((t) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116));
	return [116 * xyz[1] - 16, 500 * (xyz[0] - xyz[1]), 200 * (xyz[1] - xyz[2])];
}

const distance = (a: Rgb, b: Rgb) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

describe('the colour-vision simulation', () => {
	it('merges a red and a green that red-green colour-blind readers confuse', () => {
		const red: Rgb = [0.8, 0.2, 0.15];
		const green: Rgb = [0.45, 0.55, 0.1];
		const seen = (colour: Rgb) => lab(simulate(deficiencies.deuteranopia, linear(colour)));
		expect(distance(lab(linear(red)), lab(linear(green)))).toBeGreaterThan(40);
		expect(distance(seen(red), seen(green))).toBeLessThan(20);
	});
});

describe.each(['light', 'dark'] as const)('the %s palette', (theme) => {
	const backgrounds = ['bg', 'surface'];

	it.each(['ink', 'muted', 'link'])('sets %s text at 4.5:1 or more on every background', (text) => {
		for (const background of backgrounds) {
			expect(contrast(token(text, theme), token(background, theme)), `${text} on ${background}`).toBeGreaterThanOrEqual(4.5);
		}
	});

	it.each(['article', 'context', 'accent-2', 'focus'])('draws %s marks at 3:1 or more against the page', (mark) => {
		expect(contrast(token(mark, theme), token('bg', theme))).toBeGreaterThanOrEqual(3);
	});

	it.each(Object.keys(deficiencies))('keeps the article and outside context apart under %s', (deficiency) => {
		const seen = (name: string) => lab(simulate(deficiencies[deficiency], linear(token(name, theme))));
		// 20 CIELAB units: a difference seen at a glance, not only side by side.
		expect(distance(seen('article'), seen('context'))).toBeGreaterThan(20);
	});
});

import { clampStep } from '$lib/charts/types';

export type Theme = 'light' | 'dark' | 'auto';

export interface EmbedOptions {
	step: number;
	theme: Theme;
	/** Chart only: for hosts that set their own headline and credits. */
	plain: boolean;
}

/**
 * Reads an embed's URL parameters. Anything unexpected falls back to the
 * default rather than failing: hosts paste URLs by hand.
 */
export function parseEmbedParams(search: string, stepCount: number, defaultStep: number): EmbedOptions {
	const params = new URLSearchParams(search);
	const stepText = params.get('step')?.trim() ?? '';
	const step = /^-?\d+$/.test(stepText) ? clampStep(Number(stepText), stepCount) : defaultStep;
	const themeText = params.get('theme');
	const theme: Theme = themeText === 'light' || themeText === 'dark' ? themeText : 'auto';
	const plain = params.get('plain') === '1' || params.get('plain') === 'true';
	return { step, theme, plain };
}

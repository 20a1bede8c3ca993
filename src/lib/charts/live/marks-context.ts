import { createContext } from 'svelte';

/**
 * What a live chart tells its marks (LiveChart.svelte): which one holds the
 * chart's single tab stop, and what each says to a screen reader. A drawing
 * without it (the server's, a chart image) has marks that take no focus.
 */
export interface MarksContext {
	readonly tabStop: string | null;
	label(key: string): string;
}

const [getMarksContext, setMarksContext, hasMarksContext] = createContext<MarksContext>();

export { setMarksContext };

/** The context if a live chart set one; the server's drawing has none. */
export function liveMarks(): MarksContext | null {
	return hasMarksContext() ? getMarksContext() : null;
}

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

/**
 * A thumbnail of a chart (the story's opening panel) draws the same marks
 * without their data-mark: the public contract's marks are the chart's own,
 * one element per row on the page.
 */
const [isThumbnail, setThumbnail, hasThumbnail] = createContext<boolean>();

export { setThumbnail };

export function inThumbnail(): boolean {
	return hasThumbnail() && isThumbnail();
}

/**
 * The story page's only script. The page is prerendered with every chart step
 * already drawn (StepDrawings.svelte), so a reader's browser parses and runs
 * no app: this wires the scroll stories, the embed dialogs and the edition links.
 */
import { enableEmbedDialog } from '$lib/embed/embed-dialog';
import { keepPlaceAcrossEditions } from '$lib/site/keep-place';
import { enableScrollStory } from './scroll-story';

document.querySelectorAll<HTMLElement>('[data-keep-place]').forEach(keepPlaceAcrossEditions);

/* One chart per task, once the page is in: the reader never waits on a long task. */
const setups = [
	...Array.from(document.querySelectorAll<HTMLElement>('[data-chart-story]'), (story) => () => enableScrollStory(story)),
	...Array.from(document.querySelectorAll<HTMLElement>('[data-embed-dialog]'), (tool) => () => enableEmbedDialog(tool))
];
const next = () => {
	setups.shift()?.();
	if (setups.length > 0) setTimeout(next);
};
setTimeout(next);

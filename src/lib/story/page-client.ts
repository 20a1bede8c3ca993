/**
 * The story page's only script. The page is prerendered with every chart step
 * already drawn (StepDrawings.svelte), so a reader's browser parses and runs
 * no app: this wires the scroll stories, the embed dialogs and the edition links.
 */
import { enableEmbedDialog } from '$lib/embed/embed-dialog';
import { keepPlaceAcrossEditions } from '$lib/site/keep-place';
import { enableScrollStory } from './scroll-story';

document.querySelectorAll<HTMLElement>('[data-chart-story]').forEach(enableScrollStory);
document.querySelectorAll<HTMLElement>('[data-embed-dialog]').forEach(enableEmbedDialog);
document.querySelectorAll<HTMLElement>('[data-keep-place]').forEach(keepPlaceAcrossEditions);

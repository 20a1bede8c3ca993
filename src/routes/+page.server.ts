import { loadStoryPage } from '$lib/story/story.server';

export const load = () => loadStoryPage('en');

import { createContext } from 'svelte';
import type { Locale } from './locale';
import type { UiMessages } from './ui';

/** The page's locale and site words, set once by each page for every component below it. */
export const [getI18n, setI18n] = createContext<{ locale: Locale; ui: UiMessages }>();

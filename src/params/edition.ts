import type { ParamMatcher } from '@sveltejs/kit';
import { editionLocales } from '$lib/i18n/locale';

/** The path segment of an edition other than English: /zh-hant/, /zh-hans/. */
export const match: ParamMatcher = (param) => (editionLocales as readonly string[]).includes(param);

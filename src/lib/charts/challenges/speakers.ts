import type { Person } from '$lib/data/context';
import type { Locale } from '$lib/i18n/locale';
import { fill } from '$lib/i18n/fill';

export interface SpeakerMark {
	/** Two or three letters on the badge: what tells speakers apart, not colour. */
	initials: string;
	name: string;
}

/**
 * Initials from the pinyin name ("Wang Zhongyuan" → "WZ"). Where two speakers
 * would share them, each takes a second letter of the given name ("WZh").
 */
export function speakerMarks(speakers: readonly Person[], locale: Locale): Map<string, SpeakerMark> {
	const words = (person: Person) => person.name_pinyin.split(/\s+/);
	const short = (person: Person) =>
		words(person)
			.map((word) => word[0].toUpperCase())
			.join('');
	const long = (person: Person) => {
		const [surname, ...given] = words(person);
		return surname[0].toUpperCase() + given.map((word) => word[0].toUpperCase() + (word[1] ?? '')).join('');
	};
	const count = new Map<string, number>();
	for (const person of speakers) count.set(short(person), (count.get(short(person)) ?? 0) + 1);
	return new Map(
		speakers.map((person) => [
			person.id,
			{
				initials: count.get(short(person))! > 1 ? long(person) : short(person),
				name: locale === 'en' ? person.name_pinyin : person.name_zh
			}
		])
	);
}

/** A speaker with role and affiliation, by the template in the chart's messages: English names carry the Chinese too. */
export function speakerLine(person: Person, template: string, locale: Locale): string {
	const english = locale === 'en';
	return fill(template, {
		name: english ? `${person.name_pinyin} (${person.name_zh})` : person.name_zh,
		role: english ? person.role_en : person.role_zh,
		affiliation: english ? person.affiliation_en : person.affiliation_zh
	});
}

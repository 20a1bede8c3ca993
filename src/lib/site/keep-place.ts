/** The last section whose top has scrolled past the upper third of the screen. */
function currentSection(): string | null {
	let current: string | null = null;
	for (const section of document.querySelectorAll<HTMLElement>('main section[id]')) {
		if (section.getBoundingClientRect().top < innerHeight / 3) current = section.id;
	}
	return current;
}

/** An edition link (EditionSwitch.svelte) takes the reader to the same section in the other language. */
export function keepPlaceAcrossEditions(switcher: HTMLElement): void {
	for (const link of switcher.querySelectorAll('a')) {
		link.addEventListener('click', () => {
			const section = currentSection();
			if (section) link.hash = section;
		});
	}
}

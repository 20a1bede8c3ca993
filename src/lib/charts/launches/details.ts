import type { MarkDetails } from '../types';

export function launchesDetails(): MarkDetails[] {
	return [];
}

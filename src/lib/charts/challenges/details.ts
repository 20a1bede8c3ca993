import type { MarkDetails } from '../types';

export function challengesDetails(): MarkDetails[] {
	return [];
}

import type { MarkDetails } from '../types';

export function maturityDetails(): MarkDetails[] {
	return [];
}

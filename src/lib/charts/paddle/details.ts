import type { MarkDetails } from '../types';

export function paddleDetails(): MarkDetails[] {
	return [];
}

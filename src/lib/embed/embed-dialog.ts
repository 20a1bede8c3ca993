import { embedSnippet, embedUrl } from './snippet';
import { stepAnchor } from '$lib/story/step-anchor';

/**
 * The story's "Embed" dialog (EmbedDialog.svelte): the page is prerendered
 * with the snippet for the summary step, and this makes the button open the
 * dialog, the step choice rewrite the snippet and the link to the step, and
 * the copy button copy it.
 */
export function enableEmbedDialog(tool: HTMLElement): void {
	const open = tool.querySelector<HTMLButtonElement>('[data-action="open"]');
	const dialog = tool.querySelector<HTMLDialogElement>('dialog');
	const stepChoice = tool.querySelector<HTMLSelectElement>('select');
	const code = tool.querySelector<HTMLTextAreaElement>('textarea');
	const preview = tool.querySelector<HTMLAnchorElement>('[data-preview]');
	const status = tool.querySelector<HTMLElement>('[role="status"]');
	const stepLink = tool.querySelector<HTMLAnchorElement>('[data-step-link]');
	const { chartId, title, root, story } = tool.dataset;
	if (!open || !dialog || !stepChoice || !code || !preview || !status || !stepLink || !chartId || !title || !root) return;

	stepChoice.addEventListener('change', () => {
		const step = Number(stepChoice.value);
		code.value = embedSnippet({ root, chartId, step, title });
		preview.href = embedUrl(root, chartId, step);
		stepLink.href = `${story}#${stepAnchor(chartId, step)}`;
	});
	// The link leads to a step of this very page: the dialog makes way for it.
	stepLink.addEventListener('click', () => dialog.close());
	code.addEventListener('focus', () => code.select());
	tool.querySelector('[data-action="copy"]')?.addEventListener('click', async () => {
		try {
			await navigator.clipboard.writeText(code.value);
			status.textContent = status.dataset.copied ?? '';
		} catch {
			status.textContent = status.dataset.blocked ?? '';
		}
	});
	tool.querySelector('[data-action="close"]')?.addEventListener('click', () => dialog.close());
	dialog.addEventListener('close', () => (status.textContent = ''));
	open.addEventListener('click', () => dialog.showModal());
	open.disabled = false;
}

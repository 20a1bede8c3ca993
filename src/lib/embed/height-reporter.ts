import { ampHeightMessage, datawrapperHeightMessage, pymChildId, pymHeightMessage } from './messages';

/**
 * Tells the host page how tall the embed's content is, whenever that changes
 * (content, width, fonts), in the pym.js, AMP and Datawrapper dialects. Returns
 * a function that stops it.
 */
export function reportHeight(content: HTMLElement, chartId: string): () => void {
	if (window.parent === window) return () => {};
	const childId = pymChildId(location.search);
	let lastHeight = -1;

	const send = (force = false) => {
		const style = getComputedStyle(content);
		const height = Math.ceil(content.getBoundingClientRect().height + parseFloat(style.marginTop) + parseFloat(style.marginBottom));
		if (height === lastHeight && !force) return;
		lastHeight = height;
		if (childId) window.parent.postMessage(pymHeightMessage(childId, height), '*');
		window.parent.postMessage(ampHeightMessage(height), '*');
		window.parent.postMessage(datawrapperHeightMessage(chartId, height), '*');
	};

	// pym's parent asks for the height by sending its width; nothing else it sends is read.
	const widthRequest = childId ? new RegExp(`^pymxPYMx${childId}xPYMxwidthxPYMx\\d+$`) : null;
	const onMessage = (event: MessageEvent) => {
		if (event.source === window.parent && widthRequest && typeof event.data === 'string' && widthRequest.test(event.data)) send(true);
	};

	const observer = new ResizeObserver(() => send());
	observer.observe(content);
	window.addEventListener('message', onMessage);
	document.fonts?.ready.then(() => send());
	send();
	return () => {
		observer.disconnect();
		window.removeEventListener('message', onMessage);
	};
}

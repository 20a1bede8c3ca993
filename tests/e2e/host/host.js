// @ts-nocheck -- stands in for another site's script, written as such sites write theirs
// Embeds a chart the way the URL asks: ?site=…&chart=…&mode=pym|loader|sandbox&width=…
const params = new URLSearchParams(location.search);
const site = params.get('site');
const chart = params.get('chart');
const container = document.getElementById('container');
container.style.width = `${params.get('width')}px`;

if (params.get('mode') === 'pym') {
	window.pymParent = new pym.Parent('container', `${site}embed/${chart}/`, { title: `Chart: ${chart}` });
} else if (params.get('mode') === 'loader') {
	const slot = document.createElement('div');
	slot.setAttribute('data-science-models-chart', chart);
	container.append(slot);
	const script = document.createElement('script');
	script.src = `${site}embed.js`;
	document.body.append(script);
} else {
	const iframe = document.createElement('iframe');
	iframe.src = `${site}embed/${chart}/`;
	iframe.title = `Chart: ${chart}`;
	iframe.setAttribute('sandbox', 'allow-scripts allow-popups allow-downloads');
	iframe.style.cssText = 'width:100%;height:760px;border:0';
	container.append(iframe);
}

/*
 * Science models explainer: embed loader for sites without pym.js.
 *
 *   <div data-science-models-chart="launches" data-step="2"></div>
 *   <script async src="https://…/embed.js"></script>
 *
 * Turns each such element into a titled, lazy-loaded iframe of /embed/<id>/ (or
 * adopts the iframe already inside it) and keeps the iframe as tall as the chart.
 * Optional attributes: data-step, data-theme (light|dark|auto), data-plain,
 * data-title, data-height (the height reserved before the chart reports its own).
 * Height messages are accepted only from this script's own origin and only for
 * the iframe that sent them.
 */
(function () {
	'use strict';
	var script = document.currentScript;
	if (!script || !script.src) return;
	var root = new URL('./', script.src);
	var frames = [];

	function embedUrl(element) {
		var id = element.getAttribute('data-science-models-chart') || '';
		if (!/^[a-z0-9-]+$/.test(id)) return null;
		var url = new URL('embed/' + id + '/', root);
		var step = element.getAttribute('data-step');
		if (step && /^\d+$/.test(step)) url.searchParams.set('step', step);
		var theme = element.getAttribute('data-theme');
		if (theme === 'light' || theme === 'dark') url.searchParams.set('theme', theme);
		if (element.hasAttribute('data-plain')) url.searchParams.set('plain', '1');
		return url;
	}

	function mount(element) {
		if (element.getAttribute('data-embed-mounted') === 'true') return;
		var url = embedUrl(element);
		if (!url) return;
		var iframe = element.querySelector('iframe');
		if (!iframe || new URL(iframe.src, location.href).origin !== root.origin) {
			iframe = document.createElement('iframe');
			iframe.src = url.href;
			iframe.title = element.getAttribute('data-title') || 'Chart: ' + element.getAttribute('data-science-models-chart');
			iframe.loading = 'lazy';
			var reserved = Number(element.getAttribute('data-height'));
			iframe.style.height = (reserved > 0 && reserved < 5000 ? reserved : 680) + 'px';
			element.textContent = '';
			element.appendChild(iframe);
		}
		iframe.setAttribute('scrolling', 'no');
		iframe.style.width = '100%';
		iframe.style.border = '0';
		iframe.style.display = 'block';
		element.setAttribute('data-embed-mounted', 'true');
		frames.push(iframe);
	}

	window.addEventListener('message', function (event) {
		if (event.origin !== root.origin) return;
		var data = event.data;
		if (!data || typeof data !== 'object' || data.sentinel !== 'amp' || data.type !== 'embed-size') return;
		var height = Number(data.height);
		if (!(height > 0 && height < 20000)) return;
		for (var i = 0; i < frames.length; i += 1) {
			if (frames[i].contentWindow === event.source) frames[i].style.height = Math.ceil(height) + 'px';
		}
	});

	var elements = document.querySelectorAll('[data-science-models-chart]');
	for (var i = 0; i < elements.length; i += 1) mount(elements[i]);
})();

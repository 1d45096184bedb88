/* Chronoscope embed helper: sizes every Chronoscope iframe on this page to its content.
   The embed view posts { type: 'chronoscope:resize', height } to its parent whenever its height changes. */
(function () {
	window.addEventListener('message', function (event) {
		var data = event.data;
		if (!data || data.type !== 'chronoscope:resize' || typeof data.height !== 'number') return;
		if (!(data.height > 0 && data.height < 20000)) return;
		var frames = document.getElementsByTagName('iframe');
		for (var i = 0; i < frames.length; i++) {
			if (frames[i].contentWindow === event.source) frames[i].style.height = Math.ceil(data.height) + 'px';
		}
	});
})();

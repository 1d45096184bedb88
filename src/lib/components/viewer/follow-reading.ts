/**
 * The article followed as it is read: as the reader scrolls it, the events whose excerpts are on screen are
 * emphasised on the timeline, which follows them (Viewport.followReading). An attachment on the article's
 * panel, which scrolls on its own beside the timeline on a wide screen, and with the page on a phone.
 */
import type { Attachment } from 'svelte/attachments';
import { eventIdOfKey } from '$lib/model/document/article-segments';
import type { Viewport } from '../chart/viewport.svelte';

export function followReading(viewport: Viewport): Attachment<HTMLElement> {
	return (article) => {
		const ownScroll = article.scrollHeight > article.clientHeight + 1;
		const scroller: HTMLElement | Window = ownScroll ? article : window;
		const onScreen = new Set<Element>();
		// Only the reader's own scrolling moves the timeline, not the panel scrolling itself to a selected
		// excerpt: a wheel, a touch, a scroll key or the scroll bar, and the scrolling just after it.
		let readerScrolledUntil = 0;
		let pointerHeld = false;
		const readerScrolls = () => (readerScrolledUntil = performance.now() + 1000);
		const report = () => {
			const ids = new Set<string>();
			for (const mark of onScreen) for (const key of (mark as HTMLElement).dataset.excerptOf?.split(' ') ?? []) ids.add(eventIdOfKey(key));
			viewport.followReading(ids, pointerHeld || performance.now() < readerScrolledUntil);
		};
		const observer = new IntersectionObserver(
			(entries) => {
				for (const entry of entries) {
					if (entry.isIntersecting) onScreen.add(entry.target);
					else onScreen.delete(entry.target);
				}
				report();
			},
			{ root: ownScroll ? article : null, rootMargin: '-10% 0px -10% 0px' }
		);
		// The marks on screen change when a history's panel opens another article: each is observed while it is there.
		const observed = new Set<Element>();
		const observeMarks = () => {
			const marks = new Set(article.querySelectorAll('mark[data-excerpt-of]'));
			for (const mark of observed) {
				if (marks.has(mark)) continue;
				observer.unobserve(mark);
				observed.delete(mark);
				onScreen.delete(mark);
			}
			for (const mark of marks) {
				if (observed.has(mark)) continue;
				observed.add(mark);
				observer.observe(mark);
			}
		};
		observeMarks();
		const changes = new MutationObserver(observeMarks);
		changes.observe(article, { childList: true, subtree: true });
		const SCROLL_KEYS = new Set(['ArrowDown', 'ArrowUp', 'PageDown', 'PageUp', 'Home', 'End', ' ']);
		const onkey = (event: Event) => SCROLL_KEYS.has((event as KeyboardEvent).key) && readerScrolls();
		// A press on the panel's scroll bar (beyond its content box), not on its text and links.
		const onpointerdown = (event: Event) => {
			if ((event as PointerEvent).offsetX < article.clientWidth) return;
			pointerHeld = true;
			readerScrolls();
		};
		const onpointerup = () => {
			if (pointerHeld) readerScrolls();
			pointerHeld = false;
		};
		const listeners: [EventTarget, string, (event: Event) => void][] = [
			[scroller, 'wheel', readerScrolls],
			[scroller, 'touchmove', readerScrolls],
			[scroller, 'keydown', onkey],
			[article, 'pointerdown', onpointerdown],
			[window, 'pointerup', onpointerup]
		];
		for (const [target, type, listener] of listeners) target.addEventListener(type, listener, { passive: true });
		return () => {
			observer.disconnect();
			changes.disconnect();
			for (const [target, type, listener] of listeners) target.removeEventListener(type, listener);
		};
	};
}

/**
 * The one-file page's script (vite.standalone.config.ts builds it, with every component it draws, into one
 * script and one stylesheet): it reads the page's data block and mounts the full view of its timeline.
 */
import '$lib/components/theme.css';
import { mount } from 'svelte';
import { PAGE_DATA_ID, readPageData } from '$lib/model/site/one-file-page';
import { safeHref } from '$lib/model/text/untrusted-text';
import { setSite } from './app-paths';
import OneFileApp from './OneFileApp.svelte';

const data = readPageData(document.getElementById(PAGE_DATA_ID)?.textContent);
if ('site' in data) {
	const site = safeHref(data.site);
	if (site) setSite(site);
}
mount(OneFileApp, { target: document.body, props: { data } });

/**
 * Playwright's test, with every page watched for Content-Security-Policy violations: a test fails if
 * anything on its page (an iframe's too) was refused by the policy, so every end-to-end test also checks
 * that the site runs under its own policy as served. A test that provokes a violation on purpose reads and
 * empties `policyViolations`.
 */
import { expect, test as base } from '@playwright/test';

export * from '@playwright/test';

export const test = base.extend<{ policyViolations: string[] }>({
	policyViolations: [
		async ({ page }, use) => {
			const violations: string[] = [];
			await page.exposeBinding('__reportPolicyViolation', ({ frame }, text: string) => void violations.push(`${frame.url()}: ${text}`));
			await page.addInitScript(
				`document.addEventListener('securitypolicyviolation', function (e) { window.__reportPolicyViolation(e.effectiveDirective + ' refused ' + (e.blockedURI || 'inline') + (e.sample ? ': ' + e.sample : '')); });`
			);
			// Workers report theirs on the console only.
			page.on('console', (message) => {
				if (/Content.Security.Policy/i.test(message.text())) violations.push(`console: ${message.text()}`);
			});
			await use(violations);
			expect(violations, 'what the Content-Security-Policy refused').toEqual([]);
		},
		{ auto: true }
	]
});

import { P, ruleTable } from './cases';

ruleTable('vague rules', [
	['The Taliban now control the country.', P, [{ text: 'now', value: 'PRESENT_REF' }]],
	['currently', P, [{ text: 'currently', value: 'PRESENT_REF' }]],
	['the current government', P, [{ text: 'current', value: 'PRESENT_REF' }]],
	['the current account deficit', P, []],
	['at present', P, [{ text: 'present', value: 'PRESENT_REF' }]],
	['has recently grown', P, [{ text: 'recently', value: 'PAST_REF' }]],
	['in the past', P, [{ text: 'the past', value: 'PAST_REF' }]],
	['in recent years', P, [{ text: 'recent years', value: 'PAST_REF' }]],
	['in the near future', P, [{ text: 'the near future', value: 'FUTURE_REF' }]],
	['future missions were previously planned', P, []]
]);

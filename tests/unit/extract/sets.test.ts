import { P, ruleTable } from './cases';

ruleTable('set rules', [
	['the count is taken every year', P, [{ text: 'every year', type: 'set', value: 'P1Y' }]],
	['every other week', P, [{ text: 'every other week', value: 'P2W' }]],
	['each Thursday', P, [{ text: 'each Thursday', value: 'XXXX-WXX-4' }]],
	['every July', P, [{ text: 'every July', value: 'XXXX-07' }]],
	['the council meets weekly.', P, [{ text: 'weekly', value: 'P1W' }]],
	['a weekly magazine and quarterly results', P, []],
	['the party daily Granma', P, []],
	['twice a year', P, [{ text: 'twice a year', value: 'P1Y' }]],
	['flights leave on Mondays', P, [{ text: 'Mondays', value: 'XXXX-WXX-1' }]]
]);

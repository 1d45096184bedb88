import { P, ruleTable } from './cases';

ruleTable('duration rules', [
	['the deadliest attack in nearly two decades', P, [{ text: 'nearly two decades', type: 'duration', value: 'P20Y', mod: 'APPROX' }]],
	['suspends parliament for five weeks', P, [{ text: 'five weeks', value: 'P5W' }]],
	['For years, Moscow has nurtured', P, [{ text: 'years', value: 'PXY' }]],
	['for nineteen days', P, [{ text: 'nineteen days', value: 'P19D' }]],
	['a 24-hour strike', P, [{ text: '24-hour', value: 'PT24H' }]],
	['a five-year term', P, [{ text: 'five-year', value: 'P5Y' }]],
	['more than 40 years', P, [{ text: 'more than 40 years', value: 'P40Y', mod: 'MORE_THAN' }]],
	['less than an hour', P, [{ text: 'less than an hour', value: 'PT1H', mod: 'LESS_THAN' }]],
	['for 2 1/2 years', P, [{ text: '2 1/2 years', value: 'P2Y6M' }]],
	['half an hour', P, [{ text: 'half an hour', value: 'PT30M' }]],
	['a couple of years', P, [{ text: 'a couple of years', value: 'P2Y' }]],
	['several years', P, [{ text: 'several years', value: 'PXY' }]],
	['over the past five years', P, [{ text: 'the past five years', value: 'P5Y' }]],
	['in the past week', P, [{ text: 'the past week', value: 'P1W' }]],
	[
		'a stay of one to four months',
		P,
		[
			{ text: 'one', value: 'P1M' },
			{ text: 'four months', value: 'P4M' }
		]
	],
	['a decades-long feud', P, [{ text: 'decades-long', value: 'PXY' }]],
	['it may take a year', P, [{ text: 'a year', value: 'P1Y' }]],
	['in the nine months to September', P, [{ text: 'the nine months', value: 'P9M' }, { text: 'September' }]],
	['the five-year plan', P, [{ text: 'five-year', value: 'P5Y' }]],
	['a spacewalk of just over twelve minutes', P, [{ text: 'just over twelve minutes', value: 'PT12M', mod: 'MORE_THAN' }]],
	['spread over three years', P, [{ text: 'three years', value: 'P3Y' }]],
	['almost a hundred years', P, [{ text: 'almost a hundred years', value: 'P100Y', mod: 'APPROX' }]],
	['for more than two thousand years', P, [{ text: 'more than two thousand years', value: 'P2000Y', mod: 'MORE_THAN' }]],
	// ages, fractions and ordinals are not spans of time
	['He was aged 84 years.', P, []],
	['a 16-year-old boy, 85 years old', P, []],
	['about three-quarters of voters, a quarter of homes', P, []],
	['after a second motion failed', P, []],
	['over the next three quarters', P, [{ text: 'the next three quarters', value: 'P9M' }]],
	['according to a recent SEC filing', P, []],
	["on CBS's 60 Minutes", P, []]
]);

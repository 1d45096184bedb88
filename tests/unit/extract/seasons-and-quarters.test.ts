import { P, ruleTable } from './cases';

ruleTable('season and quarter rules', [
	['the winter of nineteen ninety-four', P, [{ text: 'the winter of nineteen ninety-four', value: '1994-WI' }]],
	['in the third quarter', P, [{ text: 'the third quarter', value: '2024-Q3' }]],
	['Profit fell in the fourth quarter.', P, [{ text: 'the fourth quarter', value: '2023-Q4' }]],
	['the first quarter of 2019', P, [{ text: 'the first quarter of 2019', value: '2019-Q1', edtf: '2019-01/2019-03' }]],
	['this spring', P, [{ text: 'this spring', value: '2024-SP', edtf: '2024-03/2024-05' }]],
	['last winter', P, [{ text: 'last winter', value: '2023-WI' }]],
	['the summer of 1969', P, [{ text: 'the summer of 1969', value: '1969-SU' }]],
	['the fall of Kabul', P, []]
]);

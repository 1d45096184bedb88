import { P, ruleTable } from './cases';

ruleTable('time rules', [
	['at about 20:00 Moscow time', P, [{ text: 'about 20:00 Moscow time', type: 'time', value: '2024-07-05T20:00', mod: 'APPROX', edtf: '2024-07-05T20:00:00~' }]],
	['The quake struck at 2:45 a.m. local time.', P, [{ text: '2:45 a.m. local time', value: '2024-07-05T02:45' }]],
	['at 7:30 p.m. EDT', P, [{ text: '7:30 p.m. EDT', value: '2024-07-05T19:30' }]],
	['The rockets struck on Tuesday. The attack began at 9 pm.', P, [{ text: 'Tuesday' }, { text: '9 pm', value: '2024-07-02T21:00' }]],
	['launched at 1922 UTC yesterday', P, [{ text: '1922 UTC yesterday', value: '2024-07-04T19:22' }]],
	['until 5 p.m. EST Nov. 9', '1989-11-02', [{ text: '5 p.m. EST Nov. 9', value: '1989-11-09T17:00' }]],
	['at noon', P, [{ text: 'noon', value: '2024-07-05T12:00' }]],
	['due to expire at midnight Friday', '1989-11-02', [{ text: 'midnight Friday', value: '1989-11-03T24:00' }]],
	['in the afternoon', P, []],
	['by mid-afternoon yesterday', P, [{ text: 'mid-afternoon yesterday', value: '2024-07-04TAF', mod: 'MID' }]],
	['this morning', P, [{ text: 'this morning', type: 'time', value: '2024-07-05TMO' }]],
	['last night', P, [{ text: 'last night', value: '2024-07-04TNI' }]],
	['Friday night', P, [{ text: 'Friday night', type: 'time', value: '2024-07-05TNI' }]],
	['a 3:1 majority and John 3:16', P, []]
]);

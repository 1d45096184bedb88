/**
 * The Date that date-fns formats in UTC. The mini build of @date-fns/utc: the full UTCDate builds three
 * Intl formats as its module is imported (for its toString), which cost tens of milliseconds of every
 * page's start; date-fns needs only its UTC getters.
 */
export { UTCDateMini as UTCDate } from '@date-fns/utc/date/mini';

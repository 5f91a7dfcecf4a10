/**
 * Calendar days: the one module for date arithmetic on local calendar dates (slips, statements,
 * deadlines). Pure; no clock. See docs/matching.md.
 */
export {
  addDays, countDaysBetween, countDaysInMonth, formatDayNumber, isCalendarDate, readSlipLocalDate, toDayNumber, toWallMinutes,
} from "./calendar-days";

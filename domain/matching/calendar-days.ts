/**
 * Kept so modules that imported calendar arithmetic from matching (domain/disputes) still
 * compile: the one implementation is domain/calendar. New code imports "@/domain/calendar".
 */
export { addDays, countDaysBetween, formatDayNumber, readSlipLocalDate, toDayNumber, toWallMinutes } from "@/domain/calendar";

/**
 * Amounts are stored as BigInt minor units; the domain works in numbers. They leave BigInt
 * here, and only here, so an amount beyond the safe-integer range fails loudly instead of
 * rounding silently.
 */
export function toSafeNumber(value: bigint): number {
  const number = Number(value);
  if (!Number.isSafeInteger(number)) throw new RangeError("stored amount is outside the safe integer range");
  return number;
}

export function optionalSafeNumber(value: bigint | null): number | null {
  return value === null ? null : toSafeNumber(value);
}

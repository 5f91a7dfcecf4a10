/**
 * The three journeys of the landing page. A journey is linked only once its capability exists,
 * so nobody lands on an empty screen; flip `available` when the feature ships.
 */
export const JOURNEYS = [
  { key: "diagnose", href: "/diagnose", available: true },
  { key: "logSlip", href: "/slips/new", available: true },
  { key: "payments", href: "/payments", available: true },
] as const;

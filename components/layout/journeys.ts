/**
 * The three journeys of the landing page. A journey is linked only once its capability exists,
 * so nobody lands on an empty screen; flip `available` when the feature ships.
 */
export const JOURNEYS = [
  { key: "diagnose", href: "/diagnose", available: false },
  { key: "logSlip", href: "/slips/new", available: false },
  { key: "payments", href: "/payments", available: false },
] as const;

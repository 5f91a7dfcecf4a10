import Link from "next/link";

// Requests outside any locale (e.g. /nothing-here.txt) end here; locale pages use [locale]/not-found.
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "2rem" }}>
        <h1>404</h1>
        <p>
          <Link href="/">SlipTrack</Link>
        </p>
      </body>
    </html>
  );
}

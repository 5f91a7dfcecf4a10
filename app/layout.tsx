// The real <html> lives in app/[locale]/layout.tsx, where the language is known.
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return children;
}

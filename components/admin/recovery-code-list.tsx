import { staffMessages } from "@/lib/i18n/messages/staff";

/** Recovery codes just made, shown this once, with the note to save them. */
export function RecoveryCodeList({ codes }: { codes: string[] }) {
  const t = staffMessages().twoFactor;
  if (codes.length === 0) return null;
  return (
    <div className="rounded border-l-4 border-amber-600 bg-amber-50 p-4" role="status">
      <p className="font-semibold">{t.codesShownOnce}</p>
      <ol
        aria-label={t.codesListLabel}
        className="mt-3 grid list-none grid-cols-1 gap-1 font-mono text-lg min-[360px]:grid-cols-2"
      >
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ol>
    </div>
  );
}

import type { PublicPerson } from "@/lib/people/queries";

type Address = PublicPerson["addresses"][number];

/**
 * An address as the envelope carries it, one line per line, with its Latin transliteration
 * beside it for post offices abroad.
 */
export function AddressBlock({
  address,
  latinLabel,
  className = "",
}: {
  address: Address;
  latinLabel: string;
  className?: string;
}) {
  return (
    <div className={`grid gap-4 sm:grid-cols-2 ${className}`}>
      <address
        className="font-mono text-base leading-relaxed whitespace-pre-line not-italic"
        data-address
      >
        {address.address}
      </address>
      {address.latin && (
        <div>
          <p className="text-muted text-xs font-semibold tracking-wide uppercase">{latinLabel}</p>
          <address
            className="mt-1 font-mono text-sm leading-relaxed whitespace-pre-line not-italic"
            data-address-latin
          >
            {address.latin}
          </address>
        </div>
      )}
    </div>
  );
}

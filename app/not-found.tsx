import Link from "next/link";
import { messages } from "@/lib/i18n/messages";

export default function NotFound() {
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-24 text-center">
      <p className="text-accent text-sm font-semibold tracking-widest uppercase">404</p>
      <h1 className="mt-2 font-serif text-4xl font-bold">{messages.notFound.title}</h1>
      <p className="text-muted mt-4">{messages.notFound.body}</p>
      <p className="mt-8">
        <Link href="/" className="text-accent font-semibold underline underline-offset-4">
          {messages.notFound.backHome}
        </Link>
      </p>
    </main>
  );
}

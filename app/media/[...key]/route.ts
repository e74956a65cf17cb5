import { serveMedia } from "@/lib/media/serve";
import { getMediaStorage } from "@/lib/media/storage";

export async function GET(_request: Request, { params }: { params: Promise<{ key: string[] }> }) {
  const { key } = await params;
  return serveMedia(getMediaStorage(), key);
}

/**
 * POST: one Standard Webhooks event from an issuer into a traveller's feed (docs/issuer-feed.md).
 * No session: the signature is the authentication. 200 only once the event and its record are
 * stored (or the event id was already received); 401 bad signature or timestamp; 404 no such feed.
 */
import { BodyTooLarge, readBodyLimited } from "@/server/http/read-body";
import { handleApi, jsonResponse } from "@/server/http/respond";
import { AppError } from "@/server/errors";
import { MAX_EVENT_BYTES, receiveFeedEvent } from "@/server/feed/receive-event";

export const dynamic = "force-dynamic";

export async function POST(request: Request, { params }: { params: Promise<{ feedId: string }> }) {
  return handleApi(request, async () => {
    const { feedId } = await params;
    const bytes = await readBodyLimited(request, MAX_EVENT_BYTES).catch((error: unknown) => {
      throw error instanceof BodyTooLarge ? new AppError("invalidInput", { _form: ["feeds.errors.tooLarge"] }) : error;
    });
    // The signature covers the body exactly as sent: verify the raw text, never a re-serialised copy.
    const body = new TextDecoder("utf-8", { fatal: false }).decode(bytes);
    const receipt = await receiveFeedEvent({ feedId, headers: request.headers, body });
    return jsonResponse({ received: true, ...receipt });
  });
}

/**
 * The tracking part of the OpenAPI document (docs/statuses.md "In the app"): match decisions and
 * the payments dashboard, and the `tracking` object GET /api/slips/{id} carries. Texts are
 * message keys under "tracking" with their params (dates "YYYY-MM-DD"), for the client to word.
 */
import "server-only";
import { REMINDER_KINDS } from "@/domain/disputes";
import { SLIP_STATUSES } from "@/domain/status";
import { localeParameter, ref, responses, type OpenApiArea } from "@/server/http/openapi-common";

const json = (schema: unknown) => ({ "application/json": { schema } });
const nullableString = { type: ["string", "null"] };
const idParameter = { name: "id", in: "path", required: true, schema: { type: "string" }, description: "A match id (SlipTracking.matches[].id)." };
const messageRef = {
  type: "object", required: ["key"],
  properties: { key: { type: "string", description: "Message key under \"tracking\" in messages/*.json." }, params: { type: "object", additionalProperties: { type: ["string", "number"] } } },
};

const decision = (verb: string, effect: string) => ({
  parameters: [idParameter, localeParameter],
  post: {
    tags: ["tracking"], summary: `${verb} a proposed match`, description: effect,
    responses: {
      200: { description: "The decision is stored and the slip's status recomputed.", content: json({ type: "object", properties: { slipId: { type: "string" }, tracking: ref("SlipTracking") } }) },
      401: responses.unauthorized, 404: responses.notFound,
    },
  },
});

const paymentItem = {
  type: "object",
  properties: {
    slipId: { type: "string" }, merchantName: { type: "string" }, localDateTime: { type: "string" }, amountMinor: { type: "integer" }, amount: { type: "string" },
    currency: { type: "string" }, status: { type: "string", enum: [...SLIP_STATUSES] }, isProbable: { type: "boolean", description: "The status rests on a match not yet confirmed: show it as \"probably … — please confirm\"." }, since: { type: "string", format: "date" }, needsAction: { type: "boolean" },
    nextStep: ref("NextStep"), proposedCount: { type: "integer", description: "Matches waiting for the traveller's confirm or reject." },
    disputeProgress: ref("DisputeBrief"),
    stages: {
      type: "array", description: "The five-stage path in brief (captured, sentToAcquirer, issuer, authorised, clearedPosted), each with its state.",
      items: { type: "object", properties: { stage: { type: "string" }, state: { type: "string", enum: ["proven", "expected", "unknown", "skipped"] } } },
    },
  },
};

export const trackingArea: OpenApiArea = {
  tags: [{ name: "tracking", description: "Where each slip stands against the issuer's records: matches, status, notifications." }],
  schemas: {
    NextStep: { ...messageRef, properties: { ...messageRef.properties, dueDate: { type: "string", format: "date" } } },
    Match: {
      type: "object",
      properties: {
        id: { type: "string" }, recordId: { type: "string" }, chargeId: { type: "string", description: "Records of one charge (hold, posting, credits) share it." },
        role: { type: "string", enum: ["hold", "posting", "reversal", "refund"] },
        pass: { type: "string", enum: ["reference", "strong", "crossCurrency", "linked", "confirmed"] },
        decision: { type: "string", enum: ["proposed", "confirmed", "rejected"] },
        score: {
          type: ["object", "null"], description: "Score parts (docs/matching.md); null once the traveller confirmed.",
          properties: {
            reference: nullableString, amount: { type: "number" }, amountDeviationBp: { type: ["number", "null"] }, dateDistanceDays: { type: "integer" },
            merchantSimilarity: { type: "number" }, card: { type: "string", enum: ["same", "unknown", "different"] },
            currencyPath: { type: "string", enum: ["same", "recordFx", "impliedFx", "rateTable", "dcc"] }, total: { type: "number" },
          },
        },
        reasons: { type: "array", items: messageRef },
        record: {
          type: "object",
          properties: {
            source: { type: "string" }, kind: { type: "string" }, state: { type: "string" }, merchant: { type: "string" }, transactionDate: { type: "string", format: "date" }, transactionTime: nullableString,
            postingDate: nullableString, billedAmountMinor: { type: "integer" }, billedAmount: { type: "string" }, billedCurrency: { type: "string" }, cardLast4: nullableString,
          },
        },
      },
    },
    SlipTracking: {
      type: ["object", "null"],
      description: "Null only for a slip the tracker has not seen yet.",
      properties: {
        status: { type: "string", enum: [...SLIP_STATUSES] },
        isProbable: { type: "boolean", description: "The status rests on a match not yet confirmed: show it as \"probably … — please confirm\"." },
        since: { type: "string", format: "date", description: "The date the slip entered this status." },
        evidence: { type: "array", items: { type: "object", properties: { recordIds: { type: "array", items: { type: "string" } }, reasonKeys: { type: "array", items: { type: "string" } } } } },
        nextStep: ref("NextStep"),
        needsAction: { type: "boolean" },
        dispute: {
          type: ["object", "null"], description: "For `duplicate` only: card-network grounds, deadline (days left counted from today) and evidence keys.",
          properties: {
            grounds: { type: "string" }, network: { type: "string" }, reasonCode: nullableString, deadline: { type: "string", format: "date" },
            daysLeft: { type: "integer" }, isExpired: { type: "boolean" }, evidence: { type: "array", items: { type: "string" } },
          },
        },
        disputeProgress: ref("DisputeBrief"),
        matches: { type: "array", items: ref("Match") },
      },
    },
  },
  paths: {
    "/api/matches/{id}/confirm": decision("Confirm", "The pair is kept from now on and never re-scored."),
    "/api/matches/{id}/reject": decision("Reject", "The pair is never proposed again; the record stays available to other slips."),
    "/api/matches/{id}/reopen": decision("Reopen", "Undoes a confirm or reject: the pair is proposed again if it still fits, or dropped."),
    "/api/payments": {
      parameters: [localeParameter, { name: "after", in: "query", required: false, description: "The nextCursor of the previous page of `others`.", schema: { type: "string" } }],
      get: {
        tags: ["tracking"], summary: "My payments: every slip with its status, those needing action first, and notifications",
        responses: {
          200: {
            description: "The dashboard's data.",
            content: json({
              type: "object",
              properties: {
                needsAction: { type: "array", items: paymentItem }, others: { type: "array", items: paymentItem, description: "One page (50), newest first." }, unreadCount: { type: "integer" },
                nextCursor: { type: ["string", "null"], description: "Pass as ?after= for the next page of others; null on the last page." },
                notifications: {
                  type: "array",
                  items: {
                    type: "object",
                    properties: {
                      id: { type: "string" }, slipId: { type: "string" }, merchantName: { type: "string" }, kind: { type: "string", enum: ["duplicate", "posted", ...REMINDER_KINDS.map((k) => `reminder.${k}`)], description: "A status move, or a reminder the scheduler delivered (dispute deadline, a week before it, follow-up, hold drop, check again)." },
                      dueOn: { type: ["string", "null"], format: "date", description: "For a reminder: the date it was for." },
                      createdAt: { type: "string", format: "date-time" }, readAt: { type: ["string", "null"], format: "date-time" },
                    },
                  },
                },
              },
            }),
          },
          401: responses.unauthorized,
        },
      },
    },
  },
};

/** OpenAPI description of POST /api/diagnosis (docs/diagnosis.md has the prose). */
import { CAUSE_IDS, QUESTIONS, SIGNAL_IDS } from "@/domain/diagnosis";
import type { OpenApiArea } from "@/server/http/openapi-common";

const answersProperties = Object.fromEntries(
  QUESTIONS.map((q) => [q.id, { type: "string", enum: [...q.options.map((o) => o.value), "unknown"] }]),
);

const reason = {
  type: "object",
  required: ["kind", "id", "label", "weight"],
  properties: {
    kind: { type: "string", enum: ["signal", "answer"] },
    id: { type: "string", description: "Signal id, or the question id for an answer." },
    label: { type: "string" },
    weight: { type: "number" },
  },
};

const texts = { type: "array", items: { type: "string" } };

export const diagnosisArea: OpenApiArea = {
  tags: [{ name: "diagnosis", description: "Why a card payment failed, what to do now, whether a charge may follow. No account needed." }],
  paths: {
    "/api/diagnosis": {
      post: {
        tags: ["diagnosis"],
        security: [],
        summary: "Diagnose a failed or offline card payment",
        description:
          "Interprets what the terminal or slip said and the answers so far; returns the signals recognised, the next question to ask (null when the result is clear), the ranked causes with the reasons behind them, and advice in the requested language. No account needed. Unknown answers are ignored, never refused; screen text is cut to 2000 characters and any card number in it is reduced to its last 4 digits.",
        requestBody: { required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/DiagnosisRequest" } } } },
        responses: {
          "200": { description: "The diagnosis", content: { "application/json": { schema: { $ref: "#/components/schemas/DiagnosisResponse" } } } },
          "400": { description: "Body is not JSON or not an object", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
        },
      },
    },
  },
  schemas: {
    DiagnosisRequest: {
      type: "object",
      properties: {
        screenText: { type: "string", maxLength: 2000, examples: ["UNABLE TO GO ONLINE", "交易失败 响应码 51"] },
        answers: { type: "object", properties: answersProperties, additionalProperties: false },
        locale: { type: "string", enum: ["en", "zh-CN"], description: "Language of the texts; defaults to Accept-Language, then en." },
      },
      examples: [{ screenText: "UNABLE TO GO ONLINE", answers: { otherCardsWork: "no" }, locale: "en" }],
    },
    DiagnosisResponse: {
      type: "object",
      required: ["signals", "recognised", "nextQuestion", "causes", "advice", "done", "resultUrl"],
      properties: {
        signals: {
          type: "array",
          items: { type: "object", properties: { id: { type: "string", enum: [...SIGNAL_IDS] }, matched: { type: "string" }, label: { type: "string" } } },
        },
        recognised: { type: "boolean", description: "False when screenText was given but nothing in it was recognised." },
        nextQuestion: {
          oneOf: [
            { type: "null" },
            {
              type: "object",
              properties: {
                id: { type: "string", enum: QUESTIONS.map((q) => q.id) },
                text: { type: "string" },
                options: { type: "array", items: { type: "object", properties: { value: { type: "string" }, label: { type: "string" } } } },
              },
            },
          ],
        },
        causes: {
          type: "array",
          description: "Best first; likelihoods in 0..1 summing to at most 1.",
          items: {
            type: "object",
            required: ["id", "likelihood", "reasons"],
            properties: { id: { type: "string", enum: [...CAUSE_IDS] }, title: { type: "string" }, likelihood: { type: "number" }, reasons: { type: "array", items: reason } },
          },
        },
        advice: {
          type: "object",
          properties: {
            causeId: { type: "string", enum: [...CAUSE_IDS] },
            chargeOutlook: {
              type: "object",
              properties: {
                id: { type: "string", enum: ["mayBeChargedLater", "noChargeExpected", "holdReleased", "unclear"] },
                title: { type: "string" },
                body: { type: "string" },
              },
            },
            doNow: texts,
            keep: texts,
            askBank: texts,
            prevent: texts,
          },
        },
        done: { type: "boolean" },
        resultUrl: { type: "string", description: "Path of the shareable result page for these answers." },
      },
    },
  },
};

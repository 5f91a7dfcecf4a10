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
        story: {
          type: "string",
          maxLength: 2000,
          description: "The traveller's own words (issue 12): negation and whose card are read, answers and cues it gives come back under `story`. A card number in it is cut to its last 4 digits.",
          examples: ["No SMS came, my friend's card worked", "在地下商场，网络不好"],
        },
        country: { type: "string", pattern: "^[A-Z]{2}$", description: "ISO 3166-1 alpha-2 country where the payment failed; carried into resultUrl." },
        answers: { type: "object", properties: answersProperties, additionalProperties: false },
        locale: { type: "string", enum: ["en", "zh-CN"], description: "Language of the texts; defaults to Accept-Language, then en." },
      },
      examples: [{ screenText: "UNABLE TO GO ONLINE", story: "No SMS came", country: "JP", answers: { otherCardsWork: "no" }, locale: "en" }],
    },
    DiagnosisResponse: {
      type: "object",
      required: ["signals", "recognised", "nextQuestion", "causes", "advice", "story", "done", "resultUrl"],
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
        story: {
          type: "object",
          description: "What was read from the story, as the result page shows it under \"What we read from your story\". The traveller's own answers always win, so an answer listed here is one they did not give.",
          required: ["recognised", "answers", "cues"],
          properties: {
            recognised: { type: "boolean", description: "False when no story was sent or nothing in it was recognised." },
            answers: {
              type: "array",
              items: {
                type: "object",
                required: ["questionId", "value", "question", "answer", "text", "notRightUrl"],
                properties: {
                  questionId: { type: "string", enum: QUESTIONS.map((q) => q.id) },
                  value: { type: "string" },
                  question: { type: "string" },
                  answer: { type: "string" },
                  text: { type: "string", description: "The sentence the page shows." },
                  notRightUrl: { type: "string", description: "The page's \"Not right\" link: the same result with this question set to \"I don't know\"." },
                },
              },
            },
            cues: {
              type: "array",
              items: {
                type: "object",
                required: ["id", "matched", "label"],
                properties: { id: { type: "string", enum: [...SIGNAL_IDS] }, matched: { type: "string" }, label: { type: "string" } },
              },
            },
          },
        },
        done: { type: "boolean" },
        resultUrl: { type: "string", description: "Path of the shareable result page for these answers." },
      },
    },
  },
};

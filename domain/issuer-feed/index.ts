/**
 * Issuer feed events (signed webhooks an issuer pushes) → issuer records. See docs/issuer-feed.md.
 */
export { FEED_EVENT_TYPES, feedEventSchema, feedEventToRecord, findCardNumberPaths, readFeedEvent } from "./feed-event";
export type { FeedEvent, FeedEventType, ReadFeedEventResult } from "./feed-event";

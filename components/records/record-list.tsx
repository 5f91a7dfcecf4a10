/** Issuer records as a list of cards (RecordCard). */
import type { RecordLine } from "@/server/records/present-record";
import { RecordCard } from "./record-card";

export type RecordListItem = RecordLine & { key: string; note?: string | null; badge?: string | null };

export function RecordList({ items, testId = "record-list" }: { items: RecordListItem[]; testId?: string }) {
  return (
    <ul className="flex flex-col gap-2" data-testid={testId}>
      {items.map((item) => (
        <li key={item.key}>
          <RecordCard line={item} badge={item.badge} note={item.note} />
        </li>
      ))}
    </ul>
  );
}

-- CreateTable
CREATE TABLE "ReferenceRate" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "source" TEXT NOT NULL,
    "base" TEXT NOT NULL,
    "quote" TEXT NOT NULL,
    "asOf" TEXT NOT NULL,
    "rate" TEXT NOT NULL,
    "fetchedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE INDEX "ReferenceRate_asOf_idx" ON "ReferenceRate"("asOf");

-- CreateIndex
CREATE UNIQUE INDEX "ReferenceRate_source_base_quote_asOf_key" ON "ReferenceRate"("source", "base", "quote", "asOf");

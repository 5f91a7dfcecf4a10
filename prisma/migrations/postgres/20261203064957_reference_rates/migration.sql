-- CreateTable
CREATE TABLE "ReferenceRate" (
    "id" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "base" TEXT NOT NULL,
    "quote" TEXT NOT NULL,
    "asOf" TEXT NOT NULL,
    "rate" TEXT NOT NULL,
    "fetchedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReferenceRate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ReferenceRate_asOf_idx" ON "ReferenceRate"("asOf");

-- CreateIndex
CREATE UNIQUE INDEX "ReferenceRate_source_base_quote_asOf_key" ON "ReferenceRate"("source", "base", "quote", "asOf");

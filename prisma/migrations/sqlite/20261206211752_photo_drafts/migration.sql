-- CreateTable
CREATE TABLE "PhotoDraft" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "thumbKey" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "byteSize" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL,
    CONSTRAINT "PhotoDraft_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "PhotoDraft_storageKey_key" ON "PhotoDraft"("storageKey");

-- CreateIndex
CREATE UNIQUE INDEX "PhotoDraft_thumbKey_key" ON "PhotoDraft"("thumbKey");

-- CreateIndex
CREATE INDEX "PhotoDraft_userId_createdAt_idx" ON "PhotoDraft"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "PhotoDraft_expiresAt_idx" ON "PhotoDraft"("expiresAt");
